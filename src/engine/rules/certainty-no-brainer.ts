import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/certainty-no-brainer',
  kind: 'certainty',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>the only (?:one|option|choice|way|path|route|thing|plan|answer) (?:that|which) (?:really |actually |genuinely )?makes (?:any )?sense|a no[- ]?brainer|the (?:only|obvious) (?:(?:sensible|smart|logical|right) (?:choice|option|answer|way forward|move)|(?:choice|option|answer|way forward|move)(?! (?:that|which|we|I|you|left|available|open|on offer|for (?:these|those|your|the) \w+)\b))|(?:only|just) one (?:sensible|smart|logical|right|real|obvious|reasonable) (?:choice|option|answer|way forward|move|way to go))\b(?:(?<=move)(?! (?:now |here )?is (?:for you )?to\b)|(?<!move))/,
  ],
  message: 'Calling a choice a no-brainer implies the client is slow for hesitating, so their doubts go unspoken instead of resolved.',
  replacement: { warm: 'a good option', formal: 'a sound option' },
  replacements: [{ when: /one/i, with: { warm: 'one option I would consider', formal: 'one option worth considering' } }],
  examples: {
    flag: [
      "Honestly, it's a no-brainer for a family your size.",
      'There is only one sensible answer to the lease question.',
      'Refinancing is the only sensible choice here.',
      'The fixed rate is the only option that really makes sense.',
    ],
    pass: [
      'Refinancing is one option worth looking at.',
      'The only option that fits your dates is the Tuesday slot.',
      'The only option left for those dates is the late flight.',
    ],
  },
};
export default rule;
