import type { PressureRule } from './rule';
import { AUTONOMY } from './shared';

const rule: PressureRule = {
  id: 'pressure/ultimatum-no-choice',
  kind: 'ultimatum',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>you(?: really| honestly| simply| realistically| just| frankly)? ?(?:have|'ve got|'ve|got|have got) no (?:other |real )?(?:choice|option|alternative)(?: but)?|you (?:don't|do not|haven't|have not) (?:really |honestly |actually |realistically )?(?:have|get|got) (?:a|any|much of a) (?:real )?(?:choice|option|say|vote)|(?:we|I)(?:'ll| will| would|'d| may)? (?:have|be left with) no (?:other )?(?:choice|option|alternative)(?: but)?|(?:is|are|'s) (?:absolutely |completely |totally |simply )?non[- ]?negotiable|(?:is|are|'s|isn't|aren't|is not|are not) not (?:up for )?negotia(?:ble|tion)|(?:isn't|aren't|is not|are not|'s not|'re not) (?:up for|open to) (?:discussion|debate|negotiation|review)|take it or leave it|(?:this is )?(?:my|our|the) final (?:offer|warning)|(?:your|this is your|a) (?:last|final) warning|(?:is|are|will be|'s) (?:entirely |all |squarely )?on you|(?:only )?have yourself to blame|at your own risk|(?:is|are) off the table|(?:it's|it is) (?<what>this|that|the [\w-]+)(?<rest>(?: [\w-]+){0,4}?) or nothing|(?:don't|do not) expect (?:us|me) to)(?![\w-])/,
  ],
  exceptions: [AUTONOMY],
  message: 'Saying the client has no choice removes the one thing MI protects, their autonomy, and invites them to prove otherwise.',
  replacement: null,
  replacements: [
    { when: /^you\b.*\bno\b/i, with: { warm: 'the option we can offer is', formal: 'the option available is' } },
    { when: /^(?:we|I)\b/i, with: { warm: 'the next step would be', formal: 'the next step would be' } },
    { when: /^you (?:don't|do not|haven't|have not)/i, with: { warm: 'there is no flexibility on our side', formal: 'there is no flexibility on our side' } },
    { when: /^(?:are|'re|aren't|are not)\b/i, with: { warm: 'are fixed on our side', formal: 'are fixed on our side' } },
    {
      when: /^(?:is|'s|isn't|is not)\b.*negotia|^(?:is|'s|isn't|is not) (?:up for|open to)/i,
      with: { warm: 'is fixed on our side', formal: 'is fixed on our side' },
    },
    { when: /take it or leave it/i, with: { warm: 'this is the best we can offer', formal: 'this is the best we are able to offer' } },
    { when: /^this is .*final offer/i, with: { warm: 'this is our best offer', formal: 'this is our best offer' } },
    { when: /final offer/i, with: { warm: 'our best offer', formal: 'our best offer' } },
    { when: /warning/i, with: { warm: 'a reminder', formal: 'a reminder' } },
    // "that's on you": the span starts at the "'s", so the wording brings its own space.
    { when: /^['’]s on you$/i, with: { warm: ' would fall to you', formal: ' would fall to you' } },
    { when: /on you$|to blame/i, with: { warm: 'would fall to you', formal: 'would fall to you' } },
    { when: /own risk/i, with: { warm: 'knowing the risks', formal: 'with the risks in mind' } },
    { when: /^are off the table/i, with: { warm: 'are no longer available', formal: 'are no longer available' } },
    { when: /off the table/i, with: { warm: 'is no longer available', formal: 'is no longer available' } },
    { when: /or nothing/i, with: { warm: '$<what> $<rest> is what we can offer', formal: '$<what> $<rest> is what we are able to offer' } },
    { when: /expect/i, with: { warm: 'we may not be able to', formal: 'we may not be able to' } },
  ],
  examples: {
    flag: [
      'You have no choice but to accept the revised terms.',
      'We will have no choice but to refer the account to collections.',
      'The price is non-negotiable.',
      'The start date is non negotiable, I’m afraid.',
      'You don’t honestly have a choice if you want to stay compliant.',
      'Realistically you’ve got no option but to refinance.',
      'Any penalty is on you.',
      'The SLA is off the table.',
      'The closing date is not up for discussion.',
      "It's the standard package or nothing.",
      "Go elsewhere, but don't expect us to hold this rate.",
    ],
    pass: ['You have a choice here, and either path is workable.', 'There is no wrong choice here.', 'We expect the parts on Monday.'],
  },
};
export default rule;
