import type { PressureRule } from './rule';
import { AUTONOMY } from './shared';

// Threats without "if you don't": "Without your approval today, the launch is dead", "X, full
// stop", "No signature, no service", "Any further delay and we cancel", "Should you decide
// against it, we won't help again", "Take the deal as it stands or leave it", "We'll be forced
// to take legal steps". The stakes may be real; stated as a final word they coerce.
const rule: PressureRule = {
  id: 'pressure/ultimatum-final-word',
  kind: 'ultimatum',
  strictness: 'gentle',
  patterns: [
    /^\W*(?<span>without (?:the |your |a |an |this |that )?[\w' -]{2,40}?,? (?:the |your |this |our |we |you )?[\w -]{0,30}?\b(?:will|is going to|would|is|are|'s) (?:\w+ )?(?:fail|collapse|fall (?:through|apart)|be (?:dead|over|off|lost|cancelled|canceled|scrapped|doomed|finished)|dead|doomed|over|finished|off|scrapped)\b[^.;!?]*)/,
    // "Without the upgrade you're going to lose customers": the loss is aimed at the client.
    /^\W*(?<span>without (?:the |your |a |an |this |that )?[\w' -]{2,40}?,? you(?:'re| are|'ll| will) (?:(?:really|simply|just) )?(?:going to |gonna |bound to |certain to |sure to )?(?:lose|fall behind|struggle|fail|miss out|regret|be (?:on your own|left (?:on your own|without|exposed|out of pocket)|out of pocket|liable))\b[^.;!?]*)/,
    // "…; after that it's gone for good": the cut-off stated as a door closing on the client.
    /\b(?<span>after (?:that|which|this|then)(?: (?:date|point|day|deadline))?,? (?:it|the (?:\w+ )?(?:offer|price|rate|discount|deal|slot|place|unit|room|spot|seat)|this (?:offer|price|rate|deal))(?:'s| is| will be|'ll be) (?:gone|off the table|withdrawn|history)(?: for good| forever)?)(?![\w-])/,
    /(?<span>[,;\u2014-]\s*(?:full stop|period|end of (?:story|discussion|conversation)|no ifs,? (?:and|or) buts))\s*[.!]?\s*$/,
    /^\W*(?<span>no (?!(?:worries|problem|problems|rush|pressure|obligation|stress|fuss|catch|hurry)\b)(?<a>[\w-]+),? no (?<b>[\w-]+))\s*[.!]?\s*$/,
    /\b(?<span>any (?:further |more |other )?(?:delay|late payment|missed payment|excuses?|extensions?)s?,? and)(?= (?:we|I|the|your|you|it|this)\b)/,
    /^\W*(?<span>should you (?:decide against|decline|refuse|not|choose not to|turn (?:it|this) down|go (?:elsewhere|another way))\b[^,;.]{0,40},)(?= [^.;!?]*\b(?:won't|will not|can't|cannot|lose|never|no longer|forfeit|end)\b)/,
    /\b(?<span>failure to (?:[\w-]+ ){1,3}(?:will|may|shall|would|could) (?:result in|lead to|mean)\b[^.;!?]*)/,
    /\b(?<span>(?:your |this is your |the )?(?:final|last) (?:chance|opportunity) before (?:we|I|the|your|it)\b[^.;!?]*)/,
    /\b(?<span>(?:is|are) final(?:,| and|;)? (?:there (?:will be|are|is) )?no (?:further|more|other|better) (?:offers?|negotiations?|discussions?|discounts?|extensions?))(?![\w-])/,
    /^\W*(?<span>if (?:we|I) (?:don't|do not|haven't|have not|can't|cannot) (?:get|receive|hear|have)\b[^,;]{0,40},)(?=[^.;!?]*\b(?:rejected|cancel\w*|closed|lost|laps\w*|terminat\w*|withdrawn|released|forfeit\w*|refused|declined|suspended|void)\b)/,
    /\b(?<span>take (?:it|the (?:\w+ )?(?:deal|offer|price|terms|contract)|this(?: \w+)?)(?: [\w-]+){0,4} or leave it)(?![\w-])/,
    /\b(?<span>(?:we|I)(?:'ll| will| would|'d| may)? be (?:forced|compelled|obliged) to (?:\w+ ){0,2}?(?:take|start|begin|pursue|refer|pass|cancel|close|suspend|terminate|withdraw|release|charge|involve|escalate)\b[^.;!?]*)/,
    /\b(?<span>(?:we|I)(?:'ll| will| shall| would|'d)? (?:have to |need to |then )?(?:close|cancel|suspend|terminate|withdraw|release|refer|pass|end|freeze|stop|walk away from|pull out of)\b(?: \w+){0,2} (?:your |the |our |this )[\w-]+\b[^.;?]{0,40}? (?:if (?:the|your|this) (?:payment|balance|invoice|deposit|form|bill|account|instalment|installment|contract|survey|paperwork|agreement|documents?)s?\b[^.;?]{0,30}\b(?:(?:isn't|aren't|is not|are not) (?:\w+ed|back|in)\b|(?:is|are|remains?|stays?|goes|falls?) (?:late|overdue|unpaid|outstanding|missed|behind|unsigned|incomplete))|unless (?:we|I) (?:hear|receive|get)\b)[^.;?]*)/,
  ],
  exceptions: [AUTONOMY, /\bif (?:you|that) (?:would like|'d like|want|prefer|suits|works)\b/i, /\blet (?:me|us) know\b/i],
  message:
    "Stating a consequence as a final word forces the client's hand; even when the stakes are real, stated as an ultimatum they turn advice into coercion.",
  replacement: null,
  replacements: [
    { when: /full stop|period|end of|no ifs/i, with: { warm: '', formal: '' } },
    { when: /^no /i, with: { warm: 'the $<b> depends on the $<a>', formal: 'the $<b> depends on the $<a>' } },
    { when: /^any/i, with: { warm: 'if there is a delay,', formal: 'if there is a delay,' } },
    { when: /or leave it/i, with: { warm: 'this is the best we can offer', formal: 'this is the best we are able to offer' } },
  ],
  examples: {
    flag: [
      'Without the signed form, the project will fail, full stop.',
      'Without your sign-off today, the whole rollout is dead.',
      'No deposit, no booking.',
      'Any further delay and we will release the slot.',
      'Should you decide against it, we won’t be able to offer this rate again.',
      'Take the offer as it stands or leave it.',
      'We’ll be forced to take legal steps.',
      'We will terminate the agreement if the payment is late again.',
      'We’ll withdraw the offer unless we hear from you by Monday.',
      'Failure to return the form will result in cancellation.',
      'This price is final and there will be no further offers.',
      'If we don’t get the form back, the claim will be rejected.',
      'This is your final chance before we close the file.',
      'Without a proper backup you are bound to lose the data sooner or later.',
      'We’ll walk away from the deal if the contract isn’t signed by Friday.',
      'Without the signed waiver, you’ll be on your own if anything goes wrong.',
      'The rate is held until Friday, after which it’s off the table.',
    ],
    pass: [
      'Without a signature we can’t process the request, so just let me know if you want to go ahead.',
      'No worries, no rush.',
      'Should you decide against it, that’s completely fine.',
      'Without the add-on you’re going to lose nothing you use today, so it’s your call.',
      'We will close the ticket once the payment is received.',
      'If we don’t get the form back, I’ll ring you to check it arrived.',
      'Without your help, I wouldn’t have found the error.',
      'This is the last chance before the holidays to meet, if that suits you.',
      'The early-bird rate ends on Friday; after that, the standard price applies.',
    ],
  },
};
export default rule;
