// Sentence segmentation with exact offsets. The parts of a draft that are not the writer's own
// words (quoted text, signatures) are found in quoted.ts and skipped here.
//
// Hand-written rather than compromise's sentence splitter on purpose: importing compromise
// costs ~100 ms, and the service worker pays its imports on every wake; re-segmenting a draft
// on each pause in typing must also stay far under a millisecond. Everything here is one
// linear pass over the text with a handful of small allocations per line, never per character.
import type { Span } from './types';
import { linesOf, type Line } from './quoted';

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'vs',
  'approx',
  'dept',
  'est',
  'ext',
  'tel',
  'cf',
  'al',
  'ie',
  'eg',
  'viz',
  'ca',
  'fig',
  'nos',
  'vol',
  'pp',
  'ref',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'hon',
  'rev',
  'gen',
  'col',
  'capt',
  'lt',
  'sgt',
  'gov',
  'sen',
  'rep',
]);
const CLOSING_WORDS =
  /^(?:best|best wishes|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours sincerely|yours faithfully|yours truly|yours|warmly|warm wishes|all the best|take care|talk soon|speak soon|with thanks|respectfully|love|xo|ta)$/i;
const GREETING_START = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|morning|afternoon|greetings|hiya)\b/i;
const BULLET = /^[ \t]*(?:[-*\u2022\u00B7\u2013\u25AA\u25E6\u2023\u2043]|\d{1,3}[.)]|\(?[a-z]\))[ \t]+/;

/** Writer sentences inside [from, to), skipping `skip` ranges. Trimmed, non-empty, in order. */
export function segmentSentences(draft: string, from: number, to: number, skip: Span[]): Span[] {
  const out: Span[] = [];
  if (typeof draft !== 'string') return out;
  const lo = Math.max(0, Math.min(from | 0, draft.length));
  const hi = Math.max(lo, Math.min(to | 0, draft.length));
  let pos = lo;
  const sorted = Array.isArray(skip) ? [...skip].sort((a, b) => a.start - b.start) : [];
  for (const s of sorted) {
    if (s.end <= pos) continue;
    if (s.start >= hi) break;
    if (s.start > pos) segmentRegion(draft, pos, s.start, out);
    pos = Math.max(pos, s.end);
  }
  if (pos < hi) segmentRegion(draft, pos, hi, out);
  return out;
}

interface LineInfo extends Line {
  /** Offset of the content after leading spaces and any bullet marker. */
  content: number;
  bullet: boolean;
  blank: boolean;
}

function describeLines(draft: string, from: number, to: number): LineInfo[] {
  return linesOf(draft, from, to).map(({ start, end }) => {
    let s = start;
    while (s < end && isBlankChar(draft.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isBlankChar(draft.charCodeAt(e - 1))) e--;
    if (s >= e) return { start, end, content: s, bullet: false, blank: true };
    const bullet = BULLET.exec(draft.slice(s, Math.min(e, s + 8)) + ' ');
    const content = bullet && s + bullet[0].length <= e ? s + bullet[0].length : s;
    return { start: s, end: e, content, bullet: content > s, blank: false };
  });
}

/** Every character String.prototype.trim removes (and U+0085, U+200B): a span must come out trimmed. */
function isBlankChar(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x85 ||
    code === 12 ||
    code === 11 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x1680 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function segmentRegion(draft: string, from: number, to: number, out: Span[]): void {
  const lines = describeLines(draft, from, to);
  const wrapped = isHardWrapped(lines);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.blank) {
      i++;
      continue;
    }
    const signOffEnd = signOffBlockEnd(draft, lines, i);
    if (signOffEnd >= 0) {
      pushTrimmed(draft, line.start, lines[signOffEnd].end, out);
      i = signOffEnd + 1;
      continue;
    }
    // A run: this line plus following lines that merely continue a hard-wrapped sentence.
    let j = i;
    while (wrapped && j + 1 < lines.length && continuesLine(draft, lines[j], lines[j + 1])) j++;
    splitRun(draft, line.content, lines[j].end, out);
    i = j + 1;
  }
}

