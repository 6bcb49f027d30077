import type { PressureRule } from './rule';

// Deadlines the writer imposes: "I need an answer by Thursday", "by end of day today, no exceptions".
const rule: PressureRule = {
  id: 'pressure/urgency-deadline-demand',
  kind: 'urgency',
  strictness: 'standard',
  patterns: [
    /\b(?<span>(?:I|we)(?:'ll|'d| will| would)? (?:really |absolutely |just |do )?(?:need|must have|have to have|require|expect) (?:to hear (?:back )?from you|an answer|your answer|a decision|your decision|a reply|your reply|a response|confirmation|your confirmation|your signature|a yes|the (?:signed|completed) \w+|them|it|this|these|those|that|the (?:forms?|documents?|paperwork|contract|receipts?|payment|deposit))(?: back)?(?: from you)?)(?= (?:by|before|no later than|within)\b)/,
    /\b(?<span>(?:I|we) (?:can|could) only (?:hold|keep|offer|guarantee))\b[^.,;]{1,40} (?:until|till|for)\b/,
  ],
  message: 'A deadline the client did not choose turns their decision into compliance; they may say yes now and resent it later.',
  replacement: { warm: 'it would help to hear from you', formal: 'it would be helpful to hear from you' },
  examples: {
    flag: [
      'I need your decision by Thursday.',
      'I need the signed contract back by Monday.',
      'We will need to hear from you before noon.',
      'I can only hold the discount until Friday.',
      'We’d really need your confirmation no later than Wednesday.',
    ],
    pass: ['I need to check with my team before I can give you a firm answer.', 'Friday is the sellers\' preference, not a legal deadline.', 'The first drafts should be with you by the 18th.'],
  },
};
export default rule;
