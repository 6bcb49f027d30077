// Permission and collaboration: asking before advising, or offering to work it out together
// (MITI "Persuade with permission" / "Seeking collaboration"). Coded instead of a question
// code when the question is the asking: "Would it help if I shared…?" is permission.
import type { CueSet } from './cue';

export const PERMISSION: CueSet = {
  code: 'permission',
  cues: [
    /^(?:would|will|might) it (?:help|be (?:useful|helpful|ok|okay|alright|all right|worth|of use|easier))\b/,
    /^(?:would|do) you (?:like|want) me to\b/,
    /^(?:want|like) me to\b/,
    /^(?:would|are) you (?:be )?(?:open|interested) (?:to|in)\b/,
    /^(?:is it|would it be|will it be) (?:ok|okay|alright|all right|fine) (?:if|for me to|with you if)\b/,
    /^(?:may|can|could|might) i (?:share|offer|suggest|make a suggestion|tell you|add|give you|walk you|run|show)\b/,
    /^(?:do|would) you mind if i\b/,
    /^shall we\b/,
    /^how would you feel about (?:me|us|if i|if we)\b/,
    /^i wonder if (?:i|we) (?:could|might|can)\b/,
    /^if (?:it|that|this) (?:would|'d|will|might|could)? ?(?:help|be (?:useful|helpful|of use))\b/,
    /^if (?:it'?s|that'?s|it'd be|that'd be) (?:useful|helpful|of use)\b/,
    /^if you'?re (?:open to it|interested|up for it|curious)\b/,
    /^if you(?:'d| would) (?:find it (?:useful|helpful)|like,? (?:i|we))\b/,
    /\b(?:if|whenever) (?:that|it) (?:would|'d|might) (?:help|be (?:useful|helpful))\b/,
    /\b(?:would|will) that (?:help|be (?:useful|helpful))\s*\??$/,
    /^i'?(?:m|d be|'d be|ll be) (?:glad|happy|more than happy) to (?:share|walk|go through|talk|explain|show|run|put together|look)\b.*\b(?:if|whenever|when) (?:you'?re ready|you like|you want|it helps|that helps|that would help|useful)\b/,
  ],
  examples: {
    coded: [
      'Would it help if I shared what other clients did?',
      'Shall we look at the options together?',
      'If it would help, we could spend part of next week rehearsing it.',
      'Would you like me to go over the two policies with you on a short call?',
      "I'm happy to share how other small teams have handled the rollout, whenever you're ready.",
      'Would you be open to a short video call next week to talk it through?',
    ],
    notCoded: ['Would you be willing to try the update first?', 'Would a weekday or a weekend viewing suit you better?', 'It would help to know your budget.'],
  },
};
