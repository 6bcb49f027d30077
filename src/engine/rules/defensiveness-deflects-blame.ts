import type { PressureRule } from './rule';

// Sarcastic deference and blame-deflection: "if you'd rather take advice from a blog than from me,
// that's your choice", "if you think X knows better, by all means ask", "it wasn't my fault", "I'm
// not responsible for…", "you're free to go elsewhere". The writer guards their standing instead of
// hearing the client, who learns that doubts cost them the relationship.
const OTHER_ADVISER = String.raw`(?:another|someone else|somebody else|a different|a new|other)(?: [\w-]+)?`;
const rule: PressureRule = {
  id: 'pressure/defensiveness-deflects-blame',
  kind: 'defensiveness',
  strictness: 'standard',
  inQuestions: true,
  patterns: [
    // One pattern for the fixed phrasings: each pattern costs a prefilter check per sentence.
    new RegExp(
      String.raw`\b(?<span>(?:if you(?:'d| would)? (?:rather|prefer to) (?:trust|take advice from|listen to|believe|go with|rely on|follow)\b[^,;.!?]{1,50}?\b(?:than|over|instead of) (?:(?:to|from|with) )?(?:me|us|my|our|what I|what we))|(?:if you think (?:you|[\w'’-]+(?: [\w'’-]+){0,3}) knows? (?:more|better)(?: than (?:me|us|I do|we do))?))`,
    ),
    /(?:^\W*|\b)(?<span>fine,? (?:go with|go ahead with|listen to|trust|believe|do) (?:whatever|what) )/,
    new RegExp(
      String.raw`\b(?<span>(?:(?:it's not|it is not|it isn't|it wasn't|it was not|that wasn't|that was not|that's not|that is not|this isn't|this is not|none of (?:this|that|it) (?:is|was)) (?:my|our) fault)|(?:(?:I(?:'m| am)|we(?:'re| are)) (?:not|hardly) (?:to blame|responsible|accountable|at fault|the one to blame)(?: for| if)?)|(?:(?:I|we) (?:can't|cannot|can not|won't|will not|shouldn't) be (?:held )?(?:responsible|accountable|liable|blamed))|(?:(?:it's|it is|that's|that is) (?:not |hardly |a bit un|un)fair to (?:blame|hold|point the finger at) (?:me|us)|I (?:don't|do not) think (?:it's|it is|that's|that is) (?:very |entirely |really )?fair to (?:blame|hold|point the finger at) (?:me|us))|(?:(?:you(?:'re| are) (?:free|welcome|more than welcome)|feel free) to (?:go elsewhere|look elsewhere|take your business elsewhere|(?:find|look for|hire|go to|use|try) ${OTHER_ADVISER})))`,
    ),
  ],
  exceptions: [
    /\b(?:happy to (?:help|share|pass|recommend|introduce)|glad to (?:help|share|recommend)|handover|hand over|I'd understand|I would understand|second opinion)\b/i,
    /\b(?:my|our) fault,? (?:and|I'm sorry|sorry)\b/i,
  ],
  message:
    'Defending your own standing — blame passed on, or the client invited to leave — answers a doubt with distance; they stop raising doubts rather than resolve them.',
  replacement: null,
  replacements: [{ when: /fault$/i, with: { warm: 'I can see how frustrating this has been, and', formal: 'I understand this has been frustrating, and' } }],
  examples: {
    flag: [
      "If you'd rather trust a forum than me, that's up to you.",
      'If you would rather listen to your cousin than to us, so be it.',
      'If you think your brother-in-law knows more than I do, by all means ask him.',
      'Fine, go with whatever the internet tells you.',
      "I'm not to blame for the market falling.",
      'I cannot be held accountable for choices made against my advice.',
      "I don't think it's fair to blame me for the delay.",
      "It's hardly fair to hold us responsible for the courier.",
      "You're free to go elsewhere if you're unhappy.",
      'Feel free to find another coach if you think that would help.',
    ],
    pass: [
      "You're welcome to get a second opinion, and I'm happy to share my notes with whoever you ask.",
      "That was my mistake, and I'm sorry it caused a delay.",
      "If another adviser would suit you better, I'd understand and can help with the handover.",
      "The bank made an error on the statement, and I've asked them to correct it.",
      "It's completely fair to ask who is responsible for the delay.",
    ],
  },
};
export default rule;
