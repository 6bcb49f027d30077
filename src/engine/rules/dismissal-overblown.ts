import type { PressureRule } from './rule';

// Judging the client's worry itself: "that concern is overblown", "you're worrying over nothing",
// "it isn't that hard", "you're making a mountain out of a molehill". The rewrites grant the
// feeling and keep the subject the writer was talking about.
const rule: PressureRule = {
  id: 'pressure/dismissal-overblown',
  kind: 'dismissal',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>(?<subj>(?:concerns?|worr(?:y|ies)|fears?|anxiet(?:y|ies)|doubts?|objections?|reservations?)\b(?: [\w'-]+){0,4}?) (?<be>is|are|seems?|sounds?) (?:a bit |rather |really |quite |totally |completely |somewhat |a little |honestly |frankly |probably )?(?:overblown|exaggerated|unfounded|misplaced|groundless|silly|irrational|overstated|over the top|unnecessary|baseless|unwarranted|paranoid))(?![\w-])/,
    /(?<span>(?<neg>\b(?:isn't|is not|aren't|are not|is (?:honestly|really|actually|just) not|are (?:honestly|really|actually|just) not)|'s(?: (?:honestly|really|actually|just))? not|'re(?: (?:honestly|really|actually|just))? not) (?:really |honestly |actually )?(?:that|so|all that|as) (?<adj>hard|difficult|complicated|complex|tricky|bad|scary|serious|big|risky|confusing)(?: as (?:you(?:'re| are) making (?:it|out)|you think|it looks|it sounds))?)(?![\w-])/,
    /\b(?<span>(?:you're|you are) (?:worrying|fretting|stressing) (?:over|about) nothing|(?:you're|you are) making a mountain out of a molehill)(?![\w-])/,
    /\b(?<span>(?:is|'s) (?:just |only |merely |simply |purely )?a (?:mere )?formality)\b/,
    /\b(?<span>(?:that's|it's|that is|it is) hardly (?<art>a|an) (?<noun>reason|problem|issue|concern|big deal|cause for concern))\b/,
    /(?<span>(?:\b(?:isn't|is not)|'s not) (?:really )?worth (?:getting (?:upset|worked up|stressed)|worrying|stressing|fretting|losing sleep|fussing|panicking)(?: (?:over|about))?)(?![\w-])/,
    /\b(?<span>(?:it's|it is|that's|that is|(?<be>is|are|'s|'re)) (?:really |honestly |just |totally |completely |a complete )?(?:a )?non-?(?:issues?|problems?|events?|story))\b/,
  ],
  message: 'Judging the worry itself tells the client their view does not count; MI takes a concern seriously enough to explore it.',
  replacement: { warm: '', formal: '' },
  replacements: [
    {
      when: /^(?:concern|worr|fear|anxiet|doubt|objection|reservation)/i,
      with: { warm: '$<subj> $<be> understandable, and worth talking through', formal: '$<subj> $<be> understandable and worth discussing' },
    },
    { when: /^'s\b/i, with: { warm: ' can feel $<adj>', formal: ' can seem $<adj>' } },
    { when: /^(?:isn't|is|aren't|are|'re)\b.*\b(?:that|so|as)\b/i, with: { warm: 'can feel $<adj>', formal: 'can seem $<adj>' } },
    {
      when: /nothing$/i,
      with: { warm: "you're weighing this carefully, which makes sense", formal: 'you are considering this carefully, which is understandable' },
    },
    { when: /molehill/i, with: { warm: 'I can see this feels big right now', formal: 'I appreciate this feels significant' } },
    { when: /formality/i, with: { warm: 'is usually a standard step', formal: 'is usually a standard step' } },
    { when: /hardly/i, with: { warm: "I'm not sure that needs to be $<art> $<noun>", formal: 'I am not sure that needs to be $<art> $<noun>' } },
    { when: /^'s.*worth/i, with: { warm: ' is understandably frustrating', formal: ' is understandably frustrating' } },
    { when: /worth/i, with: { warm: 'is understandably frustrating', formal: 'is understandably frustrating' } },
    {
      when: /^(?:is|are|'s|'re) .*non-?(?:issue|problem|event|story)/i,
      with: { warm: '$<be> probably a smaller issue than it looks', formal: '$<be> likely a smaller issue than it appears' },
    },
    {
      when: /non-?(?:issue|problem|event|story)/i,
      with: { warm: 'it may be a smaller issue than it looks', formal: 'it may be a smaller issue than it appears' },
    },
  ],
  examples: {
    flag: [
      'Your worries about the move are a bit overblown.',
      "the new billing system isn't that complicated",
      "You're stressing about nothing.",
      'The data migration is honestly a non-issue.',
      'The medical is just a formality.',
      "That's hardly a problem for a firm your size.",
    ],
    pass: ['I know the move has been hard on you.', "It's not that I don't want to help.", 'The install is quick and simple.', 'Is the fee a worry for you?'],
  },
};
export default rule;
