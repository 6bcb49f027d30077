// npm run train: trains the learned judgement on our own corpus (corpus/, split by writer) and
// writes it as data to src/engine/generated/model.ts, with a report beside it. Deterministic: a
// seeded shuffle, fixed hyper-parameters, no clock or randomness in what is written.
//
// The sealed split is never read here. Model families (feature sets) are compared on the
// validation split; the best is retrained on train + validation and shipped.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sentenceFeatures, clientSentenceFeatures, FEATURE_FAMILIES, loadWordClusters } from '../../src/engine/model/features';
import { WORD_CLUSTERS } from '../../src/engine/generated/word-clusters';
import { buildContext, sentenceEvidence, threadConceptsOf, CODE_HEADS, KIND_HEADS, type JudgementModel } from '../../src/engine/model/judge';
import { hashFeature, encodeBuckets, bytesBase64, LinearModel, type LinearModelData } from '../../src/engine/model/linear';
import { pairFeatures, sharedWith, PAIR_FEATURES } from '../../src/engine/model/acknowledge';
import { threadSentences, concernKindByRules, ruleAcknowledgementIndex, ruleReadings } from '../../src/engine/concerns';
import { chooseTopic, looseStem, scoreTopicWords, stemCounts, stemsOf, topicWordInputs } from '../../src/engine/concerns/topic-words';
import type { SentenceCode } from '../../src/engine/types';
import { PRESSURE_RULES } from '../../src/engine/rules/index';
import { mulberry32, shuffle } from '../lib/random.mjs';

const root = resolve(process.argv[2] ?? process.cwd());
// The families that read word clusters are compared here; the engine ships none of them.
loadWordClusters(WORD_CLUSTERS);
const BITS = 20;
const MASK = (1 << BITS) - 1;
const HEADS = [...CODE_HEADS, ...KIND_HEADS.map((k) => `kind:${k}`)];

interface Gold {
  id: string;
  thread: string;
  draft: string;
  sentences: { text: string; codes: string[]; pressure?: string }[];
  concerns: { text: string; topic: string; acknowledged: boolean }[];
}

interface Example {
  feats: string[];
  /** Per code head: 1, 0, or -1 when unknown (sentence-only sets know only pressure). */
  y: Int8Array;
  kind: number;
}

// ---- data ---------------------------------------------------------------------------------

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function corpusSplit(name: 'train' | 'validation'): Gold[] {
  const splits = JSON.parse(readFileSync(resolve(root, 'corpus/splits.json'), 'utf8')) as Record<string, string[]>;
  return splits[name].flatMap((writer) => readJsonl<Gold>(resolve(root, 'corpus/drafts', `${writer}.jsonl`)));
}

/** Our own sentence-level pressure sets (written blind for earlier rounds): pressure and kind only. */
function paraphraseSets(): Example[] {
  const dir = resolve(root, 'tests/fixtures');
  const out: Example[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => /^paraphrase-pressure.*\.jsonl$/.test(n))
    .sort()) {
    for (const row of readJsonl<{ text: string; pressure: string | null }>(resolve(dir, f))) {
      const ev = sentenceEvidence(row.text);
      const feats = sentenceFeatures(row.text, buildContext(ev, null));
      const y = new Int8Array(CODE_HEADS.length).fill(-1);
      y[CODE_HEADS.indexOf('pressure')] = row.pressure ? 1 : 0;
      out.push({ feats, y, kind: row.pressure ? KIND_HEADS.indexOf(row.pressure as never) : -1 });
    }
  }
  return out;
}

/**
 * The rules' own examples (each rule file lists phrases it must flag and must not): the classic
 * trigger phrasings in context. The corpus writers were asked for indirect pressure and for
 * trigger words in look-alikes, so without these the model would learn that "you need to sign
 * today" is calm.
 */
function ruleExamples(): Example[] {
  const out: Example[] = [];
  const seen = new Set<string>();
  for (const rule of PRESSURE_RULES) {
    for (const [list, isPressure] of [
      [rule.examples.flag, true],
      [rule.examples.pass, false],
    ] as const) {
      for (const text of list) {
        if (seen.has(text)) continue;
        seen.add(text);
        const feats = sentenceFeatures(text, buildContext(sentenceEvidence(text), null));
        const y = new Int8Array(CODE_HEADS.length).fill(-1);
        y[CODE_HEADS.indexOf('pressure')] = isPressure ? 1 : 0;
        out.push({ feats, y, kind: isPressure ? KIND_HEADS.indexOf(rule.kind) : -1 });
      }
    }
  }
  return out;
}

