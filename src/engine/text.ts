// Low-level text helpers shared by segmentation and the rules. Everything here keeps string
// length unchanged where it says so, because findings are reported as offsets into the draft.

/**
 * Curly quotes and apostrophes folded to ASCII, one code unit for one, so offsets found in the
 * result are offsets in the original. People type "don’t" and "don't" interchangeably.
 */
export function normalizeQuotes(text: string): string {
  return /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/.test(text)
    ? text.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    : text;
}

/** Upper-cases the first letter, leaving the rest alone; a sentence that opens with a figure ("£150 was…") stays as it is. */
export function capitalize(text: string): string {
  const i = text.search(/[\p{L}\p{N}]/u);
  if (i < 0 || !/\p{L}/u.test(text[i])) return text;
  return text.slice(0, i) + text[i].toUpperCase() + text.slice(i + 1);
}

/**
 * Lower-cases the first word when it is an ordinary word moved out of sentence-initial position.
 * "I", acronyms ("VAT") and words that look like names stay as they are.
 */
export function decapitalize(text: string): string {
  const m = /^(\W*)(\p{Lu})(\p{L}*)/u.exec(text);
  if (!m) return text;
  const word = m[2] + m[3];
  if (/^I(?:'|$)/.test(text.slice(m[1].length)) || word === 'I') return text;
  if (m[3] && m[3] !== m[3].toLowerCase()) return text; // acronym or CamelCase
  if (PROPER_START.test(word)) return text;
  return m[1] + m[2].toLowerCase() + text.slice(m[1].length + 1);
}

/** `text` with its first letter cased as `like`'s is ("I", acronyms and names stay as they are). */
export function matchCase(text: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? capitalize(text) : decapitalize(text);
}

const PROPER_START =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4])$/;

/** The sentence's closing punctuation ("." when there is none; "!" softened to "."). */
export function terminalOf(sentence: string): { body: string; terminal: string } {
  const m = /\s*([.!?\u2026]+)(["'\u201D\u2019)\]]*)\s*$/u.exec(sentence);
  if (!m) return { body: sentence.trimEnd(), terminal: '.' };
  const punct = m[1].includes('?') ? '?' : '.';
  return { body: sentence.slice(0, m.index), terminal: punct };
}

/** Tidies text produced by cutting a phrase out: doubled spaces, dangling commas and dashes. */
export function tidyAfterCut(text: string): string {
  return text
    .replace(/\s+([,;:.!?])/g, '$1')
    .replace(/^[\s,;:\u2014\u2013-]+/, '')
    .replace(/[\s,;:\u2014\u2013-]+$/, '')
    .replace(/([,;:])\s*[,;:]+/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * `table[key]` for the table's own keys only. Lookup tables are indexed by words from the draft,
 * and a word such as "constructor" or "__proto__" must not find Object.prototype's members.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Weekday names, lower case, as a regex alternation: the dates a rewrite must keep and a reflection capitalises. */
export const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** Month names that are no other English word ("may" and "march" are, and need a figure beside them). */
export const PLAIN_MONTHS = 'january|february|april|june|july|august|september|october|november|december';
