import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/defensiveness-why-you-keep',
  kind: 'defensiveness',
  strictness: 'gentle',
  inQuestions: true,
  patterns: [
    /\b(?<span>(?:I(?:'m| am) (?:really |honestly |just )?not sure|I (?:really |honestly |just )?(?:don't|do not) (?:know|understand|see)|I(?:'m| am) not clear on) why you (?:keep|continue to|are still|'re still|would|'d|(?:still )?(?:doubt|question|distrust|mistrust|challenge|second-guess|don't trust|can't trust|won't trust))|why (?:do |would )?you (?:keep|continue to|insist on) (?<kv>(?:question|ask|doubt|challeng|push|bring|rais|insist)\w*)|I (?:don't|do not) (?:see|understand|know) why you(?:'re| are) making (?:this|it) (?:so )?(?:difficult|hard|complicated)|(?:I'm not sure|I don't know) what (?:else )?you (?:expect|want) (?:me|us) to|I(?:'m| am) not (?:going|about) to (?:argue|debate|chase|get into|go back and forth|keep explaining|justify|apologi[sz]e)(?: (?:about|over|with you about|for))?|I don't think it's fair (?:to (?:suggest|say|imply|claim)(?: that)?|that)|(?:that's|that is|it's|it is) (?:not|hardly) (?:my|our) (?:fault|problem|responsibility)|not (?:my|our) fault|I did (?:exactly |precisely |just )?what (?:you|the (?:contract|brief|scope|agreement|spec|specification|quote|plan)(?: of works)?) (?:asked(?: for)?|said|required|specified|set out)|I did (?:exactly |precisely |just )?what (?:was|we) agreed|(?:is|was|are|were) (?:entirely |all |largely )?(?:down to|because of|due to|the result of) (?<cause>(?:the )?[^.;,]{0,60}\byour (?:team|side|company|own|changes|requests|delays))\b)/,
  ],
  message: 'Meeting a question with defensiveness tells the client that raising concerns is unwelcome, and the conversation turns into a dispute.',
  replacement: null,
  replacements: [
    { when: /^why (?:do |would )?you keep /i, with: { warm: "I can tell you're still $<kv>", formal: 'I can see you are still $<kv>' } },
    {
      when: /making (?:this|it)/i,
      with: { warm: "I'd like to understand what's getting in the way", formal: 'I would like to understand what is getting in the way' },
    },
    {
      when: /(?:doubt|question|distrust|mistrust|challenge|second-guess|trust)$/i,
      with: { warm: "I'd like to understand what's behind your questions about", formal: 'I would like to understand what lies behind your questions about' },
    },
    { when: /keep$/i, with: { warm: "I can tell you're still", formal: 'I can see you are still' } },
    // What follows is the verb ("…to do about the refund"): the rewrite must still lead into it.
    {
      when: /(?:expect|want) us to$/i,
      with: { warm: "I'd like to understand what you'd like us to", formal: 'I would like to understand what you would like us to' },
    },
    {
      when: /(?:expect|want) me to$/i,
      with: { warm: "I'd like to understand what you'd like me to", formal: 'I would like to understand what you would like me to' },
    },
    { when: /argue|debate|get into|back and forth/i, with: { warm: "I'm happy to talk through", formal: 'I am happy to discuss' } },
    { when: /keep explaining|justify/i, with: { warm: "I'm happy to explain", formal: 'I am happy to explain' } },
    // "I'm not going to chase every new trend" is a refusal: the rewrite keeps it, without the edge.
    { when: /chase/i, with: { warm: "I'd rather not chase", formal: 'I would prefer not to chase' } },
    { when: /apologi/i, with: { warm: "I'm sorry about", formal: 'I am sorry about' } },
    { when: /fair/i, with: { warm: 'I understand why it might seem', formal: 'I understand why it may appear' } },
    // "It's not my fault the insurer changed its rules": a clause follows, so the rewrite ends where it can lead into one.
    { when: /^(?:it's|it is) not (?:my|our) fault$/i, with: { warm: 'I understand the frustration —', formal: 'I understand the frustration —' } },
    {
      when: /fault|problem|responsibility/i,
      with: { warm: "I understand the frustration, and I'd like to help", formal: 'I understand the frustration and would like to help' },
    },
    { when: /^I did\b/i, with: { warm: 'I followed the brief as I understood it', formal: 'I followed the brief as I understood it' } },
    { when: /down to|because of|due to|result of/i, with: { warm: 'came partly from $<cause>', formal: 'arose partly from $<cause>' } },
  ],
  examples: {
    flag: [
      "I'm not sure why you keep questioning the timeline for the build.",
      "I don't know what else you want me to do about the refund.",
      "I'm not going to argue about what the chatbot said.",
      "I don't think it's fair to suggest the team has been idle.",
      "I don't understand why you doubt the survey results.",
      "I don't see why you're making this so difficult.",
      'I did exactly what the scope of works set out.',
    ],
    pass: [
      "I'm not sure the timing works for the team.",
      "I'm glad you asked about the pace.",
      "I'm not sure why your bank doubted the payment, but I'll find out.",
    ],
  },
};
export default rule;
