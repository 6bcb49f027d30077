import { describe, expect, it } from 'vitest';
import { detectConcerns, judgeAcknowledgement, ruleReadings, threadSentences, type DetectedConcern } from '../../../src/engine/concerns';
import { concepts, contentLemmas, lemma } from '../../../src/engine/lemma';
import type { SentenceCode, SentenceReport } from '../../../src/engine/types';

/** The one concern found, with the rules' topic (the topic shown may be the topic model's pick: concerns/topic-words.test.ts). */
function only(thread: string): DetectedConcern {
  const found = detectConcerns(thread);
  expect(found).toHaveLength(1);
  return { ...found[0], topic: ruleTopicOf(thread, found[0].text) };
}

function ruleTopicOf(thread: string, sentence: string): string {
  return ruleReadings(thread).find((r) => r.sentence === sentence)?.ruleTopic ?? '';
}

/** Draft sentences with offsets, as the pipeline passes them. */
function draft(...parts: (string | [string, SentenceCode[]])[]): SentenceReport[] {
  let at = 0;
  return parts.map((p) => {
    const [text, codes] = typeof p === 'string' ? [p, [] as SentenceCode[]] : p;
    const s = { start: at, end: at + text.length, text, codes };
    at += text.length + 1;
    return s;
  });
}

describe('lemma', () => {
  it('gives inflected forms one key', () => {
    expect(lemma('moving')).toBe(lemma('move'));
    expect(lemma('fees')).toBe(lemma('fee'));
    expect(lemma('putting')).toBe(lemma('put'));
    expect(lemma('worried')).toBe(lemma('worry'));
    expect(lemma('relocation')).toBe(lemma('relocate'));
  });
  it('drops function words and maps synonyms to one concept', () => {
    expect(contentLemmas("I'm not sure about the price")).toEqual([lemma('price')]);
    expect(concepts('the monthly fee').has([...concepts('cost')][0])).toBe(true);
    expect(concepts('the deadline').has([...concepts('timing')][0])).toBe(true);
    expect(concepts('the deadline').has([...concepts('price')][0])).toBe(false);
  });
});

describe('threadSentences', () => {
  it('drops greetings and sign-offs and keeps abbreviations and decimals inside sentences', () => {
    const s = threadSentences('Hi Sam,\n\nBy 9 a.m. the office is empty. We pay 2.5% now.\n\nThanks,\nJo');
    expect(s).toEqual(['By 9 a.m. the office is empty.', 'We pay 2.5% now.']);
  });
  it('a thank-you sentence is not a sign-off: what follows it is kept', () => {
    expect(threadSentences('Thanks for the update.\nI am worried about the fee.\n\nCheers,\nLi')).toEqual(['I am worried about the fee.']);
  });
  it('strips quote markers', () => {
    expect(threadSentences('> I am worried about the fee.\n> Can we talk?')).toEqual(['I am worried about the fee.', 'Can we talk?']);
  });
});

