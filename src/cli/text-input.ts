// Deciding whether the bytes of an input are text Attune should read. A draft is UTF-8 text;
// an executable, an image or a UTF-16 export would otherwise be decoded into replacement
// characters and "checked", printing nonsense findings with a clean-looking exit code.

/** Bytes that open a UTF-16 file: a byte-order mark, little- or big-endian. */
const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/** More control characters than this share of the text means it is not prose. */
const CONTROL_SHARE = 0.1;
/** …counted only past a few: one stray bell in a short note is not a binary file. */
const CONTROL_MINIMUM = 4;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** The text of `bytes`, or why they are not UTF-8 text (to finish "<name> …"). */
export function decodeText(bytes: Uint8Array): Decoded {
  if (UTF16_BOMS.some(([a, b]) => bytes[0] === a && bytes[1] === b)) {
    return { ok: false, reason: 'is UTF-16 text; Attune reads UTF-8 (save it as UTF-8 and try again)' };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'looks like a binary file (it holds NUL bytes), not text' };
  let text: string;
  try {
    // fatal: invalid UTF-8 is refused instead of silently becoming U+FFFD. The BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'is not valid UTF-8 text (a binary file, or another encoding)' };
  }
  if (isMostlyControl(text)) return { ok: false, reason: 'looks like a binary file (too many control characters), not text' };
  return { ok: true, text };
}

function isMostlyControl(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  return controls >= CONTROL_MINIMUM && controls > text.length * CONTROL_SHARE;
}

/** C0 and C1 controls and DEL, except the ones prose uses: tab, line feed, form feed, carriage return. */
function isControl(unit: number): boolean {
  if (unit === 9 || unit === 10 || unit === 12 || unit === 13) return false;
  return unit < 32 || unit === 0x7f || (unit >= 0x80 && unit <= 0x9f);
}

/** Empty, or nothing but whitespace: nothing to check, which the user most likely did not mean. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
