import type { PressureRule } from './rule';

// Delay itself made the threat ("the longer you wait…" is urgency-act-now's): "you can't afford
// to wait", "waiting even a week could cost you the house", "the sooner you commit, the better",
// "time is of the essence". No deadline is named, but the clock is put on the client.
const rule: PressureRule = {
  id: 'pressure/urgency-cost-of-waiting',
  kind: 'urgency',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>you (?:can't|cannot|can not) afford to (?:wait|delay|hesitate|sit on (?:this|it)|leave (?:this|it))(?: (?:on|any longer|much longer|long|around))?(?: (?:this|it)(?: one)?)?)(?![\w-])/,
    /\b(?<span>(?:waiting|delaying|holding off|putting (?:it|this) off|hesitating)(?: (?:even|just|another|any longer|much longer))?(?: (?:a|one|another|an extra|a few|two) (?:day|week|month|hour)s?)? (?:could|will|would|may|might|is going to|can) (?:cost|lose) you\b[^.;!?]*)/,
    /\b(?<span>the sooner you (?:\w+ ){0,3}?(?:commit|sign|decide|act|book|buy|move|confirm|agree|go ahead|get (?:started|this done)|start),? the better)(?![\w-])/,
    /\b(?<span>time is (?:of the essence|against you|not on your side))(?![\w-])/,
  ],
  message: 'Making delay sound costly rushes the client; people decide better, and stay decided, when the timing is theirs.',
  replacement: { warm: '', formal: '' },
  replacements: [
    { when: /^you can/i, with: { warm: "it's worth thinking about timing", formal: 'timing is worth considering' } },
    { when: /^(?:waiting|delaying|holding|putting|hesitating)/i, with: { warm: 'timing may make a difference here', formal: 'timing may make a difference here' } },
    { when: /^the sooner/i, with: { warm: "whenever you're ready works", formal: 'whenever you are ready is fine' } },
    { when: /^time is/i, with: { warm: 'there is a timeline to keep in mind', formal: 'there is a timeline to bear in mind' } },
  ],
  examples: {
    flag: [
      'You can’t afford to wait on the refinance.',
      'Waiting another month could cost you the spot.',
      'The sooner you sign, the better.',
      'Time is of the essence with this listing.',
    ],
    pass: ['I can’t afford to lose your business, so I’ll check again.', 'Waiting a month is perfectly fine.', 'Take the time you need; the longer you think about it, the more sure you’ll be.', 'The sooner date works for us too.'],
  },
};
export default rule;
