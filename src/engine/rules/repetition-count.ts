import type { PressureRule } from './rule';

const N = String.raw`(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|nth|umpteenth|last|final)`;
const COUNT = String.raw`(?:\w+ (?:separate |different )?(?:times|emails|messages|occasions|calls|reminders|meetings)|twice|three times|more than once|repeatedly|several times|multiple times|again and again|over and over)`;

// Counting how often the writer has had to say it. The rewrites keep what was asked or said and
// drop the count: "I've asked for X three times" → "I'm following up on X".
const rule: PressureRule = {
  id: 'pressure/repetition-count',
  kind: 'repetition',
  strictness: 'standard',
  patterns: [
    new RegExp(
      String.raw`\b(?<span>(?:this is |it's |that's )?the ${N} time (?:that )?(?:I've|I have|we've|we have|I'm|I am|I'll)(?: (?:now|had to|needed to|have to))? (?:(?<ask>ask(?:ed|ing)?(?: you)?(?: for| about)?|chas(?:e|ed|ing)(?: you)?(?: for| about| up)?|rais(?:ed|ing)|request(?:ed|ing)|remind(?:ed|ing)? you (?:about|of)|flagg(?:ed|ing)|mention(?:ed|ing)|writ(?:ten|ing)(?: to you)? about|follow(?:ed|ing) up on)|explain(?:ed|ing)?|tell you|told you|telling you|said|saying)(?: that)?)\b`,
    ),
    new RegExp(
      String.raw`\b(?<span>(?:I've|I have|we've|we have) (?:now |already |repeatedly )?(?<verb>asked (?:you )?(?:for|about)|raised|mentioned|explained|told you(?: about)?|requested|flagged|chased(?: you)?(?: for| about| up)?|reminded you (?:about|of)|pointed out|sent(?: you)?|gone over|been over|covered|answered|walked you through) (?<obj>[^.;]{1,60}?) (?:in |on |over |across )?${COUNT}(?: now| already)?)`,
    ),
    new RegExp(
      String.raw`\b(?<span>(?:as |like )?I keep (?:telling|saying|explaining|asking|reminding)(?: you)?(?: that)?|I(?:'ve| have)? already (?:told|explained to|reminded) you(?: that)?|I (?:did (?:already )?|already )(?:tell|told|explain(?:ed)?|say|said|mention(?:ed)?)(?: (?:this|that|it))?(?: to)?(?: you)?(?: that)?|(?:to repeat myself|I(?:'m| am) repeating myself|I'll say it again|let me say (?:it|this) again|I'll repeat|for the ${N} time)(?:,? but)?,?|(?:once|yet) again,?(?= (?:I|we|you|the)\b)|^\W*again,(?= (?:the|this|that|it|its|it's|as|your|there|you)\b))`,
    ),
  ],
  exceptions: [
    /\b(?:thanks?|thank you|apologies|sorry)\b[^.]{0,20}\b(?:once|yet) again\b/i,
    /\b(?:sorry|apologies) (?:to|for|if I(?:'m| am)?) (?:be )?(?:repeat|repeating)\b/i,
    /\bagain\W{1,3}(?:thanks?|thank you|many thanks|sorry|apologies|my apologies)\b/i,
  ],
  message: 'Counting how often you have asked frames the client as the problem; people who feel blamed defend themselves instead of acting.',
  // Taken out rather than turned into "to recap,", which keeps the reproach (blind rating).
  replacement: { warm: '', formal: '' },
  replacements: [
    {
      when: /^(?:this is |it's |that's )?the \w+ time\b.*\b(?:ask|chas|rais|request|remind|flagg|mention|writ|follow)/i,
      with: { warm: "I'm following up on", formal: 'I am following up on' },
    },
    // "This is the third time I'm explaining the policy": the object follows the span.
    { when: /^(?:this is |it's |that's )?the \w+ time\b.*\bexplain\w*$/i, with: { warm: "I'm happy to explain", formal: 'I am happy to explain' } },
    {
      when: /^(?:this is |it's |that's )?the \w+ time\b.*\b(?:tell|told|telling) you(?: that)?$/i,
      with: { warm: "I'm happy to confirm again that", formal: 'I am happy to confirm again that' },
    },
    {
      when: /^(?:I've|I have|we've|we have) .*\b(?:asked|raised|mentioned|requested|flagged|chased|reminded|pointed out)\b/i,
      with: { warm: "I'm following up on $<obj>", formal: 'I am following up on $<obj>' },
    },
    { when: /^(?:I've|I have|we've|we have) .*\bsent\b/i, with: { warm: "I'm resending $<obj>", formal: 'I am resending $<obj>' } },
    { when: /^(?:I've|I have|we've|we have) /i, with: { warm: "I'm happy to go over $<obj> again", formal: 'I am happy to go over $<obj> again' } },
    { when: /^(?:once|yet) again|^again/i, with: { warm: '', formal: '' } },
  ],
  examples: {
    flag: [
      "This is the fourth time I've asked for your receipts.",
      "I've now raised the expired certificate in three separate emails.",
      'I keep telling you the fee is fixed.',
      'This is the second time we have had to remind you about the meter reading.',
      'Again, the excess applies to every claim.',
      "I've walked you through the settings twice already.",
      'For the second time, the quote excludes VAT.',
      'I already told you the clinic is closed on Mondays.',
    ],
    pass: [
      'Sorry to repeat myself, but I wanted you to have the link handy.',
      'Again, thank you for bearing with us.',
      'I’ll say it again: thank you for your patience.',
      'Thanks once again for your patience.',
      'The first time I used it, I was impressed.',
      "I've sent you the signed copy.",
    ],
  },
};
export default rule;
