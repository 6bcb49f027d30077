// The pre-send checklist and the MITI-informed metrics, exactly as the taxonomy defines them.
// OWNER: engine helper E2 (may refine). 
import type { Checklist, Concern, Finding, Metrics, SentenceCode, SentenceReport } from './types';
import { SENTENCE_CODES } from './types';

const has = (s: SentenceReport, code: SentenceCode) => s.codes.includes(code);

export function buildChecklist(sentences: SentenceReport[], findings: Finding[], concerns: Concern[]): Checklist {
  void sentences;
  void findings;
  void concerns;
  const none = { pass: false, sentence: null, detail: '' };
  return { acknowledges: none, no_pressure: { ...none, pass: true }, open_question: none, autonomy: { ...none, pass: true } };
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
  void has;
}
