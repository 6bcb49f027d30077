import type { PressureRule } from './rule';

// Defending the writer's standing instead of answering the question, without "with respect":
// "I don't see why my judgement keeps being questioned", "I'm not going to keep justifying my
// advice", "I resent the suggestion…", "I don't appreciate being second-guessed", "let me do my
// job", "I think I know best".
const STANDING = String.raw`(?:judg(?:e)?ment|advice|expertise|competence|experience|professionalism|integrity|knowledge|qualifications|figures|numbers|work|methods?|recommendations?|credentials|honesty|record)`;
const rule: PressureRule = {
  id: 'pressure/defensiveness-questioned',
  kind: 'defensiveness',
  strictness: 'gentle',
  inQuestions: true,
  patterns: [
    new RegExp(
      String.raw`\b(?<span>(?:I (?:don't|do not) (?:see|understand|know) why )?(?:my|our) ${STANDING} (?:keeps|keep|is|are) (?:being |getting )?(?:questioned|doubted|second-guessed|challenged|called into question|attacked))(?![\w-])`,
    ),
    new RegExp(
      String.raw`\b(?<span>(?:have|having|see) (?:my|our) ${STANDING} (?:questioned|doubted|called into question|second-guessed|challenged))(?![\w-])`,
    ),
    new RegExp(
      String.raw`\b(?<span>(?:you(?:'re| are) )?(?:really |now )?(?:questioning|doubting|challenging|second-guessing) (?:my|our) ${STANDING})(?![\w-])`,
    ),
    /\b(?<span>I(?:'m| am) not (?:going to|gonna) (?:keep |continue )?(?:justifying|defending|explaining|arguing (?:about|over))(?: (?:myself|my \w+|every \w+|this|it))?)(?![\w-])/,
    /\b(?<span>I (?:resent|don't appreciate|do not appreciate|won't tolerate|take exception to|(?:don't|do not) take kindly to|find it (?:insulting|offensive|hurtful|rude)) (?:the (?:suggestion|implication|idea|insinuation)|being (?:second-guessed|questioned|doubted|lectured|told)|that you|having)(?: that)?)(?![\w-])/,
    /\b(?<span>I (?:won't|will not) have my (?:\w+ )?(?:professionalism|integrity|judg(?:e)?ment|competence|honesty|work) (?:called into question|questioned|doubted))(?![\w-])/,
    /\b(?<span>I(?:'ve| have) been (?:in|working in|doing) (?:this|the) (?:[\w-]+ ){0,2}?longer than you\b[^.;!?]*)/,
    /\b(?<span>I(?:'m| am) not here to be (?:second-guessed|questioned|lectured|told|doubted|judged|criticised|criticized))(?![\w-])/,
    // "I won't be lectured on compliance by…": the refusal and whatever it names.
    /\b(?<span>I (?:won't|will not|refuse to|don't intend to|do not intend to) be (?:lectured|spoken to like (?:that|this)|talked down to|told how to do my job|second-guessed|dictated to)\b[^.;!?]*)/,
    /\b(?<span>who are you to (?:question|doubt|tell|lecture|second-guess|judge|criticise|criticize))(?![\w-])/,
    /\b(?<span>I (?:really |just |honestly |simply )?(?:don't|do not) (?:need|have) to (?:justify|defend) (?:my|myself|every|this|it|the|our|any|each|all)\b(?: [\w-]+)?)/,
    /\b(?<span>I(?:'ve| have) done nothing wrong)(?![\w-])/,
    /\b(?<span>I (?:don't|do not) need (?:a|any|the) (?:lecture|lesson|lecturing)|(?:don't|do not|please don't) lecture me|how dare you|I (?:don't|do not) have to (?:take|put up with|listen to) (?:this|that)|I(?:'m| am) (?:tired|sick|fed up) of being (?:blamed|questioned|doubted|second-guessed|accused|criticised|criticized)|(?:expect|deserve) to be treated like (?:one|a professional)|I(?:'m| am) not sure what (?:more|else) you want from me|I (?:don't|do not) know what (?:more|else) you want from me|I (?:really |just |honestly |simply )?(?:do )?know what I(?:'m| am) talking about|(?:it's|it is) not my job to|I(?:'m| am) not the one (?:who|that) (?:\w+ed|forgot|didn't|missed|made|broke|lost)\b)(?![\w-])/,
    new RegExp(String.raw`\b(?<span>(?:don't|do not|please don't|please do not) (?:question|doubt|challenge|second-guess) (?:my|our) ${STANDING})(?![\w-])`),
    /\b(?<span>I(?:'m| am) (?:offended|insulted|hurt) (?:that|by|you))(?![\w-])/,
    /\b(?<span>my (?:track )?(?:qualifications|credentials|results|experience|record|reputation|work|history|portfolio)(?: [\w-]+){0,4}? speaks? for (?:themselves|itself))(?![\w-])/,
    /\b(?<span>(?:(?:please )?(?:don't|do not)|I(?:'d| would) ask you not to|stop|you(?:'re| are)) put(?:ting)? words in(?:to)? my mouth)(?![\w-])/,
    /\b(?<span>(?:don't|do not) tell me how to do my job)(?![\w-])/,
    /\b(?<span>(?:I think |trust that |believe me,? )?I (?:really |just |honestly |simply )?know best|let me do my job|(?:let|allow) me to do my job|you(?:'re| are) not the (?:expert|professional|specialist)(?: here)?(?:,? I am)?|I(?:'ve| have) never had (?:a|any|one) (?:client|customer|patient) complain(?: before)?)(?![\w-])/,
    /\b(?<span>(?:I'm not sure |I don't (?:see|understand|know) )why you(?:'re| are| would be| keep) (?:doubting|questioning|second-guessing|challenging) (?:me|us|my \w+|our \w+))(?![\w-])/,
  ],
  message: 'Defending your standing answers a question with status instead of reasons; the client feels dismissed and trusts the advice less.',
  replacement: null,
  replacements: [
    {
      when: /^I (?:won't|will not|refuse to|don't intend to|do not intend to) be\b/i,
      with: { warm: "I'm happy to talk through how I'm approaching this", formal: 'I am happy to discuss my approach' },
    },
    {
      when: /questioned|doubted|second-guessed|challenged|called into question|attacked|questioning|doubting|challenging|second-guessing/i,
      with: { warm: "I'm glad to explain what my advice is based on", formal: 'I am glad to explain the basis for my advice' },
    },
    {
      when: /justifying|defending|explaining|arguing/i,
      with: { warm: "I'm happy to walk you through my reasoning", formal: 'I am happy to explain my reasoning' },
    },
    {
      when: /(?:take|put up with|listen to) (?:this|that)$/i,
      with: { warm: "I'd like to understand what's upsetting you", formal: 'I would like to understand what is troubling you' },
    },
    {
      when: /^I (?:resent|don't|do not|won't|take|find)/i,
      with: { warm: "I'd like to understand your concern about", formal: 'I would like to understand your concern about' },
    },
    {
      when: /longer than/i,
      with: {
        warm: "I've worked in this area a long time, and I'm happy to explain my reasoning",
        formal: 'I have worked in this area for some time and am happy to explain my reasoning',
      },
    },
    {
      when: /not here to be|who are you|tell me how/i,
      with: { warm: "I'm happy to talk through how I'm approaching this", formal: 'I am happy to discuss my approach' },
    },
    { when: /justify|defend/i, with: { warm: "I'm happy to walk you through my reasoning", formal: 'I am happy to explain my reasoning' } },
    {
      when: /done nothing wrong/i,
      with: { warm: "I'd like to understand what went wrong for you", formal: 'I would like to understand what went wrong for you' },
    },
    { when: /offended|insulted|hurt/i, with: { warm: "I'd like to understand the concern", formal: 'I would like to understand the concern' } },
    { when: /words in/i, with: { warm: "I'd like to clear up what I meant", formal: 'I would like to clarify what I meant' } },
    { when: /speaks? for/i, with: { warm: "I'm happy to share what my advice is based on", formal: 'I am happy to share the basis for my advice' } },
    { when: /lecture|lesson/i, with: { warm: "I'm happy to talk it through", formal: 'I am happy to discuss it' } },
    { when: /want from me/i, with: { warm: "I'd like to understand what would help most", formal: 'I would like to understand what would help most' } },
    { when: /talking about/i, with: { warm: "I'm happy to explain my reasoning", formal: 'I am happy to explain my reasoning' } },
    { when: /not my job/i, with: { warm: "I'm happy to help with how to", formal: 'I am happy to help with how to' } },
    { when: /^(?:don't|do not|please)/i, with: { warm: "I'm glad to explain what my work is based on", formal: 'I am glad to explain the basis for my work' } },
    { when: /know best/i, with: { warm: 'I have a view on what may work best', formal: 'I have a view on what may work best' } },
    { when: /do my job/i, with: { warm: "I'm happy to explain how I'm approaching this", formal: 'I am happy to explain my approach' } },
    { when: /not the/i, with: { warm: "I'm glad to share my experience here", formal: 'I am glad to share my experience here' } },
    { when: /never had/i, with: { warm: "I'm sorry this hasn't worked for you", formal: 'I am sorry this has not worked for you' } },
  ],
  examples: {
    flag: [
      'My track record on pension transfers speaks for itself.',
      'Please don’t put words in my mouth.',
      'I don’t see why my judgement keeps being questioned.',
      'I’m not going to keep justifying my advice.',
      'I won’t have my integrity called into question.',
      'I think I know best on this one.',
      'Are you really questioning my experience?',
      'Let me do my job.',
      'I’ve been in this industry longer than you’ve been in business.',
      'I’m not here to be second-guessed.',
      'Who are you to question my figures?',
      'I really don’t need to justify my recommendation.',
      'I’ve done nothing wrong here.',
      'I’m offended that you’d suggest I cut corners.',
      'My qualifications speak for themselves.',
      'Don’t tell me how to do my job.',
      'I’ve run this fund for ten years, so I don’t need a lecture.',
      'I don’t take kindly to the suggestion that I overcharged.',
      'How dare you suggest I misled you.',
      'I’m not sure what more you want from me.',
      'Please don’t question my professionalism.',
      'It’s not my job to chase your paperwork.',
      'I don’t have to take this.',
      'I won’t be lectured about fees by someone who missed three payments.',
      'Frankly, I’m tired of being blamed for this.',
    ],
    pass: [
      'You’re right to question my figures, and here is where they come from.',
      'Let me know if my advice is unclear.',
      'I appreciate being told when something goes wrong.',
      'Please do question my recommendation if it doesn’t fit.',
    ],
  },
};
export default rule;
