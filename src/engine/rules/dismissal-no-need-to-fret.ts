import type { PressureRule } from './rule';

// Telling the client how to feel, without "don't worry": "no need to get worked up", "that's not
// something you should be concerned about", "you're overreacting", "stop fretting", "calm down",
// "you're reading too much into it", "put it out of your mind". The feeling is ruled out instead
// of explored.
const FEEL = String.raw`(?:worried|concerned|anxious|nervous|upset|stressed|scared|afraid|worked up|wound up|alarmed|bothered|fussed|panick?(?:ed|y)|worrying|stressing|fretting|panicking)`;
const rule: PressureRule = {
  id: 'pressure/dismissal-no-need-to-fret',
  kind: 'dismissal',
  strictness: 'gentle',
  patterns: [
    new RegExp(
      String.raw`\b(?<span>(?:there's |there is )?(?:absolutely |really )?no (?:need|reason|call) (?:at all )?(?:for you )?to (?:get |be |feel )?(?:so |too |all |that )?(?:${FEEL}|worry|fret|stress|panic|fuss)(?: (?:about|over) (?:it|this|that))?)(?![\w-])`,
    ),
    new RegExp(
      String.raw`\b(?<span>(?:(?:that|this|it)(?:'s| is) )?(?:really |honestly |just )?(?:not (?:something|anything) (?:you (?:should|need to|have to|ought to) (?:be |get )?|(?:for you )?to (?:be |get )?)|nothing (?:for you )?to (?:be |get )?)${FEEL}(?: about)?)(?![\w-])`,
    ),
    /\b(?<span>you(?:'re| are) (?:just |really |a bit |being )?(?:overreacting|over-reacting|overthinking (?:it|this)|reading too much into (?:it|this|that|the \w+)|making (?:this|it) (?:(?:much|far|a lot|way|so much|a bit|a little) )?(?:harder|bigger|more complicated|worse) than it (?:needs|has) to be|worrying (?:for|over) (?:no reason|nothing))|you(?:'re| are) worrying for no reason)(?![\w-])/,
    /(?:^\W*|[,;\u2014]\s*(?:so |and )?)(?<span>(?:just |please )?(?:(?:stop|quit) (?:fretting|worrying|stressing|panicking|fussing|overthinking)(?: (?:about|over))?|calm down|relax(?! (?:and (?:enjoy|have)|over|this|on|during|at|in)\b)|put (?:it|this|that) out of your mind|forget about (?:it|this|that)|leave the worrying to (?:us|me)))(?![\w-])/,
    /\b(?<span>you (?:shouldn't|should not) be so (?:worried|anxious|nervous|upset|stressed|concerned|bothered)(?: about)?)(?![\w-])/,
    /\b(?<span>(?:(?:it's|it is|that's|that is) )?(?:a )?(?:tiny|trivial|minor|negligible|small) (?:issue|thing|detail|point|matter),? (?:and )?not worth (?:your|the) (?:time|energy|worry|attention))(?![\w-])/,
    /\b(?<span>(?:don't|do not) give (?:it|this|that|any of (?:it|this|that)|(?:the|your|those|these|any) [\w-]+(?: [\w-]+){0,4}?) (?:a|another) (?:second )?thought|(?:let's not|let us not|don't|do not|no need to) make (?:a drama|a big deal|a fuss|a song and dance|a mountain) (?:out of|of|about) (?:it|this|that))(?![\w-])/,
    /\b(?<span>(?:there's|there is) (?:really |absolutely |honestly )?no (?:cause|reason|need) for (?:alarm|concern|worry|panic))(?![\w-])/,
    /\b(?<span>(?:you(?:'re| are) )?getting (?:yourself )?(?:in(?:to)? a (?:state|tizzy|flap|panic|twist)|(?:all )?worked up|wound up)(?: (?:over|about) (?:nothing|this|it))?)(?![\w-])/,
    /\b(?<span>(?:don't|do not) get (?:yourself )?(?:in(?:to)? a (?:state|tizzy|flap|panic|twist)|(?:all )?worked up|wound up)(?: (?:over|about) (?:it|this|that))?)(?![\w-])/,
    /(?:^\W*|[,;\u2014]\s*(?:so |and )?)(?<span>(?:just |please )?try not to (?:overthink|worry|fret|stress|panic)(?: (?:about|over))?(?: (?:it|this|that))?)(?![\w-])/,
    /\b(?<span>(?:(?:it's|it is|that's|that is|this is) )?(?:a |such a )?(?:silly|small|little|minor|tiny|trivial|petty) thing to (?:worry|fret|stress|get (?:upset|worked up)|panic) (?:about|over))(?![\w-])/,
    /\b(?<span>you (?:really |honestly |just )?needn't (?:worry|fret|stress|panic|be (?:worried|concerned|anxious|nervous|upset))(?: (?:about|over))?)(?![\w-])/,
    /\b(?<span>you(?:'re| are) (?:getting |being )?(?:so )?(?:worked up|wound up|upset|stressed|panicking|fussing) (?:over|about) (?:a |such a )?(?:tiny|small|little|minor|trivial|nothing)\b)/,
    /\b(?<span>(?:blowing|blown) (?:this|it|things|the \w+) (?:(?:way|completely|totally|a bit|rather) )?out of (?:all )?proportion)(?![\w-])/,
    /\b(?<span>(?:that's|that is|this is|it's|it is) not (?:a )?real (?:problem|issue|concern|risk|worry))(?![\w-])/,
    /\b(?<span>(?:(?:it's|it is|that's|that is|this is) )?(?:honestly |really |just )?not worth the (?:fuss|worry|stress|drama|bother|anxiety|panic))(?![\w-])/,
    /\b(?<span>(?<noun>worry|worries|concern|concerns|reaction|fear|fears) (?:is|are|seems?) (?:a bit|rather|a little|just|all a bit) much)(?![\w-])/,
    /\b(?<span>(?:(?:those|these|the|your|any|such) )?(?<noun>concerns?|worr(?:y|ies)|fears?|objections?|doubts?) (?:(?:really |just |simply )?(?:doesn't|don't|does not|do not|won't|will not) (?:really )?apply|(?:is|are)(?:n't| not)(?: really| just| simply)? relevant|(?:is|are)(?: really| just| simply) not relevant) (?:to|in|for) (?:you(?:r (?:situation|case|circumstances|position|business|portfolio|home|family))?|(?:someone|anyone|people|clients|a (?:business|company|firm|family|household)) (?:like you(?:rs)?|in your (?:position|situation|shoes)|your (?:size|age))|here|this case))(?![\w-])/,
    // "It never turns out to matter": the client's worry answered by everyone else's experience.
    /\b(?<span>(?:it|they|that|this) (?:almost )?(?:never|rarely|hardly ever|seldom) (?:actually )?(?:turns? out to|ends? up|proves? to) (?:matter|be (?:a|an) (?:real |actual )?(?:problem|issue|concern)|being (?:a|an) (?:real |actual )?(?:problem|issue|concern)))(?![\w-])/,
  ],
  exceptions: [/\b(?:you're not|you are not|I'm not saying|not overreacting)\b/i, /\bif you(?:'d| would)? like\b/i],
  message: 'Telling the client not to feel what they feel dismisses their view; MI takes a worry seriously enough to explore it.',
  replacement: { warm: '', formal: '' },
  replacements: [
    // Spans that end in "about"/"over" lead into their object ("…about the survey"): the rewrite must too.
    {
      when: /(?:stop|quit) \w+ing (?:about|over)$|try not to \w+(?: about| over)?$|needn't .*(?:about|over)$/i,
      with: { warm: 'it makes sense to think carefully about', formal: 'it is sensible to think carefully about' },
    },
    {
      when: /^you (?:shouldn't|should not) .*(?:about|over)$/i,
      with: { warm: 'it makes sense to feel unsure about', formal: 'it is understandable to feel unsure about' },
    },
    { when: /out of your mind|forget about|leave the worrying/i, with: { warm: "I'm happy to handle it", formal: 'I am happy to handle it' } },
    { when: /^blowing/i, with: { warm: 'taking this seriously', formal: 'taking this seriously' } },
    // "That concern doesn't apply…": the determiner stays before the span.
    {
      when: /^(?:concerns|worries|fears|objections|doubts)\b.*\b(?:apply|relevant)\b/i,
      with: { warm: '$<noun> are worth checking against your situation', formal: '$<noun> are worth reviewing against your situation' },
    },
    {
      when: /^(?:concern|worry|fear|objection|doubt)\b.*\b(?:apply|relevant)\b/i,
      with: { warm: '$<noun> is worth checking against your situation', formal: '$<noun> is worth reviewing against your situation' },
    },
    {
      when: /\b(?:apply|relevant)\b/i,
      with: { warm: "it's worth checking together how this applies to you", formal: 'it is worth reviewing together how this applies in your case' },
    },
    {
      when: /\b(?:never|rarely|hardly ever|seldom)\b/i,
      with: { warm: "it's worth checking whether it applies to you", formal: 'it is worth checking whether it applies in your case' },
    },
    { when: /\bmuch$/i, with: { warm: '$<noun> makes sense, and is worth talking through', formal: '$<noun> is understandable and worth discussing' } },
    {
      when: /second thought|drama|big deal|fuss|song and dance|mountain/i,
      with: { warm: 'it makes sense to think it through', formal: 'it is sensible to think it through' },
    },
    {
      when: /cause for|reason for|need for|state|tizzy|flap|twist|worked up|wound up|try not/i,
      with: { warm: 'it makes sense to want to be sure', formal: 'it is understandable to want to be sure' },
    },
    {
      when: /thing to|needn't|over (?:a |such a )?(?:tiny|small|little|minor|trivial|nothing)|proportion|real|fuss|bother|drama|stress|anxiety|panic/i,
      with: { warm: 'I can see why this is on your mind', formal: 'I appreciate why this is on your mind' },
    },
    {
      when: /^(?:there's |there is |absolutely |really )?no (?:need|reason|call)/i,
      with: { warm: 'it makes sense to want clarity', formal: 'it is understandable to want clarity' },
    },
    { when: /^(?:that|this|it|not|nothing)/i, with: { warm: 'something we can look at together', formal: 'something we can review together' } },
    { when: /^(?:concern|worr|fear|objection|doubt)/i, with: { warm: '$<noun> deserves a proper look', formal: '$<noun> deserves careful consideration' } },
    { when: /^you(?:'re| are)/i, with: { warm: 'I can see this matters to you', formal: 'I appreciate this matters to you' } },
    { when: /^you (?:shouldn't|should not)/i, with: { warm: 'it makes sense to feel unsure', formal: 'it is understandable to feel unsure' } },
    { when: /not worth/i, with: { warm: 'a smaller point, and happy to go through it', formal: 'a smaller point, and I am happy to go through it' } },
  ],
  examples: {
    flag: [
      'I think you’re making it far harder than it needs to be.',
      'Those doubts don’t really apply in your situation.',
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
      'There’s really no cause for alarm.',
      'You’re getting yourself in a state over nothing.',
      'Try not to overthink the paperwork.',
      'Quit worrying about the survey.',
      'Don’t give it a second thought.',
      'Let’s not make a drama out of this.',
      'It’s honestly not worth the fuss.',
      'You shouldn’t be so anxious about the move.',
      'Don’t give the survey results a second thought.',
      'Those fears don’t apply to a business your size.',
      'Clients ask about the exit clause a lot, and it never turns out to be a problem.',
    ],
    pass: [
      "Relax and enjoy the break; we'll pick this up in January.",
      'You’re not overreacting — this is a lot.',
      'There’s no need to sign anything today.',
      'You can relax the settings if you’d like.',
      'I’m not worried about the timeline, and I’ll keep you posted.',
      'It makes sense to be worried about the fee.',
      'The fee was a real problem last year, and I understand why it worries you.',
      'The discount doesn’t apply to renewals, I’m afraid.',
      'We never found out what caused the outage, and I understand that matters to you.',
    ],
  },
};
export default rule;
