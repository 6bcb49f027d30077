import type { PressureRule } from './rule';

// An offer that vanishes soon ("the discount disappears at the end of the week"): a clock the
// writer starts. Said as information ("the price holds until Friday") it leaves the pace to them.
const rule: PressureRule = {
  id: 'pressure/urgency-offer-expires',
  kind: 'urgency',
  strictness: 'standard',
  patterns: [
    /\b(?<span>won't be (?:here|around|available)(?: for)? (?<when2>long|next week|tomorrow|much longer))\b/,
    /\b(?<span>(?<noun>(?:offer|deal|discount|sale|promotion|promo|pricing|price|rate|window|opportunity|saving)s?) (?:\w+ )?(?:expires?|ends?|closes?|disappears?|vanishes?|goes away|is gone|will be gone|runs out|is withdrawn) (?:at |on |by )?(?<when>midnight|tomorrow|tonight|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|(?:at )?the end of (?:the|this) (?:day|week|month)))\b/,
  ],
  message: 'A clock you start for the client makes the timeline yours instead of theirs; hurried decisions are the ones people back out of.',
  replacement: { warm: '$<noun> is open until $<when>', formal: '$<noun> remains available until $<when>' },
  replacements: [
    { when: /^won't/i, with: { warm: 'may not be available $<when2>', formal: 'may not be available $<when2>' } },
    { when: /^\w+s /i, with: { warm: '$<noun> are open until $<when>', formal: '$<noun> remain available until $<when>' } },
  ],
  examples: {
    flag: ['The promo price ends Friday, so think fast.', 'This discount disappears at the end of the month.'],
    pass: ['Your reset link expires after 24 hours.', 'The office closes at noon on Christmas Eve.', 'The price holds until Friday, if that timing suits you.'],
  },
};
export default rule;
