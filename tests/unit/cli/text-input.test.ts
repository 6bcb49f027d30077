// What the CLI accepts as a draft (src/cli/text-input.ts) and how it puts draft text on a line
// (src/cli/display.ts), and where a finding is (src/cli/positions.ts).
import { describe, expect, it } from 'vitest';
import { oneLine, shorten } from '../../../src/cli/display';
import { positionsOf } from '../../../src/cli/positions';
import { decodeText, isBlank } from '../../../src/cli/text-input';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 prose, emoji and right-to-left text, dropping a byte-order mark', () => {
    expect(decodeText(bytes('\ufeffHi 👋🏽 שלום, you need to sign.'))).toEqual({ ok: true, text: 'Hi 👋🏽 שלום, you need to sign.' });
    expect(decodeText(bytes('Page one.\fPage two.\r\n\tIndented.')).ok).toBe(true);
  });

  it('refuses NUL bytes, invalid UTF-8, UTF-16 and mostly-control text, saying which', () => {
    const reason = (b: Uint8Array) => {
      const decoded = decodeText(b);
      return decoded.ok ? null : decoded.reason;
    };
    expect(reason(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00]))).toMatch(/NUL bytes/);
    expect(reason(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toMatch(/not valid UTF-8/);
    expect(reason(new Uint8Array([0xff, 0xfe, 0x48, 0x00]))).toMatch(/UTF-16/);
    expect(reason(bytes('\x1b\x01\x02\x03\x04 hi'))).toMatch(/control characters/);
    expect(reason(bytes('\x07 one stray bell in a note.'))).toBeNull();
  });

  it('calls whitespace-only input blank', () => {
    expect(isBlank(' \n\t')).toBe(true);
    expect(isBlank(' x ')).toBe(false);
  });
});

describe('shorten and oneLine', () => {
  it('puts text on one line without controls or direction overrides', () => {
    expect(oneLine('a\nb\t\tc\u202e d\u0007')).toBe('a b c d');
  });

  it('cuts at a word near the limit, never inside an emoji, and marks the cut with …', () => {
    expect(shorten('short', 10)).toBe('short');
    expect(shorten('the client may feel pushed into a decision today', 30)).toBe('the client may feel pushed…');
    const cut = shorten('😀'.repeat(50), 10);
    expect([...cut]).toHaveLength(10);
    expect(cut.endsWith('😀…')).toBe(true);
    expect([...shorten('x '.repeat(100_000), 40)].length).toBeLessThanOrEqual(40);
  });
});

describe('positionsOf', () => {
  it('gives 1-based line:column in code points, in the order asked, clamping stray offsets', () => {
    const text = 'ab\n👍 cd\nef';
    const d = text.indexOf('d');
    expect(positionsOf(text, [d, 0, 3, text.length, -5, 99])).toEqual([
      { line: 2, column: 4 },
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 3 },
      { line: 1, column: 1 },
      { line: 3, column: 3 },
    ]);
  });
});
