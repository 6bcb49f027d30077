// Findings that are not pressure: closed questions that could be open, advice given without
// permission or autonomy, and concerns of the client that the draft leaves unacknowledged.
// OWNER: engine helper E2. Stub: replace with the real implementation (rewrites included).
import type { Concern, Finding, Register, SentenceReport } from './types';

export interface DraftFindingContext {
  draft: string;
  sentences: SentenceReport[];
  concerns: Concern[];
  /** Where the reply body starts (after the greeting), for inserting reflections. */
  bodyStart: number;
  register: Register;
}

export function draftFindings(ctx: DraftFindingContext): Finding[] {
  void ctx;
  return [];
}
