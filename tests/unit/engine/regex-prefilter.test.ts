import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowerForPrefilter, mayMatch, requirementOf } from '../../../src/engine/regex-prefilter';
import { PRESSURE_RULES } from '../../../src/engine/rules/index';
import type { CueSet } from '../../../src/engine/codes/cue';
import * as advice from '../../../src/engine/codes/advice';
import * as affirmation from '../../../src/engine/codes/affirmation';
import * as autonomy from '../../../src/engine/codes/autonomy';
import * as other from '../../../src/engine/codes/other';
import * as permission from '../../../src/engine/codes/permission';
import * as question from '../../../src/engine/codes/question';
import * as reflection from '../../../src/engine/codes/reflection';

const CUE_SETS: [string, CueSet][] = Object.entries({ ...advice, ...affirmation, ...autonomy, ...other, ...permission, ...question, ...reflection }).filter(
  (entry): entry is [string, CueSet] => typeof entry[1] === 'object' && entry[1] !== null && Array.isArray((entry[1] as CueSet).cues),
);

/** The prefilter may say "maybe" wrongly, never "no" wrongly (short patterns read too, to test the reader). */
function expectSound(re: RegExp, text: string) {
  const req = requirementOf(re.source, re.flags, 0);
  const lower = lowerForPrefilter(text);
  const may = !req || req.clauses.every((c) => c.some((s) => (req.caseless ? lower : text.replace(/\s+/g, ' ')).includes(s)));
  const fresh = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  if (fresh.test(text)) {
    expect(may, `${re} on ${JSON.stringify(text)}`).toBe(true);
    expect(mayMatch(re, text, lower)).toBe(true);
  }
}

