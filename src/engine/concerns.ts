// The client's concerns in their previous message, and whether the draft acknowledges each.
//
// Detection: every question of the client's is a concern (the taxonomy's "or asks"); a statement
// is one when it carries a signal of hesitation, objection, worry or challenge (concerns/signals.ts).
// The topic is the noun phrase it is about, in the client's words (concerns/topic.ts).
//
// Acknowledgement: a draft sentence acknowledges a concern when it is in an acknowledging frame
// ("I understand…", "It sounds like…", "You mentioned…", or a reflection code) AND talks about the
// concern: it shares a content lemma, or a synonym from lemma.ts, with the concern's topic or
// sentence. Repeating the word inside advice ("The fee covers everything") has no frame, so it
// does not count.
import { concepts, contentLemmas } from './lemma';
import { CONCERN_SIGNALS, NOT_A_CONCERN } from './concerns/signals';
import { refineTopic } from './concerns/refine';
import { extractTopic, isAnaphoric } from './concerns/topic';
import { isWeakTopic, keyPhrase } from './concerns/key-phrase';
import { stemCounts } from './concerns/topic-words';
import { isHardActivityClause, promisedThenDenied, recalledThenObjected } from './concerns/across-clauses';
import type { Concern, ConcernKind, SentenceReport } from './types';
import { bestAcknowledgement, concernProbability, concernThreshold, learnedTopic } from './model/judge';
import type { PairSentence } from './model/acknowledge';
import { lowerForPrefilter, mayMatch } from './regex-prefilter';

export type DetectedConcern = Omit<Concern, 'acknowledged' | 'acknowledgedBy'>;

/** Threads longer than this are cut: a client's message is short, and detection must stay cheap. */
const MAX_THREAD_CHARS = 20_000;

/**
 * Every concern the client raised in `thread`: the learned model reads each of the client's
 * sentences (with the hand-written signals as one of its inputs); the topic is the rules' phrase,
 * or the client's words the topic model rates higher (concerns/topic-words.ts).
 */
