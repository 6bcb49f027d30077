// Rewrites advice so it leaves the decision with the client: autonomy appended ("… — it's
// entirely your call."), permission asked first ("Would it help if I shared what I'd suggest?"),
// or their expertise named. A directive opening is softened first, so no rewrite pushes.
import type { Register } from '../types';

const AUTONOMY_TAIL: Record<Register, string> = {
  warm: "it's entirely your call",
  formal: 'the decision, of course, rests with you',
};

const KNOW_BEST_TAIL: Record<Register, string> = {
  warm: 'though you know your situation best',
  formal: 'though you are best placed to judge what suits you',
};

const PERMISSION_FIRST: Record<Register, { recommendation: string; information: string }> = {
  warm: { recommendation: "Would it help if I shared what I'd suggest?", information: 'Would it help if I shared a bit of background?' },
  formal: { recommendation: 'Would it be useful if I set out my recommendation?', information: 'Would it be useful if I set out some background?' },
};

/** Up to three rewrites of one advice sentence, least intrusive first. */
export function autonomyRewrites(sentence: string, register: Register, isRecommendation: boolean): string[] {
  const core = soften(stripEnd(sentence));
  if (!core) return [];
  const joiner = core.includes('—') ? '; ' : ' — ';
  const permission = PERMISSION_FIRST[register][isRecommendation ? 'recommendation' : 'information'];
  const out = [`${core}${joiner}${AUTONOMY_TAIL[register]}.`, `${permission} ${capitalise(core)}.`, `${core}, ${KNOW_BEST_TAIL[register]}.`];
  return [...new Set(out)];
}

/** The sentence without its closing punctuation (and the spaces around it). */
function stripEnd(sentence: string): string {
  return sentence.trim().replace(/[\s.!…]+$/u, '').trim();
}

/**
 * Directive openings become an offered option: "You should switch to X" → "One option is to
 * switch to X". Advice sentences rarely carry them (pressure codes those), but a rewrite must
 * never keep a push.
 */
function soften(core: string): string {
  return core
    .replace(/^you (?:really |definitely |absolutely )?(?:should|need to|must|have to|ought to|'d better|had better)\s+(?!have\b)/i, 'One option is to ')
    .replace(/\byou (?:really |definitely |absolutely )?(?:should|must|ought to)\s+(?!have\b)/i, 'you could ')
    .replace(/^(?:obviously|clearly|of course|honestly|trust me),?\s+/i, '');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const AUTONOMY_SENTENCE: Record<Register, string[]> = {
  // Information may offer no options to choose between: these leave the next step with the client without claiming any.
  warm: ["Whatever you decide, I'm happy to help.", "Happy to talk it through if that would help — how you go from here is up to you."],
  formal: ['Whatever you decide, I will be glad to help.', 'I would be glad to talk this through if useful; how you proceed is entirely up to you.'],
};

/**
 * For advice that is information rather than a recommendation, rewriting the sentence itself
 * would read oddly ("The refund is on its way — it's your call"): a sentence to add after it.
 */
export function autonomySentences(register: Register): string[] {
  return AUTONOMY_SENTENCE[register];
}
