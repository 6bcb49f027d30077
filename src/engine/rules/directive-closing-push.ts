import type { PressureRule } from './rule';
import { DECISION_VERB, HANDED_BACK, PROCEDURAL_LEAD, PUTTING_OFF } from './shared';

// The imperative aimed at the client's decision or attendance, with a push to close it: "make
// sure you sign…", "go ahead and approve…", "you can't keep putting off…", "just get it done".
// Built from the decision verbs (shared.ts), so a new object or verb order still reads as the move.
const rule: PressureRule = {
  id: 'pressure/directive-closing-push',
  kind: 'directive',
  strictness: 'standard',
  patterns: [
    new RegExp(
      String.raw`(?:^\W*|\b(?:just|please|so|and|now|honestly),? )(?<span>(?:make sure|be sure|ensure)(?: that)? (?:you )?(?:to )?)(?=(?:just |also |definitely )?${DECISION_VERB}\b)`,
    ),
    /(?:^\W*|\b(?:just|please|so|and|now|honestly),? )(?<span>(?:make sure|be sure) (?:that )?you(?:'re| are)) (?=(?:at|there|on|in) (?:the|our|my|this|that|next|every)\b)/,
    new RegExp(
      String.raw`(?<![Ff]eel free to |[Yy]ou can |[Yy]ou could |[Ii]f you(?:'d| would)? (?:like|want|prefer) to )\b(?<span>go ahead and)(?= (?:just )?${DECISION_VERB}\b)`,
    ),
    new RegExp(String.raw`\b(?<span>you (?:can't|cannot|can not) (?:keep|go on|carry on|continue) (?:on )?${PUTTING_OFF})\b`),
    /(?:^\W*|\b(?:just|let's|let us|please|so|and|now),? )(?<span>(?:just |let's |let us )*get (?:it|this|that|the (?:\w+ ){0,2}?\w+|your (?:\w+ ){0,2}?\w+) (?:done|signed|sorted|over the line|finali[sz]ed|wrapped up|booked|approved))\b/,
  ],
  exceptions: [
    PROCEDURAL_LEAD,
    HANDED_BACK,
    /\bmake sure you (?:have|get|know|feel|are (?:comfortable|happy|ready))\b/i,
    /\b(?:I(?:'ll| will)|we(?:'ll| will)|I can|we can|I'd like to|let me) (?:just )?get\b/i,
  ],
  message: 'A push to close the decision — make sure, go ahead, get it done — speaks for the client; people dig in when the choice is made for them.',
  replacement: null,
  replacements: [
    { when: /you(?:'re| are)$/i, with: { warm: 'I hope you can be', formal: 'I hope you will be able to be' } },
    { when: /^(?:make sure|be sure|ensure)/i, with: { warm: "when you're ready, you could", formal: 'when you are ready, you may wish to' } },
    { when: /^go ahead/i, with: { warm: 'if it suits you, you could', formal: 'if it suits you, you may wish to' } },
    { when: /^you (?:can't|cannot|can not)/i, with: { warm: 'it may be worth looking again at', formal: 'it may be worth revisiting' } },
  ],
  examples: {
    flag: [
      'Make sure you book the survey before the end of the month.',
      'Be sure to accept the counter-offer this week.',
      'Make sure you are at the planning day, whatever else comes up.',
      'Go ahead and renew the contract so we can keep the price.',
      'You cannot keep postponing the tax review.',
      "You can't carry on avoiding the gym plan we agreed.",
      "Let's just get the renewal signed.",
      'Just get it done.',
    ],
    pass: [
      'Make sure you have all the details you need before you decide — I can help with any of it.',
      'To get the refund processed, make sure the receipt is attached.',
      "If you'd like to go ahead and book, just reply and I'll send the forms.",
      "I'll get the contract signed on our side today.",
      'Feel free to go ahead and book whenever you like.',
      "You said you can't keep putting off the move — what would help you feel ready?",
    ],
  },
};
export default rule;
