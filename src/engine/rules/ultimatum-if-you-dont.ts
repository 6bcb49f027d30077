import type { PressureRule } from './rule';
import { AUTONOMY } from './shared';

const THREAT = String.raw`(?:lose|lost|losing|never (?:see|get|recover)|end up|miss(?:ing)? (?:out|the)|be back to square one|square one|penalt\w*|fine[sd]?\b|collections?|bailiffs?|judg(?:e)?ment|court|legal action|sue|on you\b|off the table|no (?:choice|option|alternative)|back of the queue|move on|archived|deleted|terminated|suspended|cancell?ed|forfeit\w*|too late|regret|bill you|charge you|can't (?:hold|guarantee|keep|help)|won't be able|sit for months|drops? to|be (?:liable|responsible)|at your own risk|worse off|go in late)`;

// A condition the client controls, followed by a loss: "If you don't sign, you'll lose the slot."
const rule: PressureRule = {
  id: 'pressure/ultimatum-if-you-dont',
  kind: 'ultimatum',
  strictness: 'gentle',
  patterns: [
    /(?:^\W*|\b(?:but|and|so|because) )(?<span>if [^,;]{0,80}?\b(?:don't|do not|doesn't|does not|isn't|is not|aren't|are not|won't|can't|fail to|haven't|hasn't|not|never|stop|pause|quit|back out|walk away|wait|delay|hold off|cancel|skip|miss|drop|leave|list|go with|ignore|decline|refuse|say no)\b[^,;]{0,120}?)(?=,|\s+(?:then|you'll|you will|we'll|we will|it will|it'll|the \w+ will))/,
    /(?<span>\b(?:\w+ )?(?:even )?(?:one|a single) (?:day|week|month|payment) (?:\w+ )?(?:and|or))(?= you(?:'ll| will| could| would| might)? (?:lose|be fined|be charged|face|end up))/,
    /(?<span>\b(?:or else|otherwise,? (?:you|we|I|it|this|your \w+)(?:'ll| will| would| could| might))) /,
  ],
  requiresAfter: [new RegExp(THREAT, 'i')],
  exceptions: [AUTONOMY, /^\W*(?:even|as|what) if\b/i, /\bif you(?:'d| would)? (?:rather|prefer|like|need|want|wish|have any)\b/i],
  message: 'A threat of loss forces the client\'s hand; even when the consequence is real, stated as an ultimatum it turns advice into coercion.',
  replacement: null,
  examples: {
    flag: [
      "If you don't upgrade, you'll lose everything.",
      'If the renewal isn\'t signed by the 30th, your dashboards will be archived.',
      'If you back out now, you will almost certainly never see that money.',
      'If I don\'t have your answer by Friday, they\'ll move on to their second choice.',
      "Drive even one day uninsured and you could lose your licence.",
      'But if you stop now, you will be back to square one by summer.',
    ],
    pass: [
      "If you don't upgrade, the machines keep working, but they stop receiving security patches.",
      "If you'd still rather cancel, I'll process it right away.",
      "If you can't find the receipt, a bank statement works too.",
      "If you don't renew, you'll lose access to the archive — it's entirely your call whether that matters.",
    ],
  },
};
export default rule;
