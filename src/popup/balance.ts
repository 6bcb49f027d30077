// The balance of questions and reflections, in plain words ("You asked 3 questions and reflected
// once") and as a small picture; MITI, which the proportions come from, is named in a tooltip only.
import type { Report } from '../shared/contract/index';
import { t, tn } from '../shared/i18n';
import { h, svg } from '../shared/dom';

/** "You asked 3 questions and reflected once." */
export function balanceSentence(questions: number, reflections: number): string {
  const asked = questions === 0 ? t('summaryAskedNone') : tn('summaryAsked', questions);
  const reflected =
    reflections === 0
      ? t('summaryReflectedNone')
      : reflections === 1
        ? t('summaryReflectedOnce')
        : reflections === 2
          ? t('summaryReflectedTwice')
          : t('summaryReflectedTimes', reflections);
  return `${asked} ${reflected}`;
}

export function balanceCounts(report: Report): { questions: number; reflections: number } {
  const m = report.metrics;
  const count = (code: keyof typeof m.counts) => (Number.isFinite(m.counts?.[code]) ? m.counts[code] : 0);
  return {
    reflections: count('reflection.simple') + count('reflection.complex'),
    questions: count('question.open') + count('question.closed'),
  };
}

/** Reflections vs questions as two bars, and the share of open questions as a bar with a mark at half (MITI-informed). */
export function renderBalance(report: Report): HTMLElement {
  const m = report.metrics;
  const { reflections, questions } = balanceCounts(report);
  const open = m.percentOpenQuestions;
  const max = Math.max(reflections, questions, 1);
  const W = 328;
  const labelW = 110;
  const barW = W - labelW - 40;
  const bar = (y: number, label: string, value: number, cls: string, text: string) => [
    svg('text', { x: 0, y: y + 11, class: 'bar-label' }, label),
    svg('rect', { x: labelW, y, width: barW, height: 14, rx: 3, class: 'track' }),
    svg('rect', { x: labelW, y, width: Math.max(0, Math.min(1, value)) * barW, height: 14, rx: 3, class: cls }),
    svg('text', { x: labelW + barW + 6, y: y + 11, class: 'bar-value' }, text),
  ];
  const openShare = open === null ? 0 : open > 1 ? open / 100 : open; // tolerate 0–1 or 0–100
  const picture = svg(
    'svg',
    { viewBox: `0 0 ${W} 78`, role: 'img', 'aria-labelledby': 'balance-desc', 'data-popup-balance': '' },
    ...bar(0, t('balanceReflections'), reflections / max, 'fill-reflect', String(reflections)),
    ...bar(22, t('balanceQuestions'), questions / max, 'fill-question', String(questions)),
    ...bar(52, t('balanceOpenShare'), openShare, 'fill-open', open === null ? '—' : `${Math.round(openShare * 100)}%`),
    // MITI-informed mark: half of questions open.
    svg('line', { x1: labelW + barW * 0.5, x2: labelW + barW * 0.5, y1: 48, y2: 70, class: 'tick' }),
  );
  const ratio = m.reflectionToQuestion;
  const plain = balanceSentence(questions, reflections);
  const summary = ratio === null ? `${plain} ${t('balanceNoQuestions')}` : `${plain} ${t('balanceSummary', ratio.toFixed(1), ratioWord(ratio))}`;
  return h(
    'section',
    { class: 'balance', 'aria-labelledby': 'balance-title' },
    // MITI is named in the tooltip only: the words on screen stay plain.
    h('h2', { id: 'balance-title', title: t('balanceTitleTooltip') }, t('balanceTitle')),
    picture,
    h('p', { class: 'caption', id: 'balance-desc' }, summary),
  );
}

function ratioWord(ratio: number): string {
  return ratio >= 2 ? t('balanceGood') : ratio >= 1 ? t('balanceFair') : t('balanceLow');
}
