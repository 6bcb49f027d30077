// createAnalyzer: the engine's entry point. Pure TypeScript, no browser API, so the same code
// runs in the service worker, the CLI and the tests.
//
// Pipeline: quoted regions → sentences → per-sentence coding and pressure rules (cached by
// sentence text, so re-analysis after one keystroke only redoes one sentence) → concerns from
// the thread → draft-level findings → checklist and metrics → the user's options applied.
import { tidyDeletions } from './rewrites/deletion';
import { inWritersCase } from './rewrites/writers-case';
import { buildChecklist, computeMetrics } from './checklist';
import { detectConcerns, judgeAcknowledgement, type DetectedConcern } from './concerns';
import { draftFindings } from './draft-findings';
import { matchRules, runRules, type RawMatch, type RuleMatch } from './rules/rule';
import { findQuoted, quotedThreadText } from './quoted';
import { segmentSentences } from './segment';
import { findingId } from './finding-id';
import {
  buildContext,
  contextsOf,
  decideSentence,
  judgeSentence,
  scoreSentence,
  sentenceEvidence,
  threadConceptsOf,
  withCuedChoice,
  type SentenceEvidence,
  type SentenceScores,
} from './model/judge';
import type { SentenceContext } from './model/features';
import { modelFinding } from './model/model-finding';
import { gateSuggestions, type GateReason } from './rewrites/gate';
import {
  DEFAULT_ENGINE_OPTIONS,
  type AnalyzeInput,
  type Analyzer,
  type Checklist,
  type EngineOptions,
  type Finding,
  type PressureKind,
  type Report,
  type SentenceReport,
  type Span,
} from './types';

export * from './types';
export { findingId } from './finding-id';
export { ruleIds } from './rule-ids';
import { CUSTOM_PHRASE_RULE } from './rule-ids';

/** Longer drafts are analysed in a window of this many characters around the caret. */
export const MAX_ANALYSED_CHARS = 20_000;
const SENTENCE_CACHE_SIZE = 2_000;

interface SentenceResult {
  /** Every rule's match at 'strict': the model's evidence, and the spans when it says pressure. */
  raw: RawMatch[];
  evidence: SentenceEvidence;
  /** Rule matches with rewrites in the current register, computed when the model says pressure. */
  matches?: RuleMatch[];
  custom: RuleMatch[];
}

