// The client's concerns in their previous message, and whether the draft acknowledges each.
// OWNER: engine helper E2. Stub: replace with the real implementation.
import type { Concern, SentenceReport } from './types';

export type DetectedConcern = Omit<Concern, 'acknowledged' | 'acknowledgedBy'>;

/** Every concern the client raised in `thread` (hesitation, objection, worry, challenge). */
export function detectConcerns(thread: string): DetectedConcern[] {
  void thread;
  return [];
}

/** Marks each concern acknowledged when a draft sentence reflects/acknowledges its topic. */
export function judgeAcknowledgement(concerns: DetectedConcern[], sentences: SentenceReport[]): Concern[] {
  return concerns.map((c) => ({ ...c, acknowledged: false, acknowledgedBy: null }));
  void sentences;
}
