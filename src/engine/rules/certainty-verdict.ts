import type { PressureRule } from './rule';

// A verdict stated as beyond discussion, without the classic adverbs: "anyone in your shoes would…",
// "nobody in their right mind would…", "there's simply no better…", "the data backs this up
// completely", "it's a fact that…", "I can guarantee…", "I'm certain you'll agree…". Each is
// rewritten as the writer's own view.
const rule: PressureRule = {
  id: 'pressure/certainty-verdict',
  kind: 'certainty',
  strictness: 'gentle',
  patterns: [
    /\b(?<span>(?:any(?:one|body)|everyone|everybody) in your (?:shoes|position|situation|place) (?<modal>would|will|should))(?= \w)/,
    /\b(?<span>(?:no ?one|nobody) in (?:their|his|her) right mind (?<modal>would|could|will))(?= \w)/,
    /\b(?<span>only (?:a fool|an idiot|a madman) (?<modal>would|could))(?= \w)/,
    /\b(?<span>(?:everyone|everybody|all the experts|every expert|every adviser|every advisor) (?:agrees|knows|accepts)(?: that)?)(?= \w)/,
    /\b(?<span>there(?:'s| is) (?:simply |just |honestly |really )?no (?<adj>better|smarter|safer|cheaper|stronger))(?= \w)(?! (?:time|moment|way to (?:say|put))\b)/,
    /\b(?<span>you (?:won't|will not|will never|won't ever|couldn't|could not|can't|cannot) (?:ever )?find (?:a|an|any) (?<adj>better|smarter|safer|cheaper|stronger|more \w+))(?= \w)/,
    /\b(?<span>(?<subj>the (?:data|evidence|research|numbers|figures|facts|results|science)) (?<verb>backs?|supports?|proves?) (?:this|it|that|me|us|our \w+)(?: up)? (?:completely|fully|entirely|totally|one hundred percent|100%|beyond (?:doubt|question)))(?![\w-])/,
    /\b(?<span>the (?:facts|numbers|figures|data) (?:are|is) (?:clear|plain|undeniable|indisputable)[:,]?)(?![\w-])/,
    /\b(?<span>(?:it's|it is|that's|that is) (?:a (?:simple |plain |hard )?fact|beyond (?:dispute|doubt|question|argument)|indisputable|undeniable|incontrovertible|perfectly (?:evident|obvious|clear|plain)) that)(?![\w-])/,
    /\b(?<span>I (?:can )?(?:guarantee|promise you)(?: that)?)(?= (?:this|it|that|the|you|your)\b)(?![^.;!?]*\b(?:arrive|reach|send|call|reply|respond|back to you|be there|get back)\b)/,
    /\b(?<span>I(?:'m| am) (?:certain|sure|confident|positive) you(?:'ll| will) (?:agree|see|come to see|realise|realize)(?: that)?)(?![\w-])/,
    /\b(?<span>(?:is|are|'s) (?:so |very )?plainly)(?= (?:the|a|an|your|our|this|better|best|right|wrong)\b)/,
  ],
  message: 'Stating a verdict as beyond question leaves the client no room to weigh it; offered as your view, it invites theirs.',
  replacement: { warm: 'I think', formal: 'in my view,' },
  replacements: [
    { when: /\b(?:shoes|position|situation|place|right mind|fool|idiot|madman)\b/i, with: { warm: 'I think many people $<modal>', formal: 'in my view, many people $<modal>' } },
    { when: /\b(?:agrees|knows|accepts)\b/i, with: { warm: 'I think', formal: 'in my view,' } },
    { when: /^there/i, with: { warm: 'I think there are few $<adj> options than this', formal: 'in my view, there are few $<adj> options than this' } },
    { when: /find/i, with: { warm: 'I think this is a $<adj> option', formal: 'in my view, this is a $<adj> option' } },
    { when: /\b(?:backs?|supports?|proves?)\b/i, with: { warm: '$<subj> seems to support this', formal: '$<subj> appears to support this' } },
    { when: /^the/i, with: { warm: 'as I read the figures,', formal: 'as I read the figures,' } },
    { when: /^I(?:'m| am)/i, with: { warm: 'I hope you might find', formal: 'I hope you may find' } },
    { when: /plainly$/i, with: { warm: 'is, I think,', formal: 'is, in my view,' } },
  ],
  examples: {
    flag: [
      'Anyone in your position would take the lump sum.',
      'Nobody in their right mind would sell at this price.',
      'There’s simply no better agent in the area.',
      'The research backs this up completely.',
      'It’s a fact that renting costs more over time.',
      'I can guarantee this is the right fund for you.',
      'I’m certain you’ll agree the new layout is better.',
    ],
    pass: [
      'I can guarantee the parts will arrive on Monday.',
      'Everyone in your team can use the portal.',
      'The data shows a mixed picture, so I’d like your view.',
      'There is no better time than whenever you feel ready.',
      'I’m not sure there is a better option, but let’s look together.',
    ],
  },
};
export default rule;