function draftExamples(drafts: Gold[]): Example[] {
  const out: Example[] = [];
  for (const d of drafts) {
    const tc = threadConceptsOf(d.thread ?? '');
    const evidence = d.sentences.map((s) => sentenceEvidence(s.text));
    d.sentences.forEach((s, i) => {
      const feats = sentenceFeatures(s.text, buildContext(evidence[i], tc, evidence[i - 1]));
      const y = Int8Array.from(CODE_HEADS, (c) => (s.codes.includes(c) ? 1 : 0));
      out.push({ feats, y, kind: s.pressure ? KIND_HEADS.indexOf(s.pressure as never) : -1 });
    });
  }
  return out;
}

// ---- model families: which features each may see -----------------------------------------

const FAMILIES = FEATURE_FAMILIES;
/**
 * The family the pipeline around the model (rule boost, calm-beats-pushed, rewrites) was tuned
 * and blind-rated with keeps the choice unless another beats it by more than this on the summed
 * validation score. Round 6: plain words scored 0.022 higher as a model, but the pipeline on
 * validation (TRAIN_NO_VAL=1, npm run eval) measured the same F1 (0.766 vs 0.759) at lower
 * precision (0.745 vs 0.771), and its strict threshold fell on its standard one.
 */
const PREFERRED_FAMILY = 'words + cues and rule hits (no character n-grams)';
const PREFERRED_EDGE = 0.03;

// ---- training -------------------------------------------------------------------------------

interface Trained {
  w: Float32Array;
  b: Float64Array;
  kept: Set<number>;
}

const sig = (x: number) => 1 / (1 + Math.exp(-x));

function hashed(examples: Example[], keep: (f: string) => boolean): Int32Array[] {
  return examples.map((e) => Int32Array.from(new Set(e.feats.filter(keep).map((f) => hashFeature(f) & MASK))));
}

const HYPER = {
  epochs: Number(process.env.TRAIN_EPOCHS ?? 12),
  lr: Number(process.env.TRAIN_LR ?? 0.1),
  l2: Number(process.env.TRAIN_L2 ?? 1e-6),
  minCount: Number(process.env.TRAIN_MINCOUNT ?? 2),
};

function train(examples: Example[], rows: Int32Array[], opts = HYPER): Trained {
  const H = HEADS.length;
  const C = CODE_HEADS.length;
  const counts = new Map<number, number>();
  for (const r of rows) for (const f of r) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = new Set([...counts].filter(([, n]) => n >= opts.minCount).map(([f]) => f));
  const filtered = rows.map((r) => r.filter((f) => kept.has(f)));
  const w = new Float32Array((MASK + 1) * H);
  const g2 = new Float32Array((MASK + 1) * H);
  const b = new Float64Array(H);
  const bg2 = new Float64Array(H).fill(1e-8);
  const rand = mulberry32(1234);
  const order = examples.map((_, i) => i);
  const grad = new Float64Array(H);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, rand);
    for (const idx of order) {
      const e = examples[idx];
      const feats = filtered[idx];
      const z = Float64Array.from(b);
      for (const f of feats) {
        const base = f * H;
        for (let h = 0; h < H; h++) z[h] += w[base + h];
      }
      grad.fill(0);
      for (let h = 0; h < C; h++) if (e.y[h] >= 0) grad[h] = sig(z[h]) - e.y[h];
      if (e.kind >= 0) {
        let max = -Infinity;
        for (let k = C; k < H; k++) max = Math.max(max, z[k]);
        let sum = 0;
        for (let k = C; k < H; k++) sum += Math.exp(z[k] - max);
        for (let k = C; k < H; k++) grad[k] = Math.exp(z[k] - max) / sum - (k - C === e.kind ? 1 : 0);
      }
      for (let h = 0; h < H; h++) {
        const g = grad[h];
        if (g === 0) continue;
        bg2[h] += g * g;
        b[h] -= (opts.lr * g) / Math.sqrt(bg2[h]);
        for (const f of feats) {
          const at = f * H + h;
          const gw = g + opts.l2 * w[at];
          g2[at] += gw * gw;
          w[at] -= (opts.lr * gw) / Math.sqrt(g2[at] + 1e-8);
        }
      }
    }
  }
  return { w, b, kept };
}

function scoreRow(m: Trained, feats: Int32Array): Float64Array {
  const H = HEADS.length;
  const z = Float64Array.from(m.b);
  for (const f of feats) {
    if (!m.kept.has(f)) continue;
    for (let h = 0; h < H; h++) z[h] += m.w[f * H + h];
  }
  return z;
}

// ---- measuring on validation ----------------------------------------------------------------

interface HeadScore {
  f1: number;
  precision: number;
  recall: number;
  threshold: number;
}

