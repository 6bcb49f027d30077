import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/defensiveness-im-the-expert',
  kind: 'defensiveness',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>I(?:'m| am) the (?:expert|professional|specialist|one (?:who(?:'s| has| is)?|with|that)(?: been)?)|I know what I'm doing|I(?:'ve| have) been doing this (?:for|since)|so yes,? I'm (?:sure|certain|confident)|I(?:'m| am) (?:a|an) [\w ]{2,40}? with (?:\w+|\d+)\+? years'? (?:of )?experience|(?:my|our) work being (?:second-guessed|questioned|challenged))(?![\w-])/,
    /\b(?<span>(?:I(?:'ve| have)|we(?:'ve| have)) (?:been )?(?:\w+ed|\w+ing|run|done|built|shipped|sold|seen|managed|designed|helped|worked with|handled|advised) (?:[\w-]+ ){0,5}?(?:for|with|over)? ?(?:more than |over |nearly |almost |well over )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|dozens|scores)\b[^,;]{0,40})[,;]\s*(?:so|and|but)\b(?=[^.]*\b(?:I'm sure|I am sure|trust|(?:isn't|aren't|is not|are not|not) the (?:issue|problem)|I don't think|I(?:'d| would) ask you|I know|fair|question|doubt|second-guess|you (?:should|need to|must)|believe me))/,
  ],
  message: 'Pulling rank answers a question with status instead of reasons; the client feels dismissed and is less likely to trust the advice.',
  replacement: null,
  examples: {
    flag: [
      "I've been selling homes in this neighbourhood for fifteen years, so yes, I'm sure.",
      "We've run this analysis for more than forty companies, so I'd ask you to trust the methodology.",
      "I'm the one who's been managing your money for eight years.",
      "I'm a chartered accountant with twenty years' experience.",
    ],
    pass: ["I've worked with hundreds of clients in your position, and many felt exactly the same way.", "I'm the person to contact if anything changes."],
  },
};
export default rule;