export function createAnalyzer(options: Partial<EngineOptions> = {}): Analyzer {
  let opts: EngineOptions = mergeOptions(DEFAULT_ENGINE_OPTIONS, options);
  let customPhrases = compileCustomPhrases(opts.customPhrases);
  const sentenceCache = new Map<string, SentenceResult>();
  const concernCache = new Map<string, DetectedConcern[]>();

  /** What depends on a sentence's text alone, cached: typing re-reads only the sentence that changed. */
  function analyzeSentence(text: string): SentenceResult {
    const hit = sentenceCache.get(text);
    if (hit) {
      // Refresh recency: Map keeps insertion order, so the oldest entry is evicted first.
      sentenceCache.delete(text);
      sentenceCache.set(text, hit);
      return hit;
    }
    const raw = matchRules(text, 'strict');
    const result: SentenceResult = { raw, evidence: sentenceEvidence(text, raw), custom: matchCustomPhrases(text, customPhrases) };
    sentenceCache.set(text, result);
    if (sentenceCache.size > SENTENCE_CACHE_SIZE) sentenceCache.delete(sentenceCache.keys().next().value!);
    return result;
  }

  /** Pressure findings of a sentence the model judged pushing: the rules' spans and rewrites, else the model's own. */
  function pressureMatches(text: string, result: SentenceResult, kind: PressureKind, probability: number): RuleMatch[] {
    result.matches ??= runRules(text, opts.register, 'strict', result.raw).filter((m) => (m.category ?? 'pressure') === 'pressure');
    // The rule names the phrase; the model names the move. Its kind read the sentence better than
    // the rule's on validation (0.790 against 0.773, model trained without it): "as I said, sign
    // today" pushes by urgency whatever phrase the rule caught.
    return result.matches.length ? result.matches.map((m) => ({ ...m, kind })) : [modelFinding(text, kind, probability)];
  }

  /**
   * A sentence's judgement depends on its text, the sentence before it and the client's message:
   * remembered by those, so a keystroke re-judges only the sentence typed in (and the one after it).
   */
  const judgements = new Map<string, { scores: SentenceScores; ctx: SentenceContext }>();
  let threadMemo: { thread: string; id: number; concepts: Set<string> | null } = { thread: '', id: 0, concepts: null };
  function threadConceptsFor(thread: string): Set<string> | null {
    if (threadMemo.thread !== thread) threadMemo = { thread, id: threadMemo.id + 1, concepts: threadConceptsOf(thread) };
    return threadMemo.concepts;
  }
  /** The model's reading of one sentence, before the draft around it is weighed in. */
  function scoreCached(
    text: string,
    result: SentenceResult,
    thread: string,
    previous: SentenceEvidence | undefined,
  ): { scores: SentenceScores; ctx: SentenceContext } {
    threadConceptsFor(thread);
    const key = `${threadMemo.id}\u0001${previous?.cues.join(',') ?? ''}\u0001${text}`;
    let hit = judgements.get(key);
    if (!hit) {
      const ctx = buildContext(result.evidence, threadConceptsFor(thread), previous);
      hit = { scores: scoreSentence(text, ctx), ctx };
      if (judgements.size > SENTENCE_CACHE_SIZE) judgements.clear();
      judgements.set(key, hit);
    }
    return hit;
  }

  /** Whether a suggestion's text would itself be judged pushing (cached: the same rewrites recur on every keystroke). */
  const pressureVerdicts = new Map<string, boolean>();
  function readsAsPressure(text: string, context: number | null): boolean {
    // Read beside the client's message and amid the draft's other sentences, as the draft's own
    // sentences are: a rewrite that still reads as pushing there would stay underlined once applied.
    const key = `${threadMemo.id}\u0001${context?.toFixed(2) ?? ''}\u0001${text}`;
    let verdict = pressureVerdicts.get(key);
    if (verdict === undefined) {
      verdict = segmentSentences(text, 0, text.length, []).some(({ start, end }) => {
        const sentence = text.slice(start, end);
        const ctx = buildContext(sentenceEvidence(sentence), threadMemo.concepts);
        return judgeSentence(sentence, ctx, opts.strictness, context).codes.includes('pressure');
      });
      if (pressureVerdicts.size > SENTENCE_CACHE_SIZE) pressureVerdicts.clear();
      pressureVerdicts.set(key, verdict);
    }
    return verdict;
  }

  const gateVerdicts = new Map<string, GateReason | null>();
  // The gate's verdicts read rewrites beside the client's message (readsAsPressure), so they hold
  // for one thread only: a verdict given beside another message must not be replayed.
  let gateThreadId = -1;
  function gateMemo(): Map<string, GateReason | null> {
    if (gateThreadId !== threadMemo.id) {
      gateVerdicts.clear();
      gateThreadId = threadMemo.id;
    }
    return gateVerdicts;
  }

  function concernsOf(thread: string): DetectedConcern[] {
    let hit = concernCache.get(thread);
    if (!hit) {
      hit = detectConcerns(thread);
      if (concernCache.size > 50) concernCache.clear();
      concernCache.set(thread, hit);
    }
    return hit;
  }

  function analyzeUnsafe(draft: string, input: AnalyzeInput): Report {
    const region = analysedRegion(draft, input.focus, input.maxChars);
    const quoted = findQuoted(draft);
    const quotedThread = quotedThreadText(draft, quoted);
    const thread = input.thread?.trim() ? input.thread : quotedThread;
    const threadSource: Report['threadSource'] = input.thread?.trim() ? 'option' : quotedThread.trim() ? 'quoted' : 'none';

    const sentences: SentenceReport[] = [];
    const findings: Finding[] = [];
    const threadKey = thread ?? '';
    const spans = segmentSentences(draft, region.start, region.end, quoted);
    let previous: SentenceEvidence | undefined;
    const read = spans.map((span) => {
      const text = draft.slice(span.start, span.end);
      const result = analyzeSentence(text);
      const scored = scoreCached(text, result, threadKey, previous);
      previous = result.evidence;
      return { span, text, result, ...scored };
    });
    // Each sentence's pressure is decided with the draft around it (judge.ts contextsOf).
    const contexts = contextsOf(read.map((r) => r.scores));
    read.forEach(({ span, text, result, scores, ctx }, i) => {
      const judged = withCuedChoice(decideSentence(scores, opts.strictness, contexts[i]), ctx);
      sentences.push({ ...span, text, codes: judged.codes });
      const matches = judged.codes.includes('pressure') ? pressureMatches(text, result, judged.kind, judged.pressure) : [];
      for (const m of [...matches, ...result.custom]) findings.push(toFinding(m, text, span.start));
    });

    const concerns = judgeAcknowledgement(thread ? concernsOf(thread) : [], sentences);
    const bodyStart = sentences.find((s) => !s.codes.includes('other'))?.start ?? sentences[0]?.start ?? 0;
    findings.push(
      ...draftFindings({ draft, sentences, concerns, bodyStart, register: opts.register, pressure: findings.filter((f) => f.category === 'pressure') }),
    );

    const ordered = applyOptions(findings, draft, opts).sort((a, b) => a.start - b.start || a.end - b.end);
    const withheld = new Map<string, number>();
    // A rewrite is read amid the draft's other sentences, as the sentence it replaces was.
    const contextAt = (at: number): number | null => {
      const i = sentenceAt(read, at);
      return i >= 0 ? contexts[i] : null;
    };
    const gated = gateSuggestions(
      ordered,
      { draft, isPressure: (text, at) => readsAsPressure(text, contextAt(at)), contextKey: (at) => contextAt(at)?.toFixed(2) ?? '', memo: gateMemo() },
      withheld,
    );
    const answers = concerns.flatMap((c) => (c.acknowledgedBy ? [c.acknowledgedBy] : []));
    const kept = inWritersCase(tidyDeletions(gated, draft, sentences, answers), draft);
    return {
      length: draft.length,
      sentences,
      findings: kept,
      checklist: buildChecklist(sentences, kept, concerns),
      concerns,
      metrics: computeMetrics(sentences),
      quoted,
      threadSource,
      partial: region.start === 0 && region.end === draft.length ? null : region,
      withheld: Object.fromEntries(withheld),
    };
  }

  return {
    analyze(draft: string, input: AnalyzeInput = {}): Report {
      const text = typeof draft === 'string' ? draft : '';
      try {
        return enforceSpans(analyzeUnsafe(text, sanitizeInput(input)));
      } catch (err) {
        // The engine must never take the compose box down with it: report nothing rather than throw.
        reportInternalError(err);
        return emptyReport(text.length);
      }
    },
    configure(next: Partial<EngineOptions>) {
      const merged = mergeOptions(opts, next ?? {});
      // The worker may re-send the same settings on every wake; only a real change costs the cache.
      if (JSON.stringify(merged) === JSON.stringify(opts)) return;
      opts = merged;
      customPhrases = compileCustomPhrases(opts.customPhrases);
      sentenceCache.clear();
      pressureVerdicts.clear();
      gateVerdicts.clear();
      judgements.clear();
    },
    get options() {
      return opts;
    },
  };
}

