// Sentence segmentation with exact offsets, and the parts of a draft that are not the
// writer's own words (quoted client text, "On … wrote:" blocks, signatures).
// OWNER: engine helper E1. Stub: replace with the real implementation.
import type { Span } from './types';

/** Ranges of the draft that are quoted text or signature, sorted, non-overlapping. */
export function findQuoted(draft: string): Span[] {
  void draft;
  return [];
}

/** The quoted client text (without '>' markers and headers), for use as the thread. */
export function quotedThreadText(draft: string, quoted: Span[]): string {
  void draft;
  void quoted;
  return '';
}

/** Writer sentences inside [from, to), skipping `skip` ranges. Trimmed, non-empty, in order. */
export function segmentSentences(draft: string, from: number, to: number, skip: Span[]): Span[] {
  const out: Span[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  const text = draft.slice(from, to);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    const end = from + m.index + m[0].trimEnd().length;
    if (end > start && !skip.some((s) => start < s.end && end > s.start)) out.push({ start, end });
  }
  return out;
}
