// The build-time table of prefilter requirements (src/engine/generated/prefilter-requirements.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as prefilter from '../../../src/engine/regex-prefilter';
import { lowerForPrefilter, mayMatch, patternsReadAtRunTime, requirementKey, requirementOf } from '../../../src/engine/regex-prefilter';
import { PREFILTER_REQUIREMENTS_JSON } from '../../../src/engine/generated/prefilter-requirements';
import { createAnalyzer } from '../../../src/engine/index';
import { PRESSURE_RULES } from '../../../src/engine/rules/index';
// @ts-expect-error — a plain .mjs build script, shared with the generator.
import { collectPatterns, engineSourceFiles, renderModule, requirementEntries } from '../../../scripts/build-prefilter-table.mjs';

const REGENERATE = 'src/engine/generated/prefilter-requirements.ts is stale: run `npm run prefilter` and commit the result';
const TABLE_FILE = new URL('../../../src/engine/generated/prefilter-requirements.ts', import.meta.url);

async function freshModule(): Promise<string> {
  const paths: string[] = engineSourceFiles(fileURLToPath(new URL('../../../src/engine', import.meta.url)));
  const namespaces = await Promise.all(paths.map((p) => import(p)));
  const texts = paths.map((p) => [p, readFileSync(p, 'utf8')]);
  return renderModule(requirementEntries(collectPatterns(namespaces, texts), prefilter));
}

const table = new Map(JSON.parse(PREFILTER_REQUIREMENTS_JSON) as [string, string[][] | null][]);

describe('prefilter requirements generated at build time', () => {
  // Parses every engine file with TypeScript (a few seconds here): a generous limit, not a timing assertion.
  it('the committed table is exactly what `npm run prefilter` produces', { timeout: 60_000 }, async () => {
    const committed = readFileSync(TABLE_FILE, 'utf8');
    expect(committed === (await freshModule()), REGENERATE).toBe(true);
  });

  it('holds what requirementOf reads at run time, for every entry', () => {
    for (const [key, clauses] of table) {
      const caseless = key.startsWith('i/');
      const source = key.slice(caseless ? 2 : 1);
      expect(requirementOf(source, caseless ? 'i' : ''), `${key}\n${REGENERATE}`).toEqual(clauses && { caseless, clauses });
    }
  });

  it('covers every pattern the engine reaches on its rules’ examples (none read at run time)', () => {
    const analyzer = createAnalyzer();
    for (const rule of PRESSURE_RULES) {
      for (const text of [...rule.examples.flag, ...rule.examples.pass]) analyzer.analyze(text, { thread: text });
    }
    const late = patternsReadAtRunTime();
    expect(
      late,
      `${REGENERATE}. If it still fails, the pattern is built where scripts/build-prefilter-table.mjs cannot see it: export it, or write it out in full`,
    ).toEqual([]);
  });

  it('keys rule patterns caseless, as the rule runner runs them', () => {
    const pattern = PRESSURE_RULES.flatMap((r) => r.patterns).find((p) => p.source.length >= 40 && !p.flags.includes('i'));
    expect(pattern).toBeDefined();
    expect(table.has(requirementKey(pattern!.source, pattern!.flags + 'i'))).toBe(true);
  });

  it('reads a pattern the table does not know at run time, and still rules sentences out', () => {
    const re = /\b(?:tomorrow's|next week's) (?:window|slot) (?:closes|shuts) (?:early|soon)\b/i;
    const check = (text: string) => mayMatch(re, text, lowerForPrefilter(text));
    expect(table.has(requirementKey(re.source, re.flags))).toBe(false);
    expect(check('Happy to talk it through whenever suits you.')).toBe(false);
    expect(patternsReadAtRunTime()).toContain(requirementKey(re.source, re.flags));
    expect(check("Tomorrow's window closes early.")).toBe(true);
  });

  it('keys a pattern by its source and only the flag the reading depends on', () => {
    expect(requirementKey('abc', 'gid')).toBe(requirementKey('abc', 'i'));
    expect(requirementKey('abc', 'g')).not.toBe(requirementKey('abc', 'i'));
  });
});
