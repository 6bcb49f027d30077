import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/repetition-you-should-have',
  kind: 'repetition',
  strictness: 'gentle',
  patterns: [/\b(?<span>you (?:really )?(?:should|could|ought to|might|need to) have (?:known|read|checked|told|forwarded|sent|called|asked|listened|done|paid|submitted|kept|followed|mentioned|noticed|taken|booked|filed|replied|responded|come|acted|thought)|if you(?: had|'d) (?:read|listened|followed|checked|paid attention))\b/],
  message: 'Hindsight blame ("you should have") cannot be acted on and makes the client defensive about the past instead of open about what comes next.',
  replacement: null,
  examples: {
    flag: ['You should have forwarded it as soon as it arrived.', 'If you had read the terms, this would not be a surprise.'],
    pass: ['You feel you should have kept them, and I can tell it has been weighing on you.', 'You should have received the refund by now.'],
  },
};
export default rule;
