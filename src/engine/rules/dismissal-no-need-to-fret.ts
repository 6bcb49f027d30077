import type { PressureRule } from './rule';

// Telling the client how to feel, without "don't worry": "no need to get worked up", "that's not
// something you should be concerned about", "you're overreacting", "stop fretting", "calm down",
// "you're reading too much into it", "put it out of your mind". The feeling is ruled out instead
// of explored.
const FEEL = String.raw`(?:worried|concerned|anxious|nervous|upset|stressed|scared|afraid|worked up|wound up|alarmed|bothered|fussed|panick?(?:ed|y))`;
const rule: PressureRule = {
  id: 'pressure/dismissal-no-need-to-fret',
  kind: 'dismissal',
  strictness: 'gentle',
  patterns: [
    new RegExp(String.raw`\b(?<span>(?:there's |there is )?(?:absolutely |really )?no (?:need|reason|call) (?:at all )?(?:for you )?to (?:get |be |feel )?(?:${FEEL}|worry|fret|stress|panic|fuss)(?: (?:about|over) (?:it|this|that))?)(?![\w-])`),
    new RegExp(String.raw`\b(?<span>(?:(?:that|this|it)(?:'s| is) )?(?:really |honestly |just )?(?:not (?:something|anything) (?:you (?:should|need to|have to|ought to) (?:be |get )?|(?:for you )?to (?:be |get )?)|nothing (?:for you )?to (?:be |get )?)${FEEL}(?: about)?)(?![\w-])`),
    /\b(?<span>you(?:'re| are) (?:just |really |a bit |being )?(?:overreacting|over-reacting|overthinking (?:it|this)|reading too much into (?:it|this|that|the \w+)|making this (?:harder|bigger|more complicated|worse) than it (?:needs|has) to be|worrying (?:for|over) (?:no reason|nothing))|you(?:'re| are) worrying for no reason)(?![\w-])/,
    /(?:^\W*|[,;\u2014]\s*(?:so |and )?)(?<span>(?:just |please )?(?:stop (?:fretting|worrying|stressing|panicking|fussing)(?: (?:about|over))?|calm down|relax|put (?:it|this|that) out of your mind|forget about (?:it|this|that)|leave the worrying to (?:us|me)))(?![\w-])/,
    /\b(?<span>you (?:shouldn't|should not) be so (?:worried|anxious|nervous|upset|stressed|concerned|bothered)(?: about)?)(?![\w-])/,
    /\b(?<span>(?:(?:it's|it is|that's|that is) )?(?:a )?(?:tiny|trivial|minor|negligible|small) (?:issue|thing|detail|point|matter),? (?:and )?not worth (?:your|the) (?:time|energy|worry|attention))(?![\w-])/,
    /\b(?<span>(?:(?:it's|it is|that's|that is|this is) )?(?:a |such a )?(?:silly|small|little|minor|tiny|trivial|petty) thing to (?:worry|fret|stress|get (?:upset|worked up)|panic) (?:about|over))(?![\w-])/,
    /\b(?<span>you (?:really |honestly |just )?needn't (?:worry|fret|stress|panic|be (?:worried|concerned|anxious|nervous|upset))(?: (?:about|over))?)(?![\w-])/,
    /\b(?<span>you(?:'re| are) (?:getting |being )?(?:so )?(?:worked up|wound up|upset|stressed|panicking|fussing) (?:over|about) (?:a |such a )?(?:tiny|small|little|minor|trivial|nothing)\b)/,
    /\b(?<span>(?:blowing|blown) (?:this|it|things|the \w+) (?:(?:way|completely|totally|a bit|rather) )?out of (?:all )?proportion)(?![\w-])/,
    /\b(?<span>(?:that's|that is|this is|it's|it is) not (?:a )?real (?:problem|issue|concern|risk|worry))(?![\w-])/,
    /\b(?<span>(?:(?:it's|it is|that's|that is|this is) )?(?:honestly |really |just )?not worth the (?:fuss|worry|stress|drama|bother|anxiety|panic))(?![\w-])/,
    /\b(?<span>(?<noun>worry|worries|concern|concerns|reaction|fear|fears) (?:is|are|seems?) (?:a bit|rather|a little|just|all a bit) much)(?![\w-])/,
    /\b(?<span>(?<noun>concerns?|worr(?:y|ies)|fears?|objections?|doubts?) (?:(?:really |just |simply )?(?:doesn't|don't|does not|do not|won't|will not) (?:really )?apply|(?:is|are)(?: really| just| simply)? (?:not|n't) relevant) to you(?:r (?:situation|case))?)(?![\w-])/,
  ],
  exceptions: [/\b(?:you're not|you are not|I'm not saying|not overreacting)\b/i, /\bif you(?:'d| would)? like\b/i],
  message: 'Telling the client not to feel what they feel dismisses their view; MI takes a worry seriously enough to explore it.',
  replacement: { warm: '', formal: '' },
  replacements: [
    { when: /\bmuch$/i, with: { warm: '$<noun> makes sense, and is worth talking through', formal: '$<noun> is understandable and worth discussing' } },
    { when: /thing to|needn't|over (?:a |such a )?(?:tiny|small|little|minor|trivial|nothing)|proportion|real|fuss|bother|drama|stress|anxiety|panic/i, with: { warm: 'I can see why this is on your mind', formal: 'I appreciate why this is on your mind' } },
    { when: /^(?:there's |there is |absolutely |really )?no (?:need|reason|call)/i, with: { warm: 'it makes sense to want clarity', formal: 'it is understandable to want clarity' } },
    { when: /^(?:that|this|it|not|nothing)/i, with: { warm: 'something we can look at together', formal: 'something we can review together' } },
    { when: /^(?:concern|worr|fear|objection|doubt)/i, with: { warm: '$<noun> deserves a proper look', formal: '$<noun> deserves careful consideration' } },
    { when: /^you(?:'re| are)/i, with: { warm: 'I can see this matters to you', formal: 'I appreciate this matters to you' } },
    { when: /^you (?:shouldn't|should not)/i, with: { warm: 'it makes sense to feel unsure', formal: 'it is understandable to feel unsure' } },
    { when: /not worth/i, with: { warm: 'a smaller point, and happy to go through it', formal: 'a smaller point, and I am happy to go through it' } },
  ],
  examples: {
    flag: [
      'There’s no need to get worked up about the survey.',
      'That’s not something you should be concerned about.',
      'You’re making this harder than it needs to be.',
      'The letter is routine, so put it out of your mind.',
      'Honestly, relax, the audit is routine.',
      'You’re worrying for no reason.',
      'Those fears don’t really apply to you.',
      'It’s a silly thing to worry about.',
      'You really needn’t worry about the small print.',
      'You’re blowing this out of proportion.',
      'That’s not a real problem.',
      'It’s honestly not worth the fuss.',
      'You shouldn’t be so anxious about the move.',
    ],
    pass: [
      'You’re not overreacting — this is a lot.',
      'There’s no need to sign anything today.',
      'You can relax the settings if you’d like.',
      'I’m not worried about the timeline, and I’ll keep you posted.',
      'It makes sense to be worried about the fee.',
      'The fee was a real problem last year, and I understand why it worries you.',
    ],
  },
};
export default rule;
