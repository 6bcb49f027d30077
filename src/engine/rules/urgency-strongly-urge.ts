import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/urgency-strongly-urge',
  kind: 'urgency',
  strictness: 'standard',
  patterns: [
    /\b(?<span>(?:strongly|urgently|really) )(?:encourage|advise|recommend|suggest)[^.;]{0,60}\b(?:today|tonight|this week|now|immediately|before|soon|quickly)\b/,
    // Only with a clock in it: "I'd urge you to accept the quote" is an order (directive-insist), not a rush.
    /\b(?<span>(?:I'd|I would|I|we'd|we would|we)\s+(?:strongly\s+|really\s+)?urge\s+you\s+to)\s(?=[^.;]{0,60}\b(?:today|tonight|this week|now|immediately|before|soon|quickly|asap|right away|straight away|without delay|while)\b)/,
  ],
  message: 'Urging the client to hurry makes the timeline yours instead of theirs; people commit more firmly to a pace they chose.',
  replacement: { warm: '', formal: '' },
  replacements: [{ when: /urge you to$/i, with: { warm: 'you might consider whether to', formal: 'you may wish to consider whether to' } }],
  examples: {
    flag: [
      'We would urge you to renew before the summer.',
      "I'd strongly encourage getting the forms in this week.",
      'I strongly urge you to sign before the rate changes.',
    ],
    pass: ['I would encourage you to read the summary when you have a moment.', 'I strongly recommend the smaller package for your team size.'],
  },
};
export default rule;
