import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/defensiveness-with-respect',
  kind: 'defensiveness',
  strictness: 'gentle',
  patterns: [
    // The courtesy that introduces a put-down ("…, you're not a lawyer") goes with the put-down.
    /\b(?<span>(?:with (?:all (?:due )?|due |the (?:greatest|utmost|greatest of|highest) )?respect(?! to\b)|respectfully|no offen[cs]e),? (?:but )?(?:you(?:'re| are) not (?:a|an) [\w-]+(?: [\w-]+)?|you (?:don't|do not|clearly don't) (?:understand|know (?:much )?about|get) (?<topic>[^.;,!?]{2,60})))(?=\s*[.;,!?]|$)/,
    /\b(?<span>(?:with (?:all (?:due )?|due |the (?:greatest|utmost|greatest of|highest) )?respect(?! to\b)|respectfully|no offen[cs]e),?(?: but)?|I (?:really |honestly |frankly |certainly |just |simply )?(?:don't|do not) appreciate|I(?:'d| would) (?:gently |just )?(?:remind|point out to) you(?: that)?|I resent|I take (?:offen[cs]e|exception))(?![\w-])/,
  ],
  exceptions: [/^\W*respectfully,?\s*$/i, /\b(?:yours|regards),?\s*$/i],
  message: 'Defending your standing turns the exchange into a contest; the client hears that their question was unwelcome and stops raising concerns.',
  replacement: { warm: '', formal: '' },
  replacements: [
    {
      when: /not (?:a|an) /i,
      with: {
        warm: "this is specialist ground, so I'm happy to walk you through it",
        formal: 'this is a specialist area, and I am happy to take you through it',
      },
    },
    {
      when: /understand|know|get/i,
      with: { warm: "$<topic> can be hard to follow, and I'm happy to explain", formal: '$<topic> can be complex, and I am happy to explain' },
    },
    // What follows is the object of the grievance ("…the tone of your email"): removing the verb leaves a fragment.
    { when: /appreciate$/i, with: { warm: "I'd like to talk about", formal: 'I would like to discuss' } },
    { when: /resent$/i, with: { warm: "I'd like to clear up", formal: 'I would like to clarify' } },
    { when: /exception$/i, with: { warm: "I'd like to respond", formal: 'I would like to respond' } },
    { when: /offen[cs]e$/i, with: { warm: "I'd like to look more closely", formal: 'I would like to look more closely' } },
  ],
  examples: {
    flag: [
      "With all due respect, I've done this for 20 years.",
      'With the utmost respect, you don’t understand how lenders think.',
      "No offence, but you don't understand the tax rules.",
      'With respect, the delay is down to the scope changes.',
      "I don't appreciate my work being second-guessed.",
      "I'd gently remind you that I'm the one with the qualification.",
    ],
    pass: ['I respect your decision either way.', 'With respect to the fees, the charge is 1% a year.', 'Thank you for respecting the timeline.'],
  },
};
export default rule;
