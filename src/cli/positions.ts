// Turns engine offsets (UTF-16 code units) into 1-based line:column positions for people.
// Columns count Unicode code points, so an emoji before a finding counts as one column, as
// most terminals and editors show it.

export interface Position {
  line: number;
  column: number;
}

/**
 * Positions of many offsets in one sweep over the text. Counting columns from the start of the
 * line for each offset cost O(line length) per finding, which made a 200,000-character line with
 * thousands of findings quadratic. Offsets outside the text are clamped into it.
 */
export function positionsOf(text: string, offsets: readonly number[]): Position[] {
  const clamped = offsets.map((offset) => Math.min(Math.max(Math.trunc(offset) || 0, 0), text.length));
  const order = clamped.map((_, i) => i).sort((a, b) => clamped[a] - clamped[b]);
  const out: Position[] = new Array(offsets.length);
  let at = 0;
  let line = 1;
  let column = 1;
  for (const i of order) {
    const target = clamped[i];
    while (at < target) {
      const unit = text.charCodeAt(at);
      if (unit === 10) {
        line++;
        column = 1;
        at++;
        continue;
      }
      at += isSurrogatePair(text, at, target) ? 2 : 1;
      column++;
    }
    out[i] = { line, column };
  }
  return out;
}

/** A high surrogate followed by a low one, both before `limit`: one code point, one column. */
function isSurrogatePair(text: string, at: number, limit: number): boolean {
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff || at + 1 >= limit) return false;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}
