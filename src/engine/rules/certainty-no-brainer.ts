import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/certainty-no-brainer',
  kind: 'certainty',
  strictness: 'gentle',
  patterns: [/\b(?<span>a no[- ]?brainer|the (?:only|obvious) (?:sensible |smart |logical |right )?(?:choice|option|answer|way forward|move))\b/],
  message: 'Calling a choice a no-brainer implies the client is slow for hesitating, so their doubts go unspoken instead of resolved.',
  replacement: { warm: 'a good option to consider', formal: 'an option worth considering' },
  examples: {
    flag: ["Frankly, it's a no-brainer for someone in your position.", 'Refinancing is the only sensible choice here.'],
    pass: ['Refinancing is one option worth looking at.'],
  },
};
export default rule;
