import type { PressureRule } from './rule';
import { PROCEDURAL_STEP } from './shared';

// "We have to announce it on the 15th": the adviser deciding for the client under a shared "we".
const rule: PressureRule = {
  id: 'pressure/directive-we-have-to',
  kind: 'directive',
  strictness: 'standard',
  patterns: [
    /^\W*(?:so,?\s+|honestly,?\s+|look,?\s+)?(?<span>we\s+(?:really\s+|simply\s+|absolutely\s+|just\s+)?(?:have to|need to|must|'ve got to|should))\s+(?!(?:first\s+)?(?:apologi[sz]e|thank|admit|confess|let you know|inform you|point out|own up|check|confirm|verify|receive|get|see|collect|ask|wait|be able|make sure|review|look|run|process|arrange|book in|send|prepare|request|complete|carry out|do a|obtain)\b)(?<rest>[^.!?;]+)/,
  ],
  // The writer's own housekeeping ("we need to update our records") is not the client's decision.
  // "We should have the results by Tuesday": an expectation, not an obligation.
  exceptions: [
    /\bwe should (?:have|hear|know|be (?:hearing|getting|receiving|seeing|able)|expect|find out)\b/i,
    /\bour (?:records|systems?|files|database|paperwork|end|side|own)\b/i,
    /\b(?:I|we)(?:'ll| will) (?:handle|take care of|sort|do|look after|deal with|manage) (?:it|this|that|everything|all of it)\b/i,
  ],
  requiresAfter: [new RegExp(`^(?!${PROCEDURAL_STEP.source.slice(1)})`, 'i')],
  message: 'A "we have to" about the client\'s own business makes their decision for them; the plan lands better when they choose it.',
  replacement: { warm: 'one option is to', formal: 'one option would be to' },
  examples: {
    flag: [
      'We have to launch the new pricing in March.',
      'We should sign the lease before the viewing slots fill up.',
      'We need to cut the second phase entirely.',
      'We must announce the restructure next week.',
    ],
    pass: [
      'We must apologise for the delay.',
      'We need to run a quick credit check before the offer.',
      'We need to check your ID before we can release the funds.',
      'I have to flag one risk, though.',
      'Every time we need to install software, it takes a ticket.',
      'We need to update our records before your renewal date.',
      'We have to file the accounts by March, and I will take care of it.',
      'We should have the valuation back by Tuesday.',
      'We should hear from the underwriter this week.',
    ],
  },
};
export default rule;