function mergeOptions(base: EngineOptions, next: Partial<EngineOptions>): EngineOptions {
  return { ...base, ...next, categories: { ...base.categories, ...(next.categories ?? {}) } };
}

function sanitizeInput(input: AnalyzeInput | undefined): AnalyzeInput {
  if (typeof input !== 'object' || input === null) return {};
  return {
    thread: typeof input.thread === 'string' ? input.thread : undefined,
    focus: typeof input.focus === 'number' && Number.isFinite(input.focus) ? Math.floor(input.focus) : undefined,
    maxChars: typeof input.maxChars === 'number' && input.maxChars >= 1 ? input.maxChars : undefined,
  };
}

function analysedRegion(draft: string, focus: number | undefined, maxChars = MAX_ANALYSED_CHARS): Span {
  if (draft.length <= maxChars) return { start: 0, end: draft.length };
  const size = Math.floor(maxChars);
  const centre = Math.min(Math.max(focus ?? 0, 0), draft.length);
  let start = Math.max(0, centre - Math.floor(size / 2));
  const end = Math.min(draft.length, start + size);
  start = Math.max(0, end - size);
  return { start, end };
}

function toFinding(m: RuleMatch, sentence: string, offset: number): Finding {
  return {
    id: findingId(m.rule, sentence.slice(m.start, m.end)),
    rule: m.rule,
    category: m.category ?? 'pressure',
    kind: m.kind,
    start: offset + m.start,
    end: offset + m.end,
    message: m.message,
    suggestions: m.suggestions.map((s) => ({ ...s, start: offset + s.start, end: offset + s.end })),
  };
}

interface CustomPhrase {
  phrase: string;
  alternative: string;
  pattern: RegExp;
}

const MAX_CUSTOM_PHRASE_CHARS = 200;

/** Whole-word, case-insensitive, any run of spaces: "touch base" finds "Touch  base" but not "retouch based". */
function compileCustomPhrases(list: EngineOptions['customPhrases']): CustomPhrase[] {
  if (!Array.isArray(list)) return [];
  const out: CustomPhrase[] = [];
  for (const item of list) {
    const phrase = typeof item?.phrase === 'string' ? item.phrase.trim() : '';
    if (!phrase || phrase.length > MAX_CUSTOM_PHRASE_CHARS) continue;
    const body = phrase
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    const alternative = typeof item.alternative === 'string' ? item.alternative.trim() : '';
    // Word boundaries only where the phrase itself begins or ends with a word character.
    const before = /^[\p{L}\p{N}_]/u.test(phrase) ? '(?<![\\p{L}\\p{N}_])' : '';
    const after = /[\p{L}\p{N}_]$/u.test(phrase) ? '(?![\\p{L}\\p{N}_])' : '';
    out.push({ phrase, alternative, pattern: new RegExp(`${before}${body}${after}`, 'giu') });
  }
  return out;
}

