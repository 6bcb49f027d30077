import type { PressureRule } from './rule';
import { PROCEDURAL_LEAD, PROCEDURAL_STEP } from './shared';

const rule: PressureRule = {
  id: 'pressure/directive-you-should',
  kind: 'directive',
  strictness: 'standard',
  patterns: [
    /\b(?<span>(?:I (?:really |honestly )?think |honestly,? |frankly,? )?you\s+(?:really\s+|definitely\s+|honestly\s+|just\s+|absolutely\s+)?should(?:n't| not)?)\s+(?!not\b|have\b|be (?:able|fine|all set|good|ok|okay|ready|receiving|getting|seeing)|(?:now\s+|soon\s+|also\s+)?(?:receive|get (?:an?|the|your)|see|hear|notice|find|arrive|expect|start (?:to )?see|feel (?:free|welcome|obliged|pressured|rushed|any pressure|(?:like |that )?you (?:have|need|must|should|ought|'ve got))))(?<rest>[^.!?;]+)/,
  ],
  exceptions: [
    // "You should know that…", "you should have received…": information, not an order.
    /\byou should (?:know|be aware|note|expect|have (?:received|got|had)|receive|hear|see it|get it)\b/i,
    PROCEDURAL_LEAD,
  ],
  requiresAfter: [new RegExp(`^(?!${PROCEDURAL_STEP.source.slice(1)})`, 'i')],
  message: '"You should" hands the client a verdict rather than an option, and the natural response to a verdict is to argue with it.',
  replacement: { warm: 'you could', formal: 'you may wish to' },
  // "You shouldn't take it so hard" must not become "You could take it so hard" (blind rating, round 5).
  replacements: [{ when: /should(?:n't| not)$/i, with: { warm: 'you might not want to', formal: 'you may prefer not to' } }],
  examples: {
    flag: [
      "You shouldn't sign anything until we have spoken.",
      'You should switch to the annual plan.',
      'I think you should take the Denver role.',
      'You definitely should hold off on the sale.',
    ],
    pass: [
      'You should receive a confirmation email within the hour.',
      'You should be able to see the new dashboard now.',
      'You feel like you should say yes to everything.',
      'Should you need anything else, just reply here.',
      'You should have received the invoice yesterday.',
      'You shouldn’t feel you have to answer this week.',
      'You should not feel obliged to take the upgrade.',
    ],
  },
};
export default rule;
