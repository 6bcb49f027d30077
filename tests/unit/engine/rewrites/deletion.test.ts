import { describe, expect, it } from 'vitest';
import { withItsGap } from '../../../../src/engine/rewrites/deletion';
import { createAnalyzer } from '../../../../src/engine/index';

const cut = (draft: string, sentence: string) => {
  const start = draft.indexOf(sentence);
  const span = withItsGap(draft, { start, end: start + sentence.length });
  return draft.slice(0, span.start) + draft.slice(span.end);
};

describe('a deleted sentence takes its gap with it', () => {
  it('mid-line: the space before it goes, one space stays between the neighbours', () => {
    expect(cut('The fee is £40. Honestly, everyone pays it. Call me any time.', 'Honestly, everyone pays it.')).toBe('The fee is £40. Call me any time.');
  });
  it('at the start of a line with more after it: the space after it goes', () => {
    expect(cut('Hi Jo,\nHonestly, everyone pays it. The fee is £40.\nBest', 'Honestly, everyone pays it.')).toBe('Hi Jo,\nThe fee is £40.\nBest');
  });
  it('a paragraph of its own: its blank line goes too, no empty paragraph left', () => {
    expect(cut('Hi Jo,\n\nHonestly, everyone pays it.\n\nThe fee is £40.\n\nBest,\nSam', 'Honestly, everyone pays it.')).toBe(
      'Hi Jo,\n\nThe fee is £40.\n\nBest,\nSam',
    );
  });
  it('a line inside a paragraph: only its own line break goes', () => {
    expect(cut('hey\nyou are overthinking it lol\nthe fee is 40', 'you are overthinking it lol')).toBe('hey\nthe fee is 40');
  });
  it('the last line: the break before it goes', () => {
    expect(cut('The fee is £40.\nI trust that settles the matter.', 'I trust that settles the matter.')).toBe('The fee is £40.');
  });
});

describe('a deletion is offered only when the rest still reads', () => {
  const analyzer = createAnalyzer();
  const deletions = (draft: string) =>
    analyzer
      .analyze(draft)
      .findings.flatMap((f) => f.suggestions)
      .filter((s) => s.text === '' && s.end > s.start);

  it('a jab between two facts can go, and the draft has no stray space after it', () => {
    const draft = 'Hi Jo,\n\nThe survey is booked for the morning.\n\nHonestly, couples who skip the survey nearly always regret it.\n\nBest,\nSam';
    for (const s of deletions(draft)) expect(draft.slice(0, s.start) + draft.slice(s.end)).not.toMatch(/\n\n\n| \n|\n /);
  });
  it('not when the next sentence points back at it ("This is…")', () => {
    const draft = 'Hi Jo,\nHonestly, couples who skip the survey nearly always regret it. This is why we insist on it.\nBest,\nSam';
    const target = draft.indexOf('Honestly');
    expect(deletions(draft).some((s) => s.start <= target && s.end > target)).toBe(false);
  });
});