function prf(tp: number, fp: number, fn: number) {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The threshold with the best F1 (for pressure: the best F1 whose precision is at least `minPrecision`). */
function bestThreshold(probs: number[], gold: number[], minPrecision = 0): HeadScore {
  let best: HeadScore = { f1: -1, precision: 0, recall: 0, threshold: 0.5 };
  for (let t = 0.1; t <= 0.9001; t += 0.025) {
    let tp = 0,
      fp = 0,
      fn = 0;
    probs.forEach((p, i) => {
      if (p >= t && gold[i]) tp++;
      else if (p >= t) fp++;
      else if (gold[i]) fn++;
    });
    const s = prf(tp, fp, fn);
    const ok = s.precision >= minPrecision;
    if ((ok && s.f1 > best.f1) || (best.f1 < 0 && t > 0.89)) best = { ...s, threshold: Number(t.toFixed(3)) };
  }
  return best;
}

function evaluateHeads(m: Trained, examples: Example[], rows: Int32Array[]) {
  const z = rows.map((r) => scoreRow(m, r));
  const perHead: Record<string, HeadScore> = {};
  CODE_HEADS.forEach((c, h) => {
    const idx = examples.map((e, i) => (e.y[h] >= 0 ? i : -1)).filter((i) => i >= 0);
    const probs = idx.map((i) => sig(z[i][h]));
    const gold = idx.map((i) => examples[i].y[h]);
    // Pressure: the standard setting keeps precision at 0.8 or more (a false alarm costs trust);
    // gentle asks 0.9, strict takes the best F1 whatever its precision.
    perHead[c] = bestThreshold(probs, gold, c === 'pressure' ? 0.8 : 0);
    if (c === 'pressure') {
      perHead['pressure (gentle)'] = bestThreshold(probs, gold, 0.9);
      perHead['pressure (any precision)'] = bestThreshold(probs, gold);
    }
  });
  let kindRight = 0,
    kindTotal = 0;
  examples.forEach((e, i) => {
    if (e.kind < 0) return;
    kindTotal++;
    let best = 0;
    for (let k = 1; k < KIND_HEADS.length; k++) if (z[i][CODE_HEADS.length + k] > z[i][CODE_HEADS.length + best]) best = k;
    if (best === e.kind) kindRight++;
  });
  return { perHead, kindAccuracy: kindTotal ? kindRight / kindTotal : 0 };
}

function tuneRuleBoost(probs: number[], examples: Example[], standard: number) {
  const h = CODE_HEADS.indexOf('pressure');
  const ruled = examples.map((e) => e.feats.includes('rule:any'));
  const at = (t: number) => {
    let tp = 0,
      fp = 0,
      fn = 0;
    examples.forEach((e, i) => {
      const said = probs[i] >= standard || (ruled[i] && probs[i] >= t);
      if (said && e.y[h] === 1) tp++;
      else if (said) fp++;
      else if (e.y[h] === 1) fn++;
    });
    return prf(tp, fp, fn);
  };
  const without = at(standard).f1;
  // The corpus holds few classic trigger phrasings, so validation barely sees this threshold: it
  // is at most half the standard one (the rules' phrase families were precise on the dev set), and
  // lower where validation says that helps.
  const cap = Number((standard / 2).toFixed(2));
  let best = { threshold: cap, ...at(cap), without };
  for (let t = 0.02; t < cap; t += 0.02) {
    const r = at(t);
    if (r.precision >= 0.8 && r.f1 > best.f1) best = { threshold: Number(t.toFixed(2)), ...r, without };
  }
  return best;
}

// ---- the draft around a sentence --------------------------------------------------------------

interface PressureContext {
  weight: number;
  contextWeight: number;
  bias: number;
  empty: number;
}

/** Per validation sentence: its pressure log-odds and the mean of its draft's other non-`other` sentences' (null when none). */
function contextInputs(m: Trained, rows: Int32Array[], sizes: number[], otherThreshold: number) {
  const hp = CODE_HEADS.indexOf('pressure');
  const ho = CODE_HEADS.indexOf('other');
  const scored = rows.map((r) => scoreRow(m, r));
  const z = scored.map((x) => x[hp]);
  const other = scored.map((x) => sig(x[ho]) >= otherThreshold);
  const context: (number | null)[] = [];
  let at = 0;
  for (const size of sizes) {
    for (let i = at; i < at + size; i++) {
      let sum = 0;
      let n = 0;
      for (let j = at; j < at + size; j++) {
        if (j === i || other[j]) continue;
        sum += z[j];
        n++;
      }
      context.push(n ? sum / n : null);
    }
    at += size;
  }
  return { z, context };
}

/** Logistic regression of gold pressure on (own log-odds, context log-odds): three numbers, by gradient descent. */
function fitContext(z: number[], context: (number | null)[], gold: number[], empty: number): PressureContext {
  const x = context.map((c) => c ?? empty);
  let [a, b, c] = [1, 0, 0];
  for (let step = 0; step < 4000; step++) {
    let ga = 0,
      gb = 0,
      gc = 0;
    z.forEach((zi, i) => {
      const g = sig(a * zi + b * x[i] + c) - gold[i];
      ga += g * zi;
      gb += g * x[i];
      gc += g;
    });
    const n = z.length;
    a -= (0.05 * ga) / n;
    b -= (0.05 * gb) / n;
    c -= (0.5 * gc) / n;
  }
  const round = (v: number) => Number(v.toFixed(4));
  return { weight: round(a), contextWeight: round(b), bias: round(c), empty: round(empty) };
}

const withContext = (p: PressureContext, z: number[], context: (number | null)[]) =>
  z.map((zi, i) => sig(p.weight * zi + p.contextWeight * (context[i] ?? p.empty) + p.bias));

/** Two-fold check by draft: fitted on half the validation drafts, scored on the other half (F1 at precision ≥ 0.8). */
function contextHalves(z: number[], context: (number | null)[], gold: number[], sizes: number[], empty: number) {
  const draftOf = sizes.flatMap((size, d) => Array<number>(size).fill(d));
  const scores = { alone: 0, withContext: 0 };
  for (const half of [0, 1]) {
    const fit = draftOf.map((d) => d % 2 === half);
    const pick = <T>(xs: T[], keep: boolean) => xs.filter((_, i) => fit[i] === keep);
    const p = fitContext(pick(z, true), pick(context, true), pick(gold, true), empty);
    const alone = fitContext(
      pick(z, true),
      pick(context, true).map(() => empty),
      pick(gold, true),
      empty,
    );
    scores.withContext += bestThreshold(withContext(p, pick(z, false), pick(context, false)), pick(gold, false), 0.8).f1 / 2;
    scores.alone += bestThreshold(withContext({ ...alone, contextWeight: 0 }, pick(z, false), pick(context, false)), pick(gold, false), 0.8).f1 / 2;
  }
  return scores;
}

// ---- serialising ------------------------------------------------------------------------------

function serialise(m: Trained, heads: string[], offset = 0, count = heads.length, stride = HEADS.length): LinearModelData {
  const ids = [...m.kept]
    .filter((f) => {
      for (let h = 0; h < count; h++) if (Math.abs(m.w[f * stride + offset + h]) > 1e-3) return true;
      return false;
    })
    .sort((a, b) => a - b);
  const scale = Array.from({ length: count }, (_, h) => {
    let max = 0;
    for (const f of ids) max = Math.max(max, Math.abs(m.w[f * stride + offset + h]));
    return max / 127 || 1;
  });
  const q = new Int8Array(ids.length * count);
  ids.forEach((f, i) => {
    for (let h = 0; h < count; h++) q[i * count + h] = Math.round(m.w[f * stride + offset + h] / scale[h]);
  });
  return {
    bits: BITS,
    heads,
    bias: Array.from({ length: count }, (_, h) => Number(m.b[offset + h].toFixed(6))),
    scale: scale.map((s) => Number(s.toPrecision(8))),
    buckets: bytesBase64(encodeBuckets(ids)),
    weights: bytesBase64(new Uint8Array(q.buffer)),
  };
}

// ---- concerns and acknowledgement ----------------------------------------------------------------

interface ClientExample {
  feats: string[];
  y: number;
}

function clientExamples(drafts: Gold[]): ClientExample[] {
  const out: ClientExample[] = [];
  for (const d of drafts) {
    if (!d.thread?.trim()) continue;
    threadSentences(d.thread).forEach((s, i) => {
      const y = d.concerns.some((c) => overlaps(d.thread, c.text, s)) ? 1 : 0;
      out.push({ feats: clientSentenceFeatures(s, i, concernKindByRules(s) !== null), y });
    });
  }
  return out;
}

function overlaps(thread: string, a: string, b: string): boolean {
  const i = thread.indexOf(a.trim());
  const j = thread.indexOf(b.trim());
  if (i < 0 || j < 0) return a.trim() === b.trim();
  return i < j + b.trim().length && j < i + a.trim().length;
}

function trainClient(examples: ClientExample[]): Trained {
  const H = 1;
  const rows = examples.map((e) => Int32Array.from(new Set(e.feats.map((f) => hashFeature(f) & MASK))));
  const counts = new Map<number, number>();
  for (const r of rows) for (const f of r) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = new Set([...counts].filter(([, n]) => n >= 2).map(([f]) => f));
  const w = new Float32Array((MASK + 1) * H);
  const g2 = new Float32Array((MASK + 1) * H);
  const b = new Float64Array(1);
  let bg2 = 1e-8;
  const rand = mulberry32(99);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < 15; epoch++) {
    shuffle(order, rand);
    for (const idx of order) {
      const feats = rows[idx].filter((f) => kept.has(f));
      let z = b[0];
      for (const f of feats) z += w[f];
      const g = sig(z) - examples[idx].y;
      bg2 += g * g;
      b[0] -= (0.1 * g) / Math.sqrt(bg2);
      for (const f of feats) {
        g2[f] += g * g;
        w[f] -= (0.1 * g) / Math.sqrt(g2[f] + 1e-8);
      }
    }
  }
  return { w, b, kept };
}

