import type { PressureRule } from './rule';

// Demanding the client reorder their life around the writer's item: "prioritise this above
// everything", "put it at the top of your list", "drop everything", "make it your number one
// priority" ("can't wait" and "the clock is ticking" are urgency-cost-of-waiting's and
// urgency-act-now's). The writer ranking their own work ("my list") is not this move.
const YOUR_LIST = String.raw`your (?:list|priorities|priority list|to-?do list|agenda|pile|inbox|queue|day|week|desk)`;
const TOP = String.raw`(?:at|to|on) the (?:very )?(?:top|front|head) of|first (?:on|in)`;
const rule: PressureRule = {
  id: 'pressure/urgency-priority-demand',
  kind: 'urgency',
  strictness: 'standard',
  patterns: [
    /\b(?<span>prioriti[sz]e (?<obj>this|it|that|the \w+|your \w+) (?:above|over|before) (?:everything|anything|all)(?: else)?)/,
    new RegExp(
      String.raw`\b(?<span>(?:put|move|bump|push|place|get|shift) (?<obj>this|it|that|the (?:\w+ ){0,2}?\w+) ${TOP} (?:${YOUR_LIST}|the (?:list|pile|queue)))`,
    ),
    new RegExp(String.raw`\b(?<span>(?:jump|go|move|get) (?:${TOP}|to the front of) (?:the queue|the line|${YOUR_LIST}))`),
    /\b(?<span>(?:make (?:this|it|that)|(?:this|it|that) (?:has|needs|ought) to be|(?:this|it|that) (?:should|must) be) your (?:number one|number-one|no\.? ?1|top|first|absolute|main|only) priority)/,
    /(?<!\b(?:I|we)(?:'ll| will|'d| would| can| could)? )\b(?<span>drop everything|(?:put|set|push) (?:everything|all) else (?:aside|to one side|on hold|on the back burner))\b/,
  ],
  exceptions: [/\b(?:my|our) (?:list|priorities|queue|agenda)\b/i, /\bno (?:rush|hurry)\b/i],
  message: 'Telling the client what must come first in their week makes your timetable theirs; rushed decisions are the ones people later undo.',
  replacement: null,
  replacements: [
    {
      when: /^(?:prioriti|(?:put|move|bump|push|place|get|shift) (?!everything|all))/i,
      with: { warm: 'fit $<obj> in when you can', formal: 'attend to $<obj> when convenient' },
    },
    { when: /priority$/i, with: { warm: 'this is worth some time soon, if you can spare it', formal: 'this merits attention soon, if time allows' } },
  ],
  examples: {
    flag: [
      'Please prioritise the paperwork above everything else this week.',
      'Put the renewal at the top of your to-do list.',
      'Move this to the front of your queue, please.',
      'This has to be your number one priority.',
      'Drop everything and call the bank.',
      'Set everything else aside and finish the forms.',
      'Bump the tax return to the top of your pile.',
      'Make this your top priority for the week.',
    ],
    pass: [
      "I've put your file at the top of my list, so you'll hear from me tomorrow.",
      'There is no rush on this; it can wait until you are back.',
      "I'll drop everything if you need me on Friday.",
      'My priority this week is checking your paperwork properly.',
      'The rate holds until the 30th, if that timing works for you.',
    ],
  },
};
export default rule;
