import type { PressureRule } from './rule';
import { AUTONOMY, LOSS } from './shared';

// A condition the client controls, followed by a loss: "If you don't sign, you'll lose the slot."
// The rewrite keeps the stakes (they may be real) and hands the choice back.
const rule: PressureRule = {
  id: 'pressure/ultimatum-if-you-dont',
  kind: 'ultimatum',
  strictness: 'gentle',
  patterns: [
    /(?:^\W*|\b(?:but|and|so|because) )(?<span>if [^,;]{0,80}?\b(?:don't|do not|doesn't|does not|isn't|is not|aren't|are not|won't|can't|fail to|haven't|hasn't|not|never|stop|pause|quit|back out|pull out|walk away|wait|delay|hold off|cancel|skip|miss|drop|leave|list|go with|ignore|decline|refuse|say no)\b[^,;]{0,120}?)(?=,|\s+(?:then|you'll|you will|we'll|we will|it will|it'll|the \w+ will))/,
    /(?:^\W*|\b(?:but|and|so|because) )(?<span>unless [^,;]{0,100}?)(?=,|\s+(?:then|you'll|you will|we'll|we will|it will|it'll|the \w+ (?:will|is|goes|expires|lapses)))/,
    /(?:^\W*|\b(?:but|and|so) )(?<span>should (?:you|your \w+) (?:decide not|choose not|decline|refuse|not|fail|walk away|back out|pull out|opt out|say no|turn (?:it|this|that) down|cancel|go elsewhere|delay|wait|miss)[^,;]{0,80}?)(?=,)/,
    /(?<span>\b(?:\w+ )?(?:even )?(?:one|a single) (?:day|week|month|payment) (?:\w+ )?(?:and|or))(?= you(?:'ll| will| could| would| might)? (?:lose|be fined|be charged|face|end up))/,
    // "…, failing which we will…", "…; if not, we'll…": the same threat in formal or clipped dress.
    /(?<span>\b(?:or else|(?:otherwise|failing (?:which|that|this)|if not),? (?:you|we|I|it|this|that|your \w+|the \w+)(?:'ll| will| would| could| might| may| shall))) /,
    // "…, otherwise I can't help you": what the writer will withhold is the threat (LOSS reads the rest).
    /(?<span>\botherwise,?)(?= (?:I|we) (?:really |simply )?(?:can't|cannot|can not|won't|will not|couldn't|may not|might not)\b)/,
  ],
  requiresAfter: [new RegExp(LOSS, 'i')],
  exceptions: [
    AUTONOMY,
    /^\W*(?:even|as|what) if\b/i,
    /\b(?:if|unless|should) you(?:'d| would)? (?:rather|prefer|like|need|want|wish|have any|tell me otherwise|let me know|say otherwise)\b/i,
  ],
  message: "A threat of loss forces the client's hand; even when the consequence is real, stated as an ultimatum it turns advice into coercion.",
  replacement: { warm: '$<span>', formal: '$<span>' },
  examples: {
    flag: [
      "If you don't upgrade, you'll lose everything.",
      "If the renewal isn't signed by the 30th, your dashboards will be archived.",
      'If you pull out this late, the booking fee is forfeited.',
      "If I don't have your answer by Friday, they'll move on to their second choice.",
      'Drive even one day uninsured and you could lose your licence.',
      'But if you stop now, you will be back to square one by summer.',
      'Unless the invoice is settled this week, the matter goes to court.',
      'Should you decline, the reserved room will be released.',
      'Sign the renewal, otherwise we cannot keep the discount.',
      'If your board won’t approve it, we’ll have to end the retainer.',
      'Should you opt out, you’ll be left without any protection.',
      'The balance is due by the 5th, failing which we will suspend the licence.',
      'Please confirm the dates this week; if not, we’ll give the slot to another couple.',
    ],
    pass: [
      "If you don't upgrade, the machines keep working, but they stop receiving security patches.",
      "If you'd still rather cancel, I'll process it right away.",
      "If you can't find the receipt, a bank statement works too.",
      "If you don't renew, you'll lose access to the archive — it's entirely your call whether that matters.",
      "Unless you tell me otherwise, I'll keep the Thursday booking.",
      'Send it whenever suits, otherwise I can’t see any issue with the timing.',
      'Let me know if the Tuesday slot works; if not, we will find another time.',
    ],
  },
};
export default rule;
