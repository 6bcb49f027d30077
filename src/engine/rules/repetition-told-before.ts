import type { PressureRule } from './rule';

// Repetition that blames without "as I said": "I've said this several times now", "this was all
// in the email I sent on Monday", "how many times do I need to explain…", "you were told about…
// at the start". Each points at the client's failure to take it in.
const rule: PressureRule = {
  id: 'pressure/repetition-told-before',
  kind: 'repetition',
  strictness: 'gentle',
  inQuestions: true,
  patterns: [
    // Saying or telling it before, counted or not: "I've said this before", "I have told you more than
    // once", "which I've now explained twice". A report to someone else ("I've flagged it already
    // with the underwriter") is not aimed at the client.
    /\b(?<span>(?:I've|I have|we've|we have) (?:now |already |previously )*(?:said|explained|covered|mentioned|written|gone over|been over|set out|pointed out|told you|reminded you|asked you|warned you|made (?:this|that|it) clear)(?: (?:this|that|it)(?: to you)?)?(?: (?:about|of) (?:this|that|it))? (?:before|already|previously|twice|three times|more than once|(?:several|many|multiple|numerous|a few|a number of|countless|so many) times|repeatedly|again and again|over and over|on (?:several|many|a few|multiple) occasions)(?: (?:now|already|before))?)(?![\w-])(?! (?:with|to) (?!you\b))/,
    // "To reiterate what I said…", "let me reiterate": the repeat announced.
    /\b(?<span>to reiterate what (?:I|we) (?:said|mentioned|wrote|explained|told you)(?: (?:yesterday|earlier|before|last \w+|on \w+))?,?|(?:let me|I'll|I will|I must|I have to|I need to|I'd like to|I want to) reiterate(?: (?:that|again|once more|what I said))?,?)(?![\w-])/,
    /\b(?<span>(?:this|that|it|all of this|everything) (?:was|is) (?:all |already |clearly )?(?:in|covered in|set out in|explained in) (?:the|my|our) (?:email|message|letter|note|summary|contract|terms)(?: (?:I|we) (?:sent|wrote|attached)(?: you)?)?(?: (?:on \w+|last \w+|earlier|before|already|at the start|weeks ago|yesterday))?)(?![\w-])/,
    /\b(?<span>how many (?:more )?times (?:do|must|will|should|have) (?:I|we) (?:need to |have to |got to )?(?:explain|say|tell you|repeat|go over|remind you(?: about| of)?)(?: this| that| it)?)(?![\w-])/,
    /\b(?<span>I(?:'ve| have) had to (?:explain|say|repeat|tell you|go over|remind you (?:of|about))(?: (?:this|that|it))?(?: to you)? (?:\w+ times|twice|again|more than once|repeatedly))(?![\w-])/,
    /\b(?<span>I (?:already |did )?(?:mentioned|mention|explained|covered|set out|flagged|raised) (?:this|that|it|all (?:of )?(?:this|that|it)) (?:already )?in my (?:earlier|previous|last|first|original|past|other) (?:emails?|messages?|letters?|notes?|replies))(?![\w-])/,
    /\b(?<span>I (?:already went|(?:'ve|have) already gone|went) (?:through|over) (?:this|that|it) (?:with you )?(?:already|before|last \w+|on \w+|twice|more than once)|I(?:'ve| have) already (?:been|gone) (?:through|over) (?:this|that|it|all (?:of )?this)(?: with you)?)(?![\w-])/,
    /\b(?<span>(?:this is |that's |it's )?the same (?:answer|thing|explanation|reply) I (?:gave|told|sent) you (?:last time|before|last week|already|on \w+))(?![\w-])/,
    /\b(?<span>(?:as|like) I(?:'ve| have) been (?:saying|telling you|explaining)(?: (?:all along|for (?:weeks|months|a while)|from the start))?,?)(?![\w-])/,
    /\b(?<span>(?:this|that|it|all of this) (?:has|had) already been (?:explained|covered|set out|mentioned|sent|made clear) to you)(?![\w-])/,
    /\b(?<span>you were (?:told|informed|advised|made aware|warned)(?: about| of| that)?)(?= [^.;!?]*\b(?:at the start|at the outset|from the start|from the beginning|before you|when you (?:signed|joined|bought|started)|in (?:the|our) first|already|last (?:week|month|year)|up ?front|originally|several times|twice|more than once)\b)/,
    // "Please refer back to my earlier email": sending the client back to what was already said.
    /\b(?<span>(?:please |kindly |just )?(?:refer (?:back )?to|re-?read|go back (?:to|over)|look back (?:at|over)|scroll (?:back )?(?:up|down) to|check back (?:on|through)) (?:my|our) (?:earlier|previous|last|original|prior|first|initial) (?:emails?|messages?|replies|reply|notes?|letters?|responses?|explanations?))(?![\w-])/,
  ],
  exceptions: [/\b(?:attached|for reference|for convenience|for ease)\b/i, /\b(?:sorry|apologi[sz]e|my fault|I should have)\b/i],
  message: 'Pointing out it was already said makes the client feel blamed; a plain recap gets the same information across without the reproach.',
  // Taken out rather than turned into "to recap,", which keeps the reproach (blind rating).
  replacement: { warm: '', formal: '' },
  replacements: [
    { when: /^(?:this is |that's |it's )?the same/i, with: { warm: 'to recap, the answer is', formal: 'to summarise, the answer is' } },
    // "I've told you more than once that X": the rewrite must lead into the "that" clause.
    { when: /^I.*\btold you\b/i, with: { warm: "I'm happy to confirm again", formal: 'I am happy to confirm again' } },
    { when: /^I/i, with: { warm: "I'm happy to go over this again", formal: 'I am happy to go over this again' } },
    { when: /already been/i, with: { warm: "here's a quick recap", formal: 'here is a brief summary' } },
    {
      when: /^(?:please |kindly |just )?(?:refer|re-?read|go back|look back|scroll|check back)/i,
      with: { warm: "I'm happy to resend my earlier email", formal: 'I would be happy to resend my earlier email' },
    },
    { when: /^(?:as|like) I/i, with: { warm: 'to recap,', formal: 'to summarise,' } },
    { when: /^how many/i, with: { warm: "I'm happy to go over", formal: 'I am happy to go over' } },
    { when: /^you were/i, with: { warm: "it's worth a recap about", formal: 'to summarise, there is' } },
    { when: /\b(?:in|covered in|set out in|explained in)\b/i, with: { warm: "here's a quick recap", formal: 'here is a brief summary' } },
  ],
  examples: {
    flag: [
      'I’ve said this several times already.',
      'I’ve mentioned it before, but the warranty covers parts only.',
      'We have told you more than once that the meter must be read monthly.',
      'The excess, which I’ve now explained twice, is £250.',
      'To reiterate what I said on Monday, the exit fee is fixed.',
      'This was all in the email I sent on Monday.',
      'How many times do I need to explain the excess?',
      'You were told about the exit fee at the start.',
      'I’ve had to explain this to you three times.',
      'I mentioned this in my earlier emails.',
      'I already went through this with you last week.',
      'I’ve already been through this with you.',
      'Like I’ve been saying all along, the rate is fixed.',
      'I covered all of this in my last message.',
      'This has already been explained to you.',
      'Kindly go back over my previous emails before we speak.',
      'Please re-read my last message about the exit fee.',
    ],
    pass: [
      'I’ve flagged it already with the underwriter and will update you.',
      'I’ve explained the options to your accountant before the call.',
      'I’ve explained it a few different ways, and I’m happy to try again.',
      'The details are in the email I sent on Monday, attached again for reference.',
      'You were told the wrong date, and I’m sorry.',
      'How many times a week would you like to train?',
      'Please refer to the attached guide for the steps.',
      'Go back to my earlier email if you want the link again, I have attached it here too.',
    ],
  },
};
export default rule;
