// Inline switches (src/cli/directives.ts): which stretches are off, for which rules, and that the
// comments are blanked without moving any offset.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { isSwitchedOff, readDirectives } from '../../../src/cli/directives';

function finding(start: number, rule = 'pressure/urgency-asap', kind: Finding['kind'] = 'urgency'): Finding {
  return { id: 'x', rule, category: 'pressure', kind, start, end: start + 3, message: '', suggestions: [] };
}

describe('readDirectives', () => {
  it('blanks the comments to spaces of the same length, keeping newlines', () => {
    const text = 'A.\n<!-- attune-disable -->\nB.\n<!--attune-enable-->\nC.';
    const { text: blanked, ranges } = readDirectives(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked.split('\n').map((l) => l.trim())).toEqual(['A.', '', 'B.', '', 'C.']);
    expect(ranges).toEqual([{ start: 3, end: text.indexOf('<!--attune-enable'), selectors: null }]);
  });

  it('switches off every rule, or only those named (rule id, kind or category), until enabled or the end', () => {
    const text = 'a <!-- attune-disable pressure/urgency, mi/closed-question --> b <!-- attune-enable pressure/urgency --> c';
    const { ranges } = readDirectives(text);
    const b = text.indexOf(' b ') + 1;
    const c = text.lastIndexOf('c');
    expect(isSwitchedOff(finding(b), ranges)).toBe(true);
    expect(isSwitchedOff(finding(c), ranges)).toBe(false);
    expect(isSwitchedOff(finding(c, 'mi/closed-question', undefined), ranges)).toBe(true); // never enabled: to the end
    expect(isSwitchedOff(finding(b, 'pressure/directive-you-must', 'directive'), ranges)).toBe(false);
  });

  it('leaves text without switches untouched and reports unknown rule names', () => {
    expect(readDirectives('<!-- a comment --> <!-- attune-disable-next-line -->').ranges).toEqual([]);
    const { problems } = readDirectives('x <!-- attune-disable pressure/nope -->');
    expect(problems).toEqual([{ offset: 2, message: 'unknown rule "pressure/nope"' }]);
  });

  it('stays cheap on an unclosed comment repeated through a long text', () => {
    const text = '<!-- attune-disable '.repeat(10_000);
    expect(readDirectives(text).ranges).toEqual([]);
  });
});
