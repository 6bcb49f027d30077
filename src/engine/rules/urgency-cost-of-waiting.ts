import type { PressureRule } from './rule';
import { TIGHT_TIME } from './shared';

// Delay itself made the threat ("the longer you wait…" is urgency-act-now's): "you can't afford
// to wait", "waiting even a week could cost you the house", "the sooner you commit, the better",
// "time is of the essence". No deadline is named, but the clock is put on the client.
const rule: PressureRule = {
  id: 'pressure/urgency-cost-of-waiting',
  kind: 'urgency',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>(?:you|we) (?:really |just |honestly |simply )?(?:can't|cannot|can not) afford to (?:wait|delay|hesitate|hold off|sit on (?:this|it)|leave (?:this|it))(?: (?:on|any longer|much longer|long|around))?(?: (?:any|much) longer)?(?: (?:this|it)(?: one)?)?)(?![\w-])/,
    /\b(?<span>(?:waiting|delaying|holding off|putting (?:it|this) off|hesitating)(?: (?:even|just|another|any longer|much longer))?(?: (?:a|one|another|an extra|a few|two) (?:day|week|month|hour)s?)? (?:could|will|would|may|might|is going to|can) (?:cost|lose) you\b[^.;!?]*)/,
    /\b(?<span>the sooner (?:you|we|I) (?:\w+ ){0,3}?(?:commit|sign|decide|act|book|buy|move|confirm|agree|go ahead|get (?:started|this done|your (?:signature|decision|answer|go-ahead|sign-off|approval|deposit)|(?:it|this|the \w+) signed)|start|hear (?:back )?from you),? the better)(?![\w-])/,
    /\b(?:this|it|that|decisions?(?: like (?:this|that))?) (?<span>(?:really |simply |just )?(?:can't|cannot|won't|shouldn't|can not) wait)(?![\w-])/,
    /\b(?<span>time is (?:of the essence|against you|not on your side))(?![\w-])/,
    /\b(?:offer|prices?|rates?|deal|discount|pricing|slots?|spots?|places?|units?|stock|listing|opportunity|this|it|that)(?: [\w-]+){0,2} (?<span>(?:won't|will not|isn't going to|is not going to) (?:stay|last|be around|be available|remain|be here)(?: (?:this|that) \w+)?(?: for)? (?:long|much longer|forever))(?![\w-])/,
    /\b(?<span>until it's too late)(?![\w-])/,
    // A request to the client bound to a deadline in hours; the writer's own promise ("I'll send it today") is not.
    new RegExp(
      String.raw`\b(?<!\b(?:I|we)(?:'ll| will| can| could| should| must| shall) )(?<span>(?:get|have|send|return|bring) (?:this|it|these|them|the [\w-]+|your [\w-]+|me|us)(?: [\w-]+){0,3}? (?:signed|back|done|sent|over|returned|to (?:me|us))(?: (?:back )?to (?:me|us))? ${TIGHT_TIME})(?![\w-])`,
    ),
    new RegExp(
      String.raw`(?:^\W*|\bplease )(?<span>(?:return|submit|complete|sign|send (?:in|back)) (?:the|your|this|these|it|them)\b(?: [\w-]+){0,3}? ${TIGHT_TIME})(?![\w-])`,
    ),
    // The client's own decision verb bound to an hours-long deadline: "sign before midnight", "book today".
    new RegExp(
      String.raw`(?:^\W*|\bplease )(?<span>(?<verb>sign|decide|commit|confirm|book|reserve|secure|lock (?:it |this |that )?in|accept|register|enrol|enroll|renew|upgrade)(?<what> (?:the|your|this|these|it|them|that)\b(?: [\w-]+){0,3}?)? ${TIGHT_TIME})(?![\w-])`,
    ),
    new RegExp(
      String.raw`\b(?<span>(?:I|we)(?:'ll| will|'d| would)? (?:really )?need (?:the|your|a|an|this|that|them|it)\b(?: [\w-]+){0,3}? (?:back |from you |in |over )?${TIGHT_TIME})(?![\w-])`,
    ),
    /\b(?<span>the window(?: of opportunity)? is (?:closing|shutting|narrowing)(?: fast| quickly| rapidly)?)(?![\w-])/,
    /\b(?<span>(?:ideally|preferably|at the (?:very )?latest) (?:today|tonight|this (?:morning|afternoon|evening)|within the hour|in the next hour))(?![\w-])/,
  ],
  exceptions: [/^\W*if (?:it|this|that) (?:can't|cannot|can not) wait\b/i, /\b(?:I|we) (?:can't|cannot) wait to\b/i],
  message: 'Making delay sound costly rushes the client; people decide better, and stay decided, when the timing is theirs.',
  replacement: { warm: '', formal: '' },
  replacements: [
    { when: /^(?:you|we) (?:can|really)/i, with: { warm: "it's worth thinking about timing", formal: 'timing is worth considering' } },
    {
      when: /^(?:waiting|delaying|holding|putting|hesitating)/i,
      with: { warm: 'timing may make a difference here', formal: 'timing may make a difference here' },
    },
    { when: /^the sooner/i, with: { warm: "whenever you're ready works", formal: 'whenever you are ready is fine' } },
    { when: /^(?:won't|will not|isn't|is not)/i, with: { warm: 'may change at some point', formal: 'may change at some point' } },
    { when: /wait$/i, with: { warm: 'can wait until you feel ready', formal: 'can wait until you feel ready' } },
    { when: /too late/i, with: { warm: 'until it suits you', formal: 'until it suits you' } },
    {
      when: /^(?:decide|commit|confirm|book|reserve|secure|lock|accept|register|enrol|enroll|renew|upgrade)\b|^sign (?:today|tonight|by|before|within|first|this)\b/i,
      with: { warm: '$<span> if that works for you', formal: '$<span> if that is convenient for you' },
    },
    {
      when: /^(?:get|have|send|return|bring|submit|complete|sign)\b/i,
      with: { warm: '$<span> if that works for you', formal: '$<span> if that is convenient for you' },
    },
    {
      when: /^(?:I|we)\b/i,
      with: { warm: '$<span> if that works for you', formal: '$<span> if that is convenient for you' },
    },
    { when: /window/i, with: { warm: 'there is a timeline to keep in mind', formal: 'there is a timeline to bear in mind' } },
    { when: /^(?:ideally|preferably|at the)/i, with: { warm: 'whenever suits you', formal: 'at a time that suits you' } },
    { when: /^time is/i, with: { warm: 'there is a timeline to keep in mind', formal: 'there is a timeline to bear in mind' } },
  ],
  examples: {
    flag: [
      'You can’t afford to wait on the refinance.',
      'Waiting another month could cost you the spot.',
      'The sooner you sign, the better.',
      'The sooner we get your sign-off, the better.',
      'A decision like this really can’t wait.',
      'Time is of the essence with this listing.',
      'These rates won’t stay this low for long.',
      'Please get the form signed tonight.',
      'I’ll need the survey report back by lunchtime.',
      'Send your bank statements to me before the end of the day.',
      'The window is closing fast on this listing.',
      'Please return the signed lease by close of business.',
      'Please send the documents over, ideally today.',
      'We really can’t afford to hold off any longer.',
      'Book your place before midnight to keep the early rate.',
      'Please decide by close of business.',
    ],
    pass: [
      'I can’t afford to lose your business, so I’ll check again.',
      'Waiting a month is perfectly fine.',
      'Take the time you need; the longer you think about it, the more sure you’ll be.',
      'The sooner date works for us too.',
      'If it can’t wait until Monday, call the out-of-hours line.',
      'We can’t wait to get started with you.',
      'The kitchen won’t last long without repairs, which is why I mentioned it.',
      'I’ll get the form signed by the director today and send it to you.',
      'We’ll send the report back to you by lunchtime.',
      'I’ll confirm the booking today.',
      'Most clients decide within the hour once they see the figures.',
    ],
  },
};
export default rule;
