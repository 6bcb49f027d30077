import { describe, expect, it } from 'vitest';
import { createAnalyzer, findingId } from '../../../src/engine/index';

describe('finding ids (stored in storage.sync by "don\'t flag this again")', () => {
  it('never contain the flagged words', () => {
    const body = 'You need to sign the renewal by Friday. Obviously it is the better plan.';
    const report = createAnalyzer().analyze(`Hi Sam,\n\n${body}`);
    const pressure = report.findings.filter((f) => f.category === 'pressure');
    expect(pressure.length).toBeGreaterThan(0);
    for (const f of pressure) {
      expect(f.id.startsWith(`${f.rule}:`)).toBe(true);
      const words = body
        .toLowerCase()
        .split(/\W+/)
        .filter((w) => w.length > 3);
      for (const w of words) expect(f.id.slice(f.rule.length + 1)).not.toContain(w);
    }
  });

  it('ignore case and spacing, and tell different phrases apart', () => {
    expect(findingId('r', 'You  need to')).toBe(findingId('r', 'you need to'));
    expect(findingId('r', 'you need to')).not.toBe(findingId('r', 'you have to'));
    expect(findingId('r', 'x')).not.toBe(findingId('q', 'x'));
  });

  it('keep "don\'t flag this again" working across edits elsewhere in the draft', () => {
    const analyzer = createAnalyzer();
    const first = analyzer.analyze('You need to sign today.').findings.find((f) => f.category === 'pressure')!;
    analyzer.configure({ ignoredFindingIds: [first.id] });
    const later = analyzer.analyze('Hi Sam,\n\nThanks again. You need to sign today.');
    expect(later.findings.some((f) => f.id === first.id)).toBe(false);
  });
});
