// Turning a raw topic into what a person would call the concern: a short noun phrase, with
// pronouns resolved from the sentence before, feelings named as nouns ("being anxious" →
// "anxiety about the results"), time idioms named as the thing they are about ("it's taking this
// long" → "the wait") and open-ended pleas named as the decision they are about. Each rule is a
// structural pattern of English, not a phrase from any one message; when none applies, the
// client's own words stand.

import { own } from '../text';
import { gerund } from '../lemma';
import { antecedentBefore, canBeAntecedent } from './across-clauses';

/** What the previous sentences were about, for "it", "that" and feelings without an object. */
export interface TopicContext {
  /** The previous sentence's topic, already refined ("" at the start of the thread). */
  previous: string;
}

/** Feeling adjectives and the noun a person names the feeling with. */
const FEELING_NOUN: Record<string, string> = {
  anxious: 'anxiety',
  nervous: 'nerves',
  worried: 'worry',
  scared: 'fear',
  afraid: 'fear',
  frightened: 'fear',
  terrified: 'fear',
  stressed: 'stress',
  overwhelmed: 'overwhelm',
  frustrated: 'frustration',
  embarrassed: 'embarrassment',
  exhausted: 'exhaustion',
  uneasy: 'unease',
  uncomfortable: 'discomfort',
  upset: 'upset',
  angry: 'anger',
  confused: 'confusion',
  disappointed: 'disappointment',
  annoyed: 'annoyance',
  hesitant: 'hesitation',
  unsure: 'uncertainty',
  concerned: 'concern',
};

/** Verbs whose action a person names with a noun ("whether to renew" → "the renewal"). */
const ACTION_NOUN: Record<string, string> = {
  renew: 'renewal',
  approve: 'approval',
  propose: 'proposal',
  remove: 'removal',
  withdraw: 'withdrawal',
  refuse: 'refusal',
  migrate: 'migration',
  cancel: 'cancellation',
  install: 'installation',
  integrate: 'integration',
  expand: 'expansion',
  decide: 'decision',
  pay: 'payment',
  settle: 'settlement',
  invest: 'investment',
  move: 'move',
  upgrade: 'upgrade',
  increase: 'increase',
  deliver: 'delivery',
  commit: 'commitment',
  sign: 'signing',
  switch: 'switch',
  hire: 'hiring',
  continue: 'continuation',
  extend: 'extension',
  transfer: 'transfer',
  refinance: 'refinancing',
  relocate: 'relocation',
  restructure: 'restructuring',
  retire: 'retirement',
  sell: 'sale',
  buy: 'purchase',
  launch: 'launch',
  appeal: 'appeal',
  proceed: 'next step',
  stay: 'staying',
  leave: 'leaving',
  quit: 'quitting',
  change: 'change',
  apply: 'application',
};

// "doing it" stays: the client's own words for an action read better than a noun put in its place.
const PRONOUN_ONLY = /^(?:it|that|this|they|them|those|these|this one|that one)$/i;
const TIME_WAIT = /\b(?:take|taking|takes|taken|took) (?:this|so|too|that) long\b|\btaking forever\b|\bstill waiting\b|\bhow much longer\b/i;
const TIME_LINE =
  /\bhow long (?:does|will|would|could|should|is|might) (?:it|this|that|the \w+) (?:usually |normally |typically )?(?:take|last)\b|\bdrag(?:s|ging)? on\b|\bhow soon\b/i;
const CONSEQUENCE =
  /^(?:and |but |so )?(?:is|will|would|could) (?:it|that|this) (?:really |actually )?(?:going to |gonna )?(?:be|cause) (?:a |an |any )?(?:big |real |serious |huge )?(problem|disaster|issue|mess|big deal|trouble|risk)\b/i;
const EXPLAIN_WHY = /\b(?:explain|tell me|walk me through|help me understand) (?:why|how come|the reason)\b/i;
const TALK_AGAIN = /\b(?:talk|chat|speak|meet|discuss (?:it|this|that)) (?:about (?:it|this|that) )?(?:again|once more|some more|further)\b/i;
const NEXT_STEPS =
  /\b(?:what (?:to do|(?:i|we) (?:should|can|could|ought to) do|should (?:i|we) do|do you think (?:i|we) should do|would you do|can (?:i|we) do|are (?:my|our) options)|anything (?:(?:else )?(?:i|we) can do)|where (?:do|should) (?:i|we) go from here)\b/i;
