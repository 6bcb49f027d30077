// Where the suggested reflection for a missing acknowledgement lands: after the greeting and an
// opening thank-you, before the first body sentence, joined with one space (or a line break
// before a sign-off) — never before "Hi Sam," and never glued to the next sentence.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../../src/engine/index';

const THREAD = "I'm nervous about switching providers this close to the end of the quarter.";
const analyzer = createAnalyzer();

function applyFirstReflection(draft: string): { after: string; reflection: string } {
  const report = analyzer.analyze(draft, { thread: THREAD });
  const finding = report.findings.find((f) => f.category === 'missing-acknowledgement');
  if (!finding) throw new Error(`no missing-acknowledgement finding for ${JSON.stringify(draft)}`);
  const s = finding.suggestions[0];
  return { after: draft.slice(0, s.start) + s.text + draft.slice(s.end), reflection: s.text.trim() };
}

describe('reflection placement', () => {
  it('goes after the greeting line and an opening thank-you, before the first body sentence', () => {
    const draft = 'Hi Priya,\nThanks for getting back to me. The new contract starts on the first. I can send the details.\nBest,\nJo';
    const { after, reflection } = applyFirstReflection(draft);
    expect(after).toBe(`Hi Priya,\nThanks for getting back to me. ${reflection} The new contract starts on the first. I can send the details.\nBest,\nJo`);
  });

  it('starts the body when the draft opens with information, even before a question', () => {
    const draft = 'Dear Priya,\nThe new contract starts on the first. What would help you most?';
    const { after, reflection } = applyFirstReflection(draft);
    expect(after).toBe(`Dear Priya,\n${reflection} The new contract starts on the first. What would help you most?`);
  });

  it('goes on its own line before a sign-off when the draft has no body yet', () => {
    const { after, reflection } = applyFirstReflection('Hi Priya,\nBest,\nJo');
    expect(after).toBe(`Hi Priya,\n${reflection}\nBest,\nJo`);
  });

  it('goes on the next line after a greeting that is the whole draft', () => {
    const { after, reflection } = applyFirstReflection('Hi Priya,');
    expect(after).toBe(`Hi Priya,\n${reflection}`);
  });

  it('starts a draft with no greeting at all', () => {
    const draft = 'The new contract starts on the first.';
    const { after, reflection } = applyFirstReflection(draft);
    expect(after).toBe(`${reflection} ${draft}`);
  });

  it('goes after a reflection already at the top, so reflections read in the order they were added', () => {
    const thread = "I'm nervous about switching providers. I don't want to lose my current discount.";
    const draft = 'Hi Priya,\nThe new contract starts on the first.';
    const first = analyzer.analyze(draft, { thread });
    const missing = first.findings.filter((f) => f.category === 'missing-acknowledgement');
    expect(missing.length).toBe(2);
    const s1 = missing[0].suggestions[0];
    const once = draft.slice(0, s1.start) + s1.text + draft.slice(s1.end);
    const second = analyzer.analyze(once, { thread }).findings.filter((f) => f.category === 'missing-acknowledgement');
    expect(second.length).toBe(1);
    const s2 = second[0].suggestions[0];
    const twice = once.slice(0, s2.start) + s2.text + once.slice(s2.end);
    expect(twice).toBe(`Hi Priya,\n${s1.text.trim()} ${s2.text.trim()} The new contract starts on the first.`);
  });

  it('is acknowledged once inserted: the finding for that concern goes away', () => {
    const { after } = applyFirstReflection('Hi Priya,\nThe new contract starts on the first.');
    const report = analyzer.analyze(after, { thread: THREAD });
    expect(report.concerns.length).toBeGreaterThan(0);
    expect(report.concerns.every((c) => c.acknowledged)).toBe(true);
    expect(report.findings.filter((f) => f.category === 'missing-acknowledgement')).toEqual([]);
  });
});
