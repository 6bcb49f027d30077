// Which of the client's words say what a concern is about. The hand-written topic reader
// (topic.ts) chunks a clause by grammar and often lands on the wrong part of the sentence: "I don't
// think it's fair to charge the full £90 for that" is about the fee, not about "that". A small
// learned model scores each content word of the client's sentence (trained on the topics our
// corpus's writers chose), and the topic becomes the phrase around the best-scoring word unless
// the rules' phrase already holds a word the model rates about as high.
import { sigmoid, type LinearModel } from '../model/linear';
import { ADVERBS, AUX, DETERMINERS, FINITE_VERBS, PREPOSITIONS, PRONOUNS } from './word-classes';

export interface TopicToken {
  word: string;
  lower: string;
  start: number;
  end: number;
  content: boolean;
}

/** A word with its currency sign, inner apostrophes and decimal points ("£1,250", "don't", "2.5%"). */
const TOKEN = /[£$€]?[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*%?/gu;

const FUNCTION_WORDS = new Set([
  ...AUX,
  ...DETERMINERS,
  ...PRONOUNS,
  ...PREPOSITIONS,
  ...ADVERBS,
  ...(
    'and or but so if then than as by me us him her them my mine our your yours its their what which who whom whose how why when where whether ' +
    "not no yes just very really quite too also even still only ok okay oh hi hey thanks please i'm i've i'd i'll it's that's " +
    "we're we've you're they're there's here here's can't won't don't doesn't didn't isn't aren't wasn't up out off over bit lot" +
    'im ive id dont cant wont didnt isnt tho though like down back away anyway maybe perhaps lol omg tbh btw pls thx'
  ).split(' '),
]);

export function topicTokens(sentence: string): TopicToken[] {
  const out: TopicToken[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const lower = m[0].toLowerCase().replace(/’/g, "'");
    out.push({ word: m[0], lower, start: m.index, end: m.index + m[0].length, content: lower.length > 1 && !FUNCTION_WORDS.has(lower) });
  }
  return out;
}

/** A crude stem, enough that "charge"/"charged" and "wait"/"waiting" meet; not a real stemmer. */
export function looseStem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length <= 3) return w;
  w = w.replace(/iness$/, 'y').replace(/(?:ies|ied)$/, 'y');
  w = w.replace(/(?<=\w{3})(?:ness|ing|ed|es|s)$/, '');
  return w.replace(/(?<=\w{3})e$/, '');
}

/** How often each content stem occurs in the whole client message: what they keep coming back to is topical. */
export function stemCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of topicTokens(text)) if (t.content) counts.set(looseStem(t.lower), (counts.get(looseStem(t.lower)) ?? 0) + 1);
  return counts;
}

export const stemsOf = (text: string): Set<string> =>
  new Set(
    topicTokens(text)
      .filter((t) => t.content)
      .map((t) => looseStem(t.lower)),
  );

/** What the model reads about one word: itself, its neighbours, its place, and whether the rules' topic holds it. */
export function topicWordFeatures(
  tokens: readonly TopicToken[],
  i: number,
  ruleStems: ReadonlySet<string>,
  question: boolean,
  threadCounts: ReadonlyMap<string, number>,
): string[] {
  const t = tokens[i];
  const prev = tokens[i - 1]?.lower ?? '<s>';
  const next = tokens[i + 1]?.lower ?? '</s>';
  const stem = looseStem(t.lower);
  const contentIndex = tokens.slice(0, i).filter((x) => x.content).length;
  const contentCount = tokens.filter((x) => x.content).length;
  const place = Math.min(3, Math.floor((4 * i) / Math.max(1, tokens.length)));
  const inRule = ruleStems.has(stem);
  const f = [`w:${t.lower}`, `s:${stem}`, `p:${prev}`, `n:${next}`, `pw:${prev}_${t.lower}`, `suf:${t.lower.slice(-3)}`, `at:${place}`];
  if (/\d/.test(t.lower)) f.push('num');
  if (/^[£$€]/.test(t.lower)) f.push('money');
  if (i > 0 && /^\p{Lu}/u.test(t.word)) f.push('cap');
  if (DETERMINERS.has(prev)) f.push('after_det');
  if (PREPOSITIONS.has(prev)) f.push(`after_prep:${prev}`);
  if (PREPOSITIONS.has(next)) f.push('before_prep');
  if (AUX.has(prev) || PRONOUNS.has(prev)) f.push('after_subject');
  if (contentIndex === 0) f.push('first_content');
  if (contentIndex === contentCount - 1) f.push('last_content');
  if (inRule) f.push('in_rule', `in_rule_at:${place}`);
  if (ruleStems.size === 0) f.push('no_rule');
  if (question) f.push('question', `q_at:${place}`);
  const seen = threadCounts.get(stem) ?? 0;
  if (seen >= 2) f.push(seen >= 3 ? 'repeated3' : 'repeated');
  return f;
}

export interface TopicChoice {
  /** Probability per token (0 for function words). */
  probs: number[];
  tokens: TopicToken[];
}

