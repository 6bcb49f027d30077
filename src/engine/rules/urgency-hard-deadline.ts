import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/urgency-hard-deadline',
  kind: 'urgency',
  strictness: 'standard',
  patterns: [
    /[,\u2014\u2013]\s*(?<span>no exceptions)\b/,
    /\s(?<span>(?:by|until|before) (?:the )?(?:end of (?:the )?day|close of (?:business|play)|end of play|cob|eod|midnight|noon|tonight) (?:today|tonight)|(?:end of (?:the )?day|eod|cob) today|within the hour|first thing (?:tomorrow|in the morning|on monday))(?![\w-])/,
    /\b(?<span>(?:closes?|ends?|expires?) (?:tonight|at midnight|today))\b/,
  ],
  // The writer's own promise ("I'll get back to you first thing tomorrow"), unless it asks something of the client.
  exceptions: [
    /^\W*(?:I|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to| can| could)\b(?![^.;]{0,60}\b(?:need|want|expect|require|have to|must)\b)/i,
  ],
  message: 'A deadline the client did not choose turns their decision into compliance; they may say yes now and resent it later.',
  replacement: { warm: '', formal: '' },
  examples: {
    flag: [
      'Send the forms back by 4 p.m., no exceptions.',
      'Ring me first thing tomorrow and we can finalise the cover.',
      'Reply and I will send the form within the hour.',
      'The quarter closes tonight, so the price goes up tomorrow.',
    ],
    pass: [
      'The office closes at 6 on Fridays.',
      'We have no exceptions to report this quarter.',
      'The update went out first thing this morning.',
      "We'll have the revised quote to you first thing tomorrow.",
    ],
  },
};
export default rule;
