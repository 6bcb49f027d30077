import type { PressureRule } from './rule';
import { AUTONOMY, LOSS } from './shared';

// Two doors, one of them a loss: "Either you sign or we release the unit", "Pay by the 1st or the
// discount goes", "Miss one more payment and the policy lapses". Rewritten as a plain condition,
// with the choice handed back by the kind's frame.
const rule: PressureRule = {
  id: 'pressure/ultimatum-either-or',
  kind: 'ultimatum',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>either you (?<act>(?!or\b)[^.;?]{1,80}?),? or(?: else)?)(?= (?:we|I|you|the|your|it|this|that|they|there)\b)/,
    /\b(?<span>either (?<act>(?:commit|sign|pay|renew|accept|agree|decide|confirm|book|act|upgrade|settle|choose)\b(?!or\b)[^.;?]{0,60}?),? or(?: else)?)(?= (?:we|I|you|the|your|it|this|that|they|there|find|go|look|lose)\b)/,
    /\b(?<span>you either (?<act>(?!or\b)[^.;?]{1,80}?),? or(?: else)?)(?= (?:we|I|you|the|your|it|this|that|they)\b)/,
    /^\W*(?:(?:just|please|so),? )?(?<span>(?<act>(?:sign|pay|renew|commit|decide|reply|respond|confirm|accept|book|upgrade|act|agree|return|send|transfer|settle|choose|clear|approve|complete)\b[^,;.?]{0,60}?)(?:,? or(?: else)?|,? otherwise))(?= (?:the|your|you|we|I|it|this|that|they|there|lose|forfeit|miss)\b)/,
    /^\W*(?<span>(?<act>(?:miss|skip|refuse|decline|ignore|cancel|drop|delay|leave|walk away|turn (?:this |it |that |the \w+ )?down|wait|pass on|fail to \w+|reject|say no to)\b[^,;.?]{0,60}?) and)(?= (?:the|your|you|we|I|it|this|that|they)\b)/,
  ],
  // Between two doors, the writer's refusal is itself the loss: "…or we can't start in March".
  requiresAfter: [
    new RegExp(LOSS, 'i'),
    /^\W*(?:we|I)(?:'ll| will)? (?:simply |just )?(?:can't|cannot|can not|won't|will not|couldn't|won't be able to|will not be able to)\b/i,
  ],
  exceptions: [AUTONOMY, /\bwhichever\b/i],
  message: 'Offering two doors, one of them a loss, is a threat in the form of a choice; the client hears coercion, not options.',
  replacement: { warm: 'if you $<act|lc>,', formal: 'if you $<act|lc>,' },
  replacements: [
    { when: /^(?:either you|you either)\b/i, with: { warm: "if you don't $<act>,", formal: 'if you do not $<act>,' } },
    { when: /^either\b/i, with: { warm: "if you don't $<act|lc>,", formal: 'if you do not $<act|lc>,' } },
    { when: /\b(?:or|otherwise)\b/i, with: { warm: "if you don't $<act|lc>,", formal: 'if you do not $<act|lc>,' } },
  ],
  examples: {
    flag: [
      'Either you confirm the booking or we give the date to another couple.',
      'Either you sign the scope by Friday or we can’t start in March.',
      'You either renew the licence or the seats are terminated.',
      'Pay the deposit by Monday or the flat goes to the next applicant.',
      'Skip the follow-up scan and you could end up back at the start of the list.',
      'Either commit this week or look for another agent.',
      'Approve the quote by noon, otherwise we release the engineer’s slot.',
      'Turn this down and the premium goes up at renewal.',
      'Either you accept the valuation or there’s no deal.',
      'Book the slot now or lose it for good.',
      'Refuse and we’ll have to end the contract.',
      'Sign the waiver or you can’t take part.',
    ],
    pass: [
      'Either option is fine by me.',
      'You can either pay monthly or yearly, whichever suits you.',
      'Sign the form and send it back whenever suits you.',
      'Either you or your partner can sign.',
    ],
  },
};
export default rule;
