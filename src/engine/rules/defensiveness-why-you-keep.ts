import type { PressureRule } from './rule';

const rule: PressureRule = {
  id: 'pressure/defensiveness-why-you-keep',
  kind: 'defensiveness',
  strictness: 'gentle',
  inQuestions: true,
  patterns: [
    /\b(?<span>(?:I'm not sure|I don't (?:know|understand|see)|I'm not clear on) why you (?:keep|continue to|are still|'re still|would|'d)|why (?:do |would )?you (?:keep|continue to|insist on) (?:question|ask|doubt|challeng|push|bring|rais|insist)\w*|(?:I'm not sure|I don't know) what (?:else )?you (?:expect|want) (?:me|us) to|I(?:'m| am) not (?:going|about) to (?:argue|debate|chase|get into|go back and forth|keep explaining|justify|apologi[sz]e)|I don't think it's fair (?:to|that)|(?:that's|that is|it's|it is) not (?:my|our) (?:fault|problem|responsibility)|not (?:my|our) fault|I did (?:exactly )?what you asked|(?:is|was|are|were) (?:entirely |all |largely )?(?:down to|because of|due to|the result of) (?:the )?[^.;,]{0,60}\byour (?:team|side|company|own|changes|requests|delays)\b)/,
  ],
  message: 'Meeting a question with defensiveness tells the client that raising concerns is unwelcome, and the conversation turns into a dispute.',
  replacement: null,
  examples: {
    flag: ["I'm not sure why you keep questioning the pace of this matter.", "I'm not sure what else you expect me to do at this point.", "I'm not going to argue about what the chatbot said.", "We've shipped dozens of stores, and I don't think it's fair to suggest nothing is happening."],
    pass: ["I'm not sure the timing works for the team.", "I'm glad you asked about the pace."],
  },
};
export default rule;
