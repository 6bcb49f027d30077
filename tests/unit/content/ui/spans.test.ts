// Where an underlined span is after the user typed, before the next analysis (src/content/ui/spans.ts):
// the keyboard path (Alt+Enter) and the textarea overlay both rely on it.
import { describe, expect, it } from 'vitest';
import { diffBounds, shiftSpan } from '../../../../src/content/ui/spans';

const DRAFT = 'Hi Sam. You need to sign today. Have you read it?';
const PRESSURE = { start: DRAFT.indexOf('You need'), end: DRAFT.indexOf(' Have') };
const QUESTION = { start: DRAFT.indexOf('Have'), end: DRAFT.length };

/** Applies the edit to the draft and checks the shifted span still covers the same words. */
function shifted(after: string, span: { start: number; end: number }) {
  const moved = shiftSpan(span, diffBounds(DRAFT, after));
  if (moved) expect(after.slice(moved.start, moved.end)).toBe(DRAFT.slice(span.start, span.end));
  return moved;
}

describe('shiftSpan', () => {
  it('moves spans after an insertion by its length and keeps spans before it', () => {
    const after = DRAFT.replace('Hi Sam.', 'Hi Sam, dear.');
    expect(shifted(after, PRESSURE)).toEqual({ start: PRESSURE.start + 6, end: PRESSURE.end + 6 });
    const atEnd = `${DRAFT} Thanks`;
    expect(shifted(atEnd, PRESSURE)).toEqual(PRESSURE);
  });

  it('moves spans after a deletion back', () => {
    const after = DRAFT.replace('Hi Sam. ', '');
    expect(shifted(after, QUESTION)).toEqual({ start: QUESTION.start - 8, end: QUESTION.end - 8 });
  });

  it('drops a span the edit touched, keeps one that the edit only borders', () => {
    expect(shifted(DRAFT.replace('need to', 'have to'), PRESSURE)).toBeNull();
    // Typing right before a span or right after it leaves its words intact.
    expect(shifted(`${DRAFT.slice(0, PRESSURE.start)}So ${DRAFT.slice(PRESSURE.start)}`, PRESSURE)).toEqual({
      start: PRESSURE.start + 3,
      end: PRESSURE.end + 3,
    });
    expect(shifted(`${DRAFT.slice(0, PRESSURE.end)}!${DRAFT.slice(PRESSURE.end)}`, PRESSURE)).toEqual(PRESSURE);
  });

  it('an unchanged draft leaves every span where it was', () => {
    expect(shifted(DRAFT, PRESSURE)).toEqual(PRESSURE);
    expect(shifted(DRAFT, QUESTION)).toEqual(QUESTION);
  });

  it('never throws on odd drafts', () => {
    for (const [before, after] of [
      ['', ''],
      ['', 'x'],
      ['😀😀', '😀'],
      ['\u202e abc', 'abc'],
    ]) {
      const edit = diffBounds(before, after);
      expect(edit.prefix).toBeLessThanOrEqual(Math.min(before.length, after.length));
      expect(() => shiftSpan({ start: 0, end: before.length }, edit)).not.toThrow();
    }
  });
});
