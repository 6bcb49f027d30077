import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/urgency-scarcity',
  kind: 'urgency',
  strictness: 'standard',
  patterns: [
    /\b(?<span>(?:last|final) chance|(?:won't|will not|don't|do not) last(?: long)?|while (?:stocks|supplies|places|spots) last|limited[- ]time|today only|(?:are|is|get|go|will be|'ll be) (?:gone|snapped up|taken|sold) (?:within|in) (?:a few |\d+ |a |an )?(?:hours?|days?|minutes?|week|weekend)|(?:go|goes|going|sell|sells|selling) (?:fast|quickly)|before (?:someone else|anyone else|they're gone|it's gone|it goes|the market moves|prices? (?:go|goes|rise|rises)|rates? (?:go|goes|rise|rises))|(?:you'll|you will|you'd) miss out|(?:won't|will not) be (?:on the table|around|available|on offer) (?:for )?(?:very |much )?long(?:er)?|you (?:don't|do not|won't|will not|wouldn't|would not) want to miss(?= out\b| (?:this|the|that|our|an?) (?:[\w-]+ )?(?:opportunity|chance|window|offer|deal|rate|price|intake|slot|boat|discount|deadline|cut-off|launch|sale)\b)|don't miss (?:out|this)|lose (?:your |the )?momentum|first come,? first served|(?:already|nearly|almost) \d+% (?:subscribed|full|booked|sold|gone)|filling (?:up )?(?:fast|quickly)|one-(?:off|time) (?:offer|deal|opportunity|price|chance|discount)|once-in-a-lifetime (?:offer|deal|opportunity|chance)|only (?<n>\d+|two|three|four|five|a few|a handful of|one) (?<what>[\w-]+(?: [\w-]+)?) (?:left|remaining|remain|are left)|(?:won't|will not|isn't going to|is not going to|may not|might not) (?:come (?:around|round|along|up|back)|be (?:offered|available|on the table)) (?:again|twice)|(?:doesn't|does not|don't|do not|rarely) come (?:around|round|along|up) (?:often|every day|twice|again)|before (?:they're|it's|they are|it is) all (?:gone|taken|snapped up|sold)|before the (?:price|rate|premium|fee|cost)s? (?:rises?|goes up|go up|increases?|jumps?))(?![\w-])/,
  ],
  // "most reconciliations at this stage do not last": a lasting outcome, not an offer running out.
  exceptions: [
    /\b(?:marriages?|reconciliations?|relationships?|results?|wins?|effects?|changes?|diets?|habits?|feelings?|moods?|gains?|improvements?)\b[^.;]{0,40}\b(?:don't|do not|won't|will not) last\b/i,
  ],
  message: 'Scarcity and fear of missing out push the client to decide before they feel ready, and hurried decisions are the ones people back out of.',
  replacement: { warm: '', formal: '' },
  replacements: [
    // "I have only two Saturdays left" → "I have two Saturdays left": the count is a fact; "only" is the push.
    { when: /^only.* are left$/i, with: { warm: '$<n> $<what> are left', formal: '$<n> $<what> are left' } },
    { when: /^only/i, with: { warm: '$<n> $<what> left', formal: '$<n> $<what> left' } },
    { when: /^(?:going|selling|filling)/i, with: { warm: 'popular', formal: 'popular' } },
    { when: /one-(?:off|time)|once-in-a-lifetime/i, with: { warm: 'good offer', formal: 'good offer' } },
    { when: /again|twice|often|every day/i, with: { warm: 'may not be repeated', formal: 'may not be repeated' } },
    { when: /(?:last|final) chance/i, with: { warm: 'opportunity', formal: 'opportunity' } },
    // Modal wording agrees with any subject ("This rate" / "Rates like this").
    { when: /last(?: long)?$/i, with: { warm: 'may not be available indefinitely', formal: 'may not be available indefinitely' } },
    // Removing these would leave a sentence without its verb ("Places like this.").
    { when: /^is (?:gone|snapped|taken|sold)/i, with: { warm: 'is popular', formal: 'is popular' } },
    { when: /^(?:are|get|go) (?:gone|snapped|taken|sold)/i, with: { warm: 'are popular', formal: 'are popular' } },
    { when: /^will be /i, with: { warm: 'will likely be popular', formal: 'will likely be popular' } },
    { when: /^'ll be /i, with: { warm: "'ll likely be popular", formal: "'ll likely be popular" } },
    { when: /subscribed$/i, with: { warm: 'well subscribed', formal: 'well subscribed' } },
    { when: /\d+% \w+$/i, with: { warm: 'popular', formal: 'popular' } },
    { when: /limited[- ]time/i, with: { warm: 'special', formal: 'special' } },
    { when: /on the table|around|available|on offer/i, with: { warm: 'may not be available indefinitely', formal: 'may not be available indefinitely' } },
    { when: /want to miss$/i, with: { warm: 'you may want to consider', formal: 'you may wish to consider' } },
    { when: /you(?:'ll| will|'d) miss out/i, with: { warm: 'this may not be available later', formal: 'this may not be available later' } },
    { when: /miss this$/i, with: { warm: 'have a look at this', formal: 'you may wish to consider this' } },
    { when: /momentum/i, with: { warm: 'slow down', formal: 'slow down' } },
    { when: /first come/i, with: { warm: 'allocated in order of request', formal: 'allocated in order of request' } },
  ],
  examples: {
    flag: [
      'This fixed rate won’t be on the table for long.',
      'You don’t want to miss this intake.',
      'A one-time price like this rarely comes round.',
      'Only three rooms left for the conference weekend.',
      'This is your last chance to get the founder price.',
      'Places like this are gone within 48 hours.',
      'The allocation is already 80% subscribed.',
      'Get the forms in before the market moves.',
      'Slots are selling fast.',
      'A rate like this will not be offered again.',
      'Deals like this rarely come along twice.',
      'Only four units remain in the first phase.',
    ],
    pass: [
      'You won’t want to miss the last train, so book a taxi.',
      'The offer is open until the end of June.',
      'The last time we spoke, you mentioned the budget.',
      'The sale went quickly in the end.',
      "The mistake on your statement won't be repeated again, I promise.",
      'Three of the four places remain free next week if you want one.',
    ],
  },
};
export default rule;
