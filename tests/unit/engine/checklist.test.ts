// The pre-send checklist, item by item, as the taxonomy's draft-level checks define it.
import { describe, expect, it } from 'vitest';
import { buildChecklist, computeMetrics } from '../../../src/engine/checklist';
import type { Concern, Finding, SentenceCode, SentenceReport } from '../../../src/engine/types';

function draft(...parts: [string, SentenceCode[]][]): SentenceReport[] {
  let at = 0;
  return parts.map(([text, codes]) => {
    const s = { start: at, end: at + text.length, text, codes };
    at += text.length + 1;
    return s;
  });
}

function concern(topic: string, acknowledged: boolean, by: { start: number; end: number } | null = null): Concern {
  return { text: `I'm worried about ${topic}.`, topic, kind: 'worry', acknowledged, acknowledgedBy: by };
}

const pressure = (start: number, end: number): Finding => ({
  id: 'p',
  rule: 'pressure/x',
  category: 'pressure',
  kind: 'directive',
  start,
  end,
  message: '',
  suggestions: [],
});

describe('acknowledges', () => {
  it('passes on a reflection when no concerns are known, naming that sentence', () => {
    const s = draft(['Hi Sam,', ['other']], ['You mentioned the timeline feels tight.', ['reflection.simple']]);
    const item = buildChecklist(s, [], []).acknowledges;
    expect(item.pass).toBe(true);
    expect(item.sentence?.text).toBe('You mentioned the timeline feels tight.');
  });

  it('fails without a reflection when no concerns are known', () => {
    const s = draft(['The plan includes phone support.', ['advice']]);
    expect(buildChecklist(s, [], []).acknowledges.pass).toBe(false);
  });

  it('with known concerns, fails when even one is unacknowledged, despite a reflection', () => {
    const s = draft(['It sounds like the price worries you.', ['reflection.complex']]);
    const item = buildChecklist(s, [], [concern('the price', true, { start: 0, end: 10 }), concern('the timeline', false)]).acknowledges;
    expect(item.pass).toBe(false);
    expect(item.detail).toContain('the timeline');
  });

  it('with known concerns, passes when each is acknowledged, pointing at the acknowledging sentence', () => {
    const s = draft(['Hi Sam,', ['other']], ['It sounds like the price worries you.', ['reflection.complex']]);
    const item = buildChecklist(s, [], [concern('the price', true, { start: s[1].start, end: s[1].end })]).acknowledges;
    expect(item.pass).toBe(true);
    expect(item.sentence).toBe(s[1]);
  });
});

describe('no_pressure', () => {
  it('passes without a pressure finding and ignores other categories', () => {
    const s = draft(['Do you have any concerns?', ['question.closed']]);
    const other: Finding = { ...pressure(0, 5), category: 'closed-question' };
    expect(buildChecklist(s, [other], []).no_pressure.pass).toBe(true);
  });

  it('fails on a pressure finding and names the sentence holding it', () => {
    const s = draft(['Hi Sam,', ['other']], ['You need to sign by Friday.', ['pressure']]);
    const item = buildChecklist(s, [pressure(s[1].start, s[1].start + 11)], []).no_pressure;
    expect(item.pass).toBe(false);
    expect(item.sentence).toBe(s[1]);
  });
});

describe('open_question', () => {
  it('passes with an open question', () => {
    const s = draft(['What matters most to you?', ['question.open']]);
    expect(buildChecklist(s, [], []).open_question).toMatchObject({ pass: true, sentence: s[0] });
  });

  it('fails with only closed questions, pointing at one', () => {
    const s = draft(['Is that OK?', ['question.closed']]);
    expect(buildChecklist(s, [], []).open_question).toMatchObject({ pass: false, sentence: s[0] });
  });
});

describe('autonomy', () => {
  it('passes when there is no advice', () => {
    expect(buildChecklist(draft(['Hi Sam,', ['other']]), [], []).autonomy.pass).toBe(true);
  });

  it('fails on advice alone, naming the advice', () => {
    const s = draft(["I'd recommend the smaller package.", ['advice']]);
    expect(buildChecklist(s, [], []).autonomy).toMatchObject({ pass: false, sentence: s[0] });
  });

  it('passes when advice comes with autonomy or permission', () => {
    const a = draft(["I'd recommend the smaller package.", ['advice']], ["It's your call.", ['autonomy']]);
    const p = draft(['Would it help if I shared what I suggest?', ['permission']], ["I'd recommend the smaller package.", ['advice']]);
    expect(buildChecklist(a, [], []).autonomy.pass).toBe(true);
    expect(buildChecklist(p, [], []).autonomy.pass).toBe(true);
  });

  it('pressure is not advice: a pushing draft with no advice passes this item', () => {
    expect(buildChecklist(draft(['You need to sign by Friday.', ['pressure']]), [], []).autonomy.pass).toBe(true);
  });
});

describe('metrics', () => {
  it('counts codes and the MITI-informed ratios', () => {
    const m = computeMetrics(
      draft(['a', ['reflection.simple']], ['b', ['reflection.complex', 'question.open']], ['c', ['question.closed']], ['d', ['advice']]),
    );
    expect(m.label).toBe('MITI-informed');
    expect(m.counts['question.open']).toBe(1);
    expect(m.reflectionToQuestion).toBe(1);
    expect(m.percentOpenQuestions).toBe(0.5);
  });

  it('has no ratios without questions', () => {
    const m = computeMetrics(draft(['a', ['advice']]));
    expect(m.reflectionToQuestion).toBeNull();
    expect(m.percentOpenQuestions).toBeNull();
  });
});
