import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/defensiveness-im-the-expert',
  kind: 'defensiveness',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>I(?:'m| am) the (?:expert|professional|specialist|one (?:who(?:'s| has| is)?|with|that)(?: been)?)|I(?:'m| am) the (?:(?:qualified|certified|licensed|chartered|registered|trained|senior|experienced|accredited) )?(?:trainer|coach|adviser|advisor|accountant|lawyer|solicitor|engineer|doctor|agent|broker|consultant|planner|recruiter|surveyor|builder|contractor|technician|architect|therapist|clinician)(?= here\b|,? not you\b)|I (?:really |just |honestly |simply )?(?:do )?know what I(?:'m| am) doing|I(?:'ve| have) been doing this longer than [^.,;]+|I(?:'ve| have) been doing this (?:for|since)|so yes,? I'm (?:sure|certain|confident)|I(?:'m| am) (?:a|an) [\w ]{2,40}? with (?:\w+|\d+)\+? years'? (?:of )?experience|(?:my|our) work being (?:second-guessed|questioned|challenged))(?![\w-])/,
    /\b(?<span>(?<claim>(?:I(?:'ve| have)|we(?:'ve| have)) (?:been )?(?:\w+ed|\w+ing|run|done|built|shipped|sold|seen|managed|designed|helped|worked with|handled|advised|(?:a|an) [\w-]+|in [\w-]+) (?:[\w-]+ ){0,5}?(?:for|with|over)? ?(?:more than |over |nearly |almost |well over )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|dozens|scores)\b[^,;]{0,40})[,;]\s*(?:so|and|but)\b(?=[^.]*\b(?:I'm sure|I am sure|trust (?:me|my|our|the)|(?:isn't|aren't|is not|are not|not) the (?:issue|problem)|I don't think|I(?:'d| would) ask you|I (?:think I |really )?know|(?:it's|that's) not fair|unfair|(?:question|doubt)(?:ing|ed)? (?:my|our|me|us|it|this|that)\b|second-guess|you (?:should|need to|must)|believe me))[^.;!?]*)/,
    // "I know this market far better than you do": rank instead of reasons.
    /\b(?<span>I (?:probably |certainly |honestly |really |simply )?know (?<what>(?:[\w-]+ ){1,4}?)(?:far |much |a lot |a great deal |rather |a good deal )?better than you(?: do)?)(?![\w-])/,
    // "Leave the strategy to the experts": the client's part in the decision waved away.
    /\b(?<span>leave (?<what>it|this|that|the [\w-]+(?: [\w-]+)?|these \w+|those \w+) to (?:the |us |me )?(?:experts|professionals|specialists|pros|as the experts))(?![\w-])/,
  ],
  // Experience offered with humility is context, not rank.
  exceptions: [/\b(?:I(?:'m| am)? still (?:learn|learning)|still learn)\b/i],
  message: 'Pulling rank answers a question with status instead of reasons; the client feels dismissed and is less likely to trust the advice.',
  replacement: null,
  // The status claim becomes a plain fact; the kind's frame then welcomes the question.
  replacements: [
    { when: /^I(?:'m| am) the (?!one\b)/i, with: { warm: "I'm glad to share my experience", formal: 'I am glad to share my experience' } },
    // "I'm the one who's been managing…" → "I've been managing…"; "I'm the one with the CFP" → "I have the CFP".
    { when: /^I(?:'m| am) the one who(?:'s| has)? been$/i, with: { warm: "I've been", formal: 'I have been' } },
    { when: /^I(?:'m| am) the one who(?:'s| has)$/i, with: { warm: "I've", formal: 'I have' } },
    { when: /^I(?:'m| am) the one who is$/i, with: { warm: "I'm", formal: 'I am' } },
    { when: /^I(?:'m| am) the one with$/i, with: { warm: 'I have', formal: 'I have' } },
    { when: /^I(?:'m| am) the one/i, with: { warm: "I've", formal: 'I have' } },
    { when: /I know what I'm doing/i, with: { warm: "I've thought this through carefully", formal: 'I have considered this carefully' } },
    {
      when: /longer than/i,
      with: {
        warm: "I have many years of experience with this, and I'm happy to explain my reasoning",
        formal: 'I have many years of experience in this area and am happy to explain my reasoning',
      },
    },
    { when: /second-guessed|questioned|challenged/i, with: { warm: 'questions about my work', formal: 'questions about my work' } },
    { when: /so yes/i, with: { warm: "so I'm fairly confident", formal: 'so I am fairly confident' } },
    {
      when: /[,;]\s*(?:so|and|but)\b/i,
      with: { warm: "$<claim>, and I'm happy to walk you through my reasoning", formal: '$<claim>, and I am happy to explain my reasoning' },
    },
    {
      when: /better than you/i,
      with: { warm: "I know $<what> well, and I'm happy to explain my reasoning", formal: 'I know $<what> well and am happy to explain my reasoning' },
    },
    { when: /^leave /i, with: { warm: 'lean on us for $<what>', formal: 'rely on us for $<what>' } },
    { when: /./, with: { warm: '$<span>', formal: '$<span>' } },
  ],
  examples: {
    flag: [
      'With respect, I know the local market a lot better than you.',
      'You should really leave the tax side to the professionals.',
      "I've been letting flats on this street for twelve years, so yes, I'm sure.",
      "We've run this analysis for more than forty companies, so I'd ask you to trust the methodology.",
      "I'm the one who's been managing your money for eight years.",
      "I'm a chartered accountant with twenty years' experience.",
      "I'm the licensed broker here, not you.",
    ],
    pass: [
      "I've been doing this for a decade and I'm still learning from clients like you.",
      "I've worked with hundreds of clients in your position, and many felt exactly the same way.",
      "I'm the person to contact if anything changes.",
      "I'm the accountant on your file and happy to help.",
    ],
  },
};
export default rule;
