// Finding ids are what "don't flag this again" stores, and settings live in storage.sync, which
// the browser copies to the user's account. So an id names the rule and a hash of the flagged
// words — never the words themselves. Stable across edits elsewhere in the draft.

/** `rule:hash` of the span's text, case- and whitespace-insensitive. */
export function findingId(rule: string, spanText: string): string {
  return `${rule}:${hash64(spanText.toLowerCase().replace(/\s+/g, ' ').trim())}`;
}

/** Two FNV-1a 32-bit passes with different offsets: 64 bits, so distinct phrases don't collide in practice. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