function clientProbs(m: Trained, examples: ClientExample[]): number[] {
  return examples.map((e) => {
    let z = m.b[0];
    for (const f of new Set(e.feats.map((x) => hashFeature(x) & MASK))) if (m.kept.has(f)) z += m.w[f];
    return sig(z);
  });
}

// ---- concern topics: which of the client's words name what the concern is about ----------------------

interface TopicCase {
  counts: Map<string, number>;
  sentence: string;
  ruleTopic: string;
  goldTopic: string;
}

function topicCases(drafts: Gold[]): TopicCase[] {
  const out: TopicCase[] = [];
  for (const d of drafts) {
    if (!d.thread?.trim()) continue;
    const readings = ruleReadings(d.thread);
    const counts = stemCounts(readings.map((r) => r.sentence).join('\n'));
    for (const c of d.concerns) {
      const r = readings.find((x) => overlaps(d.thread, c.text, x.sentence));
      if (r && c.topic?.trim()) out.push({ counts, sentence: r.sentence, ruleTopic: r.ruleTopic, goldTopic: c.topic });
    }
  }
  return out;
}

function topicWordExamples(cases: TopicCase[]): ClientExample[] {
  return cases.flatMap(({ counts, sentence, ruleTopic, goldTopic }) => {
    const gold = stemsOf(goldTopic);
    const { tokens, features } = topicWordInputs(sentence, ruleTopic, counts);
    return features.flatMap((feats, i) => (feats ? [{ feats, y: gold.has(looseStem(tokens[i].lower)) ? 1 : 0 }] : []));
  });
}

