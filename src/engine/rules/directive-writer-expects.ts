import type { PressureRule } from './rule';
import { CLIENT_DEADLINE, CLIENT_DELIVERABLE, DECISION_VERB } from './shared';

// The writer's wants and expectations as commands: "I want the forms on my desk by Monday", "I
// expect your answer this week", "I'll be expecting your signature", and their passive forms
// ("Payment is expected within five days", "The form is to be returned by…", "A decision is
// required by…"). Built from what the client hands over (shared.ts CLIENT_DELIVERABLE) and when
// (CLIENT_DEADLINE); the writer wanting something for themselves ("I want to make sure…") is not.
const WANT = String.raw`(?:I|we)(?:'d| would)? (?:really |just )?(?:want|expect)|(?:I|we)(?:'d| would) (?:really )?like|(?:I|we)(?:'ll| will|'m| am|'re| are)(?: be)? expecting`;
const rule: PressureRule = {
  id: 'pressure/directive-writer-expects',
  kind: 'directive',
  strictness: 'standard',
  patterns: [
    new RegExp(
      String.raw`\b(?<span>(?:${WANT}))(?: (?:to (?:hear|receive|get|see|have)(?: back)? )?${CLIENT_DELIVERABLE}\b[^.;!?]{0,50}?\b${CLIENT_DEADLINE})`,
    ),
    // Any object the writer wants on their desk or back with them: the place names the demand.
    new RegExp(
      String.raw`\b(?<span>(?:${WANT}))(?: (?:the|your|all the|all your) (?:[\w-]+ ){0,3}?(?:on my desk|in my inbox|on our desk|in our inbox|back (?:to|with) (?:me|us)|back from you)\b)`,
    ),
    new RegExp(
      String.raw`\b(?<span>(?:${WANT}) you to)(?: (?:(?:just|finally|properly) )?(?:${DECISION_VERB}|reply|respond|get back|send|return|complete|sign|pay|make (?:a|your|the) (?:decision|call|choice))\b)`,
    ),
    new RegExp(
      String.raw`\b(?<span>(?:I|we)(?:'ll| will) (?:also )?need)(?: (?:a|your|the) (?:final |firm |clear )?(?:decision|answer|commitment|go-ahead|sign-off) (?:(?:on|about|from) [^.;!?]{1,40}? )?${CLIENT_DEADLINE})`,
    ),
    new RegExp(
      String.raw`(?:^\W*|\b(?:and|so|but),? )${CLIENT_DELIVERABLE}(?: (?:of|on|for) (?:the |your |this )?[\w-]+(?: [\w-]+)?)? (?<span>(?:is|are|will be) (?:now )?(?:expected|required|needed)|(?:is|are) to be (?<pverb>returned|signed|completed|submitted|paid|sent|settled|made|received))(?: [^.;!?]{0,40}?${CLIENT_DEADLINE})`,
    ),
  ],
  exceptions: [/\b(?:if (?:you|that|it)|whenever|no rush|no hurry|suits you|works for you|happy to|glad to|let me know if)\b/i],
  message: "The writer's wants stated as the client's orders leave no room to say no; people comply or pull away rather than decide.",
  replacement: null,
  replacements: [
    { when: /you to$/i, with: { warm: "I'd be glad if you felt ready to", formal: 'I would welcome it if you felt ready to' } },
    { when: /need$/i, with: { warm: 'it would help to have', formal: 'it would be helpful to have' } },
    { when: /to be/i, with: { warm: 'can be $<pverb>', formal: 'may be $<pverb>' } },
    { when: /(?:expected|required|needed)$/i, with: { warm: 'would be welcome', formal: 'would be appreciated' } },
    { when: /^(?:I|we)/i, with: { warm: 'it would help to have', formal: 'it would be helpful to have' } },
  ],
  examples: {
    flag: [
      'I want the signed engagement letter back in my inbox by Thursday.',
      "I'll be expecting your signature on the lease before noon.",
      "I'll be expecting the updated figures from you before Friday.",
      "We'd like you to renew the retainer.",
      'Payment of the remaining balance is expected within seven days.',
      'The completed application is to be returned to us by Monday.',
      'A final decision on the extension is required by the 15th.',
      "I'd like the revised schedule in my inbox first thing Tuesday.",
      "We'll need your answer on the renewal by Friday at the latest.",
    ],
    pass: [
      'I want to make sure the plan fits your schedule, so tell me what works.',
      'I expect the market to stay flat this quarter, though nobody can be sure.',
      'Payment is due on the 1st, as it is every month; let me know if a different date suits you better.',
      'You mentioned you need the forms back by Monday, so I have attached them here.',
      'If you need anything else for the forms, I am happy to help.',
    ],
  },
};
export default rule;
