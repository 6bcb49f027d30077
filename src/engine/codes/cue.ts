// A cue set: the surface patterns an MI coder listens for when giving one sentence code.
// Cue sets are data: each carries the sentences it must and must not code, and the unit
// tests run those examples through `codeSentence`, so adding a cue touches one file.
import type { SentenceCode } from '../types';
import { lowerForPrefilter, mayMatch } from '../regex-prefilter';

export interface CueSet {
  /** The code these cues vote for ("reflection" and "question" mean either kind). */
  code: SentenceCode | 'reflection' | 'question';
  /**
   * Patterns tested against the normalised sentence: lower case, straight quotes and
   * apostrophes, single spaces, leading fillers ("okay", "um", "and") removed.
   */
  cues: RegExp[];
  /** When one of these matches, the cues do not count. */
  exceptions?: RegExp[];
  /** Sentences that must carry `code` and sentences that must not (run by the tests). */
  examples: { coded: string[]; notCoded: string[] };
}

export function matchesCueSet(set: CueSet, norm: string): boolean {
  // A cue that cannot match is not run: its first run (V8 compiling it) is what a cold start pays.
  const lower = lowerOnce(norm);
  const hits = (re: RegExp) => mayMatch(re, norm, lower) && re.test(norm);
  if (set.exceptions?.some(hits)) return false;
  return set.cues.some(hits);
}

// The same sentence is checked against many cue sets in a row.
let lastNorm = '';
let lastLower = '';
function lowerOnce(norm: string): string {
  if (norm !== lastNorm) [lastNorm, lastLower] = [norm, lowerForPrefilter(norm)];
  return lastLower;
}
