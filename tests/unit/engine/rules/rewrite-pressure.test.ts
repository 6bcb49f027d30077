// Pressure rewrites that keep the sentence's facts and read as a person would write them: threats
// rebuilt as information and a choice, no tail piled on a long sentence, no clause said twice, and
// no whole-sentence fix that keeps another finding's phrase. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { reframeUltimatum } from '../../../../src/engine/rules/reframe-ultimatum';
import { runRules } from '../../../../src/engine/rules/rule';
import { rulePressureIn } from './rule-pressure';
import type { Register } from '../../../../src/engine/types';

const pressureIn = (text: string) => rulePressureIn(text);
const rewritesOf = (sentence: string, register: Register = 'warm') =>
  runRules(sentence, register).flatMap((m) => m.suggestions.map((s) => sentence.slice(0, s.start) + s.text + sentence.slice(s.end)));

describe('ultimatums rebuilt as information and a choice', () => {
  it('a deadline threat keeps the date and what follows it', () => {
    const out = reframeUltimatum("If I don't have the signed form by the 12th, the panel will move on to the next applicant.", 'warm');
    // The consequence as a plain fact, no stock "it's your call…" tail (round 6's blind rating).
    expect(out).toBe('The cut-off is the 12th: after that, the panel will move on to the next applicant.');
    const kept = reframeUltimatum("If we don't hear back by the 12th, the venue goes to the next couple on the list.", 'warm') ?? '';
    expect(kept).toMatch(/the 12th/);
    expect(kept).toMatch(/venue/);
    expect(kept).not.toMatch(/^If we don't/);
    expect(reframeUltimatum("If the forms aren't in within ten days, your place on the course is released.", 'formal')).toMatch(
      /^The window is ten days; after that, your place on the course is released\.$/,
    );
  });

  it('two consequences joined by "and" are not forced into one subject', () => {
    const out = reframeUltimatum("If the deposit isn't paid by Monday, your booking lapses and the rooms are released.", 'warm') ?? '';
    expect(out).toMatch(/Monday/);
    expect(out).toMatch(/your booking lapses and the rooms are released/);
    expect(out).not.toMatch(/stop your booking lapses/);
  });

  it('a prediction without a date becomes the writer\u2019s honest read, in the conditional', () => {
    expect(reframeUltimatum("If we price it at $900k, it will sit for months and you'll end up taking less.", 'warm')).toBe(
      "My honest read is that if we price it at $900k, it would sit for months and you'd end up taking less.",
    );
    expect(reframeUltimatum('But if the roof fails and you have no cover, you could lose the shop.', 'warm')).toMatch(
      /^But my honest read is that if the roof fails/,
    );
  });

  it('"by then" names no date, so it is not made a cut-off', () => {
    expect(reframeUltimatum("If they're not in by then, the claim goes in late.", 'warm')).not.toMatch(/cut-off is then/);
  });
});

describe('suggestions fit in a card and read once', () => {
  it('no second clause is piled on a sentence that already has a dash clause', () => {
    for (const text of rewritesOf('A bit of stiffness after the first week is nothing to worry about — just push through it.')) {
      expect((text.match(/ — /g) ?? []).length, text).toBeLessThanOrEqual(1);
    }
  });

  it('an opening "But honestly," stays in front of the lead-in', () => {
    const texts = rewritesOf('But honestly, the bonus alone will cover it — anyone who understands sales would jump at this.');
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join('\n')).not.toMatch(/In my experience, but/);
  });

  it('a clause made twice by two replacements is said once', () => {
    for (const text of rewritesOf("Don't worry, there's honestly nothing to worry about here.")) {
      expect(text, text).not.toMatch(/(.{12,}), \1/i);
    }
  });

  it('a whole-sentence fix does not keep another finding\u2019s phrase word for word', () => {
    const sentence = 'Clearly, the old supplier is the bottleneck, as anyone walking the warehouse can see.';
    const matches = runRules(sentence, 'warm');
    expect(matches.length).toBeGreaterThan(1);
    for (const m of matches) {
      for (const s of m.suggestions.filter((x) => x.label !== 'Just this phrase' && x.start === 0 && x.end === sentence.length)) {
        for (const other of matches) expect(s.text.toLowerCase(), s.text).not.toContain(sentence.slice(other.start, other.end).trim().toLowerCase());
      }
    }
  });

  it('every rewrite above raises no pressure once applied', () => {
    const sentences = [
      "If we don't hear back by the 12th, the venue goes to the next couple on the list.",
      "If the deposit isn't paid by Monday, your booking lapses and the rooms are released.",
      "If I don't have the signed form by the 12th, the panel will move on to the next applicant.",
      'A bit of stiffness after the first week is nothing to worry about — just push through it.',
      'But honestly, the bonus alone will cover it — anyone who understands sales would jump at this.',
      "Don't worry, there's honestly nothing to worry about here.",
      'Clearly, the old supplier is the bottleneck, as anyone walking the warehouse can see.',
      'Frankly, it is a no-brainer for a firm your size.',
    ];
    expect(pressureIn(sentences[0]).length).toBeGreaterThan(0);
    for (const register of ['warm', 'formal'] as Register[]) {
      for (const sentence of sentences) {
        const texts = rewritesOf(sentence, register);
        expect(texts.length, sentence).toBeGreaterThan(0);
        for (const text of texts)
          if (!/Just this phrase/.test(text))
            expect(
              pressureIn(text)
                .map((f) => f.rule)
                .filter((r) => !runRules(sentence, register).some((m) => m.rule === r)),
              text,
            ).toEqual([]);
      }
    }
  });
});

describe('a directive becomes an option in the writer’s own sentence', () => {
  it('"You should" becomes "You could" / "You may wish to", nothing pasted around it, raising no pressure', () => {
    const sentence = 'You should move the savings into the fixed-rate account.';
    expect(rewritesOf(sentence)).toEqual(['You could move the savings into the fixed-rate account.']);
    expect(rewritesOf(sentence, 'formal')).toEqual(['You may wish to move the savings into the fixed-rate account.']);
    for (const r of [...rewritesOf(sentence), ...rewritesOf(sentence, 'formal')]) expect(pressureIn(r)).toEqual([]);
    // No stock permission question pasted before advice that follows at once.
    expect(rewritesOf(sentence).some((r) => r.startsWith('Would it help if I shared'))).toBe(false);
  });

  it('a directive question gets no permission preface stacked on it', () => {
    expect(rewritesOf('You need to decide by Friday, okay?').some((r) => r.startsWith('Would it help if I shared'))).toBe(false);
  });
});