export function detectConcerns(thread: string): DetectedConcern[] {
  const out: DetectedConcern[] = [];
  const readings = ruleReadings(thread);
  const counts = readings.length ? stemCounts(readings.map((r) => r.sentence).join('\n')) : new Map<string, number>();
  for (const { sentence, index, ruleTopic, ruleKind } of readings) {
    if (concernProbability(sentence, index, ruleKind !== null) < concernThreshold(ruleKind !== null)) continue;
    const kind = ruleKind ?? (/\?["'”’)]*\s*$/.test(sentence) ? 'challenge' : 'objection');
    out.push({ text: sentence, topic: learnedTopic(sentence, ruleTopic, counts), kind });
  }
  return out;
}

export interface RuleReading {
  sentence: string;
  index: number;
  /** The hand-written reader's topic (with an anaphor resolved to the previous sentence's topic). */
  ruleTopic: string;
  ruleKind: ConcernKind | null;
}

/** The rules' reading of each of the client's sentences, concern or not (training reads it too). */
export function ruleReadings(thread: string): RuleReading[] {
  if (typeof thread !== 'string' || !thread.trim()) return [];
  const out: RuleReading[] = [];
  let previousTopic = '';
  threadSentences(thread.slice(0, MAX_THREAD_CHARS)).forEach((line, index) => {
    // "hi Gav, I got a cheaper quote": the greeting is not what the concern is about.
    const sentence = line.replace(LEADING_GREETING, '') || line;
    let topic = topicOf(sentence);
    if (isAnaphoric(topic)) topic = previousTopic || topic;
    topic = refineTopic(sentence, topic, { previous: previousTopic });
    if (isWeakTopic(topic, sentence, previousTopic)) topic = keyPhrase(sentence) || topic;
    out.push({ sentence, index, ruleTopic: saysSomething(topic) ? topic : fallbackTopic(sentence), ruleKind: concernKind(sentence) });
    if (topic) previousTopic = topic;
  });
  return out;
}

/** The hand-written signals' reading of a client sentence (an input to the model). */
export const concernKindByRules = (sentence: string): ConcernKind | null => concernKind(sentence);

// ---------------------------------------------------------------------------------------------
// The client's sentences

const ABBREVIATIONS = /\b(?:mr|mrs|ms|dr|st|vs|etc|e\.g|i\.e|a\.m|p\.m|approx|no|jr|sr|inc|ltd|co|dept|est|fig|cf|mt)\.$/i;
const GREETING_LINE = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.!?\n]{0,40}[,!:]?\s*$/i;
const SIGNOFF_LINE =
  /^\s*(?:thanks|thank you|many thanks|cheers|best|best wishes|best regards|kind regards|regards|warm regards|warmly|sincerely|all the best|talk soon|--|—)(?:\s+(?:again|so much|in advance))?\s*[,!.]?\s*$/i;
const QUOTE_HEADER = /^\s*(?:on .{0,200} wrote:|from:|sent:|to:|subject:|date:|cc:)/i;

/** The thread's sentences, verbatim, without greetings, sign-offs and quote headers. */
export function threadSentences(thread: string): string[] {
  const lines = thread
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/^\s*(?:>\s?)+/, ''));
  const paragraphs: string[] = [];
  let current = '';
  let lastLine = '';
  for (const line of lines) {
    const trimmed = line.trim();
    // A sign-off ends the message: what follows is the signature or older history.
    if (SIGNOFF_LINE.test(trimmed) && (current || paragraphs.length > 0)) break;
    const skip = GREETING_LINE.test(trimmed) || SIGNOFF_LINE.test(trimmed) || QUOTE_HEADER.test(trimmed);
    if (!trimmed || skip) {
      if (current) paragraphs.push(current);
      current = '';
      continue;
    }
    // A line break ends a sentence ("can we do thursday\nthe boiler is off again"), unless the
    // line was hard-wrapped mid-sentence: a long line going on in lower case.
    if (current && !(lastLine.length > 60 && /^\p{Ll}/u.test(trimmed) && !/[.!?:;]$/.test(lastLine))) {
      paragraphs.push(current);
      current = trimmed;
      lastLine = trimmed;
      continue;
    }
    current = current ? `${current} ${trimmed}` : trimmed;
    lastLine = trimmed;
  }
  if (current) paragraphs.push(current);
  return paragraphs.flatMap(splitSentences).filter((s) => /\p{L}/u.test(s) && !NOT_A_CONCERN.test(s));
}

