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
  // What was asked for stays named ("the signed contract" must not become "to hear from you").
  replacements: [
    { when: /^we\b.*only (?:hold|keep)$/i, with: { warm: "we're able to hold", formal: 'we are able to hold' } },
    { when: /^we\b.*only offer$/i, with: { warm: "we're able to offer", formal: 'we are able to offer' } },
    { when: /^we\b.*only guarantee$/i, with: { warm: "we're able to guarantee", formal: 'we are able to guarantee' } },
    { when: /only (?:hold|keep)$/i, with: { warm: "I'm able to hold", formal: 'I am able to hold' } },
    { when: /only offer$/i, with: { warm: "I'm able to offer", formal: 'I am able to offer' } },
    { when: /only guarantee$/i, with: { warm: "I'm able to guarantee", formal: 'I am able to guarantee' } },
    { when: /decision/i, with: { warm: 'it would help to have your decision', formal: 'it would be helpful to have your decision' } },
    { when: /confirmation/i, with: { warm: 'it would help to have your confirmation', formal: 'it would be helpful to have your confirmation' } },
    { when: /signature/i, with: { warm: 'it would help to have your signature', formal: 'it would be helpful to have your signature' } },
    { when: /\bsigned\b/i, with: { warm: 'it would help to have the signed copy back', formal: 'it would be helpful to have the signed copy back' } },
    {
      when: /\bcompleted\b/i,
      with: { warm: 'it would help to have the completed paperwork back', formal: 'it would be helpful to have the completed paperwork back' },
    },
    { when: /\bforms\b/i, with: { warm: 'it would help to have the forms', formal: 'it would be helpful to have the forms' } },
    { when: /\bform\b/i, with: { warm: 'it would help to have the form', formal: 'it would be helpful to have the form' } },
    { when: /documents?\b|paperwork/i, with: { warm: 'it would help to have the paperwork', formal: 'it would be helpful to have the documents' } },
    { when: /contract/i, with: { warm: 'it would help to have the contract', formal: 'it would be helpful to have the contract' } },
    { when: /receipts?\b/i, with: { warm: 'it would help to have the receipts', formal: 'it would be helpful to have the receipts' } },
    { when: /payment/i, with: { warm: 'it would help to have the payment', formal: 'it would be helpful to receive the payment' } },
    { when: /deposit/i, with: { warm: 'it would help to have the deposit', formal: 'it would be helpful to receive the deposit' } },
    { when: /\b(?:them|these|those)\b/i, with: { warm: 'it would help to have them', formal: 'it would be helpful to have them' } },
    { when: /\b(?:it|this|that)(?: back)?(?: from you)?$/i, with: { warm: 'it would help to have it', formal: 'it would be helpful to have it' } },
  ],
  examples: {
    flag: [
      'I need your decision by Thursday.',
      'I need the signed contract back by Monday.',
      'We will need to hear from you before noon.',
      'I can only hold the discount until Friday.',
      'We’d really need your confirmation no later than Wednesday.',
    ],
    pass: [
      'I need to check with my team before I can give you a firm answer.',
      "Friday is the sellers' preference, not a legal deadline.",
      'The first drafts should be with you by the 18th.',
    ],
  },
};
export default rule;
