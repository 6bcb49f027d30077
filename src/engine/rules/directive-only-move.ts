import type { PressureRule } from './rule';

// A single path presented as the only sane one: "your only sensible move is to…", "the only
// option is to…", "the right thing for you to do is…". The modal is gone but the verdict on the
// client's decision stays.
const rule: PressureRule = {
  id: 'pressure/directive-only-move',
  kind: 'directive',
  strictness: 'gentle',
  patterns: [
    // "The only option is…" is certainty-no-brainer's.
    /\b(?<span>your (?:only (?:sensible |real |smart |viable |logical |reasonable )?(?:move|option|choice|course of action|way forward|path|answer)|(?:best|smartest|wisest|safest) (?:move|play|course of action)) (?:now |here |left |at this point )?is (?:for you )?to)\s+(?<rest>[^.!?;]+)/,
    /\b(?<span>the (?:right|smart|sensible|best|wise|only (?:sensible|smart|logical|right|real|reasonable|wise)) (?:thing|move|decision|call|course of action) (?:for you )?(?:to (?:do|make) )?(?:now |here )?is (?:for you )?to)\s+(?<rest>[^.!?;]+)/,
    /\b(?<span>the right thing for you to do is(?: to)?)\s+(?<rest>[^.!?;]+)/,
    /(?:^\W*|\b(?:the|so|and|honestly,?) )(?<span>best thing (?:for you to do|you can do|to do) (?:now |here )?is(?: to)?)\s+(?<rest>[^.!?;]+)/,
    /\b(?<span>what (?:you|your [\w-]+(?: [\w-]+)?) (?:really |simply )?needs? to do (?:now |here )?is(?: to)?)\s+(?<rest>[^.!?;]+)/,
  ],
  exceptions: [
    /\b(?:for (?:some|many|most) (?:people|clients|families)|depends|it's your call|up to you)\b/i,
    /^\W*(?:to \w+|if you(?:'d| would)? (?:like|want|prefer))\b/i,
  ],
  message: 'Calling one path the only sensible move decides for the client; MI sets out the options and lets them weigh them.',
  replacement: { warm: 'one option would be to', formal: 'one option would be to' },
  examples: {
    flag: [
      'Your only sensible move is to consolidate the debts with us.',
      'Your best move at this point is to fix the rate for five years.',
      'The only smart move now is to sell the second property.',
      'The smart move is for you to fix the rate now.',
      'The right thing for you to do is sign with our agency.',
      'Best thing you can do is book the survey now.',
      'What your family needs to do is sell the second car.',
    ],
    pass: [
      'One option is to wait until the spring.',
      'The only option we have found so far is the tracker rate — how does that sound?',
      'For some clients the best move is to wait, and it depends on your goals.',
      'What you need to do is up to you; here are the options.',
      'To claim, what you need to do is send the receipt.',
    ],
  },
};
export default rule;
