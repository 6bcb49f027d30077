// Features for the learned judgement: what a sentence says (words, word pairs, character
// n-grams that survive typos and inflection), how it is built (question mark, second person with a
// modal, a condition with a consequence, numbers and days), where it stands in the draft, how much
// of the client's message it echoes, and what the hand-written cues and rules saw in it. The same
// function serves training (scripts/train) and the engine, so the two can never drift apart.
import { concepts } from '../lemma';

/** What the rest of the pipeline knows about a sentence before the model reads it. */
export interface SentenceContext {
  /** Concepts (lemmas and synonym groups) of the client's message; null when there is none. */
  threadConcepts: Set<string> | null;
  /** Codes the hand-written cues give the sentence. */
  cues: readonly string[];
  /** Pressure rules that fired: "kind" and "rule id". */
  rules: readonly { rule: string; kind?: string }[];
  /** Cue codes of the sentence before, when there is one. */
  previousCues?: readonly string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[?!]/gu;
const EMOJI = /[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}]/u;
const DAY =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tonight|tomorrow|weekend|eod|eow|deadline|end of (?:the )?(?:day|week|month))\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2}(?:st|nd|rd|th)\b/i;
const MONEY = /[$£€¥]|\b\d[\d,.]*\s?(?:k|usd|eur|gbp|dollars|pounds|euros)\b/i;
const YOU_MODAL = /\byou(?:'ll| will| would| must| should| need| have to| have got to|'ve got to| ought| better|'d better| can't| cannot)\b/i;
const CONDITION = /\b(?:if|unless|until|once|otherwise|or else)\b/i;
const CONSEQUENCE = /\b(?:will|'ll|would|going to|have to|be forced|lose|forfeit|cancel|close|release|proceed|terminate|suspend|charge)\b/i;
const NEGATION = /\b(?:not|no|never|don't|doesn't|didn't|won't|isn't|aren't|can't|cannot|needn't|nothing|nobody)\b/i;
const FIRST_PERSON_RECORD = /\b(?:i|we)(?:'ve| have)\b[^.?!]{0,40}\b(?:\d+|hundreds|thousands|dozens|years|decades|countless|many)\b/i;
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|morning|hiya|greetings)\b/i;

/** Lower-case word tokens with numbers folded to "0"; "?" and "!" kept as tokens. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/[’‘]/g, "'").matchAll(WORD)) {
    out.push(/^\d/.test(m[0]) ? '0' : m[0]);
  }
  return out;
}

let clusterOf: Map<string, number> | null = null;

/**
 * Loads the clusters of words used alike (GloVe-derived, ../generated/word-clusters.ts). Only the
 * trainer does, to compare the families that read them: none has won on validation, and the
 * 327 KB table would otherwise be parsed by every fresh worker for nothing.
 */
export function loadWordClusters(table: string): void {
  clusterOf = new Map();
  table.split('|').forEach((group, id) => {
    for (const w of group.split(' ')) if (w) clusterOf!.set(w, id);
  });
}

export function wordClustersLoaded(): boolean {
  return clusterOf !== null;
}

/** The cluster a word belongs to, when the clusters are loaded. */
export function wordCluster(word: string): number | undefined {
  return clusterOf?.get(word);
}

/** Features of the words alone: shared by draft sentences and the client's sentences. */
export function lexicalFeatures(text: string, out: string[] = [], withClusters = true): string[] {
  const toks = tokens(text.slice(0, 600));
  const prev = ['<s>', ...toks];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    out.push(`u:${t}`, `b:${prev[i]}_${t}`);
    if (i + 1 < toks.length) out.push(`t:${prev[i]}_${t}_${toks[i + 1]}`);
    // Words used alike share a cluster: "proceedings" and "litigation", "grab" and "snap".
    if (withClusters && clusterOf) {
      const k = wordCluster(t) ?? t;
      const kPrev = i > 0 ? (wordCluster(toks[i - 1]) ?? toks[i - 1]) : '<s>';
      out.push(`k:${k}`, `kb:${kPrev}_${k}`);
    }
    if (t.length >= 3 && t !== '0') {
      const padded = `<${t}>`;
      for (let n = 3; n <= 5; n++) for (let k = 0; k + n <= padded.length; k++) out.push(`c:${padded.slice(k, k + n)}`);
    }
  }
  out.push(`f1:${toks[0] ?? ''}`, `f2:${toks[0] ?? ''}_${toks[1] ?? ''}`);
  const trimmed = text.trim();
  const last = trimmed.replace(/[\s\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u200d\ufe0f)"'”’]+$/u, '').slice(-1);
  out.push(`end:${last === '?' || last === '!' || last === '.' ? last : 'none'}`);
  out.push(`len:${bucket(toks.length, [3, 7, 15, 30])}`);
  if (EMOJI.test(text)) out.push('emoji');
  if (/\d/.test(text)) out.push('num');
  if (MONEY.test(text)) out.push('money');
  if (DAY.test(text)) out.push('day');
  if (YOU_MODAL.test(text)) out.push('you_modal');
  if (CONDITION.test(text) && CONSEQUENCE.test(text)) out.push('cond_conseq');
  if (NEGATION.test(text)) out.push('neg');
  if (FIRST_PERSON_RECORD.test(text)) out.push('record');
  if (GREETING.test(trimmed)) out.push('greeting');
  if (trimmed === trimmed.toLowerCase() && /\p{L}/u.test(trimmed)) out.push('lowercase');
  return out;
}

/** Every feature of one draft sentence in its context. */
/** `withClusters: false` skips the cluster lookups for a model whose family does not read them (cold start). */
export function sentenceFeatures(text: string, ctx: SentenceContext, withClusters = true): string[] {
  const out = lexicalFeatures(text, [], withClusters);
  // No position feature: in drafts the first line is nearly always a greeting, and a model that
  // learns "first means other" calls a one-sentence draft ("You need to sign by Friday.") calm.
  // Greetings and sign-offs are hard exceptions in judge.ts instead.
  for (const c of ctx.cues) out.push(`cue:${c}`);
  for (const c of ctx.previousCues ?? []) out.push(`prev:${c}`);
  for (const r of ctx.rules) {
    out.push(`rule:${r.rule}`);
    if (r.kind) out.push(`rulekind:${r.kind}`);
  }
  if (ctx.rules.length) out.push('rule:any');
  if (ctx.threadConcepts === null) out.push('thread:none');
  else {
    const own = concepts(text);
    let shared = 0;
    for (const k of own) if (ctx.threadConcepts.has(k)) shared++;
    const echo = shared === 0 ? '0' : own.size && shared / own.size >= 0.4 ? 'hi' : 'lo';
    out.push(`echo:${echo}`);
    if (shared && /\byou/i.test(text)) out.push(`echo_you:${echo}`);
  }
  return out;
}

/** Features of one sentence of the client's message, for concern detection. */
export function clientSentenceFeatures(text: string, index: number, ruleSaysConcern: boolean): string[] {
  // No word clusters: the concern model scores the same without them (validation F1 0.934 both ways).
  const out = lexicalFeatures(text, [], false);
  out.push(index === 0 ? 'cpos:first' : 'cpos:later');
  if (ruleSaysConcern) out.push('concern_rule');
  return out;
}

function bucket(n: number, edges: number[]): string {
  let i = 0;
  while (i < edges.length && n > edges[i]) i++;
  return String(i);
}

/**
 * Feature families compared when training (scripts/train): each keeps some of the features above.
 * The shipped model names its family, and the engine feeds it only those features — a feature the
 * model never saw would otherwise land in some other feature's hash bucket.
 */
export const FEATURE_FAMILIES: Record<string, (f: string) => boolean> = {
  'words (unigrams, bigrams)': (f) => /^(?:u|b|f1|f2|end):/.test(f),
  'words + word clusters (GloVe k-means)': (f) => /^(?:u|b|f1|f2|end|k|kb):/.test(f),
  'words + clusters + char n-grams + structure + context': (f) => !/^(?:cue|prev|rule|rulekind):/.test(f) && f !== 'rule:any',
  'words + cues and rule hits (no character n-grams)': (f) =>
    /^(?:u|b|f1|f2|end|cue|prev|rule|rulekind|echo|echo_you|pos):/.test(f) || f === 'rule:any' || f === 'thread:none',
  'words + clusters + cues and rule hits': (f) =>
    /^(?:u|b|f1|f2|end|k|kb|cue|prev|rule|rulekind|echo|echo_you|pos):/.test(f) || f === 'rule:any' || f === 'thread:none',
  'words + trigrams + cues and rule hits': (f) =>
    /^(?:u|b|t|f1|f2|end|cue|prev|rule|rulekind|echo|echo_you|pos):/.test(f) || f === 'rule:any' || f === 'thread:none',
  'all: + hand-written cues and rule hits': () => true,
};