/**
 * Whether the text was hard-wrapped at a fixed column (a mail client at ~72): no line is wider
 * than the column and most lines that go on to another reach near it. Chat typed one idea a line
 * has lines of every width, some far past any wrap column.
 */
function isHardWrapped(lines: LineInfo[]): boolean {
  let going = 0;
  let nearColumn = 0;
  for (let i = 0; i < lines.length; i++) {
    const width = lines[i].end - lines[i].start;
    if (width > HARD_WRAP_MAX) return false;
    if (lines[i].blank || i + 1 >= lines.length || lines[i + 1].blank) continue;
    going++;
    if (width >= HARD_WRAP_MIN) nearColumn++;
  }
  return going > 0 && nearColumn * 2 > going;
}

/**
 * A line break ends a sentence, as people write one idea a line in chat and email; only a
 * hard-wrapped line goes on: a long line (a client wrapping at ~72 characters) that stops
 * mid-sentence, followed by one that starts in lower case.
 */
const HARD_WRAP_MIN = 60;
const HARD_WRAP_MAX = 80;
function continuesLine(draft: string, prev: LineInfo, next: LineInfo): boolean {
  const width = prev.end - prev.start;
  // A wrapped line is as long as the wrap column allows and no longer: one of 90 characters was
  // typed that way, and a line the next word would have fitted on was ended by the writer.
  if (next.blank || next.bullet || width < HARD_WRAP_MIN || width > HARD_WRAP_MAX) return false;
  const nextWord = /^\S+/.exec(draft.slice(next.content, next.end))?.[0] ?? '';
  if (width + 1 + nextWord.length <= 72) return false;
  const last = draft[prev.end - 1];
  if (last === '.' || last === '!' || last === '?' || last === ':' || last === ';' || last === '\u2026') return false;
  const first = draft[next.content];
  return first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase() && /\p{Ll}/u.test(first);
}

/**
 * "Best,\nAlana" or "Kind regards,\nMarta Quill\nMember Services": a short closing line followed
 * only by short name lines to the end of the paragraph is one sentence. Returns its last line.
 */
function signOffBlockEnd(draft: string, lines: LineInfo[], i: number): number {
  const text = draft.slice(lines[i].start, lines[i].end);
  if (!isClosingLine(text)) return -1;
  let j = i + 1;
  let last = -1;
  while (j < lines.length && !lines[j].blank && j - i <= 6) {
    const name = draft.slice(lines[j].start, lines[j].end);
    if (!isNameLine(name)) return -1;
    last = j;
    j++;
  }
  return last;
}

function isClosingLine(text: string): boolean {
  if (text.length > 40 || GREETING_START.test(text)) return false;
  const bare = text.replace(/[,!.\s]+$/, '');
  if (CLOSING_WORDS.test(bare)) return true;
  return text.endsWith(',') && bare.split(/\s+/).length <= 5 && !/[.?!:;]/.test(bare);
}

function isNameLine(text: string): boolean {
  if (text.length > 80 || /[?!:;]$/.test(text)) return false;
  if (text.endsWith('.') && !/\b(?:[A-Z]|Jr|Sr|Ltd|Inc|Co|PhD|MD|Esq)\.$/.test(text)) return false;
  return text.split(/\s+/).length <= 8;
}

