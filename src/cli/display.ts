// Putting draft text on a terminal line: one line, no control or direction-override characters
// (a draft's U+202E must not reorder the report around it), and never wider than asked, with
// "…" where it was shortened. Widths count code points, so an emoji is never cut in half.

// C0/C1 controls except the whitespace handled below, and the bidirectional embeddings,
// overrides and isolates.
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\v\f\r\u2028\u2029\u0085]+/g;

/** The text on one line: breaks become spaces, invisible controls go, runs of spaces shrink. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
}

/**
 * At most `max` code points of `text` on one line, cut at a word boundary when one is near
 * the limit, ending in "…" when shortened. Only the head is read, so a 200,000-character
 * sentence costs no more than a short one.
 */
export function shorten(text: string, max: number): string {
  const window = max * 4 + 64;
  const clipped = text.length > window;
  const head = oneLine(clipped ? text.slice(0, window) : text);
  const points = Array.from(head);
  if (points.length <= max) return clipped ? `${head}…` : head;
  let cut = points.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.7) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:—–-]+$/, '')}…`;
}

/** Shortens each “quoted” passage inside a message (the client's words quoted back) to `max`. */
export function shortenQuotes(message: string, max: number): string {
  return message.replace(/“([^”]*)”/g, (_, inner: string) => `“${shorten(inner, max)}”`);
}

/** Pads to `width` code points (the column widths of the text report). */
export function padEnd(text: string, width: number): string {
  const length = Array.from(text).length;
  return length >= width ? text : text + ' '.repeat(width - length);
}

export function displayWidth(text: string): number {
  return Array.from(text).length;
}
