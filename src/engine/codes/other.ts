// "Other": greetings, sign-offs, courtesy and logistics. These carry no MI weight either way,
// and a sentence that is only this is not advice.
import type { CueSet } from './cue';

export const OTHER: CueSet = {
  code: 'other',
  cues: [
    // Greetings and sign-offs.
    // A title's full stop ("Dear Dr. Lee,") does not end the greeting.
    /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|kia ora|hiya)\b(?:[^.?!]|(?<=\b(?:mr|mrs|ms|mx|dr|prof|st))\.){0,60},?$/,
    /^(?:hi|hello|hey)[,!]?$/,
    /^(?:best|kind|warm|warmest|many thanks|thanks|thank you|cheers|regards|sincerely|yours|all the best|talk soon|speak soon|sorry again|sorry for the hassle|take care|with thanks|best wishes|see you)\b[^.?!]{0,80}$/,
    /^[—–-]+ ?\S/,
    // Courtesy.
    // Spoken courtesy: "Thank you so much.", "Thank you, Dana.", "You're welcome."
    /^(?:thanks|thank you)(?: (?:so|very) much)?(?:,? \w+)?[.!]*$|^(?:you'?re|you are) (?:very |so |most )?welcome[.!]*$/,
    /^(?:thanks?|thank you)(?: so much| again)? for (?:making time|meeting|coming|the tour|your time|your patience|your order|your business|reaching out|getting back|taking the time|joining|the call|the chat|the update)\b/,
    /^(?:it was |it'?s )?(?:great|good|nice|lovely|a pleasure) (?:meeting|to meet|to see|seeing|talking|to talk|to speak|speaking|to kick|to catch up|catching up)\b/,
    /^(?:i'?m|we'?re) (?:so |very |really )?sorry for (?:the|any) (?:disruption|hassle|delay|inconvenience|wait|confusion|trouble)\b/,
    /^(?:quick )?follow(?:ing)?[- ]up\b/,
    /^(?:please )?(?:don'?t hesitate|feel free) to (?:contact|reach|get in touch|call|email|reply)\b/,
    /^(?:any|if you have any) (?:questions|problems|trouble|issues)\b/,
    /^(?:please )?(?:call|email|ring|phone|text|contact) (?:me|us)\b/,
    /^(?:hope|i hope) (?:you'?re|you are|this finds|all is|your)\b/,
    /^see you\b/,
    // Logistics and commitments the writer makes.
    /^(?:i|we)(?:'ll| will| shall) (?:send|file|call|email|get|have|follow|be in touch|check|update|book|confirm|let you know|share|circulate|forward|need|look|ring|text|set up|put|arrange)\b/,
    /^(?:i|we)(?:'m| am| are|'re) (?:still )?(?:waiting|going to send|sending|attaching)\b/,
    /^(?:i|we)(?:'ve| have) (?:booked|attached|scheduled you|put you down|sent|copied|cc'?d)\b/,
    /^(?:i|we) need to check\b/,
    /^attached (?:is|are)\b|^please find attached\b|\b(?:is|are) attached\.?$/,
    /^this is (?:a|just a|your) (?:reminder|quick note|confirmation)\b/,
    /^your (?:appointment|call|meeting|session|booking) is (?:on|at|booked|confirmed)\b/,
    /\b(?:should|will) be with you (?:by|on|in)\b/,
    /\bwill (?:call|email|contact|ring) you\b/,
  ],
  examples: {
    coded: [
      'Hi Sam,',
      'Best,\nPriya',
      'Thanks for making time for the interview yesterday.',
      "I'll send the revised quote on Friday morning.",
      '— The Support Team',
    ],
    notCoded: ['The premium plan includes phone support.', 'Thanks for pushing back — it helps us get this right.'],
  },
};
