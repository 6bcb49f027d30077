import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/repetition-as-i-said',
  kind: 'repetition',
  strictness: 'gentle',
  patterns: [
    // Tacked on at the end of a clause (", as I said at the time."): taken out with its comma, since "to recap" cannot stand there.
    /(?<span>,\s*(?:as|like) (?:I|we)(?: have|'ve)? (?:already |previously |just )?(?:said|mentioned|explained|told you|pointed out)(?: (?:before|earlier|previously|already|at the time|last time|on the phone|on our call))?)(?=\s*[.!?;]|\s*$)/,
    /\b(?<span>(?:as|like) (?:I|we|my colleague|my colleagues|my team|our team|the team|your (?:account )?manager|the agent|support)(?: have| had|'ve|'d)? (?:already |previously |just |clearly |repeatedly |now )?(?:said|mentioned|explained|noted|stated|pointed out|told you|outlined|advised|made clear|indicated|flagged|warned|wrote|emphasi[sz]ed|highlighted)(?: (?:before|earlier|previously|already|more than once|several times|repeatedly|in detail|at length|last (?:week|month|time)|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:my|our|the) (?:last|previous|earlier|first|original) \w+|in (?:the|our) \w+|on (?:our|the) (?:call|phone)|when we (?:first )?(?:spoke|met)|at the (?:start|outset|beginning)))*),?/,
    /\b(?<span>as (?:previously|already) (?:mentioned|stated|explained|advised|noted|discussed|communicated)|as (?:mentioned|stated|explained|noted|outlined|set out|detailed|indicated|highlighted|specified|flagged|pointed out)(?: (?:before|earlier|previously|above|in (?:my|our) (?:last|previous|earlier|first|original) (?:email|message|note|reply|letter|call)s?))?(?! in the (?:attach|guide|article|link|policy|contract|brochure|terms|document|email below))(?! below)|per my (?:last|previous|earlier) (?:email|message|note|reply)|as per my (?:last|previous|earlier) (?:email|message|note|reply)),?/,
  ],
  // Pointing to a document the client holds is a reference, not a reproach.
  exceptions: [
    /^\W*as (?:stated|noted|shown|listed|set out|mentioned|explained) (?:on|in) (?:the|your) (?:invoice|contract|policy|terms|schedule|statement|form|quote|letter|document|website|brochure|booklet|guide)\b/i,
  ],
  message:
    'Pointing out that you have said it before makes the client feel blamed for not listening, which shifts the conversation from their needs to their fault.',
  // Taken out, not replaced: "To recap," keeps the reproach and reads badly mid-sentence.
  replacement: { warm: '', formal: '' },
  examples: {
    flag: [
      '£150 was the rate on the original quote, as I said at the time.',
      'As I already explained, the fee is fixed.',
      'Like I told you at the start, consistency is the whole game.',
      'As my colleague explained, resetting the router fixes most issues.',
      'Per my last email, the invoice is overdue.',
      'As previously mentioned, the policy excludes flood damage.',
      'As set out in my previous email, the excess is £250.',
    ],
    pass: [
      'As stated on the invoice, VAT is included.',
      'You mentioned the timeline feels tight.',
      'As we agreed on Tuesday, I have attached the proposal.',
      'As mentioned in the attached guide, the setup takes ten minutes.',
      'As outlined below, there are three ways to pay.',
    ],
  },
};
export default rule;
