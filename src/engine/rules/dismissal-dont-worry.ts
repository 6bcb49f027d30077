import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/dismissal-dont-worry',
  kind: 'dismissal',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>(?:(?:please |just |really )?(?:don't|do not|no need to|there's (?:really |honestly |absolutely )?no need to|there is no need to|no reason to|there's no reason to|you (?:don't|do not) need to|stop) (?:worry(?:ing)?|stress(?:ing)?|panic(?:king)?|fret(?:ting)?|be (?:anxious|nervous|worried|concerned|scared|afraid|upset|alarmed))(?: (?:about (?:it|that|this|any of (?:it|this|that)|the [\w-]+(?: [\w-]+)?)|too much|yourself))?|(?:is |'s |are |'re )?(?:really |honestly |absolutely |truly )?nothing to (?:worry|be (?:worried|concerned|anxious|nervous|afraid|scared)|fear|stress|panic) about))(?![\w-])/,
  ],
  exceptions: [
    /^\W*if\b[^,.;]{0,80},\s*(?:please |just )?don't worry\b/i,
    /\b(?:don't|do not|no need to) (?:worry|stress) about (?:replying|rushing|responding|getting back|answering|deciding|the timing|the wait|a quick reply|coming back)\b/i,
  ],
  message: 'Telling the client not to worry dismisses a feeling they actually have; they feel unheard, and the worry stays, now unspoken.',
  replacement: { warm: "it's understandable to have questions about this", formal: 'it is reasonable to have questions about this' },
  examples: {
    flag: ["Don't worry about the risk.", "Don't worry, there's really nothing to worry about.", 'A bit of soreness is nothing to worry about.', "There's really no need to be anxious."],
    pass: ["If you can't find the receipt, don't worry — a bank statement works too.", "Don't worry about replying before the weekend.", 'It makes sense that you are worried about the fees.'],
  },
};
export default rule;
