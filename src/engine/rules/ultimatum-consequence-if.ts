import type { PressureRule } from './rule';
import { AUTONOMY } from './shared';

// The consequence first, the condition after: "We'll have to close your account if we don't hear back."
const rule: PressureRule = {
  id: 'pressure/ultimatum-consequence-if',
  kind: 'ultimatum',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>(?:we|I)(?:'ll| will| would|'d| may| shall)? (?:have to |need to |be forced to |be obliged to |then )?(?:close|cancel|suspend|terminate|withdraw|release|refer|pass|give|charge|bill|pursue|remove|end|stop)\b(?: \w+){0,2} (?:your |the )(?:account|policy|cover|coverage|membership|contract|booking|reservation|slot|offer|discount|access|service|place|spot|unit|room|appointment|deposit|matter)\b[^.;?]{0,40}? (?:if|unless) (?:you|we|I)(?: \w+)? (?:don't|do not|haven't|have not|can't|cannot|fail|aren't|won't|never|hear nothing|receive nothing)\b[^.;?]*)/,
    // Withdrawn help as the price of saying no: "I won't be able to help you any further if you don't accept."
    /\b(?<span>(?:I|we)(?:'ll| will)? (?:really |just |honestly |simply )?(?:won't|will not|can't|cannot|can no longer|will no longer|won't be able to|will not be able to|will no longer be able to)(?: be able to)? (?:help|hold|keep|guarantee|offer|extend|support|continue|proceed|work with|act for|represent|assist)\b[^.;?]{0,50}? (?:if (?:you|your \w+) (?:don't|do not|won't|can't|fail|refuse|decline|haven't|wait|delay|miss|go elsewhere|walk away)|unless (?:you|your \w+))\b[^.;?]*)/,
  ],
  exceptions: [AUTONOMY, /\bif you (?:don't|do not) (?:want|need|wish|like|mind)\b/i],
  message: "A threat of loss forces the client's hand; even when the consequence is real, stated as an ultimatum it turns advice into coercion.",
  replacement: { warm: '$<span>', formal: '$<span>' },
  examples: {
    flag: [
      'We will cancel the reservation if we do not receive the deposit by Friday.',
      "I'll have to release your slot if you can't confirm today.",
      'We won’t be able to act for you any longer unless you sign the new terms.',
    ],
    pass: [
      "We'll close the ticket once you confirm it's fixed.",
      "I'll cancel the add-on if you don't want it.",
      'We can move your booking if the date does not suit.',
      'I can’t guarantee the slot if you don’t mind waiting, but I will try.',
    ],
  },
};
export default rule;
