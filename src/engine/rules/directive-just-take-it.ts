import type { PressureRule } from './rule';
import { AUTONOMY, PROCEDURAL_LEAD } from './shared';

// An order to take the offer, without any modal: "Just sign the agreement", "Go with the premium
// tier", "Just pull the trigger". The verbs are the client's decision verbs, and they only count
// when their object is the thing being decided (an offer, a plan, a contract) — "take the
// tablets" or "sign the form and send it back" are steps, not decisions.
const DECIDE = String.raw`(?:sign|accept|take|go with|go for|opt for|choose|pick|commit to|agree to|approve|renew|upgrade to|switch to|lock in|buy|book|sign up for|move forward with|proceed with|go ahead with|stick with)`;
const DECIDED = String.raw`(?:say yes|go ahead|commit|sign (?:it|up)|pull the trigger|bite the bullet|take the plunge|sign on the dotted line|make the (?:call|decision|switch|move|leap)|get (?:it|this) signed|get on with it)`;
const OFFER = String.raw`(?:the|this|that|our|their|these|those|my|one of)(?: [\w-]+){0,2}? (?:offer|deal|plan|package|option|settlement|quote|proposal|agreement|contract|renewal|terms|tier|policy|fund|rate|price|upgrade|bundle|job|role|position|bid|mortgage|loan|product|service|subscription|membership|programme|program|supplier|vendor|provider|fix|term|tracker|lease|cover|buyout)s?\b`;
const rule: PressureRule = {
  id: 'pressure/directive-just-take-it',
  kind: 'directive',
  strictness: 'standard',
  patterns: [
    new RegExp(
      String.raw`(?:^\W*|[,;\u2014]\s*|\b(?:so|and|honestly|look|please|now)\b,?\s+)(?<span>just (?<verb>${DECIDE}(?= ${OFFER})|${DECIDED}(?=\s*(?:[.!,;\u2014]|and\b|$))))`,
    ),
    new RegExp(
      String.raw`^\W*(?:(?:so|honestly|look|please|trust me),?\s+)?(?<span>(?<verb>(?:go with|go for|opt for|accept|take|commit to|lock in|choose|pick|switch to|upgrade to|stick with)(?= ${OFFER})|pull the trigger|bite the bullet|take the plunge|sign on the dotted line))`,
    ),
  ],
  exceptions: [
    PROCEDURAL_LEAD,
    AUTONOMY,
    /\bwhenever (?:you(?:'re| are)|it suits)\b|\bif (?:you|that|it)(?:'d| would)? (?:want|wish|like|prefer|decide|suits?|works?|feel|'re happy|are happy)\b/i,
    /\b(?:that|which|whichever) (?:suits|works|fits|feels|you (?:prefer|like|want))\b/i,
    /\bto (?:continue|activate|proceed|complete|finish|access|unlock|confirm)\b/i,
  ],
  message: "An order to take the offer makes the decision yours rather than the client's; people resist a choice that is made for them.",
  replacement: { warm: 'you could $<verb|lc>', formal: 'you may wish to $<verb|lc>' },
  examples: {
    flag: [
      'Just accept the settlement and move on.',
      'Honestly, just go for the five-year fix.',
      'Go with the managed service, it will save you the headache.',
      'Please just say yes.',
      'Look, just pull the trigger.',
      'Take the first offer on the table.',
    ],
    pass: [
      'Just sign the form and send it back with your ID.',
      'Take the tablets with food.',
      'Pick the plan that suits your budget best.',
      'If you want the lower premium, go with the higher excess.',
      'Go with whichever supplier you trust more.',
      'Just take your time with the paperwork.',
      'I just accepted the invitation for Tuesday.',
    ],
  },
};
export default rule;
