// Questions, coded as MITI codes them: open questions invite the client to elaborate in
// their own words; closed ones can be answered with yes/no or a fact. The patterns are tested
// at each place a question can start inside its clause (the clause start, or after a comma:
// "When you picture it going well, what does that look like?").
import type { CueSet } from './cue';

/**
 * What-questions after a fact with one short answer: a time, a name, an age, or the kind of
 * thing the client owns or uses ("What sort of car do you have?"; "What kind of work would
 * suit you?" asks for their thinking and stays open).
 */
const FACT_WHAT = [
  /^what (?:time|day|date|dates|days|year|age|is your (?:name|number|address|email|phone|postcode|zip)|(?:is|was) (?:your|his|her|their|the) \w+'?s? (?:name|number|age))\b/,
  /^what'?s (?:your|the|his|her|their) (?:name|number|address|email|phone|postcode|date|time|deadline|reference|age)\b/,
  // "What's the longest you've gone without one?": a record, answered with a number.
  /^what'?s the (?:longest|shortest|furthest|farthest|fewest|least|most)(?: time| amount| number)? you(?:'ve| have)? (?:ever )?\w+/,
  // "What one do you use?" is "which one"; "What part of town are you from?" asks for a place.
  /^what one (?:do|did|does|is|was|are|were)\b|^what (?:part of (?:the )?\w+|country|town|city|area|state|region) (?:are|is|were|was) (?:you|they|he|she|your \w+) from\b/,
  /^what (?:kind|kinds|sort|sorts|type|types|brand|make) of \w+(?: \w+)? (?:do|did|does) (?:you|they|he|she|your \w+) (?:have|own|drive|drink|smoke|use|take|play|eat|buy|keep|wear)\b/,
];

