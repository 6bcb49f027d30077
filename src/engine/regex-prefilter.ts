// A cheap, sound prefilter for the engine's regular expressions.
//
// V8 compiles a regular expression the first time it runs (and again to native code on the next
// run), and for the engine's large case-insensitive alternations that first-use cost dominates a
// cold start: the service worker pays it on every wake. Most sentences cannot match most patterns,
// so before running a pattern we check the literal words any match must contain. Those words are
// read from the pattern's own source, so they can never drift from what the pattern catches:
// a pattern is skipped only when no match is possible, and behaviour is unchanged.
//
// The requirement is a conjunction of clauses, each a set of alternatives: every match contains at
// least one string of every clause. Anything the reader does not understand makes it give up for
// that pattern (null: always run), which is always safe.
//
// Reading every pattern's source in a cold process (interpreted JavaScript) was itself a third of a
// cold start, so the requirements of the engine's own patterns are read at build time
// (`npm run prefilter` → generated/prefilter-requirements.ts). A pattern the table does not know
// (added since) is read here at run time: slower to start, never wrong.
import { PREFILTER_REQUIREMENTS_JSON } from './generated/prefilter-requirements';
import { collapseSpace, isReadAtRunTime, requirementKey, requirementOf, type Requirement } from './regex-requirement';

export { isReadAtRunTime, requirementKey, requirementOf, type Requirement };

/** A pattern's requirement, and how often the caller has run it since. */
interface Entry {
  req: Requirement | null;
  runs: number;
}
const cache = new WeakMap<RegExp, Entry>();
/** After this many runs V8 has compiled the pattern (bytecode, then native): checking first no longer pays. */
const COMPILED_AFTER_RUNS = 2;

/** False only when `re` cannot match `text`; `lower` is `lowerForPrefilter(text)`. A true answer means the caller runs it. */
export function mayMatch(re: RegExp, text: string, lower: string): boolean {
  let entry = cache.get(re);
  if (entry === undefined) {
    entry = { req: requirementFor(re.source, re.flags), runs: 0 };
    cache.set(re, entry);
  }
  const { req } = entry;
  if (!req || entry.runs >= COMPILED_AFTER_RUNS) return true;
  const haystack = req.caseless ? lower : collapsedOnce(text);
  const grams = gramsOf(haystack);
  for (const clause of req.clauses) if (!clause.some((s) => occurs(s, haystack, grams))) return false;
  entry.runs++;
  return true;
}

/** Built on first use from the generated JSON: a process that never analyses pays nothing. */
let precomputed: Map<string, string[][] | null> | undefined;
/** Keys of the patterns the table lacked (tests check the engine's own patterns are all there). */
const readLate = new Set<string>();
/** A long-lived worker seeing ever new patterns must not keep their sources forever. */
const MAX_READ_LATE = 200;

/** The pattern's requirement from the build-time table when it is there, else read now. */
function requirementFor(source: string, flags: string): Requirement | null {
  if (!isReadAtRunTime(source, flags)) return null;
  precomputed ??= new Map(JSON.parse(PREFILTER_REQUIREMENTS_JSON) as [string, string[][] | null][]);
  const key = requirementKey(source, flags);
  const clauses = precomputed.get(key);
  if (clauses === undefined) {
    if (readLate.size < MAX_READ_LATE) readLate.add(key);
    return requirementOf(source, flags);
  }
  return clauses && { caseless: flags.includes('i'), clauses };
}

/** Patterns whose requirement was read at run time since the process started (not in the generated table). */
export function patternsReadAtRunTime(): string[] {
  return [...readLate];
}

// A sentence's three-character substrings, hashed into a bitset: a literal whose first three
// characters are absent cannot occur, and testing a bit is far cheaper than a substring search.
// Collisions only let a search through.
const GRAM_BITS = 4096;
let gramsFor = '';
let gramsBits = new Uint32Array(GRAM_BITS / 32);
let gramsFor2 = '';
let gramsBits2 = new Uint32Array(GRAM_BITS / 32);

function gramHash(s: string, at: number): number {
  return ((s.charCodeAt(at) * 961 + s.charCodeAt(at + 1) * 31 + s.charCodeAt(at + 2)) >>> 0) % GRAM_BITS;
}

/** Two slots: a caseless and a case-sensitive pattern may alternate on the same sentence. */
function gramsOf(haystack: string): Uint32Array {
  if (haystack === gramsFor) return gramsBits;
  if (haystack === gramsFor2) return gramsBits2;
  [gramsFor2, gramsBits2] = [gramsFor, gramsBits];
  const bits = new Uint32Array(GRAM_BITS / 32);
  for (let i = 0; i + 3 <= haystack.length; i++) {
    const h = gramHash(haystack, i);
    bits[h >>> 5] |= 1 << (h & 31);
  }
  [gramsFor, gramsBits] = [haystack, bits];
  return bits;
}

function occurs(literal: string, haystack: string, grams: Uint32Array): boolean {
  if (literal.length >= 3) {
    const h = gramHash(literal, 0);
    if ((grams[h >>> 5] & (1 << (h & 31))) === 0) return false;
  }
  return haystack.includes(literal);
}

/**
 * Text lower-cased for caseless checks. Under `iu` the long s (ſ) matches 's' but does not
 * lower-case to it; the Kelvin sign lower-cases to 'k' already. Caseless literals are ASCII only.
 */
export function lowerForPrefilter(text: string): string {
  return collapseSpace(text.toLowerCase().replace(/ſ/g, 's'));
}

let collapsedFor = '';
let collapsed = '';
function collapsedOnce(text: string): string {
  if (text !== collapsedFor) [collapsedFor, collapsed] = [text, collapseSpace(text)];
  return collapsed;
}
