// Topic readings that need more than one clause or the sentence before: pronouns resolved to their
// antecedent, a recalled proposal pushed against, an activity named as hard. Sentences written
// for this test, across professions; none from the evaluation data.
import { describe, expect, it } from 'vitest';
import { detectConcerns, judgeAcknowledgement } from '../../src/engine/concerns';
import { antecedentBefore, isHardActivityClause, recalledThenObjected } from '../../src/engine/concerns/across-clauses';
import { buildReflections } from '../../src/engine/rewrites/reflect';
import type { SentenceReport } from '../../src/engine/types';

function topics(thread: string): string[] {
  return detectConcerns(thread).map((c) => c.topic);
}

describe('a recalled proposal, then "but": the concern is about the proposal', () => {
  it('"I know you suggested X, but <circumstance>" → X', () => {
    expect(topics("I know you suggested refinancing the van loan, but cash is short until the harvest.")).toEqual(['refinancing the van loan']);
  });
  it('"I keep saying I\'ll X, but…" and "I know I said I\'d X, but…" → X as a gerund', () => {
    expect(topics("I keep saying I'll book the hearing test, but then the week fills up.")).toEqual(['booking the hearing test']);
    expect(topics("I know I said I'd update the staff handbook, but I keep postponing it.")).toEqual(['updating the staff handbook']);
  });
  it('a property of X named after "but it…" is the objection ("it sounds like a lot of paperwork")', () => {
    expect(recalledThenObjected('You recommended a trust for the cottage, but it sounds like a lot of paperwork.')).toBe('a lot of paperwork');
  });
  it('a vague complement ("it\'s a lot", "a big problem") names nothing: X stays', () => {
    expect(recalledThenObjected("You said the retainer was fixed, but it's a lot.")).toBe('the retainer');
    expect(recalledThenObjected('You proposed the Tuesday slot, but that is a big problem.')).toBe('the Tuesday slot');
  });
  it('a reason with its own object of worry is left to the clause rules', () => {
    expect(recalledThenObjected("I know you recommended the bond fund, but I'm nervous about the lock-in period.")).toBeNull();
    expect(topics("I know you recommended the bond fund, but I'm nervous about the lock-in period.")).toEqual(['the lock-in period']);
  });
  it('no recall, no reading', () => {
    expect(recalledThenObjected('The fee is fine, but the contract is long.')).toBeNull();
  });
});

describe('an activity named as hard carries the concern over background clauses', () => {
  it('recognises the shape, not a "something is hard" subject', () => {
    expect(isHardActivityClause('finding a sitter on weekdays is really hard')).toBe(true);
    expect(isHardActivityClause('something is hard')).toBe(false);
    expect(isHardActivityClause('the form is hard')).toBe(false);
  });
  it('picks the gerund phrase over a clause of history', () => {
    expect(topics("We've had the same supplier for six years, and finding a replacement at short notice is difficult.")).toEqual(['finding a replacement']);
  });
});

describe('pronoun objects resolved to their antecedent', () => {
  it('the nearest thing earlier in the same sentence, cut before a time phrase', () => {
    expect(antecedentBefore("We've had the premium bundle for two years, and I doubt we watch ")).toBe('the premium bundle');
    expect(topics("We've had the premium bundle for two years, and I'm not sure we watch most of it.")).toEqual(['watching most of the premium bundle']);
  });
  it('never people, a span of time or an amount', () => {
    expect(antecedentBefore('My accountant spent a week on ')).toBeNull();
    expect(antecedentBefore('We made a fortune on ')).toBeNull();
  });
  it('"doing it" after a proposed action is that action', () => {
    const t = topics("You suggested moving the launch to spring, but the board meets in March. I don't think we can do it.");
    expect(t[1]).toBe(t[0]);
    expect(t[0]).toMatch(/^moving the launch\b/);
  });
  it('with no antecedent at all, the client\'s words stay', () => {
    expect(topics("Why don't you ever mention it?")).toEqual(['mentioning it']);
  });
});

describe('acknowledging a concern that only points back', () => {
  const sentence = (text: string, codes: SentenceReport['codes'] = []): SentenceReport => ({ start: 0, end: text.length, text, codes });
  it('what acknowledges the antecedent concern acknowledges "I can\'t do it right now" too', () => {
    const concerns = detectConcerns("I know you suggested hiring a second chef, but wages are stretched. I don't think I can do it right now.");
    expect(concerns).toHaveLength(2);
    const judged = judgeAcknowledgement(concerns, [sentence('It sounds like the wages are already stretched thin.', ['reflection.simple'])]);
    expect(judged.map((c) => c.acknowledged)).toEqual([true, true]);
  });
});

describe('reflections read well on the new topic shapes', () => {
  it('a resolved gerund topic and a property topic fit the frames', () => {
    const [a] = detectConcerns("We've had the premium bundle for two years, and I'm not sure we watch most of it.");
    expect(buildReflections(a).simple).toMatch(/not sure about watching most of the premium bundle\.$/);
    const r = buildReflections({ text: 'You recommended a trust for the cottage, but it sounds like a lot of paperwork.', topic: 'a lot of paperwork', kind: 'objection' });
    expect(r.simple).toMatch(/a lot of paperwork/);
  });
});
