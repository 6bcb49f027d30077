// The shape of a rule file, and the runner that applies the rules to one sentence.
//
// A rule is data: patterns that find the pressuring phrase (the `span` group, or the whole
// match), exceptions that say when the same words are not pressure, what the phrase becomes in a
// rewrite, and examples it must flag and must not flag (tests/unit/engine/rules/rules.test.ts runs them).
// Context that holds for every rule — questions, quoted words, the client's own words inside a
// reflection, negation — is judged here once, so rule files stay short.
import type { FindingCategory, PressureKind, Register, Strictness } from '../types';
import { capitalize, decapitalize, matchCase, normalizeQuotes, terminalOf, tidyAfterCut } from '../text';
import { PRESSURE_RULES } from './index';
import { segmentSentences } from '../segment';
import { reframeUltimatum } from './reframe-ultimatum';
import { lowerForPrefilter, mayMatch } from '../regex-prefilter';

export interface RuleSuggestion {
  text: string;
  /** Relative to the sentence: the span itself, or 0..sentence.length for a whole-sentence rewrite. */
  start: number;
  end: number;
  label?: string;
}

export interface RuleMatch {
  rule: string;
  /** 'pressure' unless said otherwise (custom phrases are 'custom-phrase'). */
  category?: FindingCategory;
  kind?: PressureKind;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  message: string;
  /** Rewrites, relative to the sentence; `start`/`end` give the range each replaces. */
  suggestions: RuleSuggestion[];
}

export interface PressureRule {
  /** "pressure/<kind>-<what>", stable: users' "don't flag this again" choices refer to it. */
  id: string;
  kind: PressureKind;
  /** The lowest strictness setting at which the rule fires. */
  strictness: Strictness;
  /** Case-insensitive; a named group `span` marks the phrase to underline (else the whole match). */
  patterns: RegExp[];
  /** When any matches the sentence, the phrase is not pressure there. */
  exceptions?: RegExp[];
  /** When given, the text after the span must match one (e.g. a threatened loss after "if you don't"). */
  requiresAfter?: RegExp[];
  /** Fires inside questions too (most pressure is a statement; "Why do you keep questioning…?" is not). */
  inQuestions?: boolean;
  /** One plain sentence: what the phrase does to the client, in MI terms. */
  message: string;
  /**
   * What the span becomes in a rewrite, per register; '' removes it; `$<name>` inserts a named
   * group. null: the phrase cannot be fixed in place, only the sentence reframed.
   */
  replacement: Record<Register, string> | null;
  /**
   * When a rule's patterns cover phrases that need different wording, the first entry whose
   * `when` matches the span wins over `replacement`.
   */
  replacements?: { when: RegExp; with: Record<Register, string> }[];
  /** Phrases the rule must flag and must not flag (with every other rule's context applied). */
  examples: { flag: string[]; pass: string[] };
}

const STRICTNESS_LEVEL: Record<Strictness, number> = { gentle: 0, standard: 1, strict: 2 };

export interface RawMatch {
  rule: PressureRule;
  start: number;
  end: number;
  groups: Record<string, string>;
}

