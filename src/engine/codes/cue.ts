// A cue set: the surface patterns an MI coder listens for when giving one sentence code.
// Cue sets are data: each carries the sentences it must and must not code, and the unit
// tests run those examples through `codeSentence`, so adding a cue touches one file.
import type { SentenceCode } from '../types';

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
  if (set.exceptions?.some((re) => re.test(norm))) return false;
  return set.cues.some((re) => re.test(norm));
}