/** Splits draft[from, to) (one paragraph line or a run of wrapped lines) into sentences. */
function splitRun(draft: string, from: number, to: number, out: Span[]): void {
  const term =
    /[.!?\u2026\u203C\u2047-\u2049]+|(?<=\s)[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}][\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}\u{1F3FB}-\u{1F3FF}\u200d\ufe0f]*(?=\s)/gu;
  term.lastIndex = from;
  let sentenceStart = from;
  for (let m = term.exec(draft); m && m.index < to; m = term.exec(draft)) {
    let end = m.index + m[0].length;
    if (end > to) break;
    while (end < to && CLOSERS.includes(draft[end])) end++;
    if (end >= to) break;
    if (!isBlankOrNewline(draft.charCodeAt(end))) {
      term.lastIndex = end;
      continue; // 1.5, example.com, e.g., "Wait!" she said
    }
    let next = skipSpaces(draft, end, to);
    // Emoji and symbols after the full stop belong to the sentence they close: "Thanks! 🙂 See you".
    const symbolsEnd = symbolRunEnd(draft, next, to);
    if (symbolsEnd > next && (symbolsEnd >= to || isBlankOrNewline(draft.charCodeAt(symbolsEnd)))) {
      end = symbolsEnd;
      next = skipSpaces(draft, end, to);
    }
    if (next >= to) break;
    // A closing emoji ends a sentence as a full stop does ("thanks so much 🙏 see you tues").
    if (!isSymbolCodePoint(m[0].codePointAt(0)!) && !endsSentence(draft, m.index, m[0], next)) {
      term.lastIndex = end;
      continue;
    }
    pushTrimmed(draft, sentenceStart, end, out);
    sentenceStart = next;
    term.lastIndex = next;
  }
  pushTrimmed(draft, sentenceStart, to, out);
}

const CLOSERS = '"\'\u201D\u2019)]}\u00BB*_';

function isBlankOrNewline(code: number): boolean {
  return code === 10 || isBlankChar(code);
}

function skipSpaces(draft: string, pos: number, to: number): number {
  while (pos < to && isBlankOrNewline(draft.charCodeAt(pos))) pos++;
  return pos;
}

/** End of a run of emoji / pictographic symbols starting at pos (pos itself when none). */
function symbolRunEnd(draft: string, pos: number, to: number): number {
  let p = pos;
  while (p < to) {
    const cp = draft.codePointAt(p)!;
    if (!isSymbolCodePoint(cp)) break;
    p += cp > 0xffff ? 2 : 1;
  }
  return p;
}

function isSymbolCodePoint(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    cp === 0x2764
  );
}

/** Whether the punctuation `punct` at `at`, followed by the text at `next`, ends a sentence. */
function endsSentence(draft: string, at: number, punct: string, next: number): boolean {
  const following = draft[next];
  const lowerNext = /\p{Ll}/u.test(following);
  // "I was thinking... maybe": an ellipsis before a lower-case word goes on. Lower-case chat
  // ("ok. the boiler is off again") still ends at a full stop, "?" or "!".
  if (lowerNext && /^(?:\.{2,}|\u2026)$/.test(punct)) return false;
  if (punct !== '.') return true;
  const word = wordBefore(draft, at);
  if (!word) return !lowerNext;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  if (lower === 'no' && /\d/.test(following)) return false; // "No. 5"

  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !lowerNext && (lower === 'a.m' || lower === 'p.m' || lower === 'etc'); // e.g, U.S
  return true;
}

function wordBefore(draft: string, at: number): string {
  let s = at;
  while (s > 0 && /[\p{L}.]/u.test(draft[s - 1])) s--;
  return draft.slice(s, at);
}

/**
 * No sentence is longer than this: text with no punctuation at all (a pasted log, a list run
 * together) is cut at a space, so every later step costs a bounded amount per character.
 */
export const MAX_SENTENCE_CHARS = 400;

function pushTrimmed(draft: string, start: number, end: number, out: Span[]): void {
  while (start < end && isBlankOrNewline(draft.charCodeAt(start))) start++;
  while (end > start && isBlankOrNewline(draft.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    const space = draft.lastIndexOf(' ', cut);
    if (space > start + MAX_SENTENCE_CHARS / 2) cut = space;
    let e = cut;
    while (e > start && isBlankOrNewline(draft.charCodeAt(e - 1))) e--;
    out.push({ start, end: e });
    start = cut;
    while (start < end && isBlankOrNewline(draft.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end });
}