describe('detectConcerns: each kind, topic in the client words', () => {
  it('worry with "about"', () => {
    const c = only("I'm nervous about moving our savings into bonds right now.");
    expect(c.kind).toBe('worry');
    expect(c.topic).toBe('moving our savings into bonds');
  });
  it('worry with a clause: the subject is the topic', () => {
    const c = only("I'm worried the setup costs will keep growing.");
    expect(c.kind).toBe('worry');
    expect(c.topic).toBe('the setup costs');
  });
  it('what scares me / terrifies', () => {
    expect(only('The thought of presenting to the board terrifies me.').topic).toBe('presenting to the board');
  });
  it('hesitation becomes a gerund phrase', () => {
    const c = only("I'm not sure I want to sign a three-year contract.");
    expect(c.kind).toBe('hesitation');
    expect(c.topic).toBe('signing a three-year contract');
    expect(only("I don't think we can hire that quickly.").topic).toBe('hiring that quickly');
    expect(only("I'm hesitant about switching providers.").topic).toBe('switching providers');
  });
  it('objection: the thing objected to', () => {
    const c = only('The onboarding fee is too expensive for a team our size.');
    expect(c.kind).toBe('objection');
    expect(c.topic).toBe('the onboarding fee');
    expect(only('We like the design, but the monthly fee is higher than we planned.').topic).toBe('the monthly fee');
  });
  it('challenge questions', () => {
    const why = only('Why would we switch vendors now?');
    expect(why.kind).toBe('challenge');
    expect(why.topic).toBe('switching vendors');
    expect(only('Why is the support plan so expensive?').topic).toBe('the support plan');
    const read = only("I've read that managed funds underperform.");
    expect(read.kind).toBe('challenge');
    expect(read.topic).toBe('managed funds');
  });
  it('requests for time and plain questions', () => {
    expect(only('Could we have until next Friday?').topic).toBe('more time');
    expect(only('Can we postpone the kickoff to March?').topic).toBe('postponing the kickoff to March');
    expect(only('How do I reset the admin password?').topic).toBe('resetting the admin password');
    expect(only('Do I really need the premium tier?').topic).toBe('the premium tier');
  });
  it('resolves "that" from the sentence before', () => {
    const thread = 'We are thinking of adding two more seats. Is that going to raise the price a lot?';
    const found = detectConcerns(thread);
    expect(ruleTopicOf(thread, found.at(-1)?.text ?? '')).toBe('adding two more seats');
  });
  it('keeps the client sentence verbatim', () => {
    const thread = 'Thanks for the call.  Honestly, I\u2019m not sure about the rollout plan.';
    expect(only(thread).text).toBe('Honestly, I\u2019m not sure about the rollout plan.');
  });
  it('ignores thanks, greetings and neutral facts', () => {
    expect(detectConcerns('Hi Ana,\nThanks for the update. The team met on Monday and reviewed the plan.\nBest,\nLi')).toEqual([]);
  });
  it('never throws on odd input', () => {
    for (const odd of [
      '',
      '   ',
      '😀😀?',
      'مرحبا؟ لست متأكدا',
      '<img src=x onerror=alert(1)>?',
      '\u0000\u0007?',
      'a'.repeat(200_000),
      '?'.repeat(5000),
      'I'.repeat(3) + ' worried about'.repeat(1000),
    ]) {
      expect(() => detectConcerns(odd)).not.toThrow();
    }
    // @ts-expect-error: garbage in from a hostile caller
    expect(detectConcerns(undefined)).toEqual([]);
  });
});

describe('judgeAcknowledgement', () => {
  const feeObjection = only('The monthly fee seems high for what we use.');

  it('an acknowledging frame on the same topic acknowledges', () => {
    const [c] = judgeAcknowledgement([feeObjection], draft('Hi Jo,', 'I hear you on the monthly fee.', 'Here are the options.'));
    expect(c.acknowledged).toBe(true);
    expect(c.acknowledgedBy).toEqual({ start: 7, end: 37 });
  });
  it('a synonym counts: fee ~ cost', () => {
    const [c] = judgeAcknowledgement([feeObjection], draft('It makes sense that the cost feels like a lot right now.'));
    expect(c.acknowledged).toBe(true);
  });
  // KNOWN GAP of the model retrained in round 5 (2026-12): the word shared with the concern carries the pair; it.fails turns red once it passes.
  it.fails('repeating the word inside advice does not acknowledge', () => {
    const [c] = judgeAcknowledgement([feeObjection], draft('The fee covers everything.', 'You should keep the plan.'));
    expect(c.acknowledged).toBe(false);
  });
  it('a frame about another topic does not acknowledge', () => {
    const [c] = judgeAcknowledgement([feeObjection], draft('I understand the onboarding was rushed.'));
    expect(c.acknowledged).toBe(false);
  });
  it('a reflection code from the sentence coder serves as the frame', () => {
    const [c] = judgeAcknowledgement([feeObjection], draft(['With the budget this tight, the fee is hard to swallow.', ['reflection.complex']]));
    expect(c.acknowledged).toBe(true);
  });
  it('a pressuring sentence never acknowledges, even with a frame', () => {
    const [c] = judgeAcknowledgement([feeObjection], draft(['I understand the fee, but you need to sign today.', ['pressure']]));
    expect(c.acknowledged).toBe(false);
  });
  // KNOWN GAP of the model retrained in round 5 (2026-12): the word shared with the concern carries the pair; it.fails turns red once it passes.
  it.fails('each concern is judged on its own', () => {
    const concerns = detectConcerns("I'm worried about the migration weekend. Also, the licence cost is higher than we expected.");
    expect(concerns).toHaveLength(2);
    const judged = judgeAcknowledgement(concerns, draft('You mentioned the migration weekend worries you.', 'The licence includes support.'));
    expect(judged.map((c) => c.acknowledged)).toEqual([true, false]);
  });
  it('tolerates empty input', () => {
    expect(judgeAcknowledgement([], [])).toEqual([]);
    expect(judgeAcknowledgement([feeObjection], [])[0].acknowledged).toBe(false);
  });
});
