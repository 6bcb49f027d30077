import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/repetition-count',
  kind: 'repetition',
  strictness: 'standard',
  patterns: [
    /\b(?<span>(?:this is |it's |that's )?the (?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|nth|umpteenth|last|final) time (?:I've|I have|we've|we have|I'm|I am|I'll)(?: (?:now |had to |needed to ))?(?: \w+)?)\b/,
    /\b(?<span>(?:I've|I have|we've|we have) (?:now |already |repeatedly )?(?:asked|raised|mentioned|explained|told you|requested|flagged|chased|reminded you|pointed out|sent)\b[^.;]{0,60}?\b(?:\w+ (?:separate |different )?(?:times|emails|messages|occasions|calls|reminders)|more than once|repeatedly|several times|multiple times|again and again|over and over))/,
    /\b(?<span>I keep (?:telling|saying|explaining|asking|reminding)(?: you)?|I've already (?:told|explained to|reminded) you|(?:once|yet) again,? (?:I|we|you|the)\b)/,
  ],
  exceptions: [/\b(?:thanks?|thank you|apologies|sorry)\b[^.]{0,20}\b(?:once|yet) again\b/i],
  message: 'Counting how often you have asked frames the client as the problem; people who feel blamed defend themselves instead of acting.',
  replacement: null,
  examples: {
    flag: ["This is the fourth time I've asked for your receipts.", "I've now raised the expired certificate in three separate emails.", 'I keep telling you the fee is fixed.'],
    pass: ['Thanks once again for your patience.', 'The first time I used it, I was impressed.'],
  },
};
export default rule;
