// The pipeline's last line of defence: a helper that throws or returns a bad span costs an
// underline, never the page. Helpers are made to misbehave here on purpose.
import { afterEach, describe, expect, it, vi } from 'vitest';

const misbehave = vi.hoisted(() => ({ throwOn: '', badFinding: false }));

vi.mock('../../../src/engine/codes', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/engine/codes')>();
  return {
    ...real,
    codeSentence: (text: string, ctx: Parameters<typeof real.codeSentence>[1]) => {
      if (misbehave.throwOn && text.includes(misbehave.throwOn)) throw new Error('helper bug');
      return real.codeSentence(text, ctx);
    },
  };
});

vi.mock('../../../src/engine/draft-findings', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/engine/draft-findings')>();
  return {
    ...real,
    draftFindings: (ctx: Parameters<typeof real.draftFindings>[0]) => {
      const found = real.draftFindings(ctx);
      if (!misbehave.badFinding) return found;
      const bad = { id: 'x', rule: 'test/bad', category: 'closed-question' as const, message: 'bad', suggestions: [] };
      return [...found, { ...bad, start: 0, end: ctx.draft.length + 5 }, { ...bad, start: -1, end: 2 }, { ...bad, start: 3, end: 1 }];
    },
  };
});

const { createAnalyzer } = await import('../../../src/engine/index');

describe('never-throw guard', () => {
  afterEach(() => {
    misbehave.throwOn = '';
    misbehave.badFinding = false;
    vi.restoreAllMocks();
  });

  it('answers an empty report of the right length when a helper throws, and says so', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    misbehave.throwOn = 'boom';
    const draft = 'Hello there. This goes boom. Bye.';
    const report = createAnalyzer().analyze(draft);
    expect(report.length).toBe(draft.length);
    expect(report.findings).toEqual([]);
    expect(errors).toHaveBeenCalled();
  });

  it('drops spans outside the draft and keeps the good findings', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const draft = 'Hi Sam,\n\nYou need to sign by Friday. Do you have any concerns?';
    const clean = createAnalyzer().analyze(draft);
    misbehave.badFinding = true;
    const report = createAnalyzer().analyze(draft);
    expect(report.findings.map((f) => f.rule)).toEqual(clean.findings.map((f) => f.rule));
    expect(report.findings.every((f) => f.start >= 0 && f.start <= f.end && f.end <= draft.length)).toBe(true);
    expect(String(errors.mock.calls[0]?.[1])).toMatch(/3 span\(s\)/);
  });
});
