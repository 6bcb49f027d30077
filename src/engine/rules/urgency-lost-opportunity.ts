import type { PressureRule } from './rule';
import { OPPORTUNITY_LOSS } from './shared';

// A request bound to the loss of the client's own opportunity: "get back to me today so we don't
// lose the booking", "confirm by Friday or the slot goes", "let's not let this slip". The move is
// the request plus the predicted loss (shared.ts OPPORTUNITY_LOSS), whatever the verb or object.
const REQUEST = String.raw`(?:reply|respond|answer|confirm|call|ring|phone|email|text|message|write|get back to (?:me|us)|come back to (?:me|us)|let (?:me|us) know|send|sign|book|decide|commit|pay|return|submit|get|grab|lock|secure|reserve|transfer|move|accept|register|enrol|enroll|renew|act)`;
const rule: PressureRule = {
  id: 'pressure/urgency-lost-opportunity',
  kind: 'urgency',
  strictness: 'standard',
  patterns: [
    new RegExp(
      String.raw`^\W*(?:(?:please|just|so|now|ok|okay),? )*${REQUEST}\b[^.;!?]{0,70}?(?<span>,?\s*(?:so(?: that)?|or(?: else)?|otherwise|before|in case)\s+(?:[\w'-]+ ){0,3}?${OPPORTUNITY_LOSS}[^.;!?]*)`,
    ),
    /\b(?<span>(?:let's not|let us not|don't|do not|we can't|we mustn't|you can't) let (?:this|that|it|the|such an?|your) (?:[\w-]+ ){0,2}?(?:slip(?: away| through (?:our|your|the) fingers)?|pass (?:you )?by|get away|go to waste))\b/,
  ],
  message: "Tying the reply to a loss the client will suffer rushes them; the timing reads as the writer's need, and the decision stops feeling like theirs.",
  replacement: null,
  replacements: [
    { when: /^,?\s*(?:so|or|otherwise|before|in case)\b/i, with: { warm: ', if that timing works for you', formal: ', if that timing suits you' } },
    {
      when: /^(?:let|don't|do not|we|you)/i,
      with: { warm: "it's worth a look when you have a moment", formal: 'it may be worth considering when you have a moment' },
    },
  ],
  examples: {
    flag: [
      "Reply by six tonight so we don't lose the caterer.",
      'Let me know by Wednesday, otherwise we risk losing the plot.',
      'Call me this afternoon before the flat gets snapped up.',
      "Send the paperwork tonight so the rate doesn't slip away.",
      "Let's not let this one slip through our fingers.",
    ],
    pass: [
      'The early rate ends on Friday; would you like more time to think it over?',
      'If the slot goes, there are others next month, so there is no rush.',
      "I need to finish the report today so I don't lose track of the details.",
      "You said you didn't want to lose the booking, so I've held it until Monday.",
    ],
  },
};
export default rule;
