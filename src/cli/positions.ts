// Turns engine offsets (UTF-16 code units) into 1-based line:column positions for people.
// Columns count Unicode code points, so an emoji before a finding counts as one column, as
// most terminals and editors show it.

export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  /** Position of a UTF-16 offset; offsets outside the text are clamped into it. */
  positionOf(offset: number): Position {
    const at = Math.min(Math.max(Math.trunc(offset) || 0, 0), this.text.length);
    const lineIndex = this.lineContaining(at);
    const lineStart = this.lineStarts[lineIndex];
    return { line: lineIndex + 1, column: countCodePoints(this.text, lineStart, at) + 1 };
  }

  // Binary search: files can hold thousands of lines and findings.
  private lineContaining(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

function countCodePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    const isHighSurrogate = unit >= 0xd800 && unit <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (isHighSurrogate && i + 1 < to && next >= 0xdc00 && next <= 0xdfff) i++;
    count++;
  }
  return count;
}
