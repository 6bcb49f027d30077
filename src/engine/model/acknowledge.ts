// Acknowledgement as a score of (concern, draft sentence) pairs: a concern is acknowledged when
// its best-scoring sentence clears the threshold. The features say whether the sentence talks
// about the same thing (shared concepts with the concern's sentence or topic), in what frame
// (a reflection, an acknowledging phrase, an open question about it), and for a question or a
// request whether the sentence answers it directly ("Yes, Thursday works.").
import { concepts as conceptsOf } from '../lemma';

/**
 * Concepts of a text, remembered: every (concern, sentence) pair reads the same few texts again,
 * and a keystroke re-judges every pair of the draft.
 */
const conceptCache = new Map<string, Set<string>>();
function concepts(text: string): Set<string> {
  let hit = conceptCache.get(text);
  if (!hit) {
    if (conceptCache.size > 4_000) conceptCache.clear();
    hit = conceptsOf(text);
    conceptCache.set(text, hit);
  }
  return hit;
}
import type { SentenceCode } from '../types';

export interface PairConcern {
  text: string;
  topic: string;
}

export interface PairSentence {
  text: string;
  codes: readonly SentenceCode[];
  index: number;
}

export const PAIR_FEATURES = [
  'bias',
  'shared',
  'shared_topic',
  'reflection',
  'open_question',
  'information',
  'advice',
  'pressure',
  'other',
  'autonomy',
  'affirmation',
  'asks',
  'asks_x_answer',
  'asks_x_shared',
  'rule_ack',
  'frame',
  'frame_x_shared',
  'reflection_x_shared',
  'early',
  'you',
  'echo_high',
  'feeling_x_feeling',
  'information_x_shared_x_asks',
  'information_x_shared_x_statement',
  'advice_x_shared',
  'autonomy_x_shared',
  'closer_to_another',
] as const;

const FRAME =
  /\b(?:understand|hear you|i hear|sounds like|sounds as|makes sense|fair (?:point|question|enough)|appreciate|i get (?:it|that|why)|sorry|you mentioned|you said|you raised|you asked|you're worried|you are worried|you wrote|totally get|completely get|of course you|no wonder|it's natural|it's normal|understandable|to your question|you'd like|you would like|you want|you'd rather)\b/i;
const ANSWER =
  /^\W*(?:yes|yep|yeah|no|nope|sure|absolutely|definitely|of course|certainly|unfortunately|sadly|happy to|glad to|good news|great news|we can|i can|you can|that's fine|that works|works for me|no problem|done|moved|booked|short answer|to answer|on your question|re (?:your|the))\b/i;
const ASKS =
  /\?\s*\W*$|^\W*(?:can|could|would|will|is|are|do|does|did|why|what|how|when|where|who|which|should|shall)\b|\b(?:please|wondering|let me know|any chance|is it possible)\b/i;
const FEELING =
  /\b(?:worr\w*|nervous|anxious|scared|afraid|fear\w*|stress\w*|upset|frustrat\w*|angry|annoyed|overwhelm\w*|unsure|uneasy|confus\w*|disappoint\w*|tired|exhausted|guilty|embarrass\w*|hurt|sad|fed up|sick of)\b/i;

const REFLECTION_CODES = new Set<SentenceCode>(['reflection.simple', 'reflection.complex']);

/** How many concepts a sentence shares with a concern (its sentence and topic). */
export function sharedWith(concern: PairConcern, sentence: string): number {
  const about = concepts(`${concern.text} ${concern.topic}`);
  let n = 0;
  for (const k of concepts(sentence)) if (about.has(k)) n++;
  return n;
}

/**
 * The dense feature vector of one pair, in PAIR_FEATURES order. `otherShared` is the most the
 * sentence shares with any other concern of the same message: a reflection of one worry must not
 * tick off another.
 */
export function pairFeatures(concern: PairConcern, sentence: PairSentence, ruleAck: boolean, otherShared = 0): number[] {
  const about = concepts(`${concern.text} ${concern.topic}`);
  const topic = concepts(concern.topic);
  const own = concepts(sentence.text);
  let shared = 0;
  let sharedTopic = 0;
  for (const k of own) {
    if (about.has(k)) shared++;
    if (topic.has(k)) sharedTopic++;
  }
  const has = (c: SentenceCode) => (sentence.codes.includes(c) ? 1 : 0);
  const reflection = sentence.codes.some((c) => REFLECTION_CODES.has(c)) ? 1 : 0;
  const asks = ASKS.test(concern.text) ? 1 : 0;
  const answer = ANSWER.test(sentence.text) ? 1 : 0;
  const frame = FRAME.test(sentence.text) ? 1 : 0;
  const sharedScore = Math.min(shared, 3) / 3;
  const any = shared > 0 ? 1 : 0;
  return [
    1,
    sharedScore,
    sharedTopic > 0 ? 1 : 0,
    reflection,
    has('question.open'),
    has('information'),
    has('advice'),
    has('pressure'),
    has('other'),
    has('autonomy'),
    has('affirmation'),
    asks,
    asks * answer,
    asks * any,
    ruleAck ? 1 : 0,
    frame,
    frame * any,
    reflection * any,
    sentence.index <= 2 ? 1 : 0,
    /\byou/i.test(sentence.text) ? 1 : 0,
    own.size && shared / own.size >= 0.4 ? 1 : 0,
    FEELING.test(concern.text) && FEELING.test(sentence.text) ? 1 : 0,
    // A fact answers a question; the same fact set against an objection argues it away.
    has('information') * any * asks,
    has('information') * any * (1 - asks),
    has('advice') * any,
    has('autonomy') * any,
    otherShared > shared ? 1 : 0,
  ];
}

export function pairScore(weights: readonly number[], features: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < features.length; i++) s += (weights[i] ?? 0) * features[i];
  return s;
}
