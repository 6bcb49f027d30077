import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { IRREGULAR_FORMS } from '../../../src/engine/generated/irregular-forms';
import { lemma, regularLemma } from '../../../src/engine/lemma';
// @ts-expect-error — a plain .mjs build script, shared with the generator.
import { irregularForms } from '../../../scripts/lexicon.mjs';

describe('irregular forms generated from compromise', () => {
  // Runs compromise over its whole lexicon (~4 s here): a generous limit, not a timing assertion.
  it('the committed table is exactly what `npm run lexicon` produces', { timeout: 60_000 }, () => {
    const fresh = Object.fromEntries(irregularForms(nlp, regularLemma) as [string, string][]);
    expect(IRREGULAR_FORMS).toEqual(fresh);
  });

  it('brings irregular forms and their base together', () => {
    for (const [form, base] of [
      ['criteria', 'criterion'],
      ['ran', 'run'],
      ['sent', 'send'],
      ['deeper', 'deep'],
      ['went', 'go'],
      ['fees', 'fee'],
    ]) {
      expect(lemma(form), form).toBe(lemma(base));
    }
  });

  it('leaves regular forms to the suffix rules', () => {
    expect(lemma('switching')).toBe(lemma('switch'));
    expect(lemma('moved')).toBe(lemma('move'));
    expect(lemma('constructor')).toBe('constructor');
  });
});

describe('words that name Object.prototype members', () => {
  const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];

  it('are ordinary words to the lemmatiser', () => {
    for (const name of names) expect(typeof lemma(name), name).toBe('string');
  });

  it('never make an analysis fail, in the draft or the client thread', async () => {
    const { createAnalyzer } = await import('../../../src/engine/index');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const analyzer = createAnalyzer();
      for (const name of names) {
        const thread = `I'm worried about ${name}. I'm not sure whether to ${name}. Why would we ${name} now? I'm ${name}.`;
        const draft = `Hi Sam,\n\nYou need to ${name} today. I hear you on the ${name}. Do you ${name}?`;
        const report = analyzer.analyze(draft, { thread });
        expect(report.sentences.length, name).toBeGreaterThan(0);
        for (const c of report.concerns) expect(typeof c.topic, name).toBe('string');
      }
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([]);
  });
});
