// Rewrites a closed question into open ones that keep its topic: "Do you have any concerns?"
// → "What concerns do you have?". Each pattern is a small template; when none fits, a generic
// open question in the user's register still offers the client room to answer in their words.
import { gerund } from '../lemma';
import type { Register } from '../types';

interface Template {
  pattern: RegExp;
  build: (m: RegExpExecArray) => string | null;
}

const ADJECTIVES = 'happy|comfortable|ok|okay|sure|ready|confident|interested|keen|satisfied|worried|concerned|nervous|clear|settled';

const TEMPLATES: Template[] = [
  {
    // Do you have any concerns (about X)? → What concerns do you have (about X)?
    pattern: /^(?:do|did) you (?:still )?have any (?:other |more |further )?([a-z]+(?: [a-z]+)?)((?: (?:about|on|with|regarding|around|for) .+)?)$/i,
    build: (m) => (/^(?:idea|time|chance|plans? for)$/i.test(m[1]) ? null : `What ${m[1]} do you have${m[2]}?`),
  },
  {
    // Is the timeline OK for you? → How does the timeline look to you?
    pattern: new RegExp(
      `^(is|are) ((?:the|this|that|these|those|your|our|my) [^?]+?|it|this|that) (?:${'ok|okay|alright|all right|fine|good|acceptable|workable|clear|manageable|realistic|doable|right'})(?: (?:for|with|to|by) you)?$`,
      'i',
    ),
    build: (m) => `How ${m[1].toLowerCase() === 'are' ? 'do' : 'does'} ${pronoun(m[2])} look to you?`,
  },
  {
    // Does that sound like it would work for you? → How does that sound to you? (before the next
    // pattern, whose subject would otherwise swallow "that sound like it would").
    pattern:
      /^(does|do) ((?:the|this|that|these|those|your|our|my) [^?]+?|it|this|that) sound like (?:it|this|that|they) (?:would|will|could|might) (?:work|suit you)(?: (?:for|to) you)?$/i,
    build: (m) => `How ${m[1].toLowerCase()} ${pronoun(m[2])} sound to you?`,
  },
  {
    // Does the plan work for you? → How does the plan sit with you?
    pattern:
      /^(does|do) ((?:the|this|that|these|those|your|our|my) [^?]+?|it|this|that) (?:work|suit you|make sense|sound (?:good|ok|okay|right|reasonable|fair))(?: (?:for|to) you)?$/i,
    build: (m) => `How ${m[1].toLowerCase()} ${pronoun(m[2])} sit with you?`,
  },
  {
    // Are you comfortable with the plan? → How comfortable do you feel with the plan?
    pattern: new RegExp(`^(?:are|were) you (?:still |feeling )?(${ADJECTIVES}) (with|about|in|to|that) (.+)$`, 'i'),
    build: (m) => {
      const adjective = /^(?:ok|okay)$/i.test(m[1]) ? 'comfortable' : m[1].toLowerCase();
      if (/^(?:worried|concerned|nervous)$/.test(adjective)) return `What worries you most about ${m[3]}?`;
      return `How ${adjective} do you feel ${m[2].toLowerCase()} ${m[3]}?`;
    },
  },
  {
    // Have you thought about X? → What are your thoughts on X?
    pattern: /^(?:have|had) you (?:had a chance to )?(?:thought about|considered|looked at|looked into|read|reviewed|think about|look at|review) (.+)$/i,
    build: (m) => `What are your thoughts on ${m[1]}?`,
  },
  {
    // Do you think the plan will work? → What are your thoughts on whether the plan will work?
    pattern: /^do you (?:think|feel|believe) (?:that )?(.+)$/i,
    build: (m) => `What are your thoughts on whether ${m[1]}?`,
  },
  {
    pattern: /^do you (?:like|agree with|prefer) (.+)$/i,
    build: (m) => `What's your take on ${m[1]}?`,
  },
  {
    // Did the new routine help? → How did the new routine go for you?
    pattern: /^(?:did|has|have) ((?:the|this|that|your|it) ?[^?]*?) (?:help|work|go well|make a difference|work out)$/i,
    build: (m) => `How did ${pronoun(m[1])} go for you?`,
  },
  {
    // Is there anything else I can check? → What else can I check?
    pattern: /^is there anything (?:else )?((?:on|about|with|in) [^,?]+? )?(?:that )?(i|we) (?:can|could) (.+)$/i,
    build: (m) => `What else ${m[1] ?? ''}can ${m[2].toLowerCase() === 'i' ? 'I' : 'we'} ${m[3]}?`,
  },
  {
    pattern: /^is there anything (?:else )?(?:that )?you(?:'d| would) like to (.+)$/i,
    build: (m) => `What else would you like to ${m[1]}?`,
  },
  {
    pattern: /^(?:is|are) there any (?:other )?([a-z]+(?: [a-z]+)?)((?: (?:about|on|with|regarding|around|for|you) .+)?)$/i,
    build: (m) => `What ${m[1]} are there${m[2]}?`,
  },
  {
    // Did I miss anything? → What did I miss?
    pattern: /^did i (miss|overlook|leave out|get wrong) anything$/i,
    build: (m) => `What did I ${m[1]}?`,
  },
  {
    // Would you be willing to try the update? → How would you feel about trying the update?
    pattern: /^(?:would|will) you (?:be willing|like|want|be open|be happy) to ([a-z]+)(.*)$/i,
    build: (m) => {
      if (/^(?:be|have)$/i.test(m[1])) return null;
      const rest = m[2].replace(/,? and (?:let me know|tell me|get back|report back)\b.*$/i, '');
      return `How would you feel about ${gerund(m[1])}${rest}?`;
    },
  },
  {
    pattern: /^(?:would|will) you (?:be interested in|consider) (.+)$/i,
    build: (m) => `What would you think about ${m[1]}?`,
  },
];

const GENERIC: Record<Register, string[]> = {
  // A stock open question in place of the writer's own ("Standard or express?" → "How does this sound
  // to you?") lost the question in both blind ratings: only the question's own words, reshaped, are offered.
  warm: [],
  formal: [],
};

/** 1–3 open questions for a closed one, most faithful first. */
export function openQuestionRewrites(question: string, register: Register): string[] {
  const body = questionBody(question);
  const out: string[] = [];
  // "…, or is there another round?" offers a choice: no template reads well around it.
  const isChoice = /,? or (?:is|are|do|does|did|would|will|can|could|should|have|has|not)\b/i.test(body);
  for (const t of isChoice ? [] : TEMPLATES) {
    const m = t.pattern.exec(body);
    const built = m ? t.build(m) : null;
    if (built) {
      out.push(tidyQuestion(built));
      break;
    }
  }
  for (const g of GENERIC[register]) if (out.length < 3 && !out.includes(g)) out.push(g);
  return out.slice(0, 3);
}

/** The question without its mark, leading filler or trailing "for me". */
function questionBody(question: string): string {
  return question
    .replace(/[\u2018\u2019]/g, "'")
    .trim()
    .replace(/[?\s]+$/, '')
    .replace(/^(?:so|and|but|also|okay|ok|just checking|quick question)[,:]?\s+/i, '')
    .replace(/\s+/g, ' ');
}

/** "it" and "that" stay as they are; noun phrases are kept in the client's words. */
function pronoun(np: string): string {
  return /^(?:it|this)$/i.test(np) ? 'that' : np;
}

/** The built question with single spaces, none before its "?", and a capital first letter. */
function tidyQuestion(s: string): string {
  const t = s.replace(/\s+/g, ' ').replace(/\s+\?/, '?');
  return t.charAt(0).toUpperCase() + t.slice(1);
}
