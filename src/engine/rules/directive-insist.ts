import type { PressureRule } from './rule';
import { PROCEDURAL_LEAD, STEP_SEQUENCE } from './shared';

// The same demand with the writer as its subject: "we need you to…", "I'd insist that you…",
// "I expect your team to…", "you're going to have to…". Who asks does not
// change what it does: the client's decision is made for them.
const rule: PressureRule = {
  id: 'pressure/directive-insist',
  kind: 'directive',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>(?:we|I)(?:'d| would| must| have to| really| do)? (?:(?:must|have to|really|strongly|honestly|just|would|do) )*(?:insist|urge)(?: (?:that|on))?\s+(?<who>you(?:r (?:[\w-]+ )?(?:team|board|company|family|firm|partner|manager|department|business))?)(?:\s+to)?)\s+(?<rest>(?!(?:to )?(?:not|never)\b)\w+[^.!?;]*)/,
    /\b(?<span>(?:we|I)(?:'d|'ll| would| will| do| really| just|(?:'m|'re| am| are) (?:going to|gonna))? (?:really |just |also |honestly )?(?:be )?(?:need|want|expect)(?:ing)? (?<who>you(?:r (?:[\w-]+ )?(?:team|board|company|family|firm|partner|manager|department|business))?) to)\s+(?<rest>[^.!?;]+)/,
    /\b(?<span>I (?:really |fully )?expect (?<who>your (?:[\w-]+ )?(?:team|board|company|family|firm|partner|manager|department|business|staff|side)) to)\s+(?<rest>[^.!?;]+)/,
    /\b(?<span>(?<who>you)(?:'re| are) (?:just |simply |really |honestly |realistically )?(?:going to|gonna) (?:have|need) to)\s+(?<rest>(?!not\b)[^.!?;]+)/,
  ],
  exceptions: [PROCEDURAL_LEAD, STEP_SEQUENCE, /\b(?:log|sign) ?in\b/i],
  message: "Insisting on the client's next step takes the decision out of their hands; people push back when their autonomy is threatened.",
  replacement: { warm: '$<who> could', formal: '$<who> may wish to' },
  replacements: [{ when: /^you/i, with: { warm: 'you could', formal: 'you may wish to' } }],
  examples: {
    flag: [
      'We need you to move the pension into the cautious fund.',
      'I’ll need you to commit to the full twelve weeks.',
      'We’ll be expecting you to sign the variation.',
      'I’d insist that you keep the larger excess.',
      'I would urge your team to sign with the first bidder.',
      'I’d honestly urge you to drop the legacy plan.',
      'I expect your board to approve the budget on Monday.',
      'You are going to have to accept the revised timetable.',
      "I'm going to need you to approve the revised scope.",
    ],
    pass: [
      'We need you to log in once so the new password takes effect.',
      'If you’d like the refund, we need you to send the receipt.',
      'You said your manager would urge you to wait.',
      'I’d urge you not to rush this.',
      'We expect the valuation on Tuesday.',
    ],
  },
};
export default rule;
