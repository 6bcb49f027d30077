import type { PressureRule } from './rule';
import { NEGATED_ASK, PROCEDURAL_LEAD, REASSURANCE_ASK, PROCEDURAL_STEP, STEP_SEQUENCE } from './shared';

const rule: PressureRule = {
  id: 'pressure/directive-you-need-to',
  kind: 'directive',
  strictness: 'gentle',
  patterns: [
    // Not a relative clause: "the time you need to decide", "everything you need to know".
    /\b(?<!\b(?:time|space|information|details|help|support|everything|anything|nothing|something|all|whatever) (?:that )?)(?<span>you(?:'ll| will)?\s+(?:really\s+|just\s+|absolutely\s+|simply\s+|definitely\s+|honestly\s+|seriously\s+)?(?:need|have|'ve got|have got|got)\s+to|you(?:'ve| have)?\s+(?:simply\s+|really\s+|just\s+|absolutely\s+)?got\s+to|you\s+gotta)\s+(?<rest>[^.!?;]+)/,
    /\b(?<span>I\s+(?:really\s+|just\s+)?(?:need|want|expect)\s+you\s+to)\s+(?<rest>[^.!?;]+)/,
  ],
  exceptions: [
    PROCEDURAL_LEAD,
    STEP_SEQUENCE,
    REASSURANCE_ASK,
    new RegExp(String.raw`${NEGATED_ASK}\byou(?:'ll| will)? (?:need|have|'ve got) to\b`, 'i'),
    /\b(?:don't|do not|shouldn't|should not|never) feel (?:like |that )?you (?:have|need|must|'ve got) to\b/i,
    /\byou (?:need|have|'ve got) to\s+(?:be (?:added|present|registered|logged)|(?:first\s+)?(?:log|sign) ?in)\b/i,
    // "Ring me if you need to change the time": the client's own need, not an order (round 7's rating).
    /\b(?:if|whenever|in case|should) you (?:ever )?(?:need|have) to\b/i,
  ],
  requiresAfter: [new RegExp(`^(?!${PROCEDURAL_STEP.source.slice(1)})`, 'i')],
  message: 'Telling the client what they must do takes the decision out of their hands; people push back when their autonomy is threatened.',
  replacement: { warm: 'you could', formal: 'you may wish to' },
  examples: {
    flag: [
      'You need to sign the renewal by Friday.',
      'You have to commit to the plan this month.',
      "Honestly, you've got to stop second-guessing the budget.",
      'You really need to take this offer.',
      'I need you to make a decision on the vendor.',
      'You just have to trust the numbers and go ahead.',
    ],
    pass: [
      "I want you to know that whichever way you go, I'll be in your corner.",
      'To update your card, you need to open Settings and choose Billing.',
      "You don't need to decide anything today.",
      'You said you need to talk it over with your partner first.',
      'Do you need to check with your finance team?',
      'I need to check with compliance before I confirm.',
      'If you want a copy, you need to request it through the portal.',
      'Ring me if you need to change the time.',
      'You need to log in again after the update.',
      'Please take the time you need to decide.',
      'There’s nothing you need to do before the meeting.',
      'Please don’t feel you have to go with our recommendation.',
      'Nobody is saying you need to decide this week.',
      'The "you need to act" tone of that letter was unfortunate.',
    ],
  },
};
export default rule;
