import type { PressureRule } from './rule';
import { PROCEDURAL_LEAD, PROCEDURAL_STEP, STEP_SEQUENCE } from './shared';

const rule: PressureRule = {
  id: 'pressure/directive-you-must',
  kind: 'directive',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>you\s+(?:really\s+|simply\s+|absolutely\s+|just\s+|honestly\s+)?(?:must|ought to|had better|are obliged to)|you'd\s+better)\s+(?!have (?:been|received|seen|heard|got))(?<rest>[^.!?;]+)/,
  ],
  exceptions: [PROCEDURAL_LEAD, STEP_SEQUENCE, /\bmust (?:be|feel|have been|know|find)\b/i, /\byou must have someone\b/i],
  requiresAfter: [new RegExp(`^(?!${PROCEDURAL_STEP.source.slice(1)})`, 'i')],
  message: 'A "must" from an adviser reads as an order; it invites the client to defend their side instead of weighing the option.',
  replacement: { warm: 'you could', formal: 'you may wish to' },
  examples: {
    flag: ['You must decide by the end of the week.', 'You ought to accept their offer.', "You'd better move the money before April."],
    pass: [
      'That must be frustrating after waiting so long.',
      'You must have been surprised by the letter.',
      'Before the scan, you must bring your referral letter.',
      'Because of the sedation, you must have someone to drive you home.',
      'The form must be signed by both parties.',
    ],
  },
};
export default rule;
