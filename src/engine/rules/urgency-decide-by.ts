import type { PressureRule } from './rule';
import { PROCEDURAL_LEAD, TIGHT_TIME } from './shared';

// A deadline the writer puts on the client's decision: "let me know within 24 hours whether you
// want to proceed", "confirm you're going ahead before Friday", "get back to me by tomorrow with
// your decision", "please decide by the weekend". A date on a step ("the form needs to reach us by
// Thursday") or on a meeting time is logistics, and the writer's own promise ("I'll confirm by
// Friday") is not a request: the asking verb must be the client's and its object the decision.
const DEADLINE = String.raw`(?:within (?:the next )?(?:\d+|twenty-four|forty-eight|seventy-two|a few|a couple of|two|three|the next few) (?:hours?|days?|working days|business days)|(?:by|before|no later than|ahead of) (?:(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|lunchtime|at \d[\w:.]*))?|tomorrow(?: (?:morning|afternoon|evening|night|lunchtime))?|tonight|noon|midday|midnight|lunch(?:time)?|(?:the )?end of (?:the |this )?(?:day|week|month)|close of (?:business|play)|cob|eod|the weekend|the \d+(?:st|nd|rd|th)))`;
const DECISION = String.raw`(?:your (?:final )?(?:decision|answer|choice|go-ahead|sign-off|approval|commitment)|(?:whether|if) (?:you(?:'re| are|'d| would| want| wish| plan| intend| will|'ll)?|we(?:'re| are)) (?:\w+ ){0,3}?(?:go(?:ing)? ahead|proceed(?:ing)?|sign(?:ing)?|commit(?:ting)?|accept(?:ing)?|renew(?:ing)?|in or out|on board|buy(?:ing)?|tak(?:e|ing) (?:it|the (?:offer|deal|place|plan|role|job)))|(?:that )?you(?:'re| are) (?:going ahead|proceeding|signing|in|on board|happy to proceed|committing)|a (?:yes|decision|firm answer|final answer|firm yes)|one way or (?:the )?other|yes or no)`;
const ASK = String.raw`(?:let (?:me|us) know|confirm|tell (?:me|us)|get back to (?:me|us)|come back to (?:me|us)|reply|respond)`;
const rule: PressureRule = {
  id: 'pressure/urgency-decide-by',
  kind: 'urgency',
  strictness: 'standard',
  patterns: [
    new RegExp(
      String.raw`\b(?<!\b(?:I|we)(?:'ll| will| can| shall| would|'d| should| could) )(?<span>${ASK}(?: (?:to me|to us|with))? ${DECISION}[^.;!?]{0,40}? ${DEADLINE})(?![\w-])`,
    ),
    new RegExp(
      String.raw`\b(?<!\b(?:I|we)(?:'ll| will| can| shall| would|'d| should| could) )(?<span>${ASK}(?: [\w-]+){0,3}? ${DEADLINE},? (?:with |on |about )?${DECISION})(?![\w-])`,
    ),
    // "Get back to me at the latest by Monday": the push is the "at the latest" on a reply the writer asks for.
    new RegExp(
      String.raw`\b(?<!\b(?:I|we)(?:'ll| will| can| shall| would|'d| should| could) )(?:${ASK}|send|return|sign|pay|submit|complete)\b[^.;!?]{0,40}? (?<span>at the (?:very )?latest),? (?=${DEADLINE})`,
    ),
    new RegExp(
      String.raw`\b(?<!\b(?:I|we)(?:'ll| will| can| shall| would|'d| should| could) )(?:${ASK}|send|return|sign|pay|submit|complete)\b[^.;!?]{0,40}? ${DEADLINE},? (?<span>at the (?:very )?latest)(?![\w-])`,
    ),
    // "If this isn't signed today, I can't promise the rate": a deadline set by what the writer will no longer vouch for.
    new RegExp(
      String.raw`^\W*(?:and |but |so )?if (?:this|it|that|the [\w-]+(?: [\w-]+)?|your [\w-]+(?: [\w-]+)?|you|we) (?:[\w-]+ ){0,3}?(?:isn't|aren't|is not|are not|don't|doesn't|do not|does not|haven't|hasn't|have not|has not|can't|won't|not)\b[^,;]{0,50}? (?:${TIGHT_TIME}|${DEADLINE}|this week|tomorrow)[^,;]{0,20},\s*(?<span>(?:I|we) (?:really |honestly |just |simply )?(?:can't|cannot|can not|won't be able to|may not be able to|couldn't|am not able to|'m not able to) (?:promise|guarantee))`,
    ),
    new RegExp(
      String.raw`(?:^\W*|\bplease )(?<span>(?:decide|make (?:a|your|the) (?:final )?(?:decision|call|choice)|commit|say yes|give (?:me|us) (?:an?|your) (?:answer|decision|yes))\b[^.;!?]{0,40}? ${DEADLINE})(?![\w-])`,
    ),
  ],
  exceptions: [PROCEDURAL_LEAD, /\b(?:no (?:rush|pressure|hurry)|in your own time|whenever (?:suits|you're ready|you are ready))\b/i],
  message: "A deadline the writer sets on the client's decision makes the timing yours instead of theirs; people dig in, or back out later, when hurried.",
  replacements: [
    { when: /^at the\b/i, with: { warm: '', formal: '' } },
    { when: /^(?:I|we)\b/i, with: { warm: "I'll do what I can, though I can't promise", formal: 'I will do what I can, although I cannot promise' } },
  ],
  replacement: { warm: "let me know when you've had time to decide", formal: 'please let me know once you have had time to decide' },
  examples: {
    flag: [
      'Please let me know by Thursday whether you want to go ahead.',
      'Confirm that you’re proceeding before the end of the week, please.',
      'Come back to me within two days with your decision.',
      'Please make a decision by next Monday.',
      'Let me know if you’re in or out by tomorrow morning.',
      'Please send the deposit by Wednesday at the latest.',
      'Reply at the very latest by the end of the week so we can hold the slot.',
      'If the paperwork isn’t back by Friday, I can’t promise the same premium.',
    ],
    pass: [
      'I’ll confirm the booking by Friday.',
      'Let me know by Thursday if Tuesday or Wednesday suits you for the call.',
      'If you decide to go ahead, let me know by the 10th so I can book the installer.',
      'You said you’d let us know your decision by the weekend.',
      'No rush, but do let me know whether you’re going ahead before the spring.',
      'Most clients decide within a few days.',
      'I’ll send the draft by Thursday at the latest.',
      'The parts should arrive by Monday at the latest.',
      'If the courier hasn’t arrived by Friday, I can’t say why, so do let me know.',
    ],
  },
};
export default rule;
