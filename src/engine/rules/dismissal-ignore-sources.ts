import type { PressureRule } from './rule';
import { OUTSIDE_SOURCE } from './shared';

// Telling the client to tune out where their worry comes from or the worry itself: "ignore the
// headlines", "don't listen to what your brother says", "stop reading the news", "put that out
// of your head", "it's nothing", "you're worrying about nothing". Ignoring a mistaken email or
// an optional form field is housekeeping, not this move.
const TUNE_OUT = String.raw`(?:ignore|disregard|tune out|forget(?: about)?|pay no (?:attention|heed|mind) to|(?:don't|do not|never) (?:pay (?:any )?(?:attention|heed|mind) to|listen to|read|look at|believe|bother with|get drawn into)|stop (?:reading|listening to|watching|looking at|checking|googling|following))`;
const rule: PressureRule = {
  id: 'pressure/dismissal-ignore-sources',
  kind: 'dismissal',
  strictness: 'standard',
  patterns: [
    new RegExp(String.raw`(?<![Ff]eel free to |[Yy]ou can |[Yy]ou could |[Pp]lease )\b(?<span>${TUNE_OUT} (?:all )?(?<source>${OUTSIDE_SOURCE}))`),
    /\b(?<span>(?:put|get|push|keep) (?:that|it|this|them|those (?:thoughts?|worries|fears|doubts)|the (?:worry|fear|doubt|thought)s?) out of your (?:head|mind|thoughts))\b/,
    /\b(?<span>(?:it|that|this|(?:that|this|the|your) (?:[\w-]+ )?[\w-]+)(?:'s| is) (?:really |honestly |just |probably |absolutely |truly )?nothing)(?=\s*(?:[.!,;\u2014]|$|honestly|really|at all|to (?:get (?:upset|worked up|worried|anxious|stressed)|worry|fret|stress|panic|be (?:upset|worried|scared|anxious|concerned|afraid)) (?:about|over)))/,
    /\b(?<span>you(?:'re| are) (?:just )?(?:worrying|fretting|stressing|panicking|getting (?:upset|worked up|anxious|stressed)) (?:over|about) nothing)\b/,
    /(?:^\W*|\b(?:so|and|just|please),? )(?<span>(?:don't|do not|try not to) dwell on (?:it|that|this|them))\b/,
  ],
  message: 'Telling the client to tune out their sources or their feelings dismisses the concern instead of exploring it; the worry stays, unspoken.',
  replacement: null,
  replacements: [
    {
      when: /^(?:ignore|disregard|tune|forget|pay|don't|do not|never|stop)/i,
      with: { warm: "it's worth talking through $<source>", formal: 'it may help to discuss $<source>' },
    },
  ],
  examples: {
    flag: [
      'Ignore the headlines about the housing market.',
      "Don't listen to what your neighbour says about solar panels.",
      'Stop reading the forums before bed.',
      'Just put it out of your head for now.',
      'That twinge is nothing, honestly.',
      'Forget what the other broker told you.',
      'The noise from the boiler is nothing, really.',
      'Pay no attention to the online reviews.',
    ],
    pass: [
      'Please ignore the earlier email; it was sent by mistake.',
      "It's nothing urgent — just a reminder that your card expires next month.",
      'Feel free to ignore the optional sections of the form.',
      'You said the headlines have been unsettling you; what have you been reading?',
      'There is nothing to pay until the work is finished.',
    ],
  },
};
export default rule;
