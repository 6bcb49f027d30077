// The pre-send checklist and the MITI-informed metrics, exactly as the taxonomy's
// "Draft-level checks" define them. Each item names the sentence that decided it.
import type { Checklist, ChecklistItem, Concern, Finding, Metrics, SentenceCode, SentenceReport } from './types';
import { SENTENCE_CODES } from './types';

const has = (s: SentenceReport, code: SentenceCode) => s.codes.includes(code);
const isReflection = (s: SentenceReport) => has(s, 'reflection.simple') || has(s, 'reflection.complex');

export function buildChecklist(sentences: SentenceReport[], findings: Finding[], concerns: Concern[]): Checklist {
  return {
    acknowledges: acknowledges(sentences, concerns),
    no_pressure: noPressure(sentences, findings),
    open_question: openQuestion(sentences),
    autonomy: autonomy(sentences),
  };
}

/**
 * A reflection or explicit acknowledgement of the client's view; when the client's message
 * is known, every concern it raised must be acknowledged by topic (one left out fails it).
 */
function acknowledges(sentences: SentenceReport[], concerns: Concern[]): ChecklistItem {
  if (concerns.length) {
    const missed = concerns.find((c) => !c.acknowledged);
    if (missed) {
      const others = concerns.filter((c) => !c.acknowledged).length - 1;
      const more = others > 0 ? ` (and ${others} more)` : '';
      return item(false, null, `Not acknowledged yet: their concern about ${quoteTopic(missed.topic)}${more}.`);
    }
    const by = concerns[0].acknowledgedBy;
    const sentence = by ? (sentences.find((s) => s.start <= by.start && by.start < Math.max(s.end, s.start + 1)) ?? null) : null;
    const what = concerns.length === 1 ? 'their concern' : `all ${concerns.length} of their concerns`;
    return item(true, sentence, `You acknowledge ${what}.`);
  }
  const reflection = sentences.find(isReflection);
  if (reflection) return item(true, reflection, 'You reflect what the client said.');
  return item(false, null, "Nothing yet shows you heard the client's view.");
}

function noPressure(sentences: SentenceReport[], findings: Finding[]): ChecklistItem {
  const pressure = findings.filter((f) => f.category === 'pressure');
  if (!pressure.length) return item(true, null, 'Nothing pushes the client.');
  const first = pressure[0];
  const sentence = sentences.find((s) => s.start <= first.start && first.start < s.end) ?? null;
  const n = pressure.length;
  return item(false, sentence, n === 1 ? 'One phrase pushes the client.' : `${n} phrases push the client.`);
}

function openQuestion(sentences: SentenceReport[]): ChecklistItem {
  const open = sentences.find((s) => has(s, 'question.open'));
  if (open) return item(true, open, 'You invite their view with an open question.');
  const closed = sentences.find((s) => has(s, 'question.closed')) ?? null;
  return item(false, closed, closed ? 'Your only questions can be answered yes or no.' : 'No open question invites their view.');
}

/** Advice, when present, comes with autonomy or permission; no advice passes. */
function autonomy(sentences: SentenceReport[]): ChecklistItem {
  const advice = sentences.find((s) => has(s, 'advice'));
  if (!advice) return item(true, null, 'No advice given, so nothing to balance.');
  const respecting = sentences.find((s) => has(s, 'autonomy') || has(s, 'permission'));
  if (respecting) return item(true, respecting, 'You leave the decision with them.');
  return item(false, advice, 'You give advice without leaving the choice with them.');
}

function item(pass: boolean, sentence: SentenceReport | null, detail: string): ChecklistItem {
  return { pass, sentence, detail };
}

function quoteTopic(topic: string): string {
  const t = topic.trim();
  return t ? `“${t.length > 60 ? `${t.slice(0, 57)}…` : t}”` : 'what they raised';
}

export function computeMetrics(sentences: SentenceReport[]): Metrics {
  const counts = Object.fromEntries(SENTENCE_CODES.map((c) => [c, 0])) as Record<SentenceCode, number>;
  for (const s of sentences) for (const c of s.codes) counts[c]++;
  const questions = counts['question.open'] + counts['question.closed'];
  const reflections = counts['reflection.simple'] + counts['reflection.complex'];
  return {
    label: 'MITI-informed',
    counts,
    reflectionToQuestion: questions ? reflections / questions : null,
    percentOpenQuestions: questions ? counts['question.open'] / questions : null,
  };
}
