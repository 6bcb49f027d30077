import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESSURE_RULES } from '../../../../src/engine/rules/index';
import { matchRules, runRules, SPAN_ONLY_LABEL } from '../../../../src/engine/rules/rule';
import { PRESSURE_KINDS } from '../../../../src/engine/types';

describe('pressure rules', () => {
  it('every kind has at least one rule, and ids are unique', () => {
    for (const kind of PRESSURE_KINDS) expect(PRESSURE_RULES.some((r) => r.kind === kind)).toBe(true);
    expect(new Set(PRESSURE_RULES.map((r) => r.id)).size).toBe(PRESSURE_RULES.length);
  });

  for (const rule of PRESSURE_RULES) {
    describe(rule.id, () => {
      it('has examples both ways and a message', () => {
        expect(rule.examples.flag.length).toBeGreaterThan(0);
        expect(rule.examples.pass.length).toBeGreaterThan(0);
        expect(rule.message).toMatch(/^[A-Z"].+\.$/);
      });
      for (const text of rule.examples.flag) {
        it(`flags: ${text}`, () => {
          const hits = runRules(text, 'warm', 'strict').filter((m) => m.rule === rule.id);
          expect(hits).toHaveLength(1);
          const [m] = hits;
          expect(m.kind).toBe(rule.kind);
          expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
        });
      }
      for (const text of rule.examples.pass) {
        it(`passes: ${text}`, () => {
          expect(runRules(text, 'warm', 'strict').map((m) => m.rule)).not.toContain(rule.id);
        });
      }
      it('every rewrite of its examples leaves the sentence free of pressure (a span-only option: adds none), in both registers', () => {
        for (const register of ['warm', 'formal'] as const) {
          for (const text of rule.examples.flag) {
            const all = runRules(text, register, 'strict');
            for (const m of all) {
              // None is allowed: a finding with its reason and no rewrite beats a stock sentence in the writer's place.
              expect(m.suggestions.length).toBeLessThanOrEqual(3);
              for (const s of m.suggestions) {
                expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
                const result = text.slice(0, s.start) + s.text + text.slice(s.end);
                const after = matchRules(result, 'strict').map((r) => r.rule.id);
                if (s.label === SPAN_ONLY_LABEL) {
                  const before = new Set(all.map((o) => o.rule));
                  expect(
                    after.filter((id) => !before.has(id)),
                    `${register}: "${result}"`,
                  ).toEqual([]);
                  expect(after, `${register}: "${result}"`).not.toContain(m.rule);
                } else {
                  expect(after, `${register}: "${result}"`).toEqual([]);
                }
              }
            }
          }
        }
      });
    });
  }
});

describe('what is not pressure', () => {
  const notPressure = [
    'To reset your password, you need to click the link in the email.',
    "You don't have to decide today.",
    "There's no need to rush.",
    'You said you need to decide by Friday.',
    'You mentioned you have to talk to your partner first.',
    'Do you need to check with your team?',
    'I need to check with compliance.',
    'The form must be signed by both parties.',
    'Her note said "you must act now", which I thought was unfair.',
    'Whenever you are ready, we can look at the options together.',
  ];
  for (const text of notPressure) it(text, () => expect(runRules(text, 'warm')).toEqual([]));
});

describe('strictness', () => {
  it('gentle fires on unmistakable pressure but skips borderline rules', () => {
    expect(runRules('You need to sign by Friday.', 'warm', 'gentle')).toHaveLength(1);
    expect(runRules('You should switch to the annual plan.', 'warm', 'gentle')).toEqual([]);
    expect(runRules('You should switch to the annual plan.', 'warm', 'standard')).toHaveLength(1);
  });
});

describe('rewrites', () => {
  it('turns a directive into an option, keeping the rest of the sentence', () => {
    const [m] = runRules('You need to sign by Friday.', 'warm');
    const texts = m.suggestions.map((s) => 'You need to sign by Friday.'.slice(0, s.start) + s.text + 'You need to sign by Friday.'.slice(s.end));
    expect(texts.some((t) => /sign by Friday/.test(t) && /^[A-Z]/.test(t) && /[.?]$/.test(t))).toBe(true);
  });
  it('differs by register', () => {
    const warm = runRules('You need to sign by Friday.', 'warm')[0].suggestions.map((s) => s.text);
    const formal = runRules('You need to sign by Friday.', 'formal')[0].suggestions.map((s) => s.text);
    expect(warm).not.toEqual(formal);
  });
});

describe('never throws', () => {
  it('on odd strings, with offsets inside the sentence', () => {
    const odd = [
      '',
      ' ',
      '😀😀 you need to 😀',
      '\u202Eyou must sign\u202C',
      '<img src=x onerror=alert(1)> you need to act now',
      '\u0000\u0007 as I said \u0008',
      'x'.repeat(200_000),
      'If '.repeat(5000),
    ];
    for (const s of odd) {
      for (const m of runRules(s, 'warm', 'strict')) expect(0 <= m.start && m.start <= m.end && m.end <= s.length).toBe(true);
    }
  });
  it('on arbitrary unicode (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('warm', 'formal'), (s, register) => {
        const text = `You need to ${s} as I said, obviously.`;
        for (const m of runRules(text, register as 'warm' | 'formal', 'strict')) {
          expect(0 <= m.start && m.start <= m.end && m.end <= text.length).toBe(true);
          for (const sug of m.suggestions) expect(0 <= sug.start && sug.start <= sug.end && sug.end <= text.length).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('rewrite coverage', () => {
  // The rules' own examples are the phrases they were written for: nearly all must still get an in-place rewrite.
  it('at least 85% of the rules’ flagged examples get a rewrite of their own phrase, in both registers', () => {
    for (const register of ['warm', 'formal'] as const) {
      const matches = PRESSURE_RULES.flatMap((rule) =>
        rule.examples.flag.flatMap((text) => runRules(text, register, 'strict').filter((m) => m.rule === rule.id)),
      );
      const rewritten = matches.filter((m) => m.suggestions.length > 0).length;
      expect(rewritten / matches.length, register).toBeGreaterThanOrEqual(0.85);
    }
  });
});
