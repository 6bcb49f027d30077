import type { PressureRule } from './rule';
import { AUTONOMY } from './shared';

// "Of course yours will be fine" talks down; "Of course, you can pause it" grants permission.
const rule: PressureRule = {
  id: 'pressure/certainty-of-course',
  kind: 'certainty',
  strictness: 'standard',
  patterns: [
    /(?:^\W*|\b(?:so|and|but|because|which) )(?<span>of course)(?!,? (?:you|we|I)(?:'re| are)? (?:can|could|may|welcome|free|happy|glad|will be able)\b|,? (?:I|we)(?:'ll| will| can| would|'d)\b|,? it's (?:your|up to)|,? (?:(?:I|we)(?:'m| am|'re| are) )?(?:more than )?(?:happy|glad) to|,? (?:take (?:your|all the) time|no rush|whenever (?:you|suits)|feel free|go ahead|let (?:me|us) know|please|just ask)|!|\s*[.,]?$)/,
  ],
  exceptions: [
    AUTONOMY,
    /^\W*of course\s*[,\u2014\u2013-]*\s*(?:I|we)(?:'m| am|'re| are|'d| would| will|'ll)? (?:be )?(?:more than )?(?:glad|happy|delighted|pleased)\b/i,
    /\b(?:your (?:call|decision|choice)|up to you),? of course\b/i,
    /^\W*of course,? (?:that|this) (?:makes sense|is understandable|is fine|works)/i,
  ],
  message: '"Of course" tells the client the answer should have been obvious to them, which makes them feel judged rather than informed.',
  replacement: { warm: '', formal: '' },
  examples: {
    flag: ["Of course your team hasn't asked for it yet.", 'Every firm we moved was fine, so of course yours will be too.'],
    pass: [
      'Of course, the choice is entirely yours.',
      'Of course, let me know if anything is unclear.',
      'Of course, take all the time you need.',
      'Of course — I’m happy to send the figures again.',
      'Of course, you can pause it over the summer.',
      "It's your call, of course.",
      "Of course, I'll send the details today.",
      'Of course!',
    ],
  },
};
export default rule;