const SINCE = /\b(?:it's|it has|it’s) been [^,.;]{1,30}? since (?:my|our|the|your) ([^,.;]+?)(?=\s+and\b|[,.;]|$)/i;
const BARE_AMOUNT =
  /^(?:about |around |nearly |almost |over |another |an extra |an additional |a further )?[$£€]\s?[\d.,]+\s?[kmb]?(?: (?:a|per) (?:month|year|seat|user|week))?$/i;
/** "It's another $900 a year": a figure said of "it" is the cost of what "it" points back to. */
const PRONOUN_SUBJECT = /^(?:and |but |so |well,? )?(?:it|that|this)(?:'s|’s| is| would be| will be| means| adds up to| comes to)\b/i;
/** "They feel generic": a pronoun's look or feel, named as that quality of the thing before. */
const SENSE_OF_IT =
  /^(?:and |but |honestly,? |frankly,? )?(?:it|they|this|that|these|those|both|all of them) (?:all |both |just |still )?(feel|feels|look|looks|sound|sounds) (?:a bit |really |very |quite |too |so |pretty |rather |kind of |a little |somewhat )?([a-z-]+)[.!]*$/i;
const NOT_A_QUALITY = /^(?:like|as|good|fine|ok|okay|great|right|wrong|off|the|a|an)$/i;

function qualityOfIt(sentence: string, prev: string): string | null {
  const m = sentence.trim().match(SENSE_OF_IT);
  if (!m || !prev || NOT_A_QUALITY.test(m[2])) return null;
  return `the ${m[2].toLowerCase()} ${m[1].toLowerCase().replace(/s$/, '')} of ${nounOf(prev)}`;
}

const SPEND_MONEY = /\b(?:spend|spending|pay|paying|put|putting) (?:the|that|this|any|more|extra) (?:money|cash|budget)\b/i;
const WHETHER_TO = /\bwhether (?:or not )?to (\w+)\b/i;

function feelingOnly(topic: string): string | null {
  const m = topic.match(/^(?:being|feeling|getting) (?:really |so |very |quite |a bit |a little |pretty |super |incredibly |increasingly )?(\w+)$/i);
  return m ? (own(FEELING_NOUN, m[1].toLowerCase()) ?? null) : null;
}

const ATTITUDE_TO =
  /^(?:not )?(?:being|feeling) (?:(?:really|so|very|quite|a bit|a little|pretty|still|just) )?(?:hesitant|reluctant|afraid|scared|nervous|worried|anxious|unsure|wary|keen|ready|comfortable|happy|willing|eager|prepared) (to|about|of|with|(?=\w+ing\b)) ?(\S+)(.*)$/i;

/**
 * "being hesitant to sign another contract" → "signing another contract": the feeling is said by
 * the concern's kind and the reflection's frame, so the topic is the thing the feeling is about.
 */
function thingOfAttitude(raw: string): string | null {
  const m = raw.match(ATTITUDE_TO);
  if (!m) return null;
  const [, link, head, rest] = m;
  // "not comfortable giving them access" → "giving them access": the gerund follows the feeling directly.
  return link.toLowerCase() === 'to' ? `${gerund(head)}${rest}` : `${head}${rest}`;
}

/** The noun phrase inside a topic ("losing data in the migration" → "the migration"), for "it". */
export function nounOf(topic: string): string {
  const t = topic.trim();
  if (!t) return '';
  if (!/^(?:not |being |having )?\w+ing\b/i.test(t) && !/^(?:what|how|why|whether|when)\b/i.test(t)) return t;
  const m =
    t.match(/\b(?:the|your|my|our|this|that|a|an) (?:[\w$£€.,%-]+ ){0,3}?[\w-]+$/i) ?? t.match(/\b(?:the|your|my|our|this|that) [\w$£€%-]+(?: [\w-]+){0,3}/i);
  return m ? m[0] : t;
}

/** An action on "it" ("using half of it", "doing it", "putting it off"): the pronoun needs its antecedent. */
// "this"/"that" count only where they stand alone ("doing that", "putting this off"), not as a
// determiner or degree word ("getting the discount this late").
const ACTION_ON_PRONOUN =
  /^(?:not )?(?:being able to )?\w+ing\b(?:(?! (?:it|that|this|them)\b) [\w'-]+){0,4} (it|them|(?:that|this)(?=\s*$|\s+(?:off|up|out|down|through|again|anymore|now|yet|right now)\b))\b/i;
/** Actions that only stand in for another ("doing it", "going through with it"): the antecedent itself is the topic. */
const STAND_IN_ACTION =
  /^(?:not )?(?:being able to )?(?:(?:do|doing|managing|handling|pulling off|going through with|following through (?:on|with)) (?:it|that|this)|putting (?:it|that|this) off)$/i;

/**
 * "I don't think I can do it" after "You suggested increasing my contribution" → "increasing my
 * contribution"; "we're using half of it" after "the Pro plan" in the same sentence → "using half
 * of the Pro plan". The antecedent is the nearest thing earlier in the same sentence, else the
 * previous sentence's topic; a reflection built on "doing it" would tell the client nothing.
 */
function resolvePronounObject(sentence: string, raw: string, prev: string): string | null {
  const m = raw.match(ACTION_ON_PRONOUN);
  if (!m) return null;
  const pronouns = [...sentence.matchAll(/\b(?:it|that|this|them)\b/gi)];
  const last = pronouns[pronouns.length - 1];
  const here = last?.index ? antecedentBefore(sentence.slice(0, last.index)) : null;
  // "getting the board comfortable with it": a phrase inside the topic itself can't be what "it" means.
  const antecedent = here && !raw.toLowerCase().includes(here.toLowerCase()) ? here : here ? null : prev;
  // "Why don't you recommend it?" after "My coworker made a fortune": "it" is neither the coworker nor the fortune.
  if (!antecedent || PRONOUN_ONLY.test(antecedent) || !canBeAntecedent(antecedent)) return null;
  if (STAND_IN_ACTION.test(raw)) return /^(?:not )?\w+ing\b/i.test(antecedent) ? positive(antecedent) : nounOf(antecedent);
  const noun = here ?? nounOf(antecedent);
  return raw.slice(0, m.index! + m[0].length - m[1].length) + noun + raw.slice(m.index! + m[0].length);
}

/** Strips a leading "not " so "not upgrading" can be named as the thing weighed ("the cost of upgrading"). */
function positive(topic: string): string {
  return topic.replace(/^not\s+/i, '');
}

/** The refined topic of one client sentence, given its raw topic and what came before. */
export function refineTopic(sentence: string, raw: string, context: TopicContext): string {
  const prev = context.previous;
  const prevNoun = nounOf(prev);
  // "still waiting to hear back from the bank": what is waited for stays in the client's words.
  if (TIME_WAIT.test(sentence)) return /^waiting (?:to|for|on) \S/i.test(raw) ? raw.replace(/^waiting\b/i, 'the wait') : 'the wait';
  if (TIME_LINE.test(sentence)) return prevNoun && !/^the (?:wait|timeline)/i.test(prevNoun) ? `the timeline for ${prevNoun}` : 'the timeline';
  if (CONSEQUENCE.test(sentence)) return prev ? `the consequences of ${prev}` : 'the consequences';
  if (EXPLAIN_WHY.test(sentence)) return prevNoun ? `the reasoning behind ${prevNoun}` : 'the reasoning behind it';
  if (TALK_AGAIN.test(sentence)) return prevNoun ? `another conversation about ${prevNoun}` : 'another conversation';
  if (NEXT_STEPS.test(sentence)) return 'the decision on next steps';
  const since = sentence.match(SINCE);
  if (since && /\b(?:haven't|hasn't|not|no|nothing|nobody|no one)\b/i.test(sentence)) return `the wait for news on my ${since[1].trim()}`;
  const attitude = thingOfAttitude(raw);
  if (attitude) return attitude;
  const feeling = feelingOnly(raw);
  if (feeling) return prevNoun ? `${feeling} about ${prevNoun}` : feeling;
  const quality = qualityOfIt(sentence, prev);
  if (quality) return quality;
  if (BARE_AMOUNT.test(raw.trim()) && prev && PRONOUN_SUBJECT.test(sentence.trim()) && canBeAntecedent(prev)) return `the cost of ${positive(nounOf(prev))}`;
  // "another $300 a year" with nothing before it: the extra amount itself, as a noun phrase.
  if (BARE_AMOUNT.test(raw.trim()) && /^(?:another|an extra|an additional|a further) /i.test(raw.trim()))
    return raw.trim().replace(/^\S+(?: extra| additional| further)? /i, 'the extra ');
  if (BARE_AMOUNT.test(raw.trim())) return /\bbudget/i.test(sentence) ? 'the budget' : `the cost of ${raw.trim()}`;
  if (SPEND_MONEY.test(sentence) && prev && !/\b(?:cost|price|fee|money)\b/i.test(prev)) return `the cost of ${positive(prev)}`;
  const whether = sentence.match(WHETHER_TO);
  if (whether && (!raw || /^(?:our|my|the|your) (?:team|board|partners?|family)\b/i.test(raw) || /^whether\b/i.test(raw))) {
    const noun = own(ACTION_NOUN, whether[1].toLowerCase());
    if (noun) return `the ${noun}`;
  }
  const resolved = resolvePronounObject(sentence, raw, prev);
  if (resolved) return resolved;
  if (prev && PRONOUN_ONLY.test(raw.trim())) return prev;
  return raw;
}
