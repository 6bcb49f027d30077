// Pressure read with the draft around a sentence (judge.ts contextsOf / pressureInContext): the
// context is the other sentences' voice, never the sentence itself nor greetings and sign-offs, and
// a pushier draft around a sentence can only raise its pressure, never lower it.
import { describe, expect, it } from 'vitest';
import { buildContext, contextsOf, decideSentence, pressureInContext, scoreSentence, sentenceEvidence } from '../../../../src/engine/model/judge';
import { MODEL } from '../../../../src/engine/generated/model';

const scored = (text: string) => scoreSentence(text, buildContext(sentenceEvidence(text), null));

describe('the draft around a sentence', () => {
  const draft = [
    'Hi Dana,',
    'The survey is booked for Tuesday at 10.',
    'You need to sign the lease today or lose the flat, as I already told you twice.',
    'Best,\nOmar',
  ].map(scored);

  it('is the mean of the other sentences that are not greetings or sign-offs', () => {
    expect(draft[0].other).toBe(true);
    expect(draft[3].other).toBe(true);
    expect(contextsOf(draft)[1]).toBeCloseTo(draft[2].logit, 10);
    expect(contextsOf(draft)[2]).toBeCloseTo(draft[1].logit, 10);
    expect(contextsOf([draft[0], draft[1]])[1]).toBeNull();
  });

  it('ships with a positive weight, so a pushier draft raises a sentence and a calmer one lowers it', () => {
    expect(MODEL.pressureContext?.contextWeight).toBeGreaterThan(0);
    const sentence = draft[1];
    expect(pressureInContext(sentence, 3)).toBeGreaterThan(pressureInContext(sentence, -3));
  });

  it('leaves greetings and sign-offs out of pressure whatever the draft', () => {
    expect(decideSentence(draft[0], 'strict', 10).codes).toEqual(['other']);
  });

  it('still flags a plain push in a calm draft', () => {
    const calm = contextsOf([draft[1], draft[1]])[0];
    expect(decideSentence(draft[2], 'standard', calm).codes).toContain('pressure');
  });
});
