// Which findings are at a spot of the draft as it is now: the caret (Alt+Enter) or the underline
// under the pointer. Several findings can share a spot; the card shows one and pages to the rest.
import type { Finding } from '../../shared/contract/index';
import { HIGHLIGHT_PRIORITY, slugOf } from './categories';
import type { BoxEntry } from './painting';
import { diffBounds, shiftSpan, type LiveSpan } from './spans';

/**
 * Each underlined finding's span in the draft as it is now. The report's offsets are only true
 * for the text it described: a textarea's overlay shifts its spans as the user types; for a rich
 * editor the current text is read here (only on Alt+Enter) and compared with the report's.
 */
export function liveSpans(entry: BoxEntry): Map<Finding, LiveSpan> {
  const spans = new Map<Finding, LiveSpan>();
  if (entry.overlay) {
    for (const finding of entry.visible) {
      const span = entry.overlay.spanOf(finding);
      if (span) spans.set(finding, span);
    }
    return spans;
  }
  const current = entry.adapter.readText();
  const edit = current === entry.text ? null : diffBounds(entry.text, current);
  for (const finding of entry.visible) {
    if (!entry.ranges.has(finding)) continue;
    const span = edit ? shiftSpan(finding, edit) : finding;
    if (span) spans.set(finding, span);
  }
  return spans;
}

/** The finding the caret is in or next to; among nested ones the smallest, then the most prominent kind. */
export function findingAt(spans: Map<Finding, LiveSpan>, caret: number): Finding | null {
  let best: Finding | null = null;
  let bestSize = Infinity;
  for (const [finding, span] of spans) {
    if (caret < span.start || caret > span.end) continue;
    const size = span.end - span.start - HIGHLIGHT_PRIORITY[slugOf(finding.category)] * 0.01;
    if (size < bestSize) {
      best = finding;
      bestSize = size;
    }
  }
  return best;
}

/** Every finding covering the caret, most prominent category first, then by where it starts. */
export function findingsAt(spans: Map<Finding, LiveSpan>, caret: number): Finding[] {
  const here = [...spans].filter(([, span]) => caret >= span.start && caret <= span.end);
  here.sort(([a, sa], [b, sb]) => HIGHLIGHT_PRIORITY[slugOf(b.category)] - HIGHLIGHT_PRIORITY[slugOf(a.category)] || sa.start - sb.start);
  return here.map(([finding]) => finding);
}

/** The stack in paging order; the finding the user pointed at is where the card opens, not moved. */
export function orderFirst(stack: Finding[], shown: Finding): Finding[] {
  return stack.includes(shown) ? stack : [shown, ...stack];
}