/** Share of cases whose shown topic shares a content word with the writer's, for each margin (Infinity: the rules alone). */
function topicMatchRates(model: LinearModel, cases: TopicCase[], margins: number[]): { margin: number; rate: number }[] {
  const scored = cases.map((c) => ({ c, choice: scoreTopicWords(model, c.sentence, c.ruleTopic, c.counts) }));
  return margins.map((margin) => {
    let hit = 0;
    for (const { c, choice } of scored) {
      const shown = margin === Infinity ? c.ruleTopic : chooseTopic(c.sentence, c.ruleTopic, choice, margin);
      const gold = stemsOf(c.goldTopic);
      if ([...stemsOf(shown)].some((w) => gold.has(w))) hit++;
    }
    return { margin, rate: hit / Math.max(1, cases.length) };
  });
}

interface AckExample {
  pairs: number[][];
  y: number;
}

function ackExamples(drafts: Gold[], codesOf: (d: Gold) => SentenceCode[][]): AckExample[] {
  const out: AckExample[] = [];
  for (const d of drafts) {
    if (!d.concerns?.length) continue;
    const codes = codesOf(d);
    const sentences = d.sentences.map((s, index) => ({ text: s.text, codes: codes[index], index }));
    for (const c of d.concerns) {
      const ruleIndex = ruleAcknowledgementIndex({ text: c.text, topic: c.topic }, sentences);
      const others = d.concerns.filter((o) => o !== c);
      out.push({
        pairs: sentences.map((s) => pairFeatures(c, s, s.index === ruleIndex, Math.max(0, ...others.map((o) => sharedWith(o, s.text))))),
        y: c.acknowledged ? 1 : 0,
      });
    }
  }
  return out;
}

/** Multiple-instance logistic regression: a concern's score is its best sentence's score. */
function trainAck(examples: AckExample[]): number[] {
  const n = PAIR_FEATURES.length;
  const w = new Array(n).fill(0);
  const rand = mulberry32(7);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < 200; epoch++) {
    shuffle(order, rand);
    const lr = 0.05 / (1 + epoch / 50);
    for (const idx of order) {
      const e = examples[idx];
      if (!e.pairs.length) continue;
      let best = 0,
        bestScore = -Infinity;
      e.pairs.forEach((p, k) => {
        const s = p.reduce((a, x, i) => a + x * w[i], 0);
        if (s > bestScore) {
          bestScore = s;
          best = k;
        }
      });
      const g = sig(bestScore) - e.y;
      for (let i = 0; i < n; i++) w[i] -= lr * (g * e.pairs[best][i] + 1e-4 * w[i]);
    }
  }
  return w.map((x) => Number(x.toFixed(5)));
}

function ackProbs(w: number[], examples: AckExample[]): number[] {
  return examples.map((e) => sig(Math.max(-1e9, ...e.pairs.map((p) => p.reduce((a, x, i) => a + x * w[i], 0)))));
}

function bestAccuracyThreshold(probs: number[], gold: number[]): { threshold: number; accuracy: number } {
  let best = { threshold: 0.5, accuracy: -1 };
  for (let t = 0.1; t <= 0.9001; t += 0.025) {
    const acc = probs.filter((p, i) => (p >= t ? 1 : 0) === gold[i]).length / (probs.length || 1);
    if (acc > best.accuracy) best = { threshold: Number(t.toFixed(3)), accuracy: acc };
  }
  return best;
}