/** The client's words reported back ("You said you need to…") are theirs, not the writer's push. */
const REPORTED =
  /\b(?:you|they|he|she|your (?:\w+ )?(?:team|boss|manager|partner|wife|husband|board|cfo|ceo|family))(?: \w+){0,2}? (?:said|say|mentioned|asked|told (?:me|us)|wrote|feel|felt|noted|raised|were saying|wondered|think|thought|worry|worried|are worried|'re worried|fear|hear|heard|read)\b|\b(?:asked (?:me|us)|said|mentioned|wondering|feel(?:ing)? (?:like|that))\b[^,;]{0,40}$/i;
const NEGATED = /\b(?:not|never|no|don't|doesn't|didn't|won't|isn't|aren't|wasn't|nobody|none)\s+(?:\w+\s+){0,2}$/i;
const CLAUSE_BREAK = /[;:\u2014\u2013]|,\s*(?:but|and|so)\s|\s-\s|\bbut\b/gi;
/** "You don't have to reply right away", "no rush to decide today": a negated obligation governs what follows in its clause. */
const NEGATED_OBLIGATION =
  /\b(?:(?:don't|do not|doesn't|does not|won't|will not|shouldn't|should not)\s+(?:(?:really|actually|necessarily|even)\s+)?(?:have|need|have got)\s+to|needn't|need not|no (?:need|rush|hurry|pressure|obligation))\b[^,;.!?]{0,50}$/i;
/** "The answer is obvious, isn't it?": a statement with a tag asks for agreement, it does not ask. */
const TAG_QUESTION = /,\s*(?:isn't it|aren't they|isn't that so|don't you think|wouldn't you (?:say|agree)|right|surely|correct)\s*\?["')\]\s]*$/i;

/** `matched`: the sentence's `matchRules` at this strictness when the caller has it already. */
export function runRules(sentence: string, register: Register, strictness: Strictness = 'standard', matched?: RawMatch[]): RuleMatch[] {
  if (typeof sentence !== 'string' || !sentence.trim()) return [];
  const raw = matched ?? matchRules(sentence, strictness);
  if (raw.length === 0) return [];
  // Shared by every finding of the sentence: the whole-sentence fix and each candidate's check.
  const checked = new Map<string, string[]>();
  const ctx: RewriteContext = {
    whole: resolveAll(sentence, raw, register, strictness),
    pressureOf: (text) => {
      let ids = checked.get(text);
      if (!ids) checked.set(text, (ids = pressureIn(text, strictness)));
      return ids;
    },
  };
  return raw.map((m) => toRuleMatch(m, raw, sentence, register, ctx));
}

/** The rules that fire in a sentence, without rewrites: one match per rule, no overlaps. */
export function matchRules(sentence: string, strictness: Strictness = 'standard'): RawMatch[] {
  const text = normalizeQuotes(sentence);
  const level = STRICTNESS_LEVEL[strictness] ?? 1;
  const quotes = quotedRanges(text);
  const question = /\?["')\]\s]*$/.test(text) && !TAG_QUESTION.test(text);
  const lower = lowerForPrefilter(text);
  const out: RawMatch[] = [];
  for (const rule of PRESSURE_RULES) {
    if (STRICTNESS_LEVEL[rule.strictness] > level) continue;
    if (question && !rule.inQuestions) continue;
    const m = firstMatch(rule, text, lower, sentence, quotes);
    if (!m || out.some((o) => m.start < o.end && m.end > o.start)) continue;
    // Exceptions are checked only after a hit: most sentences match no rule at all.
    if (rule.exceptions?.some((re) => mayMatch(re, text, lower) && re.test(text))) continue;
    out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

function firstMatch(rule: PressureRule, text: string, lower: string, original: string, quotes: [number, number][]): RawMatch | null {
  for (const pattern of rule.patterns) {
    const re = withFlags(pattern);
    // Skipping a pattern that cannot match spares V8 compiling it: most of a cold start.
    if (!mayMatch(re, text, lower)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const spanIdx = m.indices?.groups?.span ?? [m.index, m.index + m[0].length];
      const [start, end] = spanIdx;
      if (acceptable(rule, text, start, end, quotes)) return { rule, start, end, groups: originalGroups(m, original) };
    }
  }
  return null;
}

/** Named groups as the writer typed them (curly apostrophes kept): normalising keeps offsets. */
function originalGroups(m: RegExpExecArray, original: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, range] of Object.entries(m.indices?.groups ?? {})) if (range) out[name] = original.slice(range[0], range[1]);
  return out;
}

const compiled = new WeakMap<RegExp, RegExp>();
function withFlags(pattern: RegExp): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    const flags = new Set((pattern.flags + 'gid').split(''));
    flags.delete('y');
    re = new RegExp(pattern.source, [...flags].join(''));
    compiled.set(pattern, re);
  }
  return re;
}

function acceptable(rule: PressureRule, text: string, start: number, end: number, quotes: [number, number][]): boolean {
  if (quotes.some(([a, b]) => start >= a && end <= b)) return false;
  const clause = clauseBefore(text, start);
  if (REPORTED.test(clause)) return false;
  if (NEGATED_OBLIGATION.test(clause)) return false;
  if (NEGATED.test(text.slice(Math.max(0, start - 24), start))) return false;
  if (rule.requiresAfter && !rule.requiresAfter.some((re) => re.test(text.slice(end)))) return false;
  return true;
}

/** The text between the last clause break and `at`: where a reporting verb would govern the phrase. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut);
}

/** Ranges inside double quotation marks (the writer quoting someone), and 'single' quotes around a phrase. */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /"[^"]{1,300}"|(?<![\p{L}\p{N}])'[^']{2,120}'(?![\p{L}\p{N}])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rewrites

