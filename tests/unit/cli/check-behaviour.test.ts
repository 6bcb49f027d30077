// `attune check` end to end on what issue 14 asked for: binary and empty input, line width on
// 200,000 characters, the config file found like eslint's, inline switches, --quiet, insertions
// shown as insertions, and the command line's own messages. analyze --jsonl: tests/unit/cli/cli.test.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALM, useBuiltCli, widest } from './built-cli';

const built = useBuiltCli('attune-cli-test-behaviour');
const { run, file } = built;

describe('inputs', () => {
  it('refuses a binary file (exit 2, nothing on stdout) and says why', () => {
    const binary = run(['check', process.execPath]); // an executable, like /bin/ls
    expect(binary.code).toBe(2);
    expect(binary.stdout).toBe('');
    expect(binary.stderr).toMatch(/^attune: .+ looks like a binary file \(it holds NUL bytes\), not text\.\n$/);

    const latin1 = join(built.work, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Caf\xe9 you need to sign.', 'latin1'));
    expect(run(['check', latin1]).stderr).toMatch(/latin1\.txt is not valid UTF-8/);
    const controls = run(['check'], '\u0001\u0002\u0003\u0004\u0005\u0006 ok');
    expect(controls.code).toBe(2);
    expect(controls.stderr).toMatch(/<stdin> looks like a binary file \(too many control characters\)/);
    expect(run(['check'], 'Hi\u0000 there.').code).toBe(2);
    expect(run(['check', '--thread', process.execPath, file('t.txt', CALM)]).code).toBe(2);
  });

  it('warns on stderr about empty input and exits 0', () => {
    for (const text of ['', '  \n\n\t ']) {
      const out = run(['check'], text);
      expect(out.code).toBe(0);
      expect(out.stderr).toBe('attune: warning: <stdin> is empty; there is nothing to check.\n');
      expect(out.stdout).toMatch(/^✓ No findings in 1 file\.$/m);
    }
    expect(run(['check', file('empty.txt', '')]).stderr).toMatch(/empty\.txt is empty/);
  });

  it('keeps every output line short on 200,000 characters without sentence punctuation', () => {
    const words = 'you need to sign the renewal by friday or the offer is gone obviously this is the better plan and'.split(' ');
    const parts: string[] = [];
    for (let i = 0, length = 0; length < 200_000; i++) {
      const word = i % 50 === 0 ? `w${i}` : words[i % words.length];
      parts.push(word);
      length += word.length + 1;
    }
    const out = run(['check', file('unpunctuated.txt', parts.join(' '))]);
    expect(out.code).toBe(1);
    expect(out.stdout.split('\n').length).toBeGreaterThan(10);
    expect(widest(out.stdout)).toBeLessThan(320);
  });

  it('shortens a long quote with …, keeping the line sensible', () => {
    const clientSentence = `I'm worried about the monthly fee, ${Array.from({ length: 40 }, (_, i) => `and item ${i}`).join(', ')}.`;
    const out = run(['check', '--thread', file('long-thread.txt', clientSentence), file('reply-long.txt', CALM)]);
    expect(out.stdout).toMatch(/They wrote “I'm worried about the monthly fee, [^”]*…” — /);
    expect(widest(out.stdout)).toBeLessThan(320);
  });
});

describe('config', () => {
  const MIXED = `Hi Sam,\n\nIs the plan ok? You need to sign by Friday. Let's touch base soon.\n`;

  it('finds .attunerc.json by walking up from the file, the nearest one winning; --config overrides', () => {
    const team = join(built.work, 'team');
    mkdirSync(join(team, 'drafts/q3'), { recursive: true });
    writeFileSync(join(team, '.attunerc.json'), JSON.stringify({ rules: { pressure: 'warning', 'mi/closed-question': 'off' } }));
    const draft = join(team, 'drafts/q3/reply.txt');
    writeFileSync(draft, MIXED);

    const fromAbove = run(['check', draft]);
    expect(fromAbove.code).toBe(0); // pressure lowered to a warning
    expect(fromAbove.stdout).toMatch(/ warning +“You need to” .+pressure\/directive-you-need-to$/m);
    expect(fromAbove.stdout).not.toMatch(/closed-question/);

    const phrases = file(
      'phrases.json',
      JSON.stringify({ customPhrases: [{ phrase: 'touch base', alternative: 'talk' }], rules: { 'custom-phrase': 'error' } }),
    );
    const given = run(['check', '--config', phrases, draft]);
    expect(given.code).toBe(1);
    expect(given.stdout).toMatch(/ error +“touch base” .+custom\/phrase$/m);
    expect(given.stdout).toMatch(/mi\/closed-question/); // the team file above no longer applies

    writeFileSync(join(team, 'drafts/.attunerc.json'), '{}');
    const nearer = run(['check', draft]);
    expect(nearer.code).toBe(1);
    expect(nearer.stdout).toMatch(/mi\/closed-question/);
  });

  it('stops the run (exit 2) on a broken config, naming the file and the fault', () => {
    const draft = file('config-victim.txt', MIXED);
    const cases: [string, RegExp][] = [
      ['{ "strictness": ', /not valid JSON/],
      ['{ "strictness": "lax" }', /strictness must be gentle, standard or strict/],
      ['{ "rules": { "pressure/urgncy": "off" } }', /rules: unknown rule "pressure\/urgncy"/],
      ['{ "rules": { "pressure": "loud" } }', /rules\["pressure"\] must be "off", "warning" or "error"/],
      ['{ "customPhrases": [{ "phrase": 3 }] }', /customPhrases\[0\]\.phrase has the wrong type/],
      ['{ "colour": "blue" }', /unknown setting "colour"/],
      ['[]', /one JSON object/],
    ];
    for (const [text, message] of cases) {
      const config = file('broken.json', text);
      const out = run(['check', '--config', config, draft]);
      expect(out.code, text).toBe(2);
      expect(out.stdout, text).toBe('');
      expect(out.stderr, text).toMatch(/^attune: Broken config .*broken\.json: /);
      expect(out.stderr, text).toMatch(message);
    }
    expect(run(['check', '--config', join(built.work, 'absent.json'), draft]).stderr).toMatch(/Cannot read the config .*absent\.json: no such file/);
  });
});

describe('inline switches and --quiet', () => {
  it('drops findings between <!-- attune-disable --> and <!-- attune-enable -->, for all rules or the ones named', () => {
    const template = [
      'Hi Sam,',
      '<!-- attune-disable -->',
      'You need to sign by Friday.',
      '<!-- attune-enable -->',
      '<!-- attune-disable pressure/certainty -->',
      'Obviously this is the better plan. You must decide today.',
      '<!-- attune-enable pressure/certainty -->',
      'Obviously it works.',
      '',
    ].join('\n');
    const json = JSON.parse(run(['check', '--format', 'json', file('template.txt', template)]).stdout);
    const found = json.files[0].findings.map((f: { line: number; rule: string }) => `${f.line} ${f.rule}`);
    expect(found.filter((f: string) => f.startsWith('3 '))).toEqual([]);
    expect(found).toContain('6 pressure/directive-you-must');
    expect(found).not.toContain('6 pressure/certainty-obviously');
    expect(found).toContain('8 pressure/certainty-obviously');
    // The comments themselves are not read as prose.
    expect(json.files[0].sentences.some((s: { text: string }) => s.text.includes('attune-'))).toBe(false);
  });

  it('warns about a switch naming an unknown rule', () => {
    const out = run(['check', file('typo.txt', 'Hi,\n<!-- attune-disable pressure/urgncy -->\nYou need to sign today.\n')]);
    expect(out.stderr).toMatch(/typo\.txt:2:1: .*unknown rule "pressure\/urgncy"/);
    expect(out.code).toBe(1);
  });

  it('--quiet reports errors (pressure) only and counts what it left out', () => {
    const path = file('quiet.txt', `Hi Sam,\n\nIs the plan ok? You need to sign by Friday.\n`);
    const loud = run(['check', path]).stdout;
    expect(loud).toMatch(/ warning +.+mi\/closed-question$/m);
    const quiet = run(['check', '--quiet', path]);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).not.toMatch(/^\S+:\d+:\d+ +warning /m);
    expect(quiet.stdout).toMatch(/ error +.+pressure\//);
    expect(quiet.stdout).toMatch(/\(1 warning not shown: --quiet\)\.$/m);
  });

  it('shows an inserted reflection as an insertion, not as a replacement', () => {
    const thread = file('worry.txt', "I'm worried about the monthly fee.");
    const out = run(['check', '--thread', thread, file('reply-calm.txt', CALM)]);
    const lines = out.stdout.split('\n');
    const at = lines.findIndex((l) => l.endsWith('mi/missing-acknowledgement'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toMatch(/^ +↳ insert (after|before) \d+:\d+: “[^”]+”$/);
  });
});

describe('command line', () => {
  it('answers an unknown option in its own words', () => {
    const out = run(['check', '--foo', 'x.txt']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe('attune: Unknown option --foo. Run attune --help for usage.\n');
    expect(run(['check', '-x']).stderr).toBe('attune: Unknown option -x. Run attune --help for usage.\n');
    expect(run(['check', '--format']).stderr).toBe('attune: Option --format needs a value (text or json). Run attune --help for usage.\n');
    expect(run(['check', '--quiet=yes']).stderr).toMatch(/--quiet is a switch and takes no value/);
  });

  it('prints the help once, however it is asked for', () => {
    for (const args of [['--help'], ['-h', '--help'], ['check', '--help'], ['help'], ['analyze', '-h']]) {
      const out = run(args);
      expect(out.code, args.join(' ')).toBe(0);
      expect(out.stdout.match(/^Usage:/gm)?.length, args.join(' ')).toBe(1);
      expect(out.stdout, args.join(' ')).toMatch(/Exit codes: 0 .+, 1 .+, 2 /);
      expect(out.stderr).toBe('');
    }
  });
});
