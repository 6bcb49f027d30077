import type { PressureRule } from './rule';
import { PROCEDURAL_LEAD, REASSURANCE_ASK, STEP_SEQUENCE } from './shared';

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
    // Formal dress, same push: "I would ask that you commit…", "we trust you will accept…".
    /\b(?<span>(?:we|I)(?:'d| would| must|'ll have to| will have to| have to)? (?:(?:must|really|strongly|respectfully|kindly|just|would) )*ask that (?<who>you(?:r (?:[\w-]+ )?(?:team|board|company|family|firm|partner|manager|department|business))?))\s+(?<rest>(?:\w+ ){0,2}?(?:commit|accept|sign|agree|approve|renew|proceed|go ahead|reconsider|settle|choose|decide|stick|stay|keep|switch|move|withdraw)\b[^.!?;]*)/,
    /\b(?<span>(?:we|I) (?:trust|assume) (?:that )?(?<who>you(?:r (?:[\w-]+ )?(?:team|board|company|family|firm|partner|manager|department|business))?)(?:'ll| will)(?: (?:now|promptly|duly))?)\s+(?<rest>(?:accept|agree|sign|approve|settle|proceed|renew|honou?r|comply|commit|go ahead)\b[^.!?;]*)/,
    /\b(?<span>I (?:really |fully )?expect (?<who>your (?:[\w-]+ )?(?:team|board|company|family|firm|partner|manager|department|business|staff|side)) to)\s+(?<rest>[^.!?;]+)/,
    /\b(?<span>(?<who>you)(?:'re| are) (?:just |simply |really |honestly |realistically )?(?:going to|gonna) (?:have|need) to)\s+(?<rest>(?!not\b)[^.!?;]+)/,
  ],
  exceptions: [PROCEDURAL_LEAD, STEP_SEQUENCE, REASSURANCE_ASK, /\b(?:log|sign) ?in\b/i],
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
      'I must ask that you reconsider the cheaper contractor.',
      'We trust you will accept the revised valuation.',
    ],
    pass: [
      'We need you to know that, whatever you decide, we will support you.',
      'We need you to log in once so the new password takes effect.',
      'If you’d like the refund, we need you to send the receipt.',
      'You said your manager would urge you to wait.',
      'I’d urge you not to rush this.',
      'We expect the valuation on Tuesday.',
      'We ask that you arrive ten minutes early for the scan.',
      'I trust you’ll find everything in order.',
    ],
  },
};
export default rule;
