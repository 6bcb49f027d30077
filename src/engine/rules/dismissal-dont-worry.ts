import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/dismissal-dont-worry',
  kind: 'dismissal',
  strictness: 'gentle',
  patterns: [
    /^\W*(?<span>(?:just |please )?(?:relax|chill out),)/,
    /\b(?<span>(?:(?:please |just |really )?(?:don't|do not|no need to|there's (?:really |honestly |absolutely )?no need to|there is no need to|no reason to|there's no reason to|you (?:don't|do not) need to|stop) (?:worry(?:ing)?|stress(?:ing)?|panic(?:king)?|fret(?:ting)?|lose (?:any |much )?sleep|be (?:anxious|nervous|worried|concerned|scared|afraid|upset|alarmed))(?: (?:(?:about|over) (?<about>it|that|this|any of (?:it|this|that)|the [\w-]+(?: [\w-]+)?)|too much|yourself))?|(?:there's |there is |it's |it is |that's |that is |is |'s |are |'re )?(?:really |honestly |absolutely |truly )?nothing to (?:worry|be (?:worried|concerned|anxious|nervous|afraid|scared)|fear|stress|panic|lose sleep|get (?:upset|worked up)|fret) (?:about|over)))(?![\w-])/,
  ],
  exceptions: [
    /^\W*if\b[^,.;]{0,80},\s*(?:please |just )?don't worry\b/i,
    // "Don't worry if you can't make Tuesday": easing a logistics slip, not waving away a concern.
    /\b(?:don't|do not) worry if you (?:really |just |honestly )?(?:can't|cannot|can not|aren't able|are not able|need to|have to|miss|don't hear|haven't|'re running|are running|'re late|are late)\b/i,
    // "You don't need to worry about bringing anything": a chore taken off the client's list, not a feeling waved away.
    /\b(?:worry|stress) about (?:bringing|printing|filling (?:in|out)|sending|booking|arranging|sorting|organi[sz]ing|collecting|preparing|posting|parking|cancelling|returning|paying for|chasing|calling|emailing|dressing up|cleaning|tidying|moving)\b/i,
    /\b(?:don't|do not|no need to) (?:worry|stress) about (?:replying|rushing|responding|getting back|answering|deciding|the timing|the wait|a quick reply|coming back)\b/i,
  ],
  message: 'Telling the client not to worry dismisses a feeling they actually have; they feel unheard, and the worry stays, now unspoken.',
  replacement: { warm: "it's understandable to have questions about this", formal: 'it is reasonable to have questions about this' },
  replacements: [
    { when: /relax|chill/i, with: { warm: '', formal: '' } },
    {
      when: /^(?:please |just |really )?(?:don't|do not|stop|no need to)\b.*about the /i,
      with: { warm: "it's understandable to have questions about $<about>", formal: 'it is reasonable to have questions about $<about>' },
    },
    { when: /^(?:there|it|that)\b.*\bnervous/i, with: { warm: "it's natural to feel nervous about this", formal: 'it is natural to feel nervous about this' } },
    {
      when: /^(?:there|it|that)\b.*\b(?:anxious|stress|panic)/i,
      with: { warm: "it's natural to feel anxious about this", formal: 'it is natural to feel anxious about this' },
    },
    {
      when: /^(?:there|it|that)\b.*\b(?:scared|afraid|fear)/i,
      with: { warm: "it's natural to feel uneasy about this", formal: 'it is natural to feel uneasy about this' },
    },
    { when: /^(?:is|'s)\b.*nothing/i, with: { warm: "is worth talking through if it's on your mind", formal: 'is worth discussing if it is on your mind' } },
    {
      when: /^(?:are|'re)\b.*nothing/i,
      with: { warm: "are worth talking through if they're on your mind", formal: 'are worth discussing if they are on your mind' },
    },
  ],
  examples: {
    flag: [
      "Don't worry about the risk.",
      "Don't worry, there's really nothing to worry about.",
      'A bit of soreness is nothing to worry about.',
      'Please don’t lose any sleep over the audit.',
      "There's really no need to be anxious.",
    ],
    pass: [
      "If you can't find the receipt, don't worry — a bank statement works too.",
      "Don't worry about replying before the weekend.",
      'You don’t need to worry about printing the tickets; they are on your phone.',
      'It makes sense that you are worried about the fees.',
      "Don't worry if you need to move the call; any afternoon works.",
    ],
  },
};
export default rule;
