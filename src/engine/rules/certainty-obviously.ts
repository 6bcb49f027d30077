import type { PressureRule } from './rule';
import { AUTONOMY } from './shared';

// An evaluative adverb heading a claim about the client's choice ("Obviously the fixed term is
// better"). The same adverb describing how something is done ("clearly listed"), praising the
// client ("Clearly you care"), hedging the writer ("Obviously I can't say") or granting that a
// decision is hard ("Obviously this is a big step") is not pressure.
const rule: PressureRule = {
  id: 'pressure/certainty-obviously',
  kind: 'certainty',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>obviously|evidently|undeniably|undoubtedly|unquestionably|without (?:a |any )?(?:doubt|question)|it goes without saying(?: that)?|needless to say|it's (?:obvious|plain to see|plain)(?: to (?:anyone|everyone))?(?: that)?|it's clear (?:that|to anyone)|there(?:'s| is) (?:simply |really |absolutely |honestly )?no (?:question|doubt)(?: that| about it)?(?= |,|\.|$))(?![\w-]),?/,
    /(?:^\W*|[,;\u2014]\s*|\b(?:is|are|was|were|it's|that's|this is|so) )(?<span>clearly),?(?! (?:shown|showed|thought|worked|put|care|cared|explained|laid out|set out|labelled|labeled|marked|stated|label|mark|write|print|state|indicate|show|explain|describe|list|identify|name|specify|display|highlight|outline|sign|date|number|tag|understand|communicat|visible|see|\w+(?:ed|en|ible|able)\b))/,
    /^\W*(?<span>naturally),(?= (?:the|this|that|it|it's|your|a|an|any|there)\b)/,
    /[,;\u2014]\s*(?<span>no (?:question|doubt)(?: about it)?)\s*[.!]?\s*$/,
    /\b(?<span>surely you(?: can| must| would| will|'d| do) (?<sverb>see|agree|understand|realise|realize|know))\b/,
    // "The answer here is obvious", "the choice seems pretty self-evident": the verdict at the end.
    /\b(?:answer|choice|decision|option|solution|conclusion|winner|way forward|path|call|result)(?: [\w-]+){0,2} (?:is|'s|seems|looks) (?<span>(?:so |pretty |fairly |really |quite |very |completely |perfectly |blindingly |painfully )?(?:obvious|self-evident|a foregone conclusion))(?![\w-])(?! to (?:me|us)\b)/,
  ],
  exceptions: [
    // Granting that the client's experience was hard is empathy, not a verdict.
    /\b(?:clearly|obviously),? (?:this|it|that) (?:(?:has been|was|is|must be|must have been) (?:a |an |such a )?(?:\w+ )?(?:difficult|hard|tough|rough|stressful|worrying|upsetting|painful|frustrating|exhausting|draining|emotional)\b|matters|means (?:a lot|so much)|is (?:important|hard|difficult|a big \w+|weighing on))\b/i,
    /\byou(?:'ve| have)? clearly\b/i,
    /\b(?:obviously|clearly|evidently),? (?:you(?:'ve| have| are|'re)?|your) (?:\w+ )?(?:care|cared|put|thought|done|worked|value|love|want|been through|had|know|tried|made)\b/i,
    /\b(?:obviously|clearly|needless to say),? (?:I|we)\b/i,
    /\b(?:obviously|clearly|evidently)\b[^.;]{0,60}\b(?:is|'s|are) (?:a |an )?(?:really |very |such a )?(?:big|hard|difficult|tough|major|huge|important|personal|emotional|stressful|painful|sensitive|serious) (?:decision|step|choice|change|call|moment|time|one|thing|commitment)/i,
    AUTONOMY,
  ],
  message: 'Presenting your view as obvious leaves the client no room to disagree without looking foolish, so they disengage or resist.',
  replacement: { warm: '', formal: '' },
  replacements: [{ when: /^surely/i, with: { warm: "I'd be curious whether you $<sverb>", formal: 'I would be interested to know whether you $<sverb>' } }],
  examples: {
    flag: [
      'Surely you’d agree the larger unit makes more sense.',
      'Naturally, the premium package is the better choice.',
      'Obviously, this is the better option.',
      'Clearly, the manual process is the bottleneck.',
      'This is clearly the right move for your career.',
      'Without a doubt, the bigger unit suits you.',
      'Surely you can see the value in a second opinion.',
      'The index fund is the safer bet, no question.',
      'Honestly, the choice here is pretty obvious.',
    ],
    pass: [
      'Clearly this has been a stressful month for you.',
      'Obviously this matters a great deal to you both.',
      "You've clearly thought hard about this.",
      'The steps are clearly labelled on the form.',
      'Clearly mark the boxes you want moved first.',
      'I want to explain the fees clearly.',
      'Clearly you have put real effort into the plan.',
      'Obviously we will match whatever the surveyor finds.',
      'The answer to your question is not obvious, so I asked the underwriter.',
      'The right option is obvious to me, but I’d like to hear which one you lean towards.',
    ],
  },
};
export default rule;