describe('regex prefilter: what a pattern requires', () => {
  it('reads required words from sequences and alternations', () => {
    expect(requirementOf(String.raw`\byou (?:must|have to)\b`, 'i', 0)?.clauses).toContainEqual(['you must', 'you have to']);
    expect(requirementOf('(?:asap|right away)', '', 0)?.clauses).toEqual([['asap', 'right away']]);
  });

  it('lower-cases literals of a caseless pattern and keeps case otherwise', () => {
    expect(requirementOf('Trust Me', 'i', 0)).toEqual({ caseless: true, clauses: [['trust me']] });
    expect(requirementOf('Trust Me', '', 0)).toEqual({ caseless: false, clauses: [['Trust Me']] });
  });

  it('requires nothing from optional parts, lookarounds or classes', () => {
    expect(requirementOf(String.raw`(?:really )?\w+`, 'i', 0)).toBeNull();
    expect(requirementOf(String.raw`(?=deadline)\w+`, 'i', 0)).toBeNull();
    expect(requirementOf(String.raw`(?<!not )[a-z]+`, 'i', 0)).toBeNull();
  });

  it('does not let an optional branch or empty alternative claim a word', () => {
    expect(requirementOf('now|', 'i', 0)).toBeNull();
    expect(requirementOf('(?:now)*', 'i', 0)).toBeNull();
    const req = requirementOf('act (?:now)?', 'i', 0);
    expect(req?.clauses.flat()).not.toContain('act now');
  });

  it('gives up (always run) on syntax it does not read', () => {
    expect(requirementOf(String.raw`\cJfoo`, '', 0)).toBeNull();
    expect(requirementOf('[[a]--b]', 'v', 0)).toBeNull();
    expect(requirementOf('a{,', '', 0)).toBeNull();
  });

  it('reads white space as one space (text and literals are both collapsed), and splits at ., classes and back-references', () => {
    expect(requirementOf(String.raw`don't\s+wait`, 'i', 0)?.clauses).toEqual([["don't wait"]]);
    expect(mayMatch(/\bdon't\s+wait now please\b/i, "Don't \n\t wait now  please", lowerForPrefilter("Don't \n\t wait now  please"))).toBe(true);
    const req = requirementOf(String.raw`(?<w>deal)\s+breaker.\k<w>`, 'i', 0);
    expect(req?.clauses).toEqual(expect.arrayContaining([['deal breaker']]));
  });

  it('matches what V8 matches under case folding (long s, Kelvin sign)', () => {
    for (const [re, text] of [
      [/stop/iu, 'ſtop'],
      [/keep/iu, '\u212Aeep'],
      [/keep/i, 'KEEP'],
    ] as const) {
      expect(re.test(text)).toBe(true);
      expectSound(re, text);
    }
  });

  it('never rules out a string the pattern matches (random text from the pattern’s own pieces)', () => {
    const patterns = [
      /\b(?<span>you(?:'ll| will)?\s+(?:really\s+|just\s+)?(?:need|have|'ve got)\s+to)\s+(?<rest>[^.!?;]+)/i,
      /\b(?:as i (?:said|mentioned)|once again|for the (?:second|third) time)\b/i,
      /^(?:so )?it (?:sounds|seems) (?:like|as if)\b|\bmust be (?:hard|tough)\b/,
      /\b(?:act|decide) (?:now|today|asap)|\bonly \d+ (?:left|remaining)\b/iu,
      /(?:no|zero) (?:brainer|other (?:option|choice))/i,
    ];
    const pieces = [
      'you',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      'need',
      'have',
      "'ve got",
      'to',
      'really',
      'as i',
      'said',
      'once',
      'again',
      'so',
      'it',
      'sounds',
      'like',
      'must',
      'be',
      'hard',
      'act',
      'now',
      'only',
      '3',
      'left',
      'no',
      'brainer',
      'other',
      'option',
      'ſ',
      'K',
      '\u212A',
      'É',
      '.',
      ',',
      'Y',
      'O',
      'U',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (re, parts) => {
        expectSound(re, parts.join(''));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('regex prefilter: checking a sentence', () => {
  const pattern = () => /\b(?:don't|do not) (?:wait|delay|hesitate) (?:any longer|on this|to sign)\b/i;
  const check = (re: RegExp, text: string) => mayMatch(re, text, lowerForPrefilter(text));

  it('rules out a sentence without the words, however often it is asked', () => {
    const re = pattern();
    for (let i = 0; i < 5; i++) expect(check(re, 'Happy to talk it through whenever suits you.')).toBe(false);
    expect(check(re, "Please DON'T WAIT any longer.")).toBe(true);
  });

  it('stops checking once the pattern has run twice (V8 has compiled it by then)', () => {
    const re = pattern();
    expect(check(re, "Don't wait on this.")).toBe(true);
    expect(check(re, 'Do not delay to sign.')).toBe(true);
    expect(check(re, 'Happy to talk it through whenever suits you.')).toBe(true);
  });
});

describe('regex prefilter over the engine’s own patterns', () => {
  it('reads a requirement for most long rule patterns (else it filters nothing)', () => {
    const patterns = PRESSURE_RULES.flatMap((r) => r.patterns).filter((p) => p.source.length >= 40);
    const read = patterns.filter((p) => requirementOf(p.source, p.flags + 'i') !== null);
    expect(read.length / patterns.length).toBeGreaterThan(0.8);
  });

  for (const rule of PRESSURE_RULES) {
    it(`never skips a pattern of ${rule.id} on its examples`, () => {
      for (const pattern of rule.patterns) {
        const caseless = new RegExp(pattern.source, [...new Set(pattern.flags + 'i')].join(''));
        for (const text of [...rule.examples.flag, ...rule.examples.pass]) expectSound(caseless, text);
      }
    });
  }

  for (const [name, set] of CUE_SETS) {
    it(`never skips a cue of ${name} on its examples`, () => {
      const texts = [...set.examples.coded, ...set.examples.notCoded].map((t) => t.toLowerCase().replace(/[’‘]/g, "'"));
      for (const re of [...set.cues, ...(set.exceptions ?? [])]) for (const text of texts) expectSound(re, text);
    });
  }
});
