import type { PressureRule } from './rule';
import { AUTONOMY } from './shared';

// One door shown as the only one, without "you have no choice": "there is no alternative to the
// upgrade", "you leave me no option but to…", "the terms are final and not open for discussion",
// "this is the last time I can extend the offer", "we won't extend the deadline again".
const rule: PressureRule = {
  id: 'pressure/ultimatum-no-alternative',
  kind: 'ultimatum',
  strictness: 'standard',
  patterns: [
    // "You leave me no option but to…": the writer's next move blamed on the client.
    /\b(?<span>you(?:'ve| have|'re| are)? (?:leave|left|leaving|give|given|giving) (?:me|us) (?:with )?(?:no|little) (?:other )?(?:choice|option|alternative)(?: but(?: to)?)?)(?![\w-])/,
    // "There is no alternative to the upgrade", "there's no other way forward": one door shown as the only one.
    /\b(?<span>there(?:'s| is| are) (?:simply |really |honestly |just |frankly |genuinely )?no (?:other |real )?(?:alternatives?|options?|choices?|other options?|other choice|other way(?: forward| round| around (?:it|this))?|plan b|way (?:round|around) (?:it|this|that))(?: (?:on the table|here|left|available))?(?: (?:to (?<what>(?:the|this|that|your|our|an?) [\w-]+(?: [\w-]+)?)|but to [^.;!?]{1,40}))?)(?=\s*[.!;,\u2014]|\s*$|\s+(?:if(?! you(?:'d| would)? (?:like|prefer|rather))|unless|for you|I'm afraid|I am afraid|at this (?:point|stage)|now|left)\b)/,
    // "The terms are final and not open for discussion", "the price is final."
    /\b(?:terms|price|prices|offer|fee|fees|rate|quote|figure|decision|deal|amount|settlement)\b (?<span>(?<be>is|are) final)(?=\s*[.!;]|\s*$|,? and not\b)/,
    /\b(?<span>(?:and )?not (?:up for|open (?:to|for)) (?:discussion|debate|negotiation|review))(?![\w-])/,
    // "This is the last time I can extend the offer", "we won't be extending the deadline again".
    /\b(?<span>(?:this is|that's|it's|this will be|that is) (?:the|my|our) (?:last|final) time (?:I|we) (?:can|'ll be able to|will be able to|am able to|'m able to|are able to|'re able to|will|'ll))(?= \w)/,
    /\b(?<span>(?<subj>I|we) (?:won't|will not|can't|cannot|shan't) (?:be (?:able to )?)?(?<v>extend|offer|hold|reopen|renew|reduce|waive|discount|lower)(?:ing)? (?<o>(?:it|this|that|the [\w-]+(?: [\w-]+)?|this [\w-]+)) again)(?![\w-])/,
  ],
  exceptions: [AUTONOMY],
  message:
    'Showing the client only one door removes the choice MI protects; stated as information, with the choice left to them, the same facts land without coercion.',
  replacement: null,
  replacements: [
    { when: /^you(?:'ve| have)? (?:leave|left|give|given)/i, with: { warm: 'the next step would be to', formal: 'the next step would be to' } },
    { when: /^there\b.*\bto (?:the|this|that|your|our|an?) /i, with: { warm: "I'd recommend $<what>", formal: 'I would recommend $<what>' } },
    { when: /^there\b/i, with: { warm: "this is the way forward I'd recommend", formal: 'this is the way forward I would recommend' } },
    { when: /final$/i, with: { warm: '$<be> fixed on our side', formal: '$<be> fixed on our side' } },
    { when: /^(?:and )?not (?:up for|open)/i, with: { warm: 'and fixed on our side', formal: 'and fixed on our side' } },
    { when: /time (?:I|we)/i, with: { warm: 'this time, I can', formal: 'on this occasion, I am able to' } },
    { when: /again$/i, with: { warm: '$<subj> may not be able to $<v> $<o> again', formal: '$<subj> may not be able to $<v> $<o> again' } },
  ],
  examples: {
    flag: [
      'You have left us no choice but to pause the work.',
      'You’re leaving me with no option but to close the file.',
      'Honestly, there is no real alternative to the rebuild.',
      'There’s no other option left.',
      'The settlement figure is final.',
      'Our fee is fixed and not open for negotiation.',
      'This will be the last time we can move the completion date.',
      'We won’t extend the deadline again.',
      'There’s really no other option unless you want to start over.',
    ],
    pass: [
      'There’s no option to pay by card, but a transfer works.',
      'There’s no other way to reset the password, I’m afraid, but it only takes a minute.',
      'There are several alternatives to the rebuild, and I can walk you through them.',
      'The last time we spoke, you mentioned the budget.',
      'Is the price final, or could it still change?',
      'The final figure is in the attached statement.',
      'There’s no option if you’d like to pay by cheque, but a transfer is easy.',
    ],
  },
};
export default rule;
