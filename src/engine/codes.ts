// Sentence coding in MI terms (questions, reflections, affirmation, autonomy, permission,
// advice, other). Pressure is decided by the rules; this module adds 'pressure' when told.
// OWNER: engine helper E2. Stub: replace with the real implementation.
import type { SentenceCode } from './types';

export interface CodeContext {
  /** Whether a pressure rule fired in this sentence. */
  pressured: boolean;
}

export function codeSentence(text: string, ctx: CodeContext): SentenceCode[] {
  if (ctx.pressured) return ['pressure'];
  if (text.trim().endsWith('?')) return ['question.closed'];
  return ['other'];
}
