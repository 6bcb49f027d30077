import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/certainty-frankly',
  kind: 'certainty',
  strictness: 'standard',
  patterns: [
    // "The layout is, quite frankly, the best…": mid-sentence, the commas go with it.
    /(?<span>,\s*(?:quite frankly|frankly|to be (?:frank|blunt)),)(?=\s+(?:the|a|an|this|that|it|your|our|far|much|by far|not|no|just|simply)\b)/,
    /(?:^\W*|\b(?:but|and|so) )(?<span>(?:frankly|quite frankly|to be (?:frank|blunt|honest)|let's be (?:honest|real|clear)),?)(?=\s+(?:it's|this|that|the|there|you|your|it|any|no)\b)(?!\s+you (?:(?:really|just|simply) )?(?:should|shouldn't|need|must|have to|ought|'ve got|'d better)\b)/,
  ],
  message: 'A blunt "frankly" frames your view as the only honest one, which makes disagreeing feel like a confrontation for the client.',
  replacement: { warm: '', formal: '' },
  examples: {
    flag: [
      'Frankly, this is the best deal you will see.',
      "Let's be honest, the current provider isn't working.",
      'The second quote is, quite frankly, far too cheap to trust.',
    ],
    pass: ['Frankly, you should do whatever feels right to you.', 'I want to be frank with you about the risks, so here they are.'],
  },
};
export default rule;
