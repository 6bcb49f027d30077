import type { PressureRule } from './rule';

// "Let's lock it in before Friday": the writer setting the client's pace.
const rule: PressureRule = {
  id: 'pressure/urgency-lets-lock-in',
  kind: 'urgency',
  strictness: 'standard',
  patterns: [
    /\b(?<span>let's) (?:lock|get|nail|tie|wrap|sign|book|firm|grab|secure) (?:in|down|up|it|this|that|the|things)?[^.,;]{0,40}\b(?:today|tonight|now|this week|before (?:friday|monday|tuesday|wednesday|thursday|the weekend|the end|it)|asap)\b/,
  ],
  message: 'Setting the pace for the client makes their decision feel like a queue they must join; pressure to commit quickly erodes trust.',
  replacement: { warm: 'we could', formal: 'we could' },
  examples: {
    flag: ["Let's book the next two fittings before Friday.", "Let's get it signed this week."],
    pass: ["Let's find a time that suits you.", 'I would encourage you to read the summary when you have a moment.'],
  },
};
export default rule;
