// Taking a sentence out, as a person would: with the space or line it leaves behind, and only when
// what is left still reads. A long sentence rarely holds nothing but the jab (it carries the reason,
// the fact, the answer), and a sentence the next one points back to ("This is a legal requirement")
// cannot go without leaving that one dangling.
import type { Finding, SentenceReport, Span, Suggestion } from '../types';

const MAX_DELETED_WORDS = 22;
const ASKS_SOMETHING = /\?|\b(?:I|we)(?:'d| would)? (?:still |also |really )*need (?:your|you|the|a|an|to)\b|\bplease\b|\bcould you\b|\bcan you\b/i;
const STATES_A_RULE =
  /\b(?:cannot|can't|can not) be\b|\b(?:is|are) not (?:available|eligible|allowed|permitted|covered|refundable)\b|\b(?:legally|law|offence|illegal|statutory|regulations?|required|requirement|mandatory|not permitted)\b/i;
/** The next sentence leans on this one: "That…", "This is…", "It should…", "So…", "Which means…". */
const POINTS_BACK = /^\W*(?:that|this|these|those|it|so|therefore|hence|thus|which|then)\b/i;

/** Whole-sentence deletions that keep the draft's sense, each widened to take its gap with it. */
export function tidyDeletions(findings: Finding[], draft: string, sentences: SentenceReport[], answers: readonly Span[] = []): Finding[] {
  return findings.map((f) => {
    if (!f.suggestions.some(isDeletion)) return f;
    const suggestions: Suggestion[] = [];
    for (const s of f.suggestions) {
      if (!isDeletion(s)) suggestions.push(s);
      // The sentence that answers or takes up one of the client's concerns stays, pushy wording and
      // all: in round 6's blind rating deleting it took away the answer ("debit cards we cannot accept").
      else if (answers.some((a) => a.start < s.end && s.start < a.end)) continue;
      else if (deletionKeepsSense(s, draft, sentences)) suggestions.push({ ...s, ...withItsGap(draft, s) });
    }
    return { ...f, suggestions };
  });
}

function isDeletion(s: Suggestion): boolean {
  return s.text === '' && s.end > s.start;
}

function deletionKeepsSense(s: Span, draft: string, sentences: SentenceReport[]): boolean {
  const removed = draft.slice(s.start, s.end);
  if ((removed.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length > MAX_DELETED_WORDS) return false;
  // A request or a question rides along with the jab ("Per my last two emails, I still need your choice of tiles."): it stays.
  if (ASKS_SOMETHING.test(removed)) return false;
  // A rule or a legal fact the client needs to decide ("A withdrawn grievance cannot be resubmitted…").
  if (STATES_A_RULE.test(removed)) return false;
  const next = sentences.find((x) => x.start >= s.end && x.end > x.start);
  if (!next || /\n\s*\n/.test(draft.slice(s.end, next.start))) return true;
  const text = next.text.trim();
  return /\?\s*$/.test(text) || !POINTS_BACK.test(text);
}

/**
 * The span grown over the whitespace the sentence leaves: the space before it within its line;
 * or, when it is the whole line, the line break after it (and a blank line, when it was a
 * paragraph of its own), so no stray space or empty line is left in the draft.
 */
export function withItsGap(draft: string, s: Span): Span {
  const lineStart = draft.lastIndexOf('\n', s.start - 1) + 1;
  let lineEnd = draft.indexOf('\n', s.end);
  if (lineEnd < 0) lineEnd = draft.length;
  const beforeOnLine = draft.slice(lineStart, s.start);
  const afterOnLine = draft.slice(s.end, lineEnd);
  if (beforeOnLine.trim() || afterOnLine.trim()) {
    // Part of a line: take the spaces on one side, keeping one between the neighbours.
    if (/\s$/.test(beforeOnLine) && beforeOnLine.trim()) return { start: s.start - (beforeOnLine.length - beforeOnLine.trimEnd().length), end: s.end };
    return { start: s.start, end: s.end + (afterOnLine.length - afterOnLine.trimStart().length) };
  }
  // The whole line.
  if (lineEnd >= draft.length) return { start: Math.max(0, lineStart - 1), end: draft.length };
  const blankBefore = lineStart === 0 || /\n[ \t]*\n$/.test(draft.slice(0, lineStart)) || /^\s*$/.test(draft.slice(0, lineStart));
  const afterBreak = draft.slice(lineEnd + 1);
  const blankAfter = /^[ \t]*\n/.test(afterBreak);
  // A paragraph of its own: its blank line goes too.
  const extra = blankBefore && blankAfter ? (afterBreak.match(/^[ \t]*\n/)?.[0].length ?? 0) : 0;
  return { start: lineStart, end: lineEnd + 1 + extra };
}