/** Each token of the client's sentence with what the model reads about it (null for function words). */
export function topicWordInputs(
  sentence: string,
  ruleTopic: string,
  threadCounts: ReadonlyMap<string, number>,
): { tokens: TopicToken[]; features: (string[] | null)[] } {
  const tokens = topicTokens(sentence);
  const ruleStems = stemsOf(ruleTopic);
  const question = /\?\s*\S{0,3}\s*$/.test(sentence);
  return { tokens, features: tokens.map((t, i) => (t.content ? topicWordFeatures(tokens, i, ruleStems, question, threadCounts) : null)) };
}

export function scoreTopicWords(model: LinearModel, sentence: string, ruleTopic: string, threadCounts: ReadonlyMap<string, number>): TopicChoice {
  const { tokens, features } = topicWordInputs(sentence, ruleTopic, threadCounts);
  return { tokens, probs: features.map((f) => (f ? sigmoid(model.scores(f)[0]) : 0)) };
}

/** Below this the model sees no word it trusts, and the rules' topic stands. */
const FLOOR = 0.2;
/** What each word beyond the first costs a phrase: short topics read better on the card. */
const PER_WORD = 0.03;
const MAX_WORDS = 6;

/** The chance that a phrase holding these words names the topic: at least one of them does. */
const chanceOf = (probs: number[]): number => 1 - probs.reduce((q, p) => q * (1 - p), 1);

/**
 * The topic to show: the rules' phrase when the words it shares with the sentence name the topic
 * about as surely as the best phrase of the client's own words, else that phrase ("fair to charge
 * the full £90"): a run of up to six words within one clause, scored by the chance that one of its
 * words names the topic, less a little per word.
 */
export function chooseTopic(sentence: string, ruleTopic: string, choice: TopicChoice, margin: number): string {
  const { probs, tokens } = choice;
  if (Math.max(0, ...probs) < FLOOR) return ruleTopic;
  const best = bestPhrase(sentence, tokens, probs);
  if (!best) return ruleTopic;
  const ruleStems = [...stemsOf(ruleTopic)].map(rootOf);
  const ruleChance = chanceOf(tokens.flatMap((t, i) => (t.content && ruleStems.includes(rootOf(looseStem(t.lower))) ? [probs[i]] : [])));
  if (ruleTopic && ruleChance >= best.chance - margin) return ruleTopic;
  return phraseText(sentence, tokens, best.left, best.right);
}

/** "renewal" and "renew", "cancellation" and "cancel": the rules' topic often names the client's verb as a noun. */
const rootOf = (stem: string): string => stem.slice(0, 5);

/** Verbs that end a clause, not a phrase ("the fix take"). */
const BASE_VERBS = new Set('take make do go come get give keep pay wait start stop work happen help leave move change cost mean need want'.split(' '));

function bestPhrase(sentence: string, tokens: TopicToken[], probs: number[]): { left: number; right: number; chance: number } | null {
  let best: { left: number; right: number; chance: number; score: number } | null = null;
  for (let left = 0; left < tokens.length; left++) {
    if (!tokens[left].content) continue;
    for (let right = left; right < tokens.length && right - left < MAX_WORDS; right++) {
      if (right > left && gapBefore(sentence, tokens, right)) break;
      if (right > left && AUX.has(tokens[right].lower)) break;
      if (!tokens[right].content || !readsAsPhrase(tokens, left) || endsOnVerb(tokens, left, right)) continue;
      const chance = chanceOf(probs.slice(left, right + 1));
      const score = chance - PER_WORD * (right - left);
      if (!best || score > best.score) best = { left, right, chance, score };
    }
  }
  return best;
}

/**
 * A topic reads as a phrase ("the full £90", "fair to charge the full £90"), not as a clause cut
 * from its subject: it does not start on the verb right after "I", "we" or an auxiliary ("cancel"
 * in "Should I cancel?"), nor on a past participle ("waived").
 */
function readsAsPhrase(tokens: TopicToken[], left: number): boolean {
  const prev = tokens[left - 1]?.lower ?? '';
  if (AUX.has(prev) || PRONOUNS.has(prev) || /^(?:i|we|they|he|she)(?:'\w+)?$/.test(prev)) return false;
  return !/(?:ed|en)$/.test(tokens[left].lower) || DETERMINERS.has(prev);
}

function endsOnVerb(tokens: TopicToken[], left: number, right: number): boolean {
  const last = tokens[right].lower;
  return right > left && tokens[right - 1].content && (FINITE_VERBS.has(last) || BASE_VERBS.has(last));
}

function phraseText(sentence: string, tokens: TopicToken[], left: number, right: number): string {
  if (left > 0 && DETERMINERS.has(tokens[left - 1].lower) && !gapBefore(sentence, tokens, left)) left--;
  const phrase = sentence.slice(tokens[left].start, tokens[right].end);
  const sentenceInitial = left === 0 && sentence.slice(0, tokens[0].start).trim() === '';
  return sentenceInitial && /^\p{Lu}\p{Ll}/u.test(phrase) && tokens[left].lower !== 'i' ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
}

/** Punctuation between a token and the one before it ends a phrase. */
function gapBefore(sentence: string, tokens: TopicToken[], i: number): boolean {
  return i > 0 && /[^\s]/.test(sentence.slice(tokens[i - 1].end, tokens[i].start));
}
