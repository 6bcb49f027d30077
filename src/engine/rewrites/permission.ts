// Rewrites advice so it leaves the decision with the client: autonomy appended ("… — it's
// entirely your call."), permission asked first ("Would it help if I shared what I'd suggest?"),
// or their expertise named. A directive opening is softened first, so no rewrite pushes.
import type { Register } from '../types';

/**
 * Several ways to hand the choice back, so a draft with three pieces of advice does not say "it's
 * entirely your call" three times: each sentence picks by its own text (stable across keystrokes
 * elsewhere), and the engine's gate drops a wording another finding of the draft already uses.
 */
const AUTONOMY_TAILS: Record<Register, string[]> = {
  warm: ["it's your call", 'though you know your situation best', "but it's your decision", "but it's entirely up to you", 'though the choice is yours'],
  formal: ['though the choice is yours', 'but the decision is entirely yours', 'though you know your situation best', 'but it is your decision'],
};

/** The offer made with permission in one breath (MI's ask–offer), instead of a stock question pasted before it. */
const OFFERED: Record<Register, string[]> = {
  warm: ["For what it's worth, ", 'If it helps, ', 'One thought, if useful: '],
  formal: ['If it is helpful, ', 'For your consideration, '],
};

/** Up to three rewrites of one advice sentence, least intrusive first. */
export function autonomyRewrites(sentence: string, register: Register, _isRecommendation: boolean): string[] {
  const core = soften(stripEnd(sentence));
  if (!core) return [];
  const joiner = core.includes('—') ? '; ' : ' — ';
  const tails = rotate(AUTONOMY_TAILS[register], core);
  const lead = rotate(OFFERED[register], core)[0];
  const lowered = /^(?:I|I'm|I'd|I've|I'll)\b/.test(core) ? core : core.charAt(0).toLowerCase() + core.slice(1);
  const out = [`${core}${joiner}${tails[0]}.`, `${lead}${lowered}${joiner}${tails[1]}.`, `${core}, ${tails[2]}.`];
  return [...new Set(out)];
}

/** The list started at a place picked by the text, so different sentences get different wordings. */
function rotate<T>(list: T[], text: string): T[] {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  const at = h % list.length;
  return [...list.slice(at), ...list.slice(0, at)];
}

/** The sentence without its closing punctuation (and the spaces around it). */
function stripEnd(sentence: string): string {
  return sentence
    .trim()
    .replace(/[\s.!…]+$/u, '')
    .trim();
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
