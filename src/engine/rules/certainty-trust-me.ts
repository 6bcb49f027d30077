import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/certainty-trust-me',
  kind: 'certainty',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>(?:just |but )?(?:trust me|believe (?:you )?me|take (?:it from me|my word for it)|mark my words|I (?:promise|guarantee|assure) you(?: that)?|I can (?:promise|guarantee|assure) you(?: that)?|you can take it from me))(?![\w-]),?/,
  ],
  message: '"Trust me" asks the client to set aside their own judgement; people follow advice more readily when they can weigh the reasons themselves.',
  replacement: { warm: '', formal: '' },
  examples: {
    flag: [
      'Believe you me, the fixed rate will look cheap in a year.',
      'Trust me, waiting is how people end up buying at the top.',
      'But believe me, dropping the rider would be a mistake.',
      'Take my word for it, this fund is the safer bet.',
    ],
    pass: ['Thank you for trusting me with this.', 'I hope you can trust the process we agreed.'],
  },
};
export default rule;