// ---- main -------------------------------------------------------------------------------------

function main() {
  const started = Date.now();
  // TRAIN_FRACTION=0.5: every other draft kept, for a learning curve while developing.
  const fraction = Number(process.env.TRAIN_FRACTION ?? 1);
  const trainDrafts = corpusSplit('train').filter((_, i) => fraction >= 1 || (i * fraction) % 1 < fraction);
  const valDrafts = corpusSplit('validation');
  const extra = [...paraphraseSets(), ...ruleExamples()];
  const trainEx = [...draftExamples(trainDrafts), ...extra];
  const valEx = draftExamples(valDrafts);
  const lines: string[] = [];
  const log = (s = '') => {
    lines.push(s);
    console.log(s);
  };
  log('# Attune judgement model — training report');
  log();
  log(
    `Written by \`npm run train\` (scripts/train/train.ts). Train: ${trainDrafts.length} drafts, ${trainEx.length - extra.length} sentences, plus ${extra.length} sentences of our pressure paraphrase sets and the rules' own examples (pressure and kind only); validation: ${valDrafts.length} drafts, ${valEx.length} sentences. The sealed split is not read.`,
  );
  log();
  log('## Model families on the validation split (thresholds tuned there; pressure at precision ≥ 0.80)');
  log();
  log('| family | pressure F1 (P / R) | kind acc. | mean code F1 | reflection F1 | information F1 | advice F1 | open-q F1 |');
  log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  let chosen = '';
  let chosenScore = -1;
  let chosenThresholds: Record<string, number> = {};
  let chosenModel: { m: Trained; rows: Int32Array[] } | null = null;
  for (const [name, keep] of Object.entries(FAMILIES).filter(([n]) => !process.env.TRAIN_FAMILY || n.startsWith(process.env.TRAIN_FAMILY))) {
    const m = train(trainEx, hashed(trainEx, keep));
    const r = evaluateHeads(m, valEx, hashed(valEx, keep));
    if (process.env.TRAIN_FIT) {
      const fit = evaluateHeads(m, trainEx, hashed(trainEx, keep));
      console.error(`  training fit: ${CODE_HEADS.map((c) => `${c} ${fit.perHead[c].f1.toFixed(2)}`).join(', ')}`);
    }
    const mean = CODE_HEADS.reduce((a, c) => a + r.perHead[c].f1, 0) / CODE_HEADS.length;
    const p = r.perHead.pressure;
    const pa = r.perHead['pressure (any precision)'];
    console.error(`  ${name}: pressure best F1 at any precision ${pa.f1.toFixed(3)} (P ${pa.precision.toFixed(2)} R ${pa.recall.toFixed(2)} @${pa.threshold})`);
    log(
      `| ${name} | ${p.f1.toFixed(3)} (${p.precision.toFixed(2)} / ${p.recall.toFixed(2)}) | ${r.kindAccuracy.toFixed(3)} | ${mean.toFixed(3)} | ${((r.perHead['reflection.simple'].f1 + r.perHead['reflection.complex'].f1) / 2).toFixed(3)} | ${r.perHead.information.f1.toFixed(3)} | ${r.perHead.advice.f1.toFixed(3)} | ${r.perHead['question.open'].f1.toFixed(3)} |`,
    );
    const score = pa.f1 + p.f1 + mean + (name === PREFERRED_FAMILY ? PREFERRED_EDGE : 0);
    if (score > chosenScore) {
      chosenModel = { m, rows: hashed(valEx, keep) };
      chosenScore = score;
      chosen = name;
      chosenThresholds = Object.fromEntries(CODE_HEADS.map((c) => [c, r.perHead[c].threshold]));
    }
  }
  log();
  log(
    `Chosen: **${chosen}**, retrained on train + validation with the thresholds found on validation (the family the pipeline was tuned with, "${PREFERRED_FAMILY}", keeps the choice unless another beats it by more than ${PREFERRED_EDGE} on pressure F1 + best F1 + mean code F1).`,
  );
  // A sentence a pressure rule names needs less from the model: the rules' phrase families are
  // precise on the classic wordings the corpus (written for indirect pressure) holds few of.
  // Pressure read with the draft around each sentence: fitted on validation with the model that
  // has not seen it, the thresholds then found again on the context-weighed probability.
  const valSizes = valDrafts.map((d) => d.sentences.length);
  const { z: valZ, context: valContext } = contextInputs(chosenModel!.m, chosenModel!.rows, valSizes, chosenThresholds.other ?? 0.5);
  const pressureGold = valEx.map((e) => e.y[CODE_HEADS.indexOf('pressure')]);
  const voiced = valContext.filter((c): c is number => c !== null);
  const empty = voiced.reduce((a, b) => a + b, 0) / Math.max(1, voiced.length);
  const pressureContext = fitContext(valZ, valContext, pressureGold, empty);
  const halves = contextHalves(valZ, valContext, pressureGold, valSizes, empty);
  const inContext = withContext(pressureContext, valZ, valContext);
  const standardInContext = bestThreshold(inContext, pressureGold, 0.8);
  // Strict is the best F1 at precision 0.7, and always below standard: the setting must change something.
  const chosenPressure = {
    gentle: Math.max(bestThreshold(inContext, pressureGold, 0.9).threshold, standardInContext.threshold),
    standard: standardInContext.threshold,
    strict: Math.min(bestThreshold(inContext, pressureGold, 0.7).threshold, Number((standardInContext.threshold - 0.05).toFixed(3))),
  };
  log(
    `Pressure in the draft's context (the mean log-odds of the draft's other sentences): weight ${pressureContext.weight}, context ${pressureContext.contextWeight}, bias ${pressureContext.bias}; validation F1 at precision ≥ 0.8, fitted on half the drafts and scored on the other: ${halves.alone.toFixed(3)} alone → ${halves.withContext.toFixed(3)} with context; on all of validation ${standardInContext.f1.toFixed(3)} (P ${standardInContext.precision.toFixed(2)}, R ${standardInContext.recall.toFixed(2)}).`,
  );
  const ruleBoost = tuneRuleBoost(inContext, valEx, chosenPressure.standard);
  log(
    `Pressure where a rule names the phrase: from probability ${ruleBoost.threshold} (validation F1 ${ruleBoost.f1.toFixed(3)}, P ${ruleBoost.precision.toFixed(2)}, R ${ruleBoost.recall.toFixed(2)}, against ${ruleBoost.without.toFixed(3)} without).`,
  );
  const keep = FAMILIES[chosen];
  // TRAIN_NO_VAL=1 ships the model trained on train alone, so validation figures stay honest while developing.
  const noVal = process.env.TRAIN_NO_VAL === '1';
  const allEx = noVal ? trainEx : [...trainEx, ...valEx];
  const final = train(allEx, hashed(allEx, keep));
  const sentence = serialise(final, HEADS);
  {
    // The shipped (quantised) model must score as the trained one does.
    const shipped = new LinearModel(sentence);
    const h = CODE_HEADS.indexOf('pressure');
    const gold = valEx.map((e) => e.y[h]);
    const q = bestThreshold(
      valEx.map((e) => sig(shipped.scores(e.feats.filter(FEATURE_FAMILIES[chosen]))[h])),
      gold,
    );
    const f = bestThreshold(
      hashed(valEx, keep).map((r) => sig(scoreRow(final, r)[h])),
      gold,
    );
    log(
      `Quantisation check: the shipped int8 model scores pressure F1 ${q.f1.toFixed(3)} on validation where the float one scores ${f.f1.toFixed(3)} (both have seen it once retrained: this compares storage, not generalisation).`,
    );
  }

  // Concerns: the client's sentences.
  // Plus single client sentences written as a contrast set: concerns of every kind beside
  // pleasantries, confirmations and neutral facts that raise nothing (threads rarely hold those).
  const contrastFile = resolve(root, 'corpus/client-sentences.jsonl');
  const contrast: ClientExample[] = existsSync(contrastFile)
    ? readJsonl<{ text: string; concern: boolean }>(contrastFile).map((r) => ({
        feats: clientSentenceFeatures(r.text, 1, concernKindByRules(r.text) !== null),
        y: r.concern ? 1 : 0,
      }))
    : [];
  const cTrain = [...clientExamples(trainDrafts), ...contrast];
  const cVal = clientExamples(valDrafts);
  const cm = trainClient(cTrain);
  // Precision first: a concern flagged wrongly becomes a "missing acknowledgement" finding. A
  // sentence the hand-written signals call a concern needs less from the model than one they pass.
  const cProbs = clientProbs(cm, cVal);
  const cRuled = cVal.map((e) => e.feats.includes('concern_rule'));
  // Chosen by F0.5 (precision weighs twice recall): a neutral sentence ("I paid the invoice this
  // morning.") taken for a concern costs the writer a false finding on a good draft.
  let cBest = { f1: -1, precision: 0, recall: 0, threshold: 0.5, withRule: 0.5 };
  let bestFHalf = -1;
  for (let t = 0.1; t <= 0.951; t += 0.05) {
    for (let r = 0.05; r <= t + 1e-9; r += 0.05) {
      let tp = 0,
        fp = 0,
        fn = 0;
      cVal.forEach((e, i) => {
        const said = cProbs[i] >= (cRuled[i] ? r : t);
        if (said && e.y) tp++;
        else if (said) fp++;
        else if (e.y) fn++;
      });
      const m = prf(tp, fp, fn);
      const fHalf = m.precision + m.recall > 0 ? (1.25 * m.precision * m.recall) / (0.25 * m.precision + m.recall) : 0;
      if (fHalf > bestFHalf) {
        bestFHalf = fHalf;
        cBest = { ...m, threshold: Number(t.toFixed(2)), withRule: Number(r.toFixed(2)) };
      }
    }
  }
  const cFinal = trainClient(noVal ? cTrain : [...cTrain, ...cVal]);
  log();
  log(
    `## Concerns (client sentences): validation F1 ${cBest.f1.toFixed(3)} (P ${cBest.precision.toFixed(2)} / R ${cBest.recall.toFixed(2)}) at ${cBest.threshold} (${cBest.withRule} where the hand-written signals see one); ${cTrain.length} train / ${cVal.length} validation sentences`,
  );
  const client = { ...serialise(cFinal, ['concern'], 0, 1, 1) };

  // Concern topics: a score per client word, and the margin by which it must beat the rules' phrase.
  const tTrain = topicCases(trainDrafts);
  const tVal = topicCases(valDrafts);
  const tm = new LinearModel(serialise(trainClient(topicWordExamples(tTrain)), ['topic'], 0, 1, 1));
  const rates = topicMatchRates(tm, tVal, [Infinity, 0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6]);
  // The rules' phrase is written to read well on the card: it keeps the topic whenever the
  // model's phrase would gain less than a point of matches over it.
  const topRate = Math.max(...rates.filter((r) => r.margin !== Infinity).map((r) => r.rate));
  const bestTopic = rates.filter((r) => r.margin !== Infinity && r.rate >= topRate - 0.01).reduce((a, b) => (b.margin > a.margin ? b : a));
  const topicWords = serialise(trainClient(topicWordExamples(noVal ? tTrain : [...tTrain, ...tVal])), ['topic'], 0, 1, 1);
  log();
  log(
    `## Concern topics: the shown topic shares a word with the writer's in ${(bestTopic.rate * 100).toFixed(1)}% of ${tVal.length} validation concerns at margin ${bestTopic.margin} (the rules' phrase alone: ${(rates[0].rate * 100).toFixed(1)}%; ${rates
      .slice(1)
      .map((r) => `${r.margin}: ${(r.rate * 100).toFixed(1)}%`)
      .join(', ')})`,
  );

  // Acknowledgement: pairs scored with the codes the sentence model gives.
  const codesOf = (d: Gold): SentenceCode[][] => d.sentences.map((s) => s.codes as SentenceCode[]);
  const aTrain = ackExamples(trainDrafts, codesOf);
  const aVal = ackExamples(valDrafts, codesOf);
  const aw = trainAck(aTrain);
  const aBest = bestAccuracyThreshold(
    ackProbs(aw, aVal),
    aVal.map((e) => e.y),
  );
  const awFinal = trainAck(noVal ? aTrain : [...aTrain, ...aVal]);
  log(
    `## Acknowledgement (concern, sentence) pairs: validation accuracy ${aBest.accuracy.toFixed(3)} at ${aBest.threshold} over ${aVal.length} concerns (${aTrain.length} in train); gold codes stand in for the sentence model's here`,
  );
  log();
  log('| pair feature | weight |');
  log('| --- | --- |');
  PAIR_FEATURES.forEach((f, i) => log(`| ${f} | ${awFinal[i]} |`));

  const model: JudgementModel = {
    family: chosen,
    sentence,
    client,
    pressureContext,
    topicWords,
    ack: { weights: awFinal, threshold: aBest.threshold },
    thresholds: {
      codes: chosenThresholds,
      pressure: chosenPressure,
      pressureWithRule: ruleBoost.threshold,
      concern: cBest.threshold,
      concernWithRule: cBest.withRule,
      topicMargin: bestTopic.margin,
    },
  };
  const out = resolve(root, 'src/engine/generated/model.ts');
  writeFileSync(
    out,
    `// Generated by \`npm run train\` (scripts/train/train.ts) from corpus/: do not edit by hand.\n// See model-report.md beside this file for what it was trained on and how it measured.\nimport type { JudgementModel } from '../model/judge';\n\nexport const MODEL: JudgementModel = ${JSON.stringify(model)};\n`,
  );
  log();
  log(
    `Shipped: ${sentence.heads.length} sentence heads over ${Math.round((sentence.buckets.length * 3) / 4 / 1024)} KB of bucket ids and ${Math.round((sentence.weights.length * 3) / 4 / 1024)} KB of weights; thresholds ${JSON.stringify(model.thresholds)}.`,
  );
  writeFileSync(resolve(root, 'src/engine/generated/model-report.md'), lines.join('\n') + '\n');
  console.error(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (!existsSync(resolve(root, 'corpus/splits.json'))) {
  console.error('train: corpus/splits.json not found (run from the repository root)');
  process.exit(2);
}
main();
