import type { PressureRule } from './rule';

// Knowledge claimed about the client's future or feelings: "I know for a fact you'll regret…",
// "you'll thank me later", "mark my words", "I can tell you now it's the right call". The writer
// speaks for how the client will feel, which leaves them nothing to weigh.
const KNOW = String.raw`(?:I|we)(?: know| can tell you| can promise(?: you)?| promise(?: you)?| guarantee(?: you)?|(?:'m| am| are|'re) (?:certain|sure|positive|convinced))`;
const FEELING = String.raw`(?:regret|thank|love|wish|kick yourself|never look back|not look back|won't look back|be (?:so |really |very )?(?:glad|grateful|thankful|happy|delighted|thrilled|pleased|relieved)|feel (?:so |much )?(?:better|relieved|great))`;
const rule: PressureRule = {
  id: 'pressure/certainty-knows-your-future',
  kind: 'certainty',
  strictness: 'standard',
  patterns: [
    new RegExp(
      String.raw`\b(?<span>${KNOW}(?: for (?:a fact|certain|sure))?(?: (?:right )?now)?(?: that)?)(?: you(?:'ll| will|'re going to| are going to| won't| will not)? (?:(?:really|definitely|absolutely) )?${FEELING}\b)`,
    ),
    /\b(?<span>you(?:'ll| will) (?:(?:really|definitely) )?(?:thank me|be (?:grateful|thankful) (?:to me|you did|you listened))|you(?:'ll| will|'re going to| are going to) (?:(?:really|definitely) )?(?:kick yourself|wish you(?:'d| had) (?:done|listened|acted|signed|started|moved|gone ahead)))\b/,
    /\b(?<span>mark my words)\b/,
    /\b(?<span>(?:I|we) can tell you (?:right )?now(?: that)?)(?: (?:this|it|that|the \w+)(?:'s| is| will be) (?:the )?(?:right|correct|best|smart|only sensible) (?:call|move|decision|choice|option|thing|way))/,
    /\b(?<span>trust (?:that|me that) (?:this|it|that|the \w+)(?:'s| is) (?:the )?(?:right|correct|best))\b/,
  ],
  exceptions: [/\b(?:might|may|could|perhaps|maybe|but you know|you know your)\b/i],
  message: 'Claiming to know how the client will feel speaks for them; they lose the chance to weigh it, and often push back to reclaim it.',
  replacement: null,
  replacements: [
    { when: /^mark my words/i, with: { warm: 'in my experience', formal: 'in my experience' } },
    { when: /^(?:I|we)/i, with: { warm: 'my sense is that', formal: 'my view is that' } },
  ],
  examples: {
    flag: [
      'I know for certain you will regret holding off on this.',
      "You'll be grateful to me in a year's time.",
      'I can tell you right now that this is the correct decision.',
      "I'm certain you'll be happy with the new layout.",
      "I'm convinced you'll feel much better once the move is done.",
      'We guarantee you will love the new kitchen.',
      "You're going to kick yourself if you pass on this.",
    ],
    pass: [
      'I think this could be a good fit, but you know your situation best.',
      "You told me you'd regret not trying, so let's look at what a trial would involve.",
      'I can tell you now what the fees are: 1.2% a year.',
      'I know you have a lot on this month.',
    ],
  },
};
export default rule;
