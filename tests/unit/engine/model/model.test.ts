// The shipped judgement model: it loads, its data round-trips, and it gives the pipeline's answers
// on sentences whose reading is not in doubt (written for this test, not taken from any data set).
import { describe, expect, it } from 'vitest';
import { MODEL } from '../../../../src/engine/generated/model';
import { LinearModel, base64Bytes, base64BytesByHand, bytesBase64, encodeBuckets, hashFeature } from '../../../../src/engine/model/linear';
import { buildContext, judgeSentence, sentenceEvidence, CODE_HEADS, KIND_HEADS } from '../../../../src/engine/model/judge';
import { FEATURE_FAMILIES } from '../../../../src/engine/model/features';
import { createAnalyzer } from '../../../../src/engine/index';

const judge = (text: string, strictness: 'gentle' | 'standard' | 'strict' = 'standard') =>
  judgeSentence(text, buildContext(sentenceEvidence(text), null), strictness);

describe('the shipped model', () => {
  it('loads: every head the engine reads, a known feature family, thresholds for each strictness', () => {
    const model = new LinearModel(MODEL.sentence);
    expect(model.heads).toEqual([...CODE_HEADS, ...KIND_HEADS.map((k) => `kind:${k}`)]);
    expect(Object.keys(FEATURE_FAMILIES)).toContain(MODEL.family);
    const { gentle, standard, strict } = MODEL.thresholds.pressure;
    expect(gentle).toBeGreaterThanOrEqual(standard);
    expect(standard).toBeGreaterThanOrEqual(strict);
    expect(new LinearModel(MODEL.client).heads).toEqual(['concern']);
  });

  it('round-trips its storage: varint bucket ids and base64', () => {
    const ids = [0, 1, 127, 128, 300, 16_384, 1_048_575];
    const bytes = encodeBuckets(ids);
    expect(Array.from(base64Bytes(bytesBase64(bytes)))).toEqual(Array.from(bytes));
    // The decoder kept for a runtime without atob reads the shipped weights byte for byte as atob does.
    expect(Array.from(base64BytesByHand(bytesBase64(bytes)))).toEqual(Array.from(bytes));
    expect(base64BytesByHand(MODEL.client.weights)).toEqual(base64Bytes(MODEL.client.weights));
    const model = new LinearModel({
      bits: 20,
      heads: ['h'],
      bias: [0],
      scale: [1],
      buckets: bytesBase64(encodeBuckets([hashFeature('u:x') & 0xfffff])),
      weights: bytesBase64(Uint8Array.from([5])),
    });
    expect(model.scores(['u:x'])[0]).toBe(5);
    expect(model.scores(['u:y'])[0]).toBe(0);
  });

  it('reads plain cases as a coder would', () => {
    expect(judge('You need to sign by Friday.').codes).toContain('pressure');
    expect(judge('Obviously this is the better plan.').codes).toContain('pressure');
    expect(judge('What matters most to you in this decision?').codes).toContain('question.open');
    expect(judge('Dear Ms. Chu,').codes).toEqual(['other']);
    expect(judge('hiya Amara! 👋').codes).toEqual(['other']);
    expect(judge("It's entirely your call.").codes).toContain('autonomy');
    expect(judge('The clinic opens at 8 on weekdays.').codes).not.toContain('pressure');
  });

  it('strictness moves the pressure threshold: strict flags at least what standard does, gentle at most', () => {
    const sentences = [
      'You need to sign by Friday.',
      'I have done this for twenty years, so leave the plan to me.',
      'Most clients sign within a week.',
      'Please get back to me when you can.',
    ];
    for (const s of sentences) {
      const p = (x: 'gentle' | 'standard' | 'strict') => judge(s, x).codes.includes('pressure');
      if (p('gentle')) expect(p('standard'), s).toBe(true);
      if (p('standard')) expect(p('strict'), s).toBe(true);
    }
  });

  it('the pipeline reports through it: a pushing sentence is a finding with a span, a kind and a reason', () => {
    const draft = 'Hi Sam,\n\nYou need to sign by Friday.\n\nBest,\nAlex';
    const [f] = createAnalyzer()
      .analyze(draft)
      .findings.filter((x) => x.category === 'pressure');
    expect(f).toBeDefined();
    expect(draft.slice(f.start, f.end)).toMatch(/need to/i);
    expect(f.kind).toBeDefined();
    expect(f.message.length).toBeGreaterThan(20);
  });
});
