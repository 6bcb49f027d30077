import type { PressureRule } from './rule';

// Hindsight blame. The rewrite keeps the point (what would have helped) without the verdict.
const rule: PressureRule = {
  id: 'pressure/repetition-you-should-have',
  kind: 'repetition',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>you (?:really |honestly |just |simply |probably |definitely )?(?:should|could|ought to|might|need to)(?: have|'ve) (?<pp>known|read|checked|told|forwarded|sent|called|asked|listened|done|paid|submitted|kept|followed|mentioned|taken|booked|filed|replied|responded|come|acted|thought))\b/,
    /\b(?<span>if you(?: had|'d) (?<vb>read|listen(?=ed)|follow(?=ed)|check(?=ed)|open(?=ed))(?:ed)?)\b/,
    // Any past participle after "should/ought to have", except the ones that tell the client what to expect.
    /\b(?<span>you (?:really |honestly |just |simply |probably |definitely )?(?:should|ought to)(?: have|'ve) (?!(?:received|gotten|had|been|noticed|arrived|started|finished|expected|used)\b)(?<pp>\w+ed))\b/,
    // "Had you read the welcome email, you'd have seen…": the same blame, inverted.
    /^\W*(?<span>had you (?:only |just |actually |properly )?(?:read|opened|checked|looked at|listened to|followed|paid attention to)\b[^,;]{0,60},\s*you(?:'d| would) have (?:known|seen|noticed|found|understood|realised|realized|spotted|caught|been aware)\b[^.;!?]*)/,
    // "Had you read the guide, this wouldn't have come as a surprise": the same blame, with the outcome as subject.
    /^\W*(?<span>had you (?:only |just |actually |properly )?(?:read|opened|checked|looked at|listened to|followed|paid attention to|told (?:us|me)|let (?:us|me) know|called|asked|backed up|kept|replied)\b[^,;]{0,60},\s*(?:(?:this|that|it|the [\w-]+(?: [\w-]+)?) (?:would(?:n't| not| never)|'d never|could(?:n't| not))|none of (?:this|that|it) (?:would|could)) (?:have|be)\b[^.;!?]*)/,
    // "Had you booked when I suggested, …": the blame is the reminder of who said so; the rest may stay.
    /\b(?:had you|if you(?:'d| had)) (?:only |just )?(?:\w+ed|done|taken|gone|made|sent|paid|bought|read|sold|put|got|come|begun|written|spoken|listened)\b[^,;.!?]{0,50}?(?<span>,? (?:when|as|like) (?:I|we) (?:first |originally |had )?(?:suggested|said|advised|recommended|told you|asked(?: you)?|proposed|mentioned|warned(?: you)?)(?: (?:it|you to|you))?)(?![\w-])/,
    // "You'd have seen this if you had opened the attachment": blame in a conditional.
    /\b(?<span>you(?:'d| would) have (?:known|seen|noticed|found|understood|realised|realized|spotted|caught|been aware)\b[^.;!?]{0,50}? if you(?:'d| had) (?:only |just |actually |properly )?(?:read|opened|checked|looked at|listened|followed|paid attention|scrolled)[^.;!?]*)/,
  ],
  message: 'Hindsight blame ("you should have") cannot be acted on and makes the client defensive about the past instead of open about what comes next.',
  replacement: { warm: 'in hindsight, it would have helped to have $<pp>', formal: 'in hindsight, it would have been helpful to have $<pp>' },
  replacements: [
    { when: /^you(?:'d| would) have|^had you/i, with: { warm: 'I could have made this clearer', formal: 'I could have made this clearer' } },
    { when: /^,? ?(?:when|as|like) (?:I|we)\b/i, with: { warm: '', formal: '' } },
    { when: /^if/i, with: { warm: 'if you had had the chance to $<vb>', formal: 'had there been an opportunity to $<vb>' } },
  ],
  examples: {
    flag: [
      'You should have sent the claim form within thirty days.',
      'If you had read the terms, this would not be a surprise.',
      'you ought to have booked the survey first',
      'You should have queried the invoice before paying it.',
      'You would have known about the fee if you had read the schedule.',
      'Had you checked the portal, you would have seen the new date.',
      'Had you told us sooner, none of this would have been needed.',
      "You should've sent the form back with the deposit.",
      'You honestly could have told me about the second mortgage.',
      'If you had renewed when I suggested, the discount would still apply.',
      'Had you signed when we advised, the price would be lower.',
    ],
    pass: [
      'You feel you should have kept them, and I can tell it has been weighing on you.',
      'You should have received the refund by now.',
      'You should have noticed a small test payment on your statement.',
      'You would have saved £300 if you had switched last year, which is why I mention it now.',
      "You should've received the welcome pack by now.",
      'If you had any trouble when I suggested the new login, let me know.',
    ],
  },
};
export default rule;
