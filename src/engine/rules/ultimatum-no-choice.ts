import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/ultimatum-no-choice',
  kind: 'ultimatum',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>you (?:really )?(?:have|'ve got|got) no (?:other )?(?:choice|option|alternative)|you (?:don't|do not) have (?:a|any|much of a) (?:choice|option|say)|(?:we|I)(?:'ll| will| would|'d| may)? (?:have|be left with) no (?:other )?(?:choice|option|alternative)(?: but)?|(?:is|are|'s) non-?negotiable|(?:is|are|'s) not (?:up for )?negotia(?:ble|tion)|take it or leave it|(?:this is )?(?:my|our|the) final (?:offer|warning)|(?:your|this is your|a) (?:last|final) warning|(?:is|are|will be|'s) (?:entirely |all |squarely )?on you|(?:only )?have yourself to blame|at your own risk|(?:is|are) off the table)(?![\w-])/,
  ],
  message: 'Saying the client has no choice removes the one thing MI protects, their autonomy, and invites them to prove otherwise.',
  replacement: null,
  examples: {
    flag: ['You have no choice but to accept the revised terms.', 'We will have no choice but to refer the account to collections.', 'The price is non-negotiable.', 'Any penalty is on you.', 'The SLA is off the table.'],
    pass: ["You have a choice here, and either path is workable.", 'There is no wrong choice here.'],
  },
};
export default rule;
