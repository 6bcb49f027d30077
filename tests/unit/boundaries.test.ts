// The import boundaries between the runtime contexts (eslint.config.js) catch what they are meant
// to: a forbidden import planted in a source file fails the lint, an allowed one passes. The lint
// of the real sources runs in `npm run lint`.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');
const BOUNDARY = 'boundaries/dependencies';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The rule ids ESLint reports for `code` as if it were the file at `path` (nothing is written). */
async function ruleIds(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

// ESLint loads typescript-eslint and resolves each import: slow on a busy machine, never stuck.
describe('import boundaries', { timeout: 30_000 }, () => {
  it('fail on a forbidden import planted in the content script, with the boundary rule', async () => {
    const [result] = await eslint.lintText("import { createAnalyzer } from '../engine/index';\nexport const analyzer = createAnalyzer();\n", {
      filePath: resolve(ROOT, 'src/content/planted.ts'),
    });
    expect(result.errorCount).toBe(1);
    expect(result.messages[0].ruleId).toBe(BOUNDARY);
    expect(result.messages[0].message).toContain("content may not import '../engine/index'");
  });

  it('pass on the content script’s allowed imports: types from the contract and messages, the site table', async () => {
    const code = [
      "import type { Report } from '../shared/contract/index';",
      "import type { WorkerResponse } from '../shared/messages';",
      "import { siteOf } from '../shared/sites/index';",
      'export type Seen = Report | WorkerResponse;',
      'export const site = siteOf(location.hostname);',
      '',
    ].join('\n');
    expect(await ruleIds('src/content/planted.ts', code)).toEqual([]);
  });

  const forbidden: [string, string, string][] = [
    [
      'content: the engine’s types, even as types (they come from the contract)',
      'src/content/planted.ts',
      "import type { Report } from '../engine/types';\nexport type R = Report;\n",
    ],
    [
      'content: shared code at run time (it would share a chunk with the pages)',
      'src/content/planted.ts',
      "import { parseWorkerMessage } from '../shared/messages';\nexport const p = parseWorkerMessage;\n",
    ],
    ['content: the polyfill', 'src/content/ui/planted.ts', "import browser from 'webextension-polyfill';\nexport const b = browser;\n"],
    ['engine: the polyfill', 'src/engine/planted.ts', "import browser from 'webextension-polyfill';\nexport const b = browser;\n"],
    ['engine: a Node module', 'src/engine/rules/planted.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    ['engine: shared code beyond the contract', 'src/engine/planted.ts', "import { t } from '../shared/i18n';\nexport const x = t;\n"],
    ['shared: the engine', 'src/shared/planted.ts', "import { createAnalyzer } from '../engine/index';\nexport const a = createAnalyzer;\n"],
    ['shared: the content script', 'src/shared/planted.ts', "import { BoxSession } from '../content/session';\nexport const s = BoxSession;\n"],
    ['contract: anything', 'src/shared/contract/planted.ts', "import { LIMITS } from '../settings';\nexport const l = LIMITS;\n"],
    ['popup: the engine', 'src/popup/planted.ts', "import { createAnalyzer } from '../engine/index';\nexport const a = createAnalyzer;\n"],
    ['options: the content script', 'src/options/planted.ts', "import { adapterFor } from '../content/adapters/index';\nexport const a = adapterFor;\n"],
    ['popup: the worker', 'src/popup/planted.ts', "import { LAZY_FILE } from '../background/lazy-file';\nexport const f = LAZY_FILE;\n"],
    ['popup: the site table at run time', 'src/popup/planted.ts', "import { siteOf } from '../shared/sites/index';\nexport const s = siteOf;\n"],
    ['worker: the engine’s insides', 'src/background/planted.ts', "import { gerund } from '../engine/lemma';\nexport const g = gerund;\n"],
    ['cli: the polyfill', 'src/cli/planted.ts', "import browser from 'webextension-polyfill';\nexport const b = browser;\n"],
  ];
  it.each(forbidden)('fail: %s', async (_name, path, code) => {
    expect(await ruleIds(path, code)).toEqual([BOUNDARY]);
  });

  const allowed: [string, string, string][] = [
    [
      'engine: itself and the contract',
      'src/engine/planted.ts',
      "import { SENTENCE_CODES } from '../shared/contract/index';\nimport { lemma } from './lemma';\nexport const x = [SENTENCE_CODES, lemma];\n",
    ],
    [
      'shared: the contract and the polyfill',
      'src/shared/planted.ts',
      "import browser from 'webextension-polyfill';\nimport { PRESSURE_KINDS } from './contract/index';\nexport const x = [browser, PRESSURE_KINDS];\n",
    ],
    [
      'popup: shared code, the polyfill, the site table’s types',
      'src/popup/planted.ts',
      "import browser from 'webextension-polyfill';\nimport { t } from '../shared/i18n';\nimport type { SiteId } from '../shared/sites/index';\nexport type S = SiteId;\nexport const x = [browser, t];\n",
    ],
    [
      'worker: the engine’s entry point',
      'src/background/planted.ts',
      "import { createAnalyzer } from '../engine/index';\nimport { parseWorkerMessage } from '../shared/messages';\nexport const x = [createAnalyzer, parseWorkerMessage];\n",
    ],
    [
      'cli: the engine’s entry point, Node, package.json',
      'src/cli/planted.ts',
      "import { readFileSync } from 'node:fs';\nimport pkg from '../../package.json';\nimport { createAnalyzer } from '../engine/index';\nexport const x = [readFileSync, pkg, createAnalyzer];\n",
    ],
  ];
  it.each(allowed)('pass: %s', async (_name, path, code) => {
    expect(await ruleIds(path, code)).toEqual([]);
  });

  it('keep the engine and the contract pure: no DOM, browser or Node globals', async () => {
    const code =
      'export const a = () => document.title;\nexport const b = () => chrome.runtime.id;\nexport const c = () => process.env;\nexport const d = () => console.error("ok");\n';
    expect(await ruleIds('src/engine/planted.ts', code)).toEqual(['no-restricted-globals', 'no-restricted-globals', 'no-restricted-globals']);
    expect(await ruleIds('src/shared/contract/planted.ts', 'export const w = () => window.name;\n')).toEqual(['no-restricted-globals']);
  });
});
