import type { PressureRule } from './rule';

// Absolute claims that close the question before the client has weighed it: "there's no
// downside", "you can't go wrong", "zero risk", "a no-lose deal", "guaranteed to pay off", "the
// numbers speak for themselves", "there's nothing to think about". A stated guarantee with its
// terms ("guaranteed to pay out if…") and an honest "I can't guarantee" are facts, not this move.
const ADVERB = String.raw`(?:(?:absolutely|really|simply|literally|honestly|genuinely|just|truly|practically|virtually) )?`;
const rule: PressureRule = {
  id: 'pressure/certainty-closed-question',
  kind: 'certainty',
  strictness: 'standard',
  patterns: [
    new RegExp(
      String.raw`\b(?<span>there(?:'s| is| are) ${ADVERB}(?:no|zero) (?:real )?(?:downsides?|drawbacks?|way (?:this|it|that|you|the \w+) (?:goes|go|can go|could go|will go|can|could) (?:wrong|fail|backfire|lose))(?: (?:whatsoever|at all))?)`,
    ),
    new RegExp(
      String.raw`\b(?<span>there(?:'s| is) ${ADVERB}(?:no|zero) risk(?: (?:whatsoever|at all))?)(?=\s*(?:[.!,;\u2014]|$|(?:in|to) (?:\w+ing|it|this|that|you)\b|here\b|for you\b))`,
    ),
    new RegExp(String.raw`\b(?<span>(?:it's|it is|this is|that's|that is) ${ADVERB}(?:zero|no) risk)\b`),
    new RegExp(
      String.raw`\b(?<span>you ${ADVERB}(?:can't|cannot|can not) (?:go wrong|lose|fail|miss)|(?:a|it's a|it is a) no-?lose (?:situation|deal|option|move|bet|proposition)|(?:a )?can't-lose (?:situation|deal|option|move|bet))\b`,
    ),
    /\b(?<span>(?:is|are|it's|they're) (?:all but |practically |virtually |pretty much )?guaranteed to (?:add|pay off|work|increase|rise|grow|make (?:you|money)|save you|boost|improve|go up|sell|deliver|succeed|be worth|give you|double|outperform|beat))\b/,
    /\b(?<span>the (?:[\w-]+ )?(?:numbers|figures|results|data|facts|stats|statistics|returns|sums|maths|math) (?:speak|speaks|talk) for (?:themselves|itself))\b/,
    new RegExp(
      String.raw`\b(?<span>there(?:'s| is) ${ADVERB}nothing (?:(?:much|more|else) )?to (?:think (?:about|over)|decide|consider|weigh(?: up)?|deliberate|mull over|discuss|debate))\b`,
    ),
    /\b(?<span>(?:anyone|anybody|everyone|any (?:sensible|smart|reasonable|rational) (?:person|investor|buyer|owner|business))(?: in your (?:position|shoes))? would (?:jump at|snap (?:it|this|that) up|grab|take|accept|sign|leap at|go for)\b[^.,;!?]*?\bin a heartbeat)/,
  ],
  exceptions: [/\b(?:if|provided|as long as|subject to) (?:the|your) (?:conditions|terms)\b/i],
  message: 'An absolute claim closes the question for the client; when the risk they sense is waved away, they trust the advice less, not more.',
  replacement: null,
  replacements: [
    {
      when: /downside|drawback|risk/i,
      with: {
        warm: "in my view the risks here are small, though it's worth weighing them",
        formal: 'in my assessment the risks are limited, though they merit consideration',
      },
    },
    {
      when: /go wrong|can't lose|cannot lose|no-?lose|can't-lose/i,
      with: { warm: 'this has worked well for many people', formal: 'this has served many clients well' },
    },
    { when: /speaks? for|talk for/i, with: { warm: 'the numbers look encouraging to me', formal: 'the figures appear encouraging' } },
    {
      when: /nothing/i,
      with: {
        warm: "to me this looks like the stronger option, but it's yours to weigh",
        formal: 'in my view this is the stronger option, though the decision is yours',
      },
    },
  ],
  examples: {
    flag: [
      "There's no downside to consolidating the loans.",
      'You really cannot go wrong with the larger van.',
      'For a client like you it is zero risk.',
      "Frankly it's a no-lose deal.",
      'The new kitchen is guaranteed to add value.',
      'The sales figures speak for themselves.',
      "There's really nothing to think about.",
      'There is no way this could backfire.',
    ],
    pass: [
      'The main downside is the exit fee, which is worth weighing.',
      "There's no catch: the price on the invoice is the whole cost.",
      'The annuity is guaranteed to pay an income for life under the terms of the contract.',
      'There is no risk of a penalty if you pay by Friday.',
      "I can't guarantee the outcome, but I can walk you through the numbers.",
      "There's nothing you need to bring apart from ID.",
    ],
  },
};
export default rule;
