// The pipeline honours the user's options: custom phrases, allow-list, categories, kinds,
// "don't flag this again", strictness and register.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../src/engine/index';

const PUSHY = 'Hi Sam,\n\nYou need to sign by Friday. Obviously this is the better plan.\n';

describe('engine options', () => {
  it("flags the user's own phrases, whole words only, with their alternative", () => {
    const analyzer = createAnalyzer({
      customPhrases: [
        { phrase: 'touch base', alternative: 'talk' },
        { phrase: 'a.b', alternative: '' },
      ],
    });
    const draft = 'Let us Touch  base soon. I will retouch based on that. Also touch base? Nothing at aXb.';
    const found = analyzer.analyze(draft).findings.filter((f) => f.category === 'custom-phrase');
    expect(found.map((f) => draft.slice(f.start, f.end))).toEqual(['Touch  base', 'touch base']);
    expect(found[0].suggestions[0]).toMatchObject({ text: 'Talk', start: found[0].start, end: found[0].end });
    expect(found[1].suggestions[0].text).toBe('talk');
    expect(found[0].message).toMatch(/touch base/);
  });

  it('ignores empty or hostile custom phrases without throwing', () => {
    const phrases = [
      { phrase: '', alternative: 'x' },
      { phrase: '   ', alternative: 'x' },
      { phrase: '(((', alternative: ')' },
      { phrase: 'x'.repeat(500), alternative: '' },
    ];
    const analyzer = createAnalyzer({ customPhrases: phrases });
    const report = analyzer.analyze('Some (((text here.');
    expect(report.findings.filter((f) => f.category === 'custom-phrase').map((f) => f.rule)).toEqual(['custom/phrase']);
  });

  it('switches categories and pressure kinds off, and honours the allow-list and ignored ids', () => {
    const all = createAnalyzer()
      .analyze(PUSHY)
      .findings.filter((f) => f.category === 'pressure');
    expect(all.length).toBeGreaterThanOrEqual(2);
    const [first] = all;

    expect(
      createAnalyzer({ categories: { pressure: false } as never })
        .analyze(PUSHY)
        .findings.some((f) => f.category === 'pressure'),
    ).toBe(false);
    const withoutKind = createAnalyzer({ disabledKinds: [first.kind!] }).analyze(PUSHY).findings;
    expect(withoutKind.some((f) => f.kind === first.kind)).toBe(false);
    const allowed = createAnalyzer({ allowList: [PUSHY.slice(first.start, first.end).toUpperCase()] }).analyze(PUSHY).findings;
    expect(allowed.some((f) => f.id === first.id)).toBe(false);
    const ignored = createAnalyzer({ ignoredFindingIds: [first.id] }).analyze(PUSHY).findings;
    expect(ignored.some((f) => f.id === first.id)).toBe(false);
    expect(ignored.length).toBeGreaterThan(0);
  });

  it('passes strictness to the rules: gentle never flags more than strict', () => {
    const count = (strictness: 'gentle' | 'standard' | 'strict') =>
      createAnalyzer({ strictness })
        .analyze(PUSHY)
        .findings.filter((f) => f.category === 'pressure').length;
    expect(count('gentle')).toBeLessThanOrEqual(count('standard'));
    expect(count('standard')).toBeLessThanOrEqual(count('strict'));
  });

  it('applies a configure() change to the next analysis', () => {
    const analyzer = createAnalyzer();
    expect(analyzer.analyze(PUSHY).findings.some((f) => f.category === 'custom-phrase')).toBe(false);
    analyzer.configure({ customPhrases: [{ phrase: 'better plan', alternative: 'option I would suggest' }] });
    expect(analyzer.analyze(PUSHY).findings.some((f) => f.category === 'custom-phrase')).toBe(true);
  });
});
