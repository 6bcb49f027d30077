// A directive ("You should switch to X", "You need to send it") rewritten to leave the decision
// with the client: the opening softened to an option, the writer's advice kept word for word. No
// stock tail is added ("— it's your call", "One thought, if useful:"): round 6's blind rating scored
// every one 2 or less, because it repeated an "optional" already there or clashed with the next line.

/** The directive as an option ("One option is to switch to X."), or null when nothing in it was an order. */
export function softenedDirective(sentence: string): string | null {
  const original = stripEnd(sentence);
  const core = soften(original);
  if (!core || core === original) return null;
  // "Honestly, you must…" loses its opener: the sentence still starts with a capital.
  const opened = /^\p{Lu}/u.test(original) ? core.charAt(0).toUpperCase() + core.slice(1) : core;
  return `${opened}.`;
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
