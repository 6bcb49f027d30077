import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/defensiveness-with-respect',
  kind: 'defensiveness',
  strictness: 'gentle',
  patterns: [/\b(?<span>(?:with (?:all )?(?:due )?respect|respectfully|no offen[cs]e),?(?: but)?|I (?:don't|do not) appreciate|I(?:'d| would) (?:gently |just )?(?:remind|point out to) you(?: that)?|I resent|I take (?:offen[cs]e|exception))(?![\w-])/],
  exceptions: [/^\W*respectfully,?\s*$/i, /\b(?:yours|regards),?\s*$/i],
  message: 'Defending your standing turns the exchange into a contest; the client hears that their question was unwelcome and stops raising concerns.',
  replacement: { warm: '', formal: '' },
  examples: {
    flag: ["With all due respect, I've done this for 20 years.", 'With respect, the delay is down to the scope changes.', "I don't appreciate my work being second-guessed.", "I'd gently remind you that I'm the one with the qualification."],
    pass: ['I respect your decision either way.', 'Thank you for respecting the timeline.'],
  },
};
export default rule;
