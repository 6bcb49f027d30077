// The `attune` CLI, run as users run it: a built file spawned with node, files and stdin in,
// text out, exit codes checked. Inputs, config, inline switches and the command line's own
// messages: tests/unit/cli/check-behaviour.test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALM, PRESSURING, escapeRegExp, repoRoot, useBuiltCli } from './built-cli';

const built = useBuiltCli('attune-cli-test');
const { cli, run, file } = built;
const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8'));

function pressureCount(path: string): number {
  const out = run(['check', '--format', 'json', path]);
  return JSON.parse(out.stdout).summary.pressure;
}

describe('attune CLI', () => {
  it('is a node script that runs directly, with --help and --version', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/attune check/);
    expect(help.stdout).toMatch(/code points/);
    const version = run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('flags pressure as file:line:col  severity  “words” — reason  rule-id, the rewrite below, and exits 1', () => {
    const path = file('pushy.txt', PRESSURING);
    const out = run(['check', path]);
    expect(out.code).toBe(1);
    const lines = out.stdout.trim().split('\n');
    // "You need to" sits on line 3; its column is where the engine put the finding.
    expect(lines[0]).toMatch(new RegExp(`^${escapeRegExp(path)}:3:\\d+ +error +“[^”]+” — .+ {2}pressure/[a-z-]+$`));
    expect(lines[1]).toMatch(/^ +↳ replace 3:\d+–3:\d+ with “.+”$/);
    expect(lines.at(-1)).toMatch(/^✖ \d+ findings? \(\d+ errors?, \d+ warnings?\) in 1 file\.$/);
  });

  it('aligns the columns: severity, message and rule id start at the same place on every finding line', () => {
    const out = run(['check', file('aligned.txt', PRESSURING), file('aligned-long-name.txt', `Hi,\n\nIs the plan ok?\n${PRESSURING}`)]);
    const findingLines = out.stdout.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l));
    expect(findingLines.length).toBeGreaterThan(2);
    const startOf = (line: string, pattern: RegExp) => line.search(pattern);
    const severityColumns = new Set(findingLines.map((l) => startOf(l, / (error|warning) /) + 1));
    const ruleColumns = new Set(findingLines.map((l) => startOf(l, /(pressure|mi|custom)\/[a-z-]+$/)));
    expect(severityColumns.size).toBe(1);
    expect(ruleColumns.size).toBe(1);
  });

  it('reports 1-based columns in code points, matching the JSON offsets', () => {
    const path = file('emoji.txt', `Hi 👋🏽 Sam,\n👍 ${PRESSURING.split('\n')[2]}\n`);
    const json = JSON.parse(run(['check', '--format', 'json', path]).stdout);
    const finding = json.files[0].findings.find((f: { category: string }) => f.category === 'pressure');
    expect(finding).toBeDefined();
    const text = readFileSync(path, 'utf8');
    const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
    expect(finding.line).toBe(text.slice(0, finding.start).split('\n').length);
    expect(finding.column).toBe([...text.slice(lineStart, finding.start)].length + 1);
  });

  it('exits 0 on a calm draft and prints a summary', () => {
    const out = run(['check', file('calm.txt', CALM)]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/in 1 file/);
  });

  it('relaxes the exit code with --max-warnings N', () => {
    const path = file('pushy2.txt', PRESSURING);
    const n = pressureCount(path);
    expect(n).toBeGreaterThan(0);
    expect(run(['check', '--max-warnings', String(n), path]).code).toBe(0);
    expect(run(['check', '--max-warnings', String(n - 1), path]).code).toBe(1);
  });

  it('reads stdin when no file is given and names it <stdin>', () => {
    const out = run(['check'], PRESSURING);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^<stdin>:3:\d+ +error +/m);
  });

  it('passes --register to the rewrites', () => {
    const path = file('pushy3.txt', PRESSURING);
    const rewrites = (register: string) =>
      JSON.parse(run(['check', '--format', 'json', '--register', register, path]).stdout).files[0].findings.map(
        (f: { suggestions: { text: string }[] }) => f.suggestions[0]?.text,
      );
    const warm = rewrites('warm');
    expect(warm.length).toBeGreaterThan(0);
    expect(rewrites('formal')).not.toEqual(warm);
  });

  it('prints JSON with --format json', () => {
    const out = run(['check', '--format', 'json', file('a.txt', PRESSURING), file('b.txt', CALM)]);
    const json = JSON.parse(out.stdout);
    expect(json.files.map((f: { file: string }) => f.file.endsWith('a.txt') || f.file.endsWith('b.txt'))).toEqual([true, true]);
    expect(json.summary.files).toBe(2);
    expect(json.summary.pressure).toBeGreaterThan(0);
    expect(out.code).toBe(1);
  });

  it('uses --thread to check the client concerns are acknowledged', () => {
    const thread = file('thread.txt', "I'm worried about the monthly fee. I'm not sure we can afford it this year.");
    const out = run(['check', '--format', 'json', '--thread', thread, file('reply.txt', CALM)]);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.files[0].threadSource).toBe('option');
    expect(json.files[0].concerns.length).toBeGreaterThan(0);
    expect(json.files[0].concerns[0].text).toMatch(/monthly fee|not sure/);
  });

  it('exits 2 with a clear message on unreadable input or bad usage', () => {
    const missing = run(['check', 'missing.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/attune: Cannot read missing\.txt: no such file\./);
    expect(missing.stdout).toBe('');

    expect(run(['check', '--thread', 'nope.txt', file('c.txt', CALM)]).stderr).toMatch(/Cannot read nope\.txt/);
    expect(run(['check', built.work]).stderr).toMatch(/is a directory/);
    for (const args of [
      [],
      ['frobnicate'],
      ['check', '--format', 'xml'],
      ['check', '--max-warnings', '-1'],
      ['check', '--bogus'],
      ['check', '--strictness', 'lax'],
      ['analyze', '--jsonl', '--register', 'casual'],
      ['analyze'],
    ]) {
      const out = run(args, '');
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.stderr, args.join(' ')).toMatch(/^attune: /);
    }
  });

  it('never drops or mangles odd input: HTML, a stray control character, RTL, empty', () => {
    for (const text of [
      '',
      '<img src=x onerror=alert(1)> You need to sign now.',
      '\u0007\u202e שלום?',
      '\uD800 lone surrogate.',
      '😀 you need to 🙏 '.repeat(50),
    ]) {
      const out = run(['check', '--format', 'json'], text);
      expect([0, 1]).toContain(out.code);
      expect(JSON.parse(out.stdout).files[0].file).toBe('<stdin>');
    }
  });

  describe('analyze --jsonl', () => {
    it('answers one report a line with the same id, and an error line for bad input', () => {
      const input = [
        JSON.stringify({ id: 'a', text: PRESSURING }),
        'not json at all',
        JSON.stringify({ id: 7, text: CALM, thread: "I'm nervous about the switch." }),
        JSON.stringify({ id: 'no-text' }),
        '',
        JSON.stringify(['an', 'array']),
        JSON.stringify({ id: 'last', text: '' }),
      ].join('\n');
      const out = run(['analyze', '--jsonl'], input);
      expect(out.code).toBe(0);
      const lines = out.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.id)).toEqual(['a', null, 7, 'no-text', null, 'last']);
      expect(lines[0].length).toBe(PRESSURING.length);
      expect(lines[0].findings.some((f: { category: string }) => f.category === 'pressure')).toBe(true);
      expect(lines[1].error).toMatch(/malformed JSON/);
      expect(lines[2].threadSource).toBe('option');
      expect(lines[3].error).toMatch(/"text"/);
      expect(lines[4].error).toBeTruthy();
      expect(lines[5].sentences).toEqual([]);
      // Errors name the input line they came from (blank lines count, as an editor counts them).
      expect([lines[1].line, lines[3].line, lines[4].line]).toEqual([2, 4, 6]);
      expect(lines[0].line).toBeUndefined();
    });

    it('reports a line with no usable id as an error instead of analysing it under null', () => {
      const input = [
        JSON.stringify({ text: PRESSURING }),
        JSON.stringify({ id: null, text: CALM }),
        JSON.stringify({ id: { a: 1 }, text: CALM }),
        JSON.stringify({ id: 0, text: CALM }),
      ].join('\n');
      const lines = run(['analyze', '--jsonl'], input)
        .stdout.trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.slice(0, 3).map((l) => [l.id, l.line, Boolean(l.error), l.findings])).toEqual([
        [null, 1, true, undefined],
        [null, 2, true, undefined],
        [null, 3, true, undefined],
      ]);
      expect(lines[0].error).toMatch(/"id" is missing/);
      expect(lines[3].id).toBe(0);
      expect(lines[3].sentences.length).toBeGreaterThan(0);
    });

    it('reads a file argument, and exits 2 when it cannot', () => {
      const path = file('in.jsonl', `${JSON.stringify({ id: 1, text: CALM })}\n`);
      const out = run(['analyze', '--jsonl', path]);
      expect(out.code).toBe(0);
      expect(JSON.parse(out.stdout).id).toBe(1);
      const missing = run(['analyze', '--jsonl', 'nope.jsonl']);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/Cannot read nope\.jsonl: no such file/);
    });

    it('streams: many lines in, as many out, in order', () => {
      const input = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: `Line ${i}. ${i % 3 ? CALM : PRESSURING}` })).join('\n');
      const out = run(['analyze', '--jsonl'], input);
      const ids = out.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id);
      expect(ids).toEqual(Array.from({ length: 300 }, (_, i) => i));
    });
  });
});
