import type { PressureRule } from './rule';

// The writer's own grievance answering the client: being tired of explaining, having bent over
// backwards, nobody else complaining, not needing to justify. Each rewrite keeps the subject and
// turns the grievance into an offer to explain.
const rule: PressureRule = {
  id: 'pressure/defensiveness-grievance',
  kind: 'defensiveness',
  strictness: 'gentle',
  inQuestions: true,
  patterns: [
    /\b(?<span>(?:I'm|I am|we're|we are) (?:getting |becoming |frankly |honestly |a little |a bit )?(?:tired|sick|weary|fed up) of (?:defending|justifying|explaining|repeating|having to (?:defend|justify|explain)|going over))(?![\w-])/,
    /\b(?<span>(?:I|we) (?:don't|do not|shouldn't|should not) (?:need|have) to (?:justify|defend|explain)(?: (?:myself|ourselves))?)(?![\w-])/,
    /^\W*(?<span>are you (?:questioning|doubting|accusing|suggesting|implying|saying)(?: (?:my|our|me|us))?(?: (?:competence|professionalism|integrity|judgement|judgment|honesty|work|advice|expertise))?)(?![\w-])/,
    /\b(?<span>(?:I'm|I am|we're|we are) not the (?:one|ones) (?:who|that))(?![\w-])/,
    /\b(?<span>I find (?:that|this|your) (?:accusation|comment|suggestion|remark|tone|email|message|implication) (?:(?:quite|rather|really|very|deeply|frankly|a bit|a little|pretty) )?(?:unfair|insulting|offensive|hurtful|out of line|unprofessional))(?![\w-])/,
    /\b(?<span>let me remind you(?: who| that)?)(?![\w-])/,
    /\b(?<span>(?:my|our) (?:track record|record|results|reputation|work|portfolio) speaks? for (?:itself|themselves))(?![\w-])/,
    /\b(?<span>(?:that's|that is) not how (?:I|we) (?:work|operate|do things)(?:,? and (?:I|we)(?:'d| would) appreciate [^.;!?]*)?)(?![\w-])/,
    /\b(?<span>(?:I|we)(?:'d| would) appreciate (?:a little |a bit |some )?(?:more )?(?:trust|faith|respect|patience with (?:me|us)))(?![\w-])/,
    /\b(?<span>(?:I've|I have|we've|we have) (?:bent over backwards|gone above and beyond|done everything (?:I|we) can))(?![\w-])/,
    /\b(?<span>(?:nobody|no one|no other (?:client|customer|patient|tenant|member)s?|none of (?:my|our) (?:other )?(?:clients|customers|patients|tenants|members))(?: else)?(?: (?:on|in|at|among|from|of) (?:my|our|the) [\w-]+(?: [\w-]+)?)? (?:has|have) (?:ever )?(?:complained|had (?:a|any) (?:problem|issue|complaint)s?(?: with (?:it|this|that|the \w+))?|raised (?:this|that|it)))(?![\w-])/,
    /\b(?<span>(?:I|we)(?:'ve| have) never (?:once )?had (?:a (?:single )?|any |one )complaints?(?: (?:about|over) (?:it|this|that|(?:my|our|the) [\w-]+))?)(?![\w-])/,
  ],
  message: 'Defending yourself answers the client with a grievance; they hear that raising concerns costs them goodwill, and stop raising them.',
  replacement: null,
  replacements: [
    { when: /tired|sick|weary|fed up/i, with: { warm: "I'm happy to walk you through", formal: 'I am happy to walk you through' } },
    { when: /(?:justify|defend|explain)/i, with: { warm: "I'm happy to explain", formal: 'I am happy to explain' } },
    { when: /^are you/i, with: { warm: 'is something about my work worrying you', formal: 'is there something about my work that concerns you' } },
    { when: /not the ones? (?:who|that)/i, with: { warm: "let's look at how we", formal: 'let us look at how we' } },
    {
      when: /^I find/i,
      with: { warm: "I hear the concern, and I'd like to understand it better", formal: 'I take the concern seriously and would like to understand it better' },
    },
    { when: /remind you who/i, with: { warm: 'for context, I', formal: 'for context, I' } },
    { when: /remind you/i, with: { warm: 'for context,', formal: 'for context,' } },
    { when: /speaks? for/i, with: { warm: "I'm happy to share examples of my work", formal: 'I would be glad to share examples of my work' } },
    { when: /not how/i, with: { warm: 'let me explain how I work', formal: 'let me explain how I work' } },
    { when: /appreciate/i, with: { warm: "I'd like to earn your trust", formal: 'I would like to earn your trust' } },
    { when: /backwards|above and beyond|everything/i, with: { warm: "I've worked hard", formal: 'I have worked hard' } },
    {
      when: /nobody|no one|no other|none of|never (?:once )?had/i,
      with: { warm: "I'm sorry to hear you're unhappy", formal: 'I am sorry to hear you are unhappy' },
    },
  ],
  examples: {
    flag: [
      "I'm fed up of explaining the same clause.",
      'We do not need to justify our pricing.',
      'Are you questioning my judgement?',
      "We're not the ones who changed the spec.",
      'No other client has complained about the app.',
      'Nobody else on my books has ever had a problem with it.',
      'We’ve never had a single complaint about our invoices.',
      'Our results speak for themselves.',
    ],
    pass: [
      "I'm tired after the conference, but I'll reply properly tomorrow.",
      "I'd appreciate a copy of the letter when you have it.",
      'Are you able to join the call on Friday?',
      'Let me know if the figures look off.',
    ],
  },
};
export default rule;
