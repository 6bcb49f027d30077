// Reflections: the writer says back what the client said or meant. A simple reflection
// restates; a complex one adds meaning, the feeling underneath, or the unspoken side.
import type { CueSet } from './cue';

/** Frames that say back the client's words, view or state. */
export const REFLECTION: CueSet = {
  code: 'reflection',
  cues: [
    // Listening frames anywhere in the sentence.
    // Spoken variants: "it sounds to me like…", "it does sound as though…".
    /\b(?:it |that )?(?:(?:does |did )?sound|sounds|sounded) (?:to me )?(?:like|as (?:though|if))\b/,
    /\bit (?:seems|seemed) (?:like|that|as (?:though|if)|to you)\b/,
    /\b(?:i|we) (?:can |could )?(?:hear|heard) (?:you|that|how|what|the|your)\b/,
    /\b(?:i'?m|what i'?m|am i) hearing\b|^what (?:i )?hear\b|^what you'?re (?:saying|telling me|describing)\b|^what you (?:said|told me)\b/,
    /\bi'?m picking up\b|\bi(?:'m| am)? (?:get|getting|got|have|having) (?:a|the) (?:(?:real|strong|clear) )?(?:sense\b|(?:feeling|impression) (?:that|you|of)\b)/,
    /\bi (?:can|could) (?:tell|see (?:why|that|how|you))\b/,
    /\bi (?:completely |totally |fully |really |do )?(?:understand|get) (?:that|why|how|what|the|your|you|wanting|getting|being|it's|it is|how much)\b/,
    /^i (?:completely |totally |fully |really )?understand\b/,
    /\bi took (?:that|it|this) to mean\b/,
    /\bif i(?:'m| am)? understand(?:ing)? (?:you|this|that) (?:right|correctly)\b/,
    /^(?:understood|i hear you|i get it)\b/,
    /\bmakes? (?:total |complete |perfect |a lot of |so much |good |complete )?sense\b/,
    /\bpart of you\b/,
    /\bthere'?s a part (?:of you|that)\b/,
    /\bi wonder if\b/,
    /\bmust (?:feel|be (?:really |so |very )?(?:hard|frustrating|discouraging|exhausting|difficult|tough|stressful|worrying|upsetting|painful|disappointing|confusing|a lot))\b/,
    /\bwould (?:frustrate|try|test|upset|worry|wear (?:on|down)|exhaust) (?:anyone|anybody|most people)\b/,
    /\bwould (?:wear|grind|tire) (?:anyone|anybody|most people) (?:down|out)\b/,
    /\b(?:anyone'?s|anybody'?s) patience\b/,
    /\b(?:a lot|too much) to (?:take in|ask of anyone|carry|handle|juggle|deal with)\b/,
    /\bweighs? on you\b|\bweighing on you\b|\bweigh(?:ing)? on (?:your|you)\b/,
    /\bit'?s clear (?:how much|that) you\b/,
    /\b(?:completely|perfectly|totally|entirely|very) (?:normal|understandable|natural|reasonable)\b/,
    /\b(?:that'?s|it'?s|is) (?:a )?(?:completely |totally |very |really )?(?:fair|understandable|natural) (?:concern|question|point|worry|ask|reaction)?\b/,
    /^(?:fair|good|great) (?:question|questions|point|concern)\b/,
    /^(?:great|good|glad|sorry|so sorry) to hear\b/,
    /^(?:i'?m|we'?re) (?:so |really |very )?sorry (?:you|about|that|to hear)\b/,
    /\bit would be strange if you\b/,
    // Saying back what the client said.
    /\b(?:you|you've) (?:said|mentioned|asked|told me|described|raised|noted|explained|wrote|shared|brought up|pointed out)\b/,
    /^as you (?:said|mentioned|noted|put it)\b/,
    /^(?:on|as for|to your question|about) [^:]{0,80}: /,
    /^i know (?:being|how|that|it'?s|it is|this is|the)\b/,
    // Second person stating the client's inner state, at the start of the sentence.
    /^(?:and |but )?you(?:'re| are) (?:\w+ly )?(?:also |still |really |clearly )?(?:asking|wondering|saying|feeling|worried|concerned|nervous|anxious|frustrated|unsure|not sure|not happy|unhappy|torn|carrying|thinking|hoping|struggling|tired|fed up|disappointed|upset|stressed|overwhelmed|keen|excited|curious|weighing|comparing|waiting|looking for|leaning|reluctant|hesitant|uncertain|confused|skeptical|sceptical|uncomfortable|not ready|left|juggling|describing|noticing|missing|finding|feeling|afraid|scared|angry|annoyed|doubting|questioning)\b/,
    /^(?:and |but )?you (?:\w+ly )?(?:feel|felt|want|wanted|would like|hate|love|enjoy|miss|worry|wonder|believe|think|seem|sound|don'?t (?:want|feel|think|like|see|know|understand|trust)|didn'?t (?:want|feel|think|like|expect)|can'?t see|have been|have tried)\b/,
    // "You've been…", "You'd like…": the contracted forms of the same statements.
    /^(?:and |but )?you(?:'ve|'d) (?:\w+ly )?(?:like|love|been|tried|had|noticed|got|gotten|found|decided|started|come|seen|felt|struggled|gone|lost|done|cut|stopped|managed|kept|always|never|kind of|sort of|kinda)\b/,
    // Spoken reflections that open on the image or the feeling: "It's like…", "Like a fresh start."
    /^(?:so,? )?(?:it'?s|that'?s|kind of|sort of|kinda|almost) like\b|^like (?:a|an|the|you|being|having|it'?s|there'?s|something)\b/,
    /^(?:so,? )?you(?:'re| are) (?:not|kind of|kinda|sort of|pretty|very|so|really|quite|a bit|a little|more|less|someone|somebody|the kind|the type|at a point|in a (?:place|spot|position))\b(?! (?:welcome|all set|booked|covered|eligible|entitled|due|scheduled|registered|enrolled|signed up|in luck|right|correct|able to|going to|required|responsible|getting))/,
    /^(?:so|sounds like),? (?:you|your|the|it|it'?s|that|that'?s|there'?s|this|being|having|for you|what you|even|if)\b/,
    // Any other statement about the client, in the second person, that is not an instruction,
    // a possibility or a fact about their account: "You have a lot going on right now."
    /^(?:and |but )?(?:(?:sometimes|often|at times|these days|lately|right now|now|still),? )?you (?!(?:can|could|may|might|must|need|needs|should|will|'ll|would|'d|only|just|also|get|got|have to|had to|don'?t need|do not need|don'?t have to|don'?t owe|won'?t|are|'re|were|will|know|do|does|made|handled|usually|agreed|signed|owe|qualify|pay|paid|receive|received|ordered|bought|booked|requested|registered|chose|selected|opted)\b)\w+/,
    /\bon (?:the )?one hand\b|\bon the other hand\b/,
    /\bsorry to hear\b|\byou'?re (?:saying|telling me|talking about|describing)\b/,
    /^(?:and )?so\b.*\bfor you\b/,
    // Spoken summaries: "So smoking has become a big part of your social life now." A "so"
    // statement with no first person and no modal says back the client's situation; the
    // writer's own plans and suggestions ("So we can…", "So I'd suggest…") are left out.
    /^so,? (?!(?:far|long|much|that|if|when|thanks?|thank you)\b)(?!.*\b(?:i|i'?m|i'?ll|i'?ve|i'?d|we|we'?ll|we'?re|we'?ve|let'?s|us|our|my|me|can|could|should|will|would|need|needs|must|might|may|gonna|going to|have to|has to)\b|.*'ll\b)\S/,
    // "Right now you're seeing…", "You're smoking at every break": what the client is doing.
    /^(?:so,? )?(?:(?:right )?now,? |still |also )?you(?:'re| are) (?:\w+ly )?(?!(?:going|getting|being|receiving|welcome|booked|scheduled)\b)\w+ing\b/,
    // "Your mum is really important to you": what matters to the client, said back.
    /\b(?:is|are|was|were|'s|'re) (?:\w+ )?(?:really |very |so |clearly |still )*(?:important|meaningful|a big deal|a priority|precious|what matters) (?:to|for) you\b(?! to\b)/,
  ],
  exceptions: [
    // "So I'll send…", "So far…": the writer's own plans; "So I'm hearing…" still reflects.
    /^so (?:far|that|long|much|i(?!'?m hearing|'?m getting (?:a|the) (?:\w+ )?sense| hear)|we|i'?ve|we'?ve|i'?ll|we'?ll|let'?s|please|here)\b/,
    /^you (?:said|mentioned|asked) (?:you'?d|you would) (?:call|send|get back|reply)\b/,
  ],
  examples: {
    coded: [
      'You mentioned the timeline feels tight.',
      'So the price is the sticking point.',
      'It sounds like you want to be sure this pays off before you commit more of the budget.',
      'I hear you on the deductible feeling too high.',
      'Part of you wants the promotion, and part of you is not sure.',
      'I understand the extra cost came as a surprise.',
    ],
    notCoded: ['The premium plan includes phone support.', 'So far we have billed $6,200.', 'You can upload them to the portal.', 'Hi Sam,'],
  },
};

/** Signs the reflection adds meaning, feeling or the unspoken side (complex, not simple). */
export const COMPLEX_REFLECTION: CueSet = {
  code: 'reflection.complex',
  cues: [
    /\b(?:it |that )?(?:(?:does |did )?sound|sounds|sounded) (?:to me )?(?:like|as (?:though|if))\b(?!.*\?$)/,
    /\bit (?:seems|seemed)\b/,
    /\bpart of you\b|\ba part (?:of you|that)\b|\banother part\b/,
    /\bmakes? (?:total |complete |perfect |a lot of |so much )?sense (?:that|to|why|you'?d|given|when|after)\b/,
    /^(?:that|this|the) \w+ makes (?:total |complete |a lot of |so much )?sense\b/,
    /\bmust (?:feel|be)\b/,
    /\bwould (?:frustrate|try|test|upset|worry|wear|exhaust)\b|\banyone'?s patience\b/,
    /\b(?:a lot|too much) to (?:take in|ask|carry|handle|juggle|deal with)\b/,
    /\bweighs? on\b|\bweighing on\b/,
    /\bi (?:can|could) hear (?:how|what)\b|\bhow much (?:you|that|this|it|the)\b/,
    /\bi (?:can|could) tell\b|\bi(?:'m| am)? (?:got|get|getting|have) (?:a|the) (?:(?:real|strong|clear) )?sense\b|\bi took (?:that|it|this) to mean\b|\bi wonder if\b/,
    /\bit'?s clear (?:how much|that) you\b|\bit would be strange if\b/,
    /\b(?:completely|perfectly|totally) (?:normal|natural) to (?:feel|be|want|worry)\b/,
    /\bisn'?t the (?:problem|issue)\b|\bwasn'?t the (?:problem|issue)\b|\bthe real (?:constraint|issue|problem|question|fear|worry)\b/,
    /\b(?:discouraging|exhausting|betrayal|painful|unease|uneasy|daunting|overwhelming|uncomfortable|weighs|wrong order|hard place|setback|symptom|at peace|torn between)\b/,
    /\b(?:and at the same time|even though part|rather than the cause)\b/,
    /\bon (?:the )?one hand\b|\bon the other hand\b/,
    /^(?:so|and so),? (?:you|it|the)\b.*\b(?:but|and) (?:you'?re|you are) (?:worried|left|wondering|afraid|not sure)\b/,
  ],
  examples: {
    coded: [
      'It sounds like you want to be sure this pays off before you commit more of the budget.',
      'After twelve years of paying premiums, having your first claim turned down must feel like a betrayal.',
    ],
    notCoded: ['You mentioned the timeline feels tight.', 'I hear you on the deductible feeling too high.'],
  },
};

/**
 * "You asked whether the fee can be removed: I've taken it off." The frame reflects the
 * question and the rest answers it, so the sentence is also advice (information).
 */
export const REFLECTION_WITH_ANSWER: CueSet = {
  code: 'advice',
  cues: [
    /\b(?:you asked|as for|on|to your question|about)\b[^:]{0,120}: (?!(?:that|it|this) (?:makes|is (?:a )?(?:fair|good|great)))/,
    /\byou asked (?:about|whether|if|how|why|what|when|for)\b[^,;:]*, and (?:yes|no|the answer|unfortunately|since|because|there|we|i'?ve|i have|it)\b/,
    /^as you (?:said|mentioned|noted)\b.*, and there (?:is|are)\b/,
    /^(?:and )?(?:no|yes), (?:it'?s|it is|you|we)\b/,
    /\byou asked about (?:a|an|the)\b[^,]*, and \w+ would\b/,
  ],
  examples: {
    coded: [
      'You asked whether the fee can be removed: I have taken it off.',
      'You asked about a lighter plan, and Basic would cut your bill by about $900 a year.',
    ],
    notCoded: ['You asked what you need to send, so here is the list.', 'You mentioned the commute was a must-have.'],
  },
};
