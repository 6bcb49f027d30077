import type { PressureRule } from './rule';

// Hindsight blame. The rewrite keeps the point (what would have helped) without the verdict.
const rule: PressureRule = {
  id: 'pressure/repetition-you-should-have',
  kind: 'repetition',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>you (?:really )?(?:should|could|ought to|might|need to) have (?<pp>known|read|checked|told|forwarded|sent|called|asked|listened|done|paid|submitted|kept|followed|mentioned|noticed|taken|booked|filed|replied|responded|come|acted|thought))\b/,
    /\b(?<span>if you(?: had|'d) (?<vb>read|listen(?=ed)|follow(?=ed)|check(?=ed))(?:ed)?)\b/,
  ],
  message: 'Hindsight blame ("you should have") cannot be acted on and makes the client defensive about the past instead of open about what comes next.',
  replacement: { warm: 'in hindsight, it would have helped to have $<pp>', formal: 'in hindsight, it would have been helpful to have $<pp>' },
  replacements: [{ when: /^if/i, with: { warm: 'if you had had the chance to $<vb>', formal: 'had there been an opportunity to $<vb>' } }],
  examples: {
    flag: ['You should have sent the claim form within thirty days.', 'If you had read the terms, this would not be a surprise.', 'you ought to have booked the survey first'],
    pass: ['You feel you should have kept them, and I can tell it has been weighing on you.', 'You should have received the refund by now.'],
  },
};
export default rule;
