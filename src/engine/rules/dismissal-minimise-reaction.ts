import type { PressureRule } from './rule';

// Minimising the client's reaction: "nothing to get worked up about", "don't let the headlines put
// you off", "you're reading too much into it", "it's not worth losing sleep over", "you're
// overreacting". The feeling is judged out of proportion instead of heard.
const UPSET = String.raw`(?:worked up|het up|wound up|upset|stressed(?: out)?|anxious|panicky|bothered|hung up|excited|in a state|in a twist|in a flap)`;
const rule: PressureRule = {
  id: 'pressure/dismissal-minimise-reaction',
  kind: 'dismissal',
  strictness: 'standard',
  patterns: [
    // One pattern for the fixed phrasings: each pattern costs a prefilter check per sentence.
    new RegExp(
      String.raw`\b(?<span>(?:(?:nothing|no reason|not something|not anything|hardly (?:something|anything|a reason)) (?:to |for you to )?(?:get |be )${UPSET} (?:about|over))|(?:(?:hardly|not|nothing)(?: (?:here|really|at all))?(?: is| 's)?(?: really)? (?:something |anything |a thing )?(?:worth (?:panicking|fretting|stressing|worrying|agonising|agonizing|losing sleep|getting upset|getting worked up)|to (?:panic|fret|stress|agonise|agonize|lose sleep|get upset|get worked up)) (?:about|over))|(?:(?:isn't|is not|'s not|not) (?:really |honestly )?worth (?:losing (?:any )?sleep|stressing|worrying|fretting|panicking|agonising|agonizing|getting (?:upset|worked up|stressed)) (?:over|about))|(?:(?:don't|do not|never) let (?:a |the |some |any |those |these |that |this |all (?:the|that|those) )?(?:[\w-]+ ){0,4}?(?:put you off|scare you(?: off| away)?|frighten you(?: off| away)?|spook you|rattle you|throw you|get to you|panic you))\b|(?:(?:you(?:'re| are)|you might be) (?:just |simply |really )?(?:reading (?:far |way |much |a bit |a little )?(?:too much|a lot|more than you should) into|overreacting|over-reacting|making a mountain out of a molehill|making (?:too much|a big deal|a drama) (?:of|out of))))`,
    ),
  ],
  exceptions: [/\b(?:makes sense|understandable|it's fair|I understand|I can see why)\b/i],
  message: 'Calling the reaction out of proportion tells the client their feeling is wrong; they stop sharing it rather than let it go.',
  replacement: null,
  examples: {
    flag: [
      "That's hardly something to panic about.",
      'Nothing here is really worth agonising over.',
      'You might be reading a lot into one bad month.',
      'Never let the paperwork put you off.',
      "Don't let one rough quarter spook you.",
      "Don't let a couple of bad reviews scare you off.",
    ],
    pass: [
      'It makes sense that the letter worried you; let us look at it together.',
      "I don't want you to feel rushed, so take whatever time you need.",
      'You mentioned you did not want to overthink it, so here is a short summary.',
      'If the headlines are worrying you, I am glad to talk through what they mean for you.',
    ],
  },
};
export default rule;
