import type { PressureRule } from './rule';

// The writer reporting their own repetition, or restating tersely: "Once more: …", "I feel like I
// keep repeating myself", "I'm going round in circles with this", "for the umpteenth time", "more
// times than I can count". It tells the client they are the reason for the repeat.
const ORDINAL = String.raw`(?:umpteenth|nth|hundredth|thousandth|millionth|zillionth|fifth|sixth|tenth|twentieth|last|third|fourth)`;
const rule: PressureRule = {
  id: 'pressure/repetition-going-over-again',
  kind: 'repetition',
  strictness: 'standard',
  inQuestions: true,
  patterns: [
    /^\W*(?<span>(?:once more|once again|again|one more time|to repeat|repeating myself|for the record)\s*[:\u2014\u2013]|(?:once more|one more time),)/,
    // One pattern for the fixed phrasings: each pattern costs a prefilter check per sentence.
    new RegExp(
      String.raw`\b(?<span>(?:(?:I|we) (?:feel like |feel as if |seem to )?(?:I |we )?keep (?:repeating|saying|telling you|explaining|going over|coming back to) (?:myself|ourselves|the same|this|that|it)(?: (?:thing|point|things|points))?(?: over and over(?: again)?)?)|(?:(?:I(?:'m| am)|we(?:'re| are)|I feel like I(?:'m| am)) going (?:round|around) in circles)|(?:for the ${ORDINAL} time)\b|(?:let me repeat (?:myself|this|that|it)(?: (?:one more|once more|again|for the last) time)?|(?:I'll|I will|I'm going to) (?:say|repeat) (?:it|this) (?:one more time|once more|again))|(?:(?:more times than I can count|(?:I've|I have) lost count of how (?:often|many times)|how many (?:more )?times (?:do|must|will|should|have) I (?:have to |got to )?(?:tell|say|explain|remind|repeat|go over))))`,
    ),
  ],
  exceptions: [
    /^\W*(?:once more|once again|again|one more time),\s*(?:thank|thanks|sorry|apologies|I(?:'m| am) (?:happy|glad|sorry|grateful)|welcome|congratulations|well done|feel free|let me know|please (?:let|feel|don't)|if )/i,
  ],
  message: 'Pointing out that you are repeating yourself tells the client they are the problem; they hear impatience, not the point.',
  replacement: null,
  replacements: [
    { when: /^(?:once more|once again|again|one more time|to repeat|repeating myself|for the record)/i, with: { warm: 'to recap:', formal: 'To summarise:' } },
    { when: /^for the/i, with: { warm: 'just to recap', formal: 'to summarise' } },
  ],
  examples: {
    flag: [
      'Once more: the deadline is Friday.',
      'We seem to keep coming back to the same point.',
      "I'm going round in circles with you on this.",
      "For the hundredth time, the policy doesn't cover flood damage.",
      'Let me repeat myself one more time: the form must be signed.',
      'I feel like I keep repeating myself.',
      "I've lost count of how often I've mentioned this.",
    ],
    pass: [
      'Once more, thank you for your patience with the move.',
      "Again, I'm happy to walk through it whenever suits you.",
      'If it helps, I can go over the numbers again on our call.',
      'You said you felt like you were going round in circles, and that sounds exhausting.',
      "Let me know if you'd like me to explain any part again.",
    ],
  },
};
export default rule;