/** Talk-inviting starters: open even without a question mark. */
export const OPEN_INVITATION: CueSet = {
  code: 'question.open',
  cues: [
    /^(?:please )?(?:tell|walk|talk|take) me (?:a (?:little )?bit |a little |some )?(?:more |again )?(?:about|through|what|how|why|where|when|whether|which|who|more)\b/,
    /^(?:please )?tell me (?:something|anything|a story|about it)\b/,
    /^(?:please )?help me understand\b/,
    /^(?:please )?(?:catch me up|fill me in|bring me up to (?:speed|date)) (?:on|with|about)\b/,
    /^(?:please )?(?:say|share) (?:a (?:bit|little) )?more\b/,
    /^(?:please )?describe\b/,
    // "I guess I'm wondering what…", "I was wondering who else…": a question put as a statement.
    // "I'm wondering if/whether…" is left out: a yes/no question when asked ("…?"), and
    // otherwise a hedged suggestion or a reflection ("I wonder if part of you…").
    /^(?:i (?:guess|think|suppose) |just )?i(?:'m| am| was) (?:really |just |kind of |also )?(?:curious|wondering) (?:about |to (?:hear|know) )?(?:what|how|why|where|which|who)\b/,
    /^(?:i (?:guess|think|suppose) |so )?i(?:'m| am| was) (?:just )?(?:wondering|curious) (?:if|whether) you(?:'d| would| could| can| might) (?:tell|talk|say|share|describe|walk|explain)\b/,
    /^i'?m (?:really |very |just )?(?:interested|keen) (?:to (?:hear|know|understand)|in (?:hearing|knowing|understanding)) (?:more|what|how|why|about|where)\b/,
    /^i (?:want|wanted|'d like|would like) to (?:just |simply |also )?ask (?:you )?(?:about|what|how|why)\b/,
    /^i'?m curious\b.*\?$/,
    /^i wonder (?:what|how|why|which)\b/,
    /^i'?d (?:love|like) to (?:hear|know|understand) (?:more|what|how|why|about)\b/,
    /^(?:please )?let me know (?:what|how) you (?:think|feel|see)\b/,
    /^(?:can|could|would|will) you (?:please )?(?:tell|walk|talk|describe|share|explain|say more|help me understand|fill me in|give me (?:a sense|a picture|an example|some examples))\b/,
  ],
  examples: {
    coded: [
      'Tell me more about the budget worries.',
      'Walk me through what has helped your team in the past.',
      'Help me understand what changed for you.',
      "I'm curious what made you hesitate.",
      'I wonder how the team would take it',
      'Could you tell me what is good about it for you?',
      'Tell me something about the first month.',
      'Catch me up on how the talks with your landlord have gone.',
      "I guess I'm wondering who else might back you on this.",
      "I'm interested to hear how the new rota is landing.",
      "I'm wondering if you could tell me how the first week went.",
      'I wanted to ask you how the conversation with your landlord went.',
      'Can you give me an example of a week that went well?',
    ],
    notCoded: [
      "If you'd prefer to keep the intensity up, tell me and we'll adjust.",
      'Tell me if the link fails.',
      "I'm wondering whether it would help to space the sessions out.",
    ],
  },
};

/** Question starters that ask for the client's own account. */
export const OPEN_QUESTION: CueSet = {
  code: 'question.open',
  cues: [
    /^(?:what|why|how come)\b/,
    /^how\b(?! (?:many|much|long|often|old|far|soon|big|late|early)\b)/,
    /^which (?:of|part|parts|aspect|aspects|option|options|way)\b.*\b(?:you|your)\b/,
    // "Anything else?", "Any other downsides you've noticed?": asks the client to add more of
    // their own. A service offer ("anything else I can check for you?") stays closed.
    /^(?:(?:is|are) there |(?:do|did) you (?:have|see|notice) |have you (?:had|got|noticed|found|thought of) |can you (?:think of|see|name) |(?:and )?)(?:any|anything) (?:else|other|more)\b(?!.*\b(?:i|we) (?:can|could|should|might)\b)/,
    // "Do you have any idea why…?", "Any thoughts on…?": asks for the client's thinking.
    /^(?:(?:do|did|have|has|would|could|can|are|is) \w+ (?:\w+ )?)?any (?:thoughts|ideas?|sense|guesses|theories|feelings|reactions?|views?) (?:about|on|of|why|what|how|where|when|as to|yourself)\b/,
    /^(?:how|what) about\b/,
    // "Where do you think we go from here?": asks for the client's view, not a place or a date.
    /^(?:where|when) (?:do|would) you (?:think|see|imagine|picture|want|reckon)\b|^when are you thinking\b/,
  ],
  exceptions: [
    // "What I'm hearing is…?" says back what the client said: a reflection, not a question.
    /^what (?:i'?m |i am |i )?(?:hear|hearing|picking up|understand)\b|^what you'?re (?:saying|telling me|describing)\b|^what you (?:said|told me|described)\b/,
    // Questions after facts that have one short answer.
    ...FACT_WHAT,
  ],
  examples: {
    coded: [
      'What matters most to you in this decision?',
      'How did the first week feel?',
      'When you imagine the handover going smoothly, what does that look like?',
      'Before I put recommendations together, what would a good outcome look like for you?',
      'How confident are you that this will work?',
    ],
    notCoded: [
      'How many of your machines handle sensitive data?',
      'What time suits you?',
      'Do you have any concerns?',
      'What kind of car do you drive?',
      "What was your manager's name?",
    ],
  },
};

/** Starters of yes/no and fact questions. */
export const CLOSED_QUESTION: CueSet = {
  code: 'question.closed',
  cues: [
    /^(?:do|does|did|is|are|was|were|am|can|could|would|will|shall|should|have|has|had|may|might|must)\b/,
    /^(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|can't|couldn't|won't|wouldn't|shouldn't|haven't|hasn't)\b/,
    /^(?:any|anything|anyone|anybody|got|you got|want|need|ok|okay|right|sound good|sounds good|fair)\b/,
    // "When is…?" asks for a fact; "When you picture…, what…?" is a clause before the question.
    /^(?:when|where)(?:'s| (?:is|are|was|were|do|does|did|can|could|would|will|should|shall|have|has|had|may|might)\b)/,
    /^(?:who|whom|whose)\b/,
    /^(?:about |roughly |approximately |(?:for|since) )?how (?:many|much|long|often|old|far|soon|big|late|early)\b/,
    /^(?:which|whereabouts)\b/,
    // "I'm wondering if the plan still works for you?": a yes/no question put as a statement.
    /^(?:i (?:guess|think|suppose) )?i(?:'m| am| was)? (?:just )?(?:wonder|wondering|curious) (?:if|whether)\b/,
    ...FACT_WHAT,
  ],
  examples: {
    coded: [
      'Do you have any concerns?',
      'Can we meet Tuesday?',
      'Is that OK?',
      'How many of your 12 stores take card payments?',
      'Would Tuesdays or Thursdays be easier for the review?',
      'Shall I draft the counter?',
      'About how many hours a week would you say you work?',
      'What kind of phone do you have?',
      'Whereabouts do you live now?',
    ],
    notCoded: ['What would you need to see before you feel ready to sign?', 'Would it help if I shared what other clients did?'],
  },
};

/** Interrogative word order without the question mark: "What else can you tell me about it." */
export const UNMARKED_QUESTION: CueSet = {
  code: 'question',
  cues: [
    /^(?:what|how|why|which|where|when|who)(?: else| \w+)? (?:do|does|did|is|are|was|were|can|could|would|will|should|have|has|might)\s(?:you|we|they|he|she|that|this|there|your)\b/,
    /^(?:do|does|did) (?:you|we|they)\b|^(?:are|have|has|were|was) (?:you|your)\b/,
    // "What's been the hardest part…", "How's the new routine going": asking, however typed.
    /^(?:what|how|why)(?:'s| has| have) (?:been|it been|changed|happened|helped|worked|going|the \w+est|the most|your (?:sense|take|biggest|main))\b/,
    // Spoken: "And what kind of things would you do about it" with no question mark.
    /^(?:what|how|why|which|where|who)(?: \w+){0,3} (?:do|does|did|would|could|will|can|might|have|are|were) (?:you|we|they)\b/,
    /^(?:is|was) (?:that|it|this|there)\b/,
    // A rating question asks for a number however it is typed.
    /\bwhat number would you\b|\bwhere would you (?:put|place|rate) (?:yourself|it|that)\b/,
  ],
  examples: {
    coded: [
      'how long have you been doing the night shifts',
      'is that something your partner would help with',
      'On a scale of 1 to 10 what number would you give your energy today.',
      'What else would you like to tell me about the move.',
      'Do you see your sister most weekends or',
      'what sort of hours would you be working then',
      "what's been the hardest part of the switch",
    ],
    notCoded: [
      'How we handle this is up to you.',
      'Could you send the form over.',
      'Do your stretches twice a day.',
      'What you have are two good options.',
      'On a scale of 1 to 10, I would give it a 7.',
    ],
  },
};

/** Rating questions ask for a number, however they are worded. */
export const SCALE_QUESTION =
  /\b(?:on a scale (?:of|from)|scale of (?:0|1|one|zero)|what number would you|pick a number|(?:where|whereabouts) (?:\w+ ){0,4}on (?:that|the|this|a|your) scale)\b/;

/**
 * A question word left in place at the end: "So you've been with her for how long?",
 * "And you started when?". The sentence asks for that fact, however it began.
 */
export const WH_IN_SITU =
  /\b(?:how (?:long|many|much|often|old|far|soon)(?: ago)?|since when|until when|(?:for|from|to|with) (?:who|whom|what|where)|when|where|who)\s*\?$/;

/** "…, right?", "…, isn't it?": a statement turned into a yes/no check. */
export const TAG_QUESTION =
  /,\s*(?:right|correct|ok|okay|yeah|yes|no|isn't it|aren't they|don't you|didn't you|wasn't it|won't it|can't you|is that right|is that correct|am i right)\s*\?$/;