function matchCustomPhrases(sentence: string, phrases: CustomPhrase[]): RuleMatch[] {
  const matches: RuleMatch[] = [];
  for (const { phrase, alternative, pattern } of phrases) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      if (m[0].length === 0) break;
      const start = m.index;
      const end = start + m[0].length;
      const text = /^\p{Lu}/u.test(m[0]) ? alternative.charAt(0).toUpperCase() + alternative.slice(1) : alternative;
      matches.push({
        rule: CUSTOM_PHRASE_RULE,
        category: 'custom-phrase',
        start,
        end,
        message: `“${phrase}” is on your list of phrases to avoid.`,
        suggestions: alternative ? [{ text, start, end, label: 'Use your alternative' }] : [],
      });
    }
  }
  return matches;
}

function applyOptions(findings: Finding[], draft: string, opts: EngineOptions): Finding[] {
  const allow = opts.allowList.map((p) => p.trim().toLowerCase()).filter(Boolean);
  // Sets: a long-lived "don't flag again" list must not make every analysis findings × ids.
  const disabledKinds = new Set(opts.disabledKinds);
  const ignored = new Set(opts.ignoredFindingIds);
  return findings.filter((f) => {
    if (!opts.categories[f.category]) return false;
    if (f.kind && disabledKinds.has(f.kind)) return false;
    if (ignored.has(f.id)) return false;
    const span = draft.slice(f.start, f.end).toLowerCase();
    return !allow.some((p) => span.includes(p));
  });
}

const isValidSpan = (s: Span, length: number) => Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= length;

/**
 * The last line of the contract: every offset inside the draft, sentences in order and apart.
 * A helper's bug then costs one underline, never a broken editor range in the page.
 */
function enforceSpans(report: Report): Report {
  const { length } = report;
  let dropped = 0;
  const keep = <T extends Span>(items: T[]): T[] => {
    const kept = items.filter((s) => isValidSpan(s, length));
    dropped += items.length - kept.length;
    return kept;
  };
  let lastEnd = 0;
  const sentences = keep(report.sentences).filter((s) => {
    const inOrder = s.start >= lastEnd;
    if (inOrder) lastEnd = s.end;
    else dropped++;
    return inOrder;
  });
  const findings = keep(report.findings).map((f) => ({ ...f, suggestions: keep(f.suggestions) }));
  const concerns = report.concerns.map((c) => {
    if (!c.acknowledgedBy || isValidSpan(c.acknowledgedBy, length)) return c;
    dropped++;
    return { ...c, acknowledgedBy: null };
  });
  const checklist = { ...report.checklist };
  for (const key of Object.keys(checklist) as (keyof Checklist)[]) {
    const item = checklist[key];
    if (item.sentence && !isValidSpan(item.sentence, length)) {
      dropped++;
      checklist[key] = { ...item, sentence: null };
    }
  }
  if (dropped) reportInternalError(new RangeError(`${dropped} span(s) outside the draft or out of order were dropped`));
  return {
    ...report,
    sentences,
    findings,
    checklist,
    concerns,
    quoted: keep(report.quoted),
    partial: report.partial && isValidSpan(report.partial, length) ? report.partial : null,
  };
}

function emptyReport(length: number): Report {
  const none = { pass: true, sentence: null, detail: 'Not analysed.' };
  return {
    length,
    sentences: [],
    findings: [],
    checklist: { acknowledges: none, no_pressure: none, open_question: none, autonomy: none },
    concerns: [],
    metrics: computeMetrics([]),
    quoted: [],
    threadSource: 'none',
    partial: null,
  };
}

function reportInternalError(err: unknown): void {
  if (typeof console !== 'undefined') console.error('[attune] analysis failed', err);
}

/** The index of the sentence holding offset `at` (spans in draft order), by binary search: the gate asks once per suggestion. */
function sentenceAt(read: readonly { span: { start: number; end: number } }[], at: number): number {
  let lo = 0;
  let hi = read.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const { start, end } = read[mid].span;
    if (at < start) hi = mid - 1;
    else if (at >= Math.max(end, start + 1)) lo = mid + 1;
    else return mid;
  }
  return -1;
}
