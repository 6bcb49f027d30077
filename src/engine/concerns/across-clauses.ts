// Topics that only a reading of the whole sentence finds: the concern's clause names its thing
// in another clause ("I know you suggested X, but…"), or two clauses compete and the one about
// an activity's difficulty carries the concern. Each reading is a structure of English, not a
// phrase from any one message.
import { clauseTopic, readNounPhrase, phraseCore, verbPhraseAsGerund } from './topic';
import { isPeople, words } from './word-classes';

/**
 * "I know you suggested X, but <reason>", "I keep saying I'll X, but then…", "I know I said I'd
 * X, but I keep putting it off": the client recalls a proposal or their own intention and then
 * pushes against it, so the concern is about X, not about the reason (the reason is why).
 */
const RECALLED_THEN_BUT =
  /^(?:(?:i|we) (?:know|realise|realize|understand|get|appreciate|hear) (?:that )?)?(?:you|your \w+|i|we) ((?:have |had )?(?:said|suggested|recommended|proposed|advised)|keep saying|kept saying|(?:want|wanted|would like|'d like|need|needed|expect|expected) (?:me|us) to|promised(?: myself| you)?|told (?:you|myself)|planned|meant|wanted) (?:that )?(.+?),? but (?:then |now |honestly )?(.+)$/i;

/** "but it sounds like a lot of forms to fill in": the reason names a property of X, and that property is the objection. */
const PROPERTY_OF_IT =
  /^(?:it|that|this|which)(?:'s|’s| is| was| sounds like| seems like| feels like| looks like| would be| would mean| means| involves)\s+(.+)$/i;
/** Complements that name no thing of their own ("a lot", "a problem"): X stays the topic. */
const VAGUE_HEAD =
  /^(?:lot|bit|problem|issue|stretch|concern|worry|thing|deal|mess|pain|shame|risk|step|mistake|hassle|struggle|while|big|real|huge|serious|massive|total|complete|bad)$/i;
/** "but I'm nervous about the timeline": the reason has its own object, read by the clause rules. */
const OWN_OBJECT = /\b(?:worried|nervous|concerned|anxious|scared|afraid|unsure|not sure|hesitant|uneasy) (?:about|of|with) /i;

export function recalledThenObjected(sentence: string): string | null {
  const m = sentence
    .replace(/[.!?…]+["'”’)]*\s*$/u, '')
    .trim()
    .match(RECALLED_THEN_BUT);
  if (!m) return null;
  const [, verb, recalled, reason] = m;
  if (OWN_OBJECT.test(reason)) return null;
  // "you want me to sign today": the verb already took the "to".
  return propertyObjectedTo(reason) ?? recalledAction(/\bto$/i.test(verb) ? `to ${recalled}` : recalled);
}

function propertyObjectedTo(reason: string): string | null {
  const m = reason.match(PROPERTY_OF_IT);
  if (!m) return null;
  const np = readNounPhrase(words(phraseCore(m[1])));
  if (np.length < 2 || !/^(?:a|an|the|another|more|so|too|such)$/i.test(np[0])) return null;
  const content = np.filter((w) => !/^(?:a|an|the|another|more|so|too|such|much|of|lot|bit)$/i.test(w));
  return content.length > 0 && !content.every((w) => VAGUE_HEAD.test(w)) ? phraseCore(np.join(' ')) : null;
}

/** "I'd apply for the promotion" → "applying for the promotion"; "to start saving" → "starting saving". */
function recalledAction(recalled: string): string | null {
  const text = phraseCore(recalled);
  if (/^to\s/i.test(text)) return phraseCore(verbPhraseAsGerund(words(text.slice(3))) ?? '') || null;
  return clauseTopic(text) || null;
}

/**
 * "Your rep told me I'd get a full refund, and now you're saying…": a promise set against what is
 * said now. The promised thing names what the objection is about; what is said now is the gap.
 */
const PROMISED_THEN_NOW =
  /\b(?:told|promised|assured|guaranteed) (?:me|us) (?:that )?(?:i|we)(?:'d|’d| would| will|'ll|’ll) (?:get|have|receive|be given|be getting|keep) (.+?),? (?:and|but) (?:now |then )?(?:you're|you are|you've|they're|they are|it's|i'm|we're|i am|we are|i've been|we've been) (?:now |being )?(?:saying|telling|told|claiming|only|getting|charged|billed|asked|offered|refused|denied)\b/i;

export function promisedThenDenied(sentence: string): string | null {
  const m = sentence.match(PROMISED_THEN_NOW);
  if (!m) return null;
  const np = readNounPhrase(words(phraseCore(m[1])));
  return np.length > 0 ? phraseCore(np.join(' ')) : null;
}

/**
 * "…, and getting time off work is hard": an activity named as hard is what the client struggles
 * with, so that clause carries the concern over a clause of background ("It's the same
 * medication I've been on for years").
 */
const HARD_ACTIVITY =
  /^(?!(?:some|any|no|every)thing\b)\w+ing\b.{0,60}?\b(?:is|was|has been|gets|feels|seems|will be|would be|'s)\s+(?:really |so |very |quite |pretty |incredibly |just |also )?(?:hard|difficult|tough|tricky|impossible|exhausting|draining|a struggle|a nightmare|a challenge|a pain)\b/i;

export function isHardActivityClause(clause: string): boolean {
  return HARD_ACTIVITY.test(clause.trim());
}

/** Time spans and people are never what "it" points back to in "I'm not using half of it". */
const NOT_AN_ANTECEDENT =
  /^(?:(?:a|an|the|this|that|last|next|every|each) )?(?:\w+ )?(?:year|years|month|months|week|weeks|day|days|time|times|moment|while|minute|minutes|hour|hours|morning|evening|night|weekend|spring|summer|autumn|fall|winter|quarter)$/i;
/** Amounts ("made a fortune on crypto") measure the thing; "it" points at the thing. */
const AMOUNT = /^(?:a|an) (?:fortune|lot|ton|bundle|killing|bit|little|few)$/i;

/** A phrase that itself leans on a pronoun ("the board comfortable with it") names nothing yet. */
const HOLDS_PRONOUN = /\b(?:it|this|that|them|these|those)\b/i;

/** Whether "it" can point back at this phrase: not people, a span of time, an amount, or a phrase still pointing elsewhere. */
export function canBeAntecedent(phrase: string): boolean {
  return !NOT_AN_ANTECEDENT.test(phrase) && !AMOUNT.test(phrase) && !HOLDS_PRONOUN.test(phrase) && !isPeople(words(phrase));
}

const ANTECEDENT_DETERMINER = /^(?:the|my|our|your|their|his|her|this|that|these|those|a|an)$/i;

/**
 * The thing a later "it" in the same sentence most likely points back to: the nearest noun
 * phrase before it that is neither people nor a span of time ("We've been on the Pro plan for a
 * year, and I'm not sure we use half of it" → "the Pro plan"). A phrase is cut at its first
 * preposition other than "of" ("the Pro plan for a year" → "the Pro plan").
 */
export function antecedentBefore(text: string): string | null {
  const tokens = words(text.replace(/[,;:—–]/g, ' '));
  let found: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!ANTECEDENT_DETERMINER.test(tokens[i])) continue;
    const np = readNounPhrase(tokens.slice(i));
    const cut = np.findIndex((w, k) => k > 0 && /^(?:for|since|until|by|in|at|on|to|from|with|about)$/i.test(w));
    const phrase = phraseCore((cut > 0 ? np.slice(0, cut) : np).join(' '));
    if (phrase.split(' ').length >= 2 && canBeAntecedent(phrase)) found = phrase;
    i += Math.max(np.length - 1, 0);
  }
  return found;
}
