import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/certainty-no-brainer',
  kind: 'certainty',
  strictness: 'gentle',
  patterns: [/\b(?<span>a no[- ]?brainer|the (?:only|obvious) (?:sensible |smart |logical |right )?(?:choice|option|answer|way forward|move)|(?:only|just) one (?:sensible|smart|logical|right|real|obvious|reasonable) (?:choice|option|answer|way forward|move|way to go))\b(?:(?<=move)(?! (?:now |here )?is (?:for you )?to\b)|(?<!move))/],
  message: 'Calling a choice a no-brainer implies the client is slow for hesitating, so their doubts go unspoken instead of resolved.',
  replacement: { warm: 'a good option', formal: 'a sound option' },
  replacements: [{ when: /one/i, with: { warm: 'one option I would consider', formal: 'one option worth considering' } }],
  examples: {
    flag: ["Honestly, it's a no-brainer for a family your size.", 'There is only one sensible answer to the lease question.', 'Refinancing is the only sensible choice here.'],
    pass: ['Refinancing is one option worth looking at.'],
  },
};
export default rule;
