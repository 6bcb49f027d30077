import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/dismissal-not-a-big-deal',
  kind: 'dismissal',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>(?:it's |it is |that's |that is )?(?:really |honestly |just |simply )?(?:not (?:a|that|such a) big deal|no big deal|(?:a )?storm in a teacup)|(?:is|are|'s|'re) (?:really |honestly |just |simply )?not (?:the|an|a) (?:real )?(?:issue|point)|(?:is|are|'s|'re) (?:really|honestly|just|simply) not (?:the|a) problem(?: here)?|(?:there's|there is) (?:really |honestly |just |simply )?no point(?: in [\w ]{1,30}| \w+ing\b(?: (?:on |about |over )?(?:it|this|that|the [\w-]+))?)?|won't (?:change|make) (?:the outcome|a (?:bit of |blind bit of )?difference|any difference|anything)|(?:you're|you are) (?:overthinking|overreacting|over-thinking|reading (?:far |way |much )?too much into)(?: (?:it|this|that))?|(?:stop|no need to|there's no need to|don't|do not) (?:overthink|over-think|overanaly[sz]e|overcomplicate|second-guess)(?:ing)?(?: (?<what>it|this|that|things|everything))?|(?:don't|do not) (?:get (?:too )?(?:hung up|caught up|worked up|bogged down)|read (?:too much )?into|sweat) (?:on |about |in )?(?<obj>it|this|that|the [\w-]+(?: [\w-]+)?|what [\w ]{1,30}?)(?=[\s.,;!]|$)|calm down|get over it)(?![\w-])/,
    // "The fee is hardly a big deal", "that isn't really a big deal": the verb carries the negation.
    /(?<span>\b(?<be>is|are|was)(?:n't| not)(?: (?:really|honestly|actually|exactly|just))? (?:a|that|such a|any|much of a) big deal|(?<!\w)(?<be2>'s|'re|is|are|was) (?:really |honestly |just )?(?:hardly|barely) (?:a|that|such a|any|much of a) big deal)(?![\w-])/,
  ],
  message: "Waving a concern away tells the client their view doesn't count; MI works the other way, by taking the concern seriously enough to explore it.",
  replacement: { warm: 'I can see why this is on your mind', formal: 'I understand why this is a concern' },
  replacements: [
    { when: /^(?:is|are|was)(?:n't| not)\b.*big deal$/i, with: { warm: '$<be> worth weighing', formal: '$<be> worth considering' } },
    { when: /^(?:'s|'re|is|are|was) .*(?:hardly|barely) .*big deal$/i, with: { warm: '$<be2> worth weighing', formal: '$<be2> worth considering' } },
    { when: /no point/i, with: { warm: "it's worth talking through if it's on your mind", formal: 'it is worth discussing if it is on your mind' } },
    {
      when: /reading .*into$/i,
      with: { warm: "I can see why you're paying close attention to", formal: 'I understand why you are paying close attention to' },
    },
    {
      when: /^(?:you're|you are) (?:overthinking|overreacting|over-thinking)/i,
      // "…, you're thinking this through carefully" left the dismissal beside it standing: the clause goes.
      with: { warm: '', formal: '' },
    },
    {
      when: /^(?:stop|no need to|there's no need to|don't|do not) (?:overthink|over-think|overanaly|overcomplicate|second-guess)\w* (?:it|this|that|things|everything)$/i,
      with: { warm: 'take the time you need with $<what>', formal: 'take the time you need with $<what>' },
    },
    {
      when: /^(?:stop|no need to|there's no need to|don't|do not) (?:overthink|over-think|overanaly|overcomplicate|second-guess)/i,
      with: { warm: 'take the time you need', formal: 'take the time you need' },
    },
    {
      when: /^(?:don't|do not) (?:get|read|sweat)/i,
      with: { warm: "it's understandable to focus on $<obj>", formal: 'it is understandable to focus on $<obj>' },
    },
    { when: /not (?:the|an|a) (?:real )?(?:issue|point|problem)/i, with: { warm: 'may not be the main issue', formal: 'may not be the central issue' } },
    { when: /won't (?:change|make)/i, with: { warm: 'may not change the outcome', formal: 'may not change the outcome' } },
    { when: /calm down|get over it/i, with: { warm: '', formal: '' } },
  ],
  examples: {
    flag: [
      "Most buyers wobble at this stage — it's really not a big deal.",
      'The exit charge isn’t really a big deal.',
      'A slightly higher excess is hardly a big deal.',
      'The survey comments are really not the issue here.',
      "Escalating won't change the outcome, so there's really no point.",
      "Don't get hung up on what the last tenant paid.",
      "It's standard practice — there's no need to overthink it.",
    ],
    pass: ['The delay is not a problem on our side; we can move the date.', 'It is important to read the terms carefully.'],
  },
};
export default rule;