function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  // A full stop, "?", "!" or a closing emoji ("the fees look high 😬 also…") ends a sentence.
  const re = /(?:[.!?…]+["'”’)\]]*|\s[\p{Extended_Pictographic}][\p{Extended_Pictographic}\u200d\ufe0f\u{1F3FB}-\u{1F3FF}]*)(?=\s+|$)/gu;
  let start = 0;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const end = m.index + m[0].length;
    const next = paragraph.slice(end).trimStart();
    const candidate = paragraph.slice(start, end);
    const isAbbreviation = m[0] === '.' && ABBREVIATIONS.test(candidate);
    const isEmoji = /\p{Extended_Pictographic}/u.test(m[0]);
    // Lower-case chat ("her gone. she's been off 6 times") ends at a full stop as well; an
    // abbreviation or an ellipsis before a lower-case word does not.
    if (next && !isEmoji && (isAbbreviation || (/^(?:\.{2,}|…)$/.test(m[0]) && /^[a-z]/.test(next)))) continue;
    out.push(candidate.trim());
    start = end;
  }
  const tail = paragraph.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Concern kind and topic

const CHALLENGE_QUESTION =
  /^(?:why\b|how (?:is|does|would|will) (?:this|that|it)\b.*\bbetter|isn't|aren't|doesn't|don't|are you (?:sure|certain)|can you explain|how come|what makes you)/i;
const HESITANT_QUESTION = /^(?:can|could|may|shall) (?:we|i) (?:wait|pause|delay|hold|slow|postpone|phase|have until|take (?:a|some|more)|put|push|think)/i;

function concernKind(sentence: string): ConcernKind | null {
  const isQuestion = /\?["'”’)]*\s*$/.test(sentence);
  if (isQuestion) {
    if (CHALLENGE_QUESTION.test(sentence.replace(/^(?:and|but|so|also|honestly),?\s+/i, ''))) return 'challenge';
    if (HESITANT_QUESTION.test(sentence)) return 'hesitation';
  }
  const signal = CONCERN_SIGNALS.find((s) => s.pattern.test(sentence));
  if (signal) return signal.kind;
  return isQuestion ? 'challenge' : null;
}

const CLAUSE_SPLIT =
  /(,\s*(?:and|but|so|yet)\s+|\s+but\s+|;\s*|\s+[—–]\s+|\s+and\s+(?=(?:i|i'm|i've|i'll|we|we're|we've|my|our|it's|it|the|they|nobody|nothing|now)\b)|,\s+(?=(?:i|i'm|i've|i'll|i'd|we|we're|we've|we'd)\b))/i;
const SIGNAL_WEIGHT: Record<ConcernKind, number> = { worry: 3, hesitation: 3, challenge: 2, objection: 1 };

/** The clauses of a sentence, the one that carries the concern first (strongest signal; after "but" on a tie). */
function concernClauses(sentence: string): string[] {
  const parts = sentence.split(CLAUSE_SPLIT);
  const scored: { clause: string; index: number; score: number }[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const clause = parts[i].trim();
    if (!clause) continue;
    const afterBut = i > 0 && /\bbut\b/i.test(parts[i - 1]);
    const signal = CONCERN_SIGNALS.find((s) => s.pattern.test(clause) && !/^\s*but\b/i.test(clause.match(s.pattern)?.[0] ?? ''));
    const isQuestion = /\?\s*$/.test(clause);
    const hardActivity = isHardActivityClause(clause) ? 1 : 0;
    scored.push({ clause, index: i, score: (signal ? SIGNAL_WEIGHT[signal.kind] : 0) + (isQuestion ? 2 : 0) + (afterBut ? 0.5 : 0) + hardActivity });
  }
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.clause);
}

function topicOf(sentence: string): string {
  const recalled = recalledThenObjected(sentence) ?? promisedThenDenied(sentence);
  if (recalled && !isAnaphoric(recalled)) return asMidSentence(recalled, sentence);
  let fallback = '';
  for (const clause of concernClauses(sentence)) {
    const topic = asMidSentence(extractTopic(clause), sentence);
    // "I'm exhausted and I can't keep up the sessions": a bare feeling yields to a clause with a thing in it.
    if (topic && !isAnaphoric(topic) && !isBareFeeling(topic)) return topic;
    fallback ||= topic;
  }
  return fallback;
}

function isBareFeeling(topic: string): boolean {
  return /^(?:being|feeling) (?:(?:really|so|very|quite|a bit|completely|totally) )?\S+$|^feeling (?:like )?out of\b/i.test(topic);
}

/** "The premium" at the start of the client's sentence is "the premium" inside ours; "VAT" and "I" stay. */
function asMidSentence(topic: string, sentence: string): string {
  const first = topic.split(/\s+/)[0] ?? '';
  const capitalisedBySentence =
    sentence.trimStart().startsWith(first) && first !== 'I' && !/^I'/.test(first) && first.slice(1) !== first.slice(1).toUpperCase();
  return capitalisedBySentence ? topic.charAt(0).toLowerCase() + topic.slice(1) : topic;
}

/** When no phrase could be read, the sentence itself (trimmed) is the client's words on it. */
const LEADING_GREETING =
  /^(?:hi|hiya|hello|hey|dear|morning|good (?:morning|afternoon|evening))\b(?:[^,.!?:\n]{0,30}[,!.:\u2014-]+\s+(?=\S)|\s+(?=(?:can|could|would|will|so|just|quick|i|i'm|we|is|are|do|does|how|what|why|when)\b))/i;

/** A topic with a word of its own: not a bare pronoun, a time word or a name alone ("it'll", "before", "robert"). */
function saysSomething(topic: string): boolean {
  const t = (topic ?? '').trim();
  if (!t) return false;
  return (
    contentLemmas(t).length > 0 && !/^(?:it|it'll|it's|that|this|they|them|before|after|now|then|here|there)$/i.test(t) && (t.includes(' ') || t.length > 6)
  );
}

function fallbackTopic(sentence: string): string {
  return sentence
    .replace(/[.!?…]+$/u, '')
    .trim()
    .slice(0, 80);
}

// ---------------------------------------------------------------------------------------------
// Acknowledgement

/**
 * Openings and phrases that acknowledge the client's view (taxonomy: reflection or explicit
 * acknowledgement). One pattern per wording rather than one alternation, so a cold start compiles
 * only the wordings a sentence could contain (see regex-prefilter).
 */
const ACK_FRAMES = [
  String.raw`\bi (?:completely |totally |fully |really |also |can |do )?(?:understand|hear|get|see|imagine|tell)\b`,
  String.raw`\bi know (?:that |how |it'?s |this |the |you)`,
  String.raw`\bi appreciate`,
  String.raw`\bi'?m (?:so |really |very )?sorry|\bi am sorry`,
  String.raw`\bunderstood(?: that|[,—–-])`,
  String.raw`\bmakes? (?:total |complete |a lot of |perfect |good |complete )?sense`,
  String.raw`\b(?:it |that |this )?sounds? (?:like|as if|as though|(?:really |very |so )?(?:frustrating|stressful|hard|difficult|tough|exhausting|worrying|daunting|overwhelming|uncomfortable))`,
  String.raw`\bit seems (?:like|that)`,
  String.raw`\byou(?:'re| are|'ve| have)? (?:also |still |really |just |already )?(?:mentioned|said|asked|asking|wrote|noted|raised|told me|shared|explained|wondering|worried|concerned|right|feeling|not sure|unsure|hesitant|nervous|frustrated|carrying|been clear|been honest|left wondering)\b`,
  String.raw`^\s*(?:and |so )?you (?:hate|love|feel|don't want|'d like|would like|'d rather|would rather|worry|wish|miss|care)\b`,
  String.raw`\bas you (?:mentioned|said|noted|asked|pointed out|put it)`,
  String.raw`\b(?:that'?s|that is|it'?s|it is) (?:a |an )?(?:completely |totally |entirely |perfectly |very |really )?(?:fair|good|great|reasonable|real|valid|important|understandable|natural|normal)\b`,
  String.raw`\b(?:is|are) (?:completely |totally |entirely |perfectly |very )?(?:understandable|natural|normal)\b`,
  String.raw`\bfair (?:question|point|enough|concern)`,
  String.raw`\byou'?re right to`,
  String.raw`\bthanks? (?:you )?for (?:raising|flagging|telling|sharing|asking|being|pointing|letting|your (?:question|honesty))`,
  String.raw`\bwould (?:frustrate|try|worry|concern|upset|annoy|unsettle) anyone`,
  String.raw`\b(?:must|would|can) (?:be|feel|have been|have felt) (?:\w+ )?(?:like|frustrating|stressful|hard|difficult|discouraging|worrying|unsettling|exhausting|a lot|upsetting|painful)`,
  String.raw`\bwould be (?:strange|surprising|odd) if you`,
  String.raw`\b(?:as for|on|to) (?:whether|your question|your point|your concern)`,
  String.raw`\byour (?:question|concern|worry|point|hesitation) (?:about|on|regarding)`,
  String.raw`\bon your mind|\bweigh(?:s|ing)? on you|\bpart of you\b`,
  String.raw`\bit'?s clear (?:how|that)|\bis a lot to|\ba lot to take in|\bunderstandably`,
].map((source) => new RegExp(source, 'i'));
const LEADING_REFLECTION = /^\s*(?:so|sounds like|it sounds|it seems|it looks like)\b/i;
const REFLECTION_CODES = new Set(['reflection.simple', 'reflection.complex']);

/** Words of the frames themselves: they say "I'm acknowledging", not what about. */
const FRAME_CONCEPTS = concepts(
  'year years month months week weeks day days understand hear sense mention mentioned ask asked fair question sorry total complete completely clear imagine appreciate sound sounds seem point raise raised wonder right natural reasonable valid important understandable anyone',
);

/** Further acknowledging wordings: conceding a point, naming it as reasonable, standing in their shoes. */
const ACK_FRAME_MORE =
  /\b(?:i take (?:your|the) point|point taken|(?:good|great|fair|valid|reasonable|honest) (?:question|point|concern|worry|challenge|ask)|you(?:'ve| have)? (?:raised?|make|made) (?:a |an )?(?:good|fair|valid|important|real)|i get why|i can see (?:why|how|that|where)|no wonder|(?:it's|it is) (?:only )?(?:natural|normal|understandable|reasonable) to|i'?d (?:feel|be|want) the same|in your (?:shoes|position|place)|anyone (?:would|in your)|i (?:recognise|recognize|acknowledge)|you have every right|i hear what you|you'?re (?:absolutely |completely )?right (?:that|about|to)|thank you for (?:being|your) (?:candid|candour|candor|frank|open|honest))/i;

/** A feeling named back in a listening frame ("That must be a lonely position to be in"): it acknowledges a concern about the client's state. */
const FEELING_ACK =
  /\b(?:sounds?|must (?:be|feel)|can (?:be|feel)|is) (?:like )?(?:a |an )?(?:really |very |so |such an? )?(?:hard|tough|difficult|uncomfortable|stressful|frustrating|awkward|lonely|exhausting|worrying|anxious|unsettling|draining|overwhelming)\b|\b(?:hard|tough|difficult|uncomfortable|awkward) (?:place|spot|position)\b|\bcompletely (?:normal|understandable)\b/i;
/** A concern about the client's own state ("being stuck in the middle", "anxiety about…"). */
const STATE_TOPIC =
  /^(?:being|feeling|getting) |^(?:anxiety|nerves|worry|fear|stress|overwhelm|frustration|embarrassment|exhaustion|unease|discomfort|confusion|uncertainty)\b/i;

interface SentenceReading {
  /** The sentence's own words put it in an acknowledging frame (codes are checked apart). */
  framed: boolean;
  names: boolean;
  concepts: Set<string>;
}

/**
 * The per-sentence part of acknowledgement, cached by sentence text: typing in one sentence
 * re-reads only that sentence, not every frame and stem of the draft again.
 */
const readings = new Map<string, SentenceReading>();
const MAX_READINGS = 2_000;

function reading(text: string): SentenceReading {
  let hit = readings.get(text);
  if (!hit) {
    // The prefilter skips a frame that cannot match: its first run (V8 compiling it) is what a cold start pays.
    const lower = lowerForPrefilter(text);
    const has = (re: RegExp) => mayMatch(re, text, lower) && re.test(text);
    const framed = ACK_FRAMES.some(has) || has(ACK_FRAME_MORE) || (LEADING_REFLECTION.test(text) && /\byou(?:'re|r)?\b/i.test(text));
    hit = { framed, names: has(FEELING_ACK), concepts: new Set([...concepts(text), ...amounts(text)]) };
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(text, hit);
  }
  return hit;
}

/** Figures the client named ("$120k", "4,200", "30%"): echoing one in a listening frame addresses that concern. */
function amounts(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[$£€]?\s?(\d[\d,]*(?:\.\d+)?)\s?(k|m|%)?/gi)) {
    const digits = m[1].replace(/,/g, '');
    if (digits.length >= 2 || m[2]) out.push(`#n:${digits}${(m[2] ?? '').toLowerCase()}`);
  }
  return out;
}

function acknowledges(sentence: SentenceReport): boolean {
  const codes = sentence.codes ?? [];
  const reflected = codes.some((c) => REFLECTION_CODES.has(c));
  if (!reflected && codes.includes('pressure')) return false;
  // Asking openly about the very thing they raised ("What would you want to understand about the
  // difference first?") takes it up in their terms: MI's first move with a hesitation.
  return reflected || codes.includes('question.open') || reading(sentence.text).framed;
}

function sharesConcept(a: Set<string>, b: Set<string>): boolean {
  for (const c of a) if (b.has(c) && !FRAME_CONCEPTS.has(c)) return true;
  return false;
}

const FEELING_CONCEPT = [...concepts('worried')][0] ?? '';

/**
 * What a sentence must talk about to acknowledge this concern: its topic or the client's other
 * words in that sentence (topics are read imperfectly, paraphrases reach for either). A feeling
 * word ("worried", "nervous") is the same for every worry, so it names the topic only when the
 * concern is about the client's state: reflecting one worry must not tick off another.
 */
function topicConcepts(c: DetectedConcern, aboutTheirState: boolean): Set<string> {
  const key = `${aboutTheirState ? 1 : 0}\u0001${c.topic ?? ''}\u0001${c.text ?? ''}`;
  let hit = topicMemo.get(key);
  if (!hit) {
    const keep = (k: string) => !FRAME_CONCEPTS.has(k) && (aboutTheirState || k !== FEELING_CONCEPT);
    hit = new Set([...concepts(c.topic ?? ''), ...concepts(c.text ?? ''), ...amounts(c.text ?? '')].filter(keep));
    if (topicMemo.size >= MAX_READINGS) topicMemo.clear();
    topicMemo.set(key, hit);
  }
  return hit;
}

/** A concern's topic concepts, kept across keystrokes: the client's message rarely changes while typing. */
const topicMemo = new Map<string, Set<string>>();

function hasOwnWords(text: string): boolean {
  for (const k of reading(text).concepts) if (!k.startsWith('#n:') && !FRAME_CONCEPTS.has(k)) return true;
  return false;
}

/**
 * Marks each concern acknowledged when its best (concern, sentence) pair clears the learned
 * threshold; the hand-written frames below are one of the pair's features.
 */
export function judgeAcknowledgement(concerns: DetectedConcern[], sentences: SentenceReport[]): Concern[] {
  const ruled = ruleAcknowledgement(concerns, sentences);
  const pairs: PairSentence[] = (sentences ?? []).map((s, index) => ({ text: s.text, codes: s.codes, index }));
  return ruled.map((c) => {
    const ruleIndex = c.acknowledgedBy ? (sentences ?? []).findIndex((s) => s.start === c.acknowledgedBy!.start) : -1;
    const best = bestAcknowledgement(
      c,
      pairs,
      ruleIndex,
      ruled.filter((o) => o !== c),
    );
    const by = best.acknowledged ? sentences[best.index] : null;
    return { ...c, acknowledged: Boolean(by), acknowledgedBy: by ? { start: by.start, end: by.end } : null };
  });
}

/** The index of the sentence the hand-written frames say acknowledges a concern, or -1 (training reads it too). */
export function ruleAcknowledgementIndex(concern: { text: string; topic: string }, sentences: { text: string; codes: readonly string[] }[]): number {
  let at = 0;
  const reports = sentences.map((s) => {
    const r = { text: s.text, codes: [...s.codes] as SentenceReport['codes'], start: at, end: at + s.text.length };
    at += s.text.length + 1;
    return r;
  });
  const [judged] = ruleAcknowledgement([{ ...concern, kind: 'objection' }], reports);
  return judged?.acknowledgedBy ? reports.findIndex((r) => r.start === judged.acknowledgedBy!.start) : -1;
}

/** Marks each concern acknowledged when a draft sentence reflects/acknowledges its topic (hand-written frames). */
function ruleAcknowledgement(concerns: DetectedConcern[], sentences: SentenceReport[]): Concern[] {
  const framed = (sentences ?? []).filter((s) => typeof s?.text === 'string' && acknowledges(s)).map((s) => ({ span: s, ...reading(s.text) }));
  let previous = new Set<string>();
  // A fear word echoed back ("no wonder you're nervous after last time") can only mean the one
  // concern that voiced a fear; with two worried concerns it would tick off both.
  const fearful = (concerns ?? []).filter((c) => reading(c.text ?? '').concepts.has(FEELING_CONCEPT));
  return (concerns ?? []).map((c) => {
    const aboutTheirState = STATE_TOPIC.test(c.topic ?? '') || (fearful.length === 1 && fearful[0] === c);
    let about = topicConcepts(c, aboutTheirState);
    // "I don't think I can do it": nothing of its own to match, so it stands on the previous concern
    // (its topic may name the antecedent, but whatever acknowledged that concern acknowledges this one).
    if (about.size === 0) about = previous;
    else if (!hasOwnWords(c.text ?? '')) about = new Set([...about, ...previous]);
    previous = about;
    const by = framed.find((f) => sharesConcept(f.concepts, about) || (aboutTheirState && f.names));
    return { ...c, acknowledged: Boolean(by), acknowledgedBy: by ? { start: by.span.start, end: by.span.end } : null };
  });
}
