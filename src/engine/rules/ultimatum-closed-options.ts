import type { PressureRule } from './rule';

// An either/or that ends the relationship or closes the options: "either we go ahead this week or
// I'll assume you're no longer interested", "those are your only two choices", "it's this or
// nothing", "there's no third option". The writer decides what happens if the client hesitates.
const WRITER_CONCLUSION = String.raw`(?:I|we)(?:'ll| will| shall|'d| would)? (?:have to |just |simply )?(?:assume|take it|take that as|treat (?:that|it|this|you)|consider (?:that|it|this|you|the)|presume|conclude|stop|end|close|part ways|walk away|move on|go our separate ways|withdraw|drop|cancel|let (?:you|it) go)`;
const rule: PressureRule = {
  id: 'pressure/ultimatum-closed-options',
  kind: 'ultimatum',
  strictness: 'standard',
  patterns: [
    new RegExp(String.raw`\beither (?:you|we|I)\b[^.;!?]{3,90}?(?<span>,? or (?:else )?${WRITER_CONCLUSION}\b[^.;!?]*)`),
    /\b(?<span>or (?:else )?(?:I|we)(?:'ll| will| shall)? (?:have to |just )?(?:assume|take it|presume|conclude)(?: that)? you(?:'re| are|'ve| have)? (?:no longer|not|lost|changed|moved|gone))\b[^.;!?]*/,
    /\b(?<span>(?:those|these|that|them)(?:'re| are)? (?:are )?(?:your|the) (?:only |two |three |sole )*(?:options|choices|alternatives))\b(?! (?:I can see|we have|so far|for now|I know of)\b)/,
    /\b(?<span>(?:there(?:'s| is) no (?:third|other|middle|further) (?:option|choice|way|route)|(?:it's|it is|that's|that is) (?:this|that|the \w+|\w+) or nothing))\b/,
  ],
  exceptions: [/\beither (?:option|way|one|choice|is|of (?:these|them|those))\b/i, /\b(?:both (?:work|are fine)|whichever|up to you|your call)\b/i],
  message: 'Closing the options to two, or ending the work if the client waits, turns a choice into a threat; people comply or leave, and rarely commit.',
  replacement: null,
  replacements: [
    { when: /^,? or\b/i, with: { warm: ", and if you'd like more time, just say", formal: ', and if you would like more time, please let me know' } },
    {
      when: /options|choices|alternatives$/i,
      with: { warm: 'those are the options I can see, and I am open to others', formal: 'those are the options I can see; I am open to others' },
    },
  ],
  examples: {
    flag: [
      "Either we sign off this week or I'll take it that you've lost interest.",
      'Either you follow the programme properly or we stop working together.',
      'Those are your only two choices.',
      'These are your options, and I will not be changing them.',
      'You can accept the revised terms or pay the cancellation fee; there is no third option.',
    ],
    pass: [
      'Either option is fine with me, so pick whichever suits you.',
      "If you'd rather wait, nothing changes until the term ends.",
      'You could renew later in the year; both work.',
      "If I don't hear back, I'll check in again next month.",
      "If you'd prefer to stop, just let me know and I'll pause your plan.",
    ],
  },
};
export default rule;