import { SPAN_ONLY_LABEL } from '../rewrites/gate';
export { SPAN_ONLY_LABEL };
const WHOLE_SENTENCE_LABEL = 'Rewrite the sentence';

interface RewriteContext {
  whole: string | null;
  pressureOf(text: string): string[];
}

function toRuleMatch(m: RawMatch, all: RawMatch[], sentence: string, register: Register, ctx: RewriteContext): RuleMatch {
  const suggestions: RuleSuggestion[] = [];
  const seen = new Set<string>();
  const present = new Set(all.map((o) => o.rule.id));
  // One click should settle the sentence: a rewrite may leave no pressure at all, except a
  // span-only option, which must still remove its own phrase and add nothing new.
  const add = (s: RuleSuggestion | null) => {
    if (!s || !s.text.trim() || suggestions.length >= 3) return;
    const result = sentence.slice(0, s.start) + s.text + sentence.slice(s.end);
    // "so better you decide" and "So better you decide." are one suggestion.
    const key = result.toLowerCase().replace(/[\s.!?]+$/, '');
    if (result === sentence || seen.has(key)) return;
    const left = ctx.pressureOf(result);
    const ok = s.label === SPAN_ONLY_LABEL ? !left.includes(m.rule.id) && left.every((id) => present.has(id)) : left.length === 0;
    if (!ok || (s.label !== SPAN_ONLY_LABEL && keepsFixablePhrase(result, all, sentence))) return;
    seen.add(key);
    suggestions.push(s);
  };
  const { whole } = ctx;
  const several = all.length > 1;
  // The writer's own sentence with the pushing phrase reworded or taken out, and nothing added
  // around it: stock frames ("— it's entirely your call", "In my experience, … — how does it look
  // to you?", "— there's no rush from my side") scored lowest in the blind ratings, clashing with a
  // real deadline or a "must" beside them.
  if (several && whole !== null) add({ text: whole, start: 0, end: sentence.length, label: WHOLE_SENTENCE_LABEL });
  if (!several) add(spanSuggestion(m, sentence, register));
  // A threat rebuilt in place has no span fix; the rebuilt sentence is its rephrasing.
  if (!several && whole !== null) add({ text: whole, start: 0, end: sentence.length, label: 'Rephrase' });
  if (several) {
    const own = spanSuggestion(m, sentence, register);
    add(own && { ...own, label: SPAN_ONLY_LABEL });
  }
  return {
    rule: m.rule.id,
    category: 'pressure',
    kind: m.rule.kind,
    start: m.start,
    end: m.end,
    message: m.rule.message,
    suggestions,
  };
}

/**
 * A whole-sentence rewrite that still holds another finding's phrase word for word ("If we don't
 * get full admin access" with only its tail softened) no longer fires, yet reads with the same
 * push. When that phrase has wording of its own to be replaced with, keeping it is avoidable.
 */
function keepsFixablePhrase(result: string, all: RawMatch[], sentence: string): boolean {
  const lower = normalizeQuotes(result).toLowerCase();
  return all.some((o) => {
    // A threat's words may stay when the sentence is rebuilt around them as information and a choice.
    if (o.rule.kind === 'ultimatum') return false;
    const phrase = normalizeQuotes(sentence.slice(o.start, o.end)).trim().toLowerCase();
    // A wording that keeps the phrase on purpose ("sign it today" → "sign it today if that works for you").
    if (
      normalizeQuotes(replacementOf(o, 'warm') ?? '')
        .toLowerCase()
        .includes(phrase)
    )
      return false;
    return phrase.length >= 6 && (o.rule.replacement !== null || Boolean(o.rule.replacements?.length)) && lower.includes(phrase);
  });
}

/**
 * "It's understandable to have questions about this, it's understandable to have questions about
 * this here": a clause said twice once replaced. The later copy may run on past the first ("…
 * here"), so it is the one kept, in the first one's place.
 */
function withoutRepeatedClause(text: string): string {
  const parts = text.split(/(,\s+|;\s+|\s[\u2014\u2013]\s)/);
  const kept: string[] = [parts[0]];
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const clause = parts[i + 1];
    const previous = kept[kept.length - 1].trim().toLowerCase();
    const key = clause.trim().toLowerCase();
    if (previous.length >= 8 && key.startsWith(previous)) {
      const first = kept[kept.length - 1];
      kept[kept.length - 1] = first.slice(0, first.length - first.trimStart().length) + matchCase(clause.trimStart(), first.trimStart());
      continue;
    }
    kept.push(parts[i], clause);
  }
  return kept.join('');
}

