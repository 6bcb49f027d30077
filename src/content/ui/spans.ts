// Where underlined spans are in a draft that changed since its report: the text before the edit
// keeps its offsets, the text after it moves by the edit's length, and a span the edit touched is
// gone until the next analysis (its words are no longer what the report described).

export interface LiveSpan {
  start: number;
  end: number;
}

/** The one region where `before` and `after` differ: [prefix, oldEnd) in `before`, and the length change. */
export function diffBounds(before: string, after: string): { prefix: number; oldEnd: number; delta: number } {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, oldEnd: before.length - suffix, delta: after.length - before.length };
}

/** `span` (offsets into `before`) in `after`, or null when the edit touched it. */
export function shiftSpan(span: LiveSpan, edit: ReturnType<typeof diffBounds>): LiveSpan | null {
  if (span.end <= edit.prefix) return { start: span.start, end: span.end };
  if (span.start >= edit.oldEnd) return { start: span.start + edit.delta, end: span.end + edit.delta };
  return null;
}
