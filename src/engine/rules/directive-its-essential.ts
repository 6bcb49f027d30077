import type { PressureRule } from './rule';
import { PROCEDURAL_LEAD, PROCEDURAL_STEP } from './shared';

// "It's essential that you accept", "You'd be wise to sign", "You'll definitely want to switch":
// a verdict on the client's decision dressed as a judgement of importance or wisdom.
const rule: PressureRule = {
  id: 'pressure/directive-its-essential',
  kind: 'directive',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>(?:it's|it is)(?: really| so| just)? (?:absolutely |utterly |really |genuinely )?(?:essential|vital|crucial|imperative|critical|paramount) (?:that you|you|for you to)|(?:it's|it is) (?:high |about )?time (?:that )?you|you(?:'d| would) (?:be (?:wise|well advised|smart|sensible)|do well) to|you(?:'ll| will) (?:definitely|absolutely|certainly|really) want to|(?:it(?:'d| would) be|it(?:'s| is)) (?:very much |really |definitely |strongly )?in your (?:own )?(?:best )?interests? to)\s+(?<rest>[^.!?;]+)/,
    // A plain "you'll want to" is pressure only before the decision itself ("list the house", "lock in the rate"), not a step ("bring a jacket").
    /\b(?<span>you(?:'ll| will) (?:probably |likely )?want to)\s+(?<rest>(?:list|sell|buy|accept|commit|lock in|renew|switch|upgrade|go with|go for|take (?:the|this|that|our|their) (?:offer|deal|package|plan)|move (?:fast|quickly|now)|act (?:fast|quickly|now)|put (?:in )?(?:an|your) offer|make (?:an|your) offer|get (?:an|your) offer in|settle|sign(?=[^.!?;]{0,30}\b(?:today|now|this week|tomorrow|quickly|soon|before)\b))\b[^.!?;]*)/,
    /\b(?<span>you(?:'ll| will) want to)\s+(?<rest>[^.!?;]+?,?\s+(?:no (?:question|doubt)(?: about it)?|trust me|believe me|full stop|period|end of story)\b)/,
  ],
  exceptions: [PROCEDURAL_LEAD],
  requiresAfter: [
    new RegExp(
      `^(?!(?:\\s*(?:really|just|honestly|always|simply|also)\\b)?(?:${PROCEDURAL_STEP.source.slice(1)}|\\s*(?:feel|be|know|understand|keep (?:a|the) (?:copy|receipt)|keep (?:your|the|a|this|it|them)\\b[^.]{0,30}\\b(?:private|safe|secure|confidential|somewhere|handy)|(?:don't|never|do not) share|tell (?:us|me)|let (?:us|me) know|read (?:the|this|your))))`,
      'i',
    ),
  ],
  message: 'Calling a choice essential or wise hands the client a verdict; they weigh an option more openly when it is offered as one.',
  replacement: { warm: 'you could', formal: 'you may wish to' },
  examples: {
    flag: [
      'It is crucial that you renew with us this year.',
      "It's absolutely vital you move the savings across before the audit.",
      "It's high time you signed off the new supplier.",
      "You'd be well advised to take the buyout.",
      "You'll definitely want to lock in the five-year term.",
      'It would be in your best interest to accept the settlement.',
      "With rates where they are, you'll want to lock in the fixed deal.",
    ],
    pass: [
      "It's essential that you bring photo ID to the appointment.",
      'It is vital that you always keep your PIN private.',
      "You'll want to bring a jacket, the site is cold.",
      "You'll want to sign both copies and keep one.",
      'It is in your interest to keep the receipts.',
      'It is vital that you feel comfortable with the plan.',
      "It's critical that we have your signed consent before the procedure.",
      'It is vital that you keep your login details private.',
      'Is it essential that you attend in person?',
    ],
  },
};
export default rule;