/** Rule ids that fire anywhere in `text`, judged sentence by sentence as the analyzer will. */
function pressureIn(text: string, strictness: Strictness): string[] {
  const ids: string[] = [];
  for (const span of segmentSentences(text, 0, text.length, [])) {
    for (const r of matchRules(text.slice(span.start, span.end), strictness)) ids.push(r.rule.id);
  }
  return ids;
}

/**
 * The sentence with every pressuring phrase rewritten. Replacing one phrase can uncover another
 * that overlapped it (only one rule may claim a span), so the rules run again on the result until
 * nothing fires; null when a phrase has no in-place wording or the rewrites do not converge.
 */
function resolveAll(sentence: string, matches: RawMatch[], register: Register, strictness: Strictness): string | null {
  let out = replaceAll(sentence, matches, register);
  for (let round = 0; out !== null && round < 3; round++) {
    const left = matchRules(out, strictness);
    if (left.length === 0) return matches.some((r) => r.rule.kind === 'ultimatum') ? rebuiltThreat(out, register, strictness) : out;
    // A threat keeps its words in place (the stakes may be real); it is rebuilt as information.
    out = left.some((r) => r.rule.kind === 'ultimatum') ? reframeUltimatum(out, register) : replaceAll(out, left, register);
  }
  return null;
}

/** The rule's wording for this span, or null when the phrase can only be reframed. */
function replacementOf(m: RawMatch, register: Register): string | null {
  const span = normalizeQuotes(m.groups.span ?? '');
  const specific = m.rule.replacements?.find((r) => r.when.test(span));
  const chosen = specific?.with ?? m.rule.replacement;
  if (!chosen) return null;
  const text = expand(chosen[register], m.groups);
  // A span that ends on the space before the next word ("make sure you ") keeps that space.
  return text && /\s$/.test(m.groups.span ?? '') && !/\s$/.test(text) ? `${text} ` : text;
}

/** `$<name>` inserts a named group; `$<name|lc>` lower-cases its first word (it moves mid-sentence). */
function expand(template: string, groups: Record<string, string>): string {
  return template.replace(/\$<(\w+)(\|lc)?>/g, (_, name: string, lc?: string) => {
    const value = (groups[name] ?? '').trim();
    return lc ? decapitalize(value) : value;
  });
}

/** The span replaced in place (or the sentence, when the phrase is removed or starts it). */
function spanSuggestion(m: RawMatch, sentence: string, register: Register): RuleSuggestion | null {
  const text = replacementOf(m, register);
  if (text === null) return null;
  if (text && m.start > 0) return { text, start: m.start, end: m.end, label: 'Rephrase' };
  const fixed = replaceAll(sentence, [m], register);
  return fixed === null ? null : { text: fixed, start: 0, end: sentence.length, label: text ? 'Rephrase' : 'Remove' };
}

const QUESTION_START =
  /^\W*(?:what|why|how|when|where|who|whom|whose|which|is|are|was|were|am|do|does|did|can|could|would|will|should|shall|may|might|have|has|had|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|couldn't|shouldn't)\b/i;

/** The sentence with every match's span replaced, tidied and re-capitalised; null if one can't be. */
function replaceAll(sentence: string, matches: RawMatch[], register: Register): string | null {
  let out = '';
  let pos = 0;
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    const text = replacementOf(m, register);
    if (text === null) return null;
    out += sentence.slice(pos, m.start) + text;
    pos = m.end;
  }
  out += sentence.slice(pos);
  const { body, terminal } = terminalOf(tidyAfterCut(out));
  const cleaned = tidyAfterCut(withoutRepeatedClause(tidyAfterCut(body)));
  if (!/\p{L}/u.test(cleaned)) return null;
  // "Why do you keep asking…?" rewritten as "I can tell you're still asking…" is no longer a question.
  const stillAsks = terminal !== '?' || QUESTION_START.test(cleaned) || /,\s*(?:right|isn't it|don't you|aren't you)$/i.test(cleaned);
  return capitalize(cleaned) + (stillAsks ? terminal : '.');
}

/** A threat whose words no longer fire ("To recap, if you don't renew, …") still reads as one: rebuild it when it can be. */
function rebuiltThreat(text: string, register: Register, strictness: Strictness): string {
  const rebuilt = reframeUltimatum(text, register);
  return rebuilt !== null && matchRules(rebuilt, strictness).length === 0 ? rebuilt : text;
}
