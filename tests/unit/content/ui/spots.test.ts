// Which findings are at a spot of the draft (src/content/ui/spots.ts): the card the caret or the
// pointer opens, and the order its pager goes through the others at that spot.
import { describe, expect, it } from 'vitest';
import type { Finding, FindingCategory } from '../../../../src/engine/types';
import { findingAt, findingsAt, orderFirst } from '../../../../src/content/ui/spots';
import type { LiveSpan } from '../../../../src/content/ui/spans';

function finding(id: string, category: FindingCategory, start: number, end: number): Finding {
  return { id, rule: `${category}/test`, category, message: id, start, end, suggestions: [] };
}

function spansOf(...findings: Finding[]): Map<Finding, LiveSpan> {
  return new Map(findings.map((f) => [f, { start: f.start, end: f.end }]));
}

// "Hi Sam. You need to sign today, OK?" — a pressure phrase inside a whole-sentence question,
// and an acknowledgement finding on the same sentence.
const sentence = finding('closed', 'closed-question', 8, 35);
const pressure = finding('pressure', 'pressure', 8, 19);
const ack = finding('ack', 'missing-acknowledgement', 8, 35);
const advice = finding('advice', 'advice-without-autonomy', 20, 35);

describe('findingAt (Alt+Enter)', () => {
  it('picks the smallest finding around the caret, the caret at either edge counting as in it', () => {
    const spans = spansOf(sentence, pressure);
    expect(findingAt(spans, 10)).toBe(pressure);
    expect(findingAt(spans, 8)).toBe(pressure);
    expect(findingAt(spans, 19)).toBe(pressure);
    expect(findingAt(spans, 25)).toBe(sentence);
    expect(findingAt(spans, 7)).toBeNull();
    expect(findingAt(spans, 36)).toBeNull();
  });

  it('between two findings of the same size, takes the more prominent category', () => {
    expect(findingAt(spansOf(ack, sentence), 12)).toBe(sentence);
    expect(findingAt(spansOf(sentence, ack), 12)).toBe(sentence);
  });

  it("uses the live spans, not the report's offsets", () => {
    const moved = new Map<Finding, LiveSpan>([[pressure, { start: 18, end: 29 }]]);
    expect(findingAt(moved, 10)).toBeNull();
    expect(findingAt(moved, 20)).toBe(pressure);
  });
});

describe('findingsAt and orderFirst (the pager)', () => {
  it('orders the findings at a spot by category priority, then by start', () => {
    const spans = spansOf(ack, sentence, advice, pressure);
    expect(findingsAt(spans, 19)).toEqual([pressure, sentence, ack]);
    expect(findingsAt(spans, 30)).toEqual([advice, sentence, ack]);
    const earlier = finding('pressure-2', 'pressure', 5, 35);
    expect(findingsAt(spansOf(pressure, earlier), 10)).toEqual([earlier, pressure]);
  });

  it('keeps the finding the user pointed at where it is, or puts it first when it is not in the stack', () => {
    const stack = [pressure, sentence, ack];
    expect(orderFirst(stack, sentence)).toBe(stack);
    expect(orderFirst(stack, advice)).toEqual([advice, pressure, sentence, ack]);
  });
});
