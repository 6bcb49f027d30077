// Property tests: the engine's contract holds for any string a page can hold, not only for drafts
// someone thought of. fast-check builds inputs from real-world hazards mixed with random code points.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createAnalyzer, MAX_ANALYSED_CHARS, type Report, type Span } from '../../../src/engine/index';

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u));
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((u) => String.fromCharCode(u));
const rtlText = fc.constantFrom('مرحبا، هل أنت متأكد؟', 'שלום, אתה חייב להחליט עכשיו.', '\u202eevil\u202c', '\u200f', 'نعم. لا؟');
const emoji = fc.constantFrom('👩‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '🇫🇷', '❤️', '1️⃣', '\u200d', '\ufe0f', '🙂');
const html = fc.constantFrom('<img src=x onerror=alert(1)>', '</style>', '<b>bold</b>', '<a href="javascript:void(0)">x</a>', '&nbsp;', '<br>', '<!--', ']]>');
const quoteLine = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.string({ maxLength: 40 })).map(([depth, text]) => `\n${'> '.repeat(depth)}${text}\n`);
const replyHeader = fc.constantFrom(
  '\nOn Mon, 3 Feb 2025 at 10:02, Sam Lee <sam@example.com> wrote:\n',
  '\n-----Original Message-----\nFrom: Kim\n',
  '\n-- \nBest,\nAlex\n',
);
const draftPhrase = fc.constantFrom(
  'You need to sign by Friday. ',
  "I'm worried about the monthly fee. ",
  'What matters most to you? ',
  'Obviously this is the better option! ',
  'It sounds like the timing feels tight. ',
  "As I already said, it's non-negotiable. ",
  'To reset it, you need to click the link. ',
  'Do you have any concerns?',
  "It's entirely your call.",
  'Hi Sam,\n\n',
  '...',
  '?!?!',
  '\n\n',
  'Dr. Smith, e.g. U.S. 3.5% p.m.',
);
const piece = fc.oneof(
  { weight: 4, arbitrary: draftPhrase },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: controlChar },
  { weight: 1, arbitrary: rtlText },
  { weight: 1, arbitrary: emoji },
  { weight: 1, arbitrary: html },
  { weight: 2, arbitrary: quoteLine },
  { weight: 1, arbitrary: replyHeader },
);
const hazardousText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(hazardousText, fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: loneSurrogate, maxLength: 20 }));
const threadArb = fc.option(hazardousText, { nil: undefined });

function expectSpanInside(span: Span, length: number, what: string): void {
  const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= length;
  expect(ok, `${what} ${JSON.stringify({ start: span.start, end: span.end })} outside [0, ${length}]`).toBe(true);
}

/** The whole span contract of a report, as types.ts states it. */
function expectValidReport(report: Report, draft: string): void {
  const length = draft.length;
  expect(report.length).toBe(length);
  let previousEnd = 0;
  for (const s of report.sentences) {
    expectSpanInside(s, length, 'sentence');
    expect(s.start, 'sentences in order, not overlapping').toBeGreaterThanOrEqual(previousEnd);
    expect(s.text).toBe(draft.slice(s.start, s.end));
    expect(s.codes.length).toBeGreaterThan(0);
    previousEnd = s.end;
  }
  for (const f of report.findings) {
    expectSpanInside(f, length, `finding ${f.rule}`);
    expect(f.suggestions.length, `finding ${f.rule} has 1–3 rewrites`).toBeLessThanOrEqual(3);
    for (const sug of f.suggestions) {
      expectSpanInside(sug, length, `suggestion of ${f.rule}`);
      expect(typeof sug.text).toBe('string');
    }
  }
  for (const c of report.concerns) if (c.acknowledgedBy) expectSpanInside(c.acknowledgedBy, length, 'acknowledgedBy');
  for (const q of report.quoted) expectSpanInside(q, length, 'quoted');
  for (const item of Object.values(report.checklist)) if (item.sentence) expectSpanInside(item.sentence, length, 'checklist sentence');
  if (report.partial) expectSpanInside(report.partial, length, 'partial');
}

describe('engine properties', () => {
  // The engine catches its own errors and drops bad spans rather than hurt the page, and says so
  // on console.error. These tests hold the helpers to the contract, so that safety net must stay unused.
  let consoleError: MockInstance;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    const calls = consoleError.mock.calls.map((args) => args.map(String).join(' '));
    consoleError.mockRestore();
    expect(calls, 'the engine reported internal errors').toEqual([]);
  });

  it('never throws and keeps every offset inside the draft', () => {
    const analyzer = createAnalyzer();
    fc.assert(
      fc.property(anyText, threadArb, (draft, thread) => {
        expectValidReport(analyzer.analyze(draft, thread === undefined ? {} : { thread }), draft);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('keeps the contract whatever custom phrases and allow-list the user typed', () => {
    const phrases = fc.array(
      fc.record({ phrase: fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), draftPhrase), alternative: fc.string({ maxLength: 20 }) }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(hazardousText, phrases, fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), (draft, customPhrases, allowList) => {
        const report = createAnalyzer({ customPhrases, allowList }).analyze(draft);
        expectValidReport(report, draft);
        for (const f of report.findings.filter((x) => x.category === 'custom-phrase')) expect(f.end).toBeGreaterThan(f.start);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('bounds the work: never more sentences than characters, nor findings without cause', () => {
    const analyzer = createAnalyzer();
    fc.assert(
      fc.property(anyText, threadArb, (draft, thread) => {
        const report = analyzer.analyze(draft, thread === undefined ? {} : { thread });
        expect(report.sentences.length).toBeLessThanOrEqual(draft.length);
        // Per-sentence findings plus draft-level ones (one per concern, a handful more).
        expect(report.findings.length).toBeLessThanOrEqual(4 * report.sentences.length + report.concerns.length + 5);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('gives the same report from a warm cache as from a fresh analyzer', () => {
    const warm = createAnalyzer();
    fc.assert(
      fc.property(hazardousText, hazardousText, threadArb, (draft, other, thread) => {
        const input = thread === undefined ? {} : { thread };
        // Warm the cache with the draft, a different draft and the draft with one edit.
        warm.analyze(draft, input);
        warm.analyze(other + draft);
        warm.analyze(draft.replace(/ /, ' really '), input);
        expect(warm.analyze(draft, input)).toEqual(createAnalyzer().analyze(draft, input));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('survives a JSON round trip unchanged (the worker and the CLI send reports as JSON)', () => {
    const analyzer = createAnalyzer();
    fc.assert(
      fc.property(hazardousText, threadArb, (draft, thread) => {
        const report = analyzer.analyze(draft, thread === undefined ? {} : { thread });
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('handles very long drafts (up to 200k characters) around any caret', () => {
    const analyzer = createAnalyzer();
    const longText = fc
      .tuple(
        hazardousText.filter((t) => t.length > 0),
        fc.integer({ min: MAX_ANALYSED_CHARS, max: 200_000 }),
      )
      .map(([unit, size]) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size));
    fc.assert(
      fc.property(longText, fc.oneof(fc.integer({ min: -10, max: 210_000 }), fc.constant(Number.NaN), fc.double()), (draft, focus) => {
        const report = analyzer.analyze(draft, { focus });
        expectValidReport(report, draft);
        if (draft.length > MAX_ANALYSED_CHARS) expect(report.partial).not.toBeNull();
        // The CLI's whole-file mode: everything analysed, the same contract.
        const whole = analyzer.analyze(draft, { maxChars: Infinity });
        expectValidReport(whole, draft);
        expect(whole.partial).toBeNull();
      }),
      { numRuns: 4 },
    );
  }, 120_000);

  it('treats non-string input and odd options as empty, without throwing', () => {
    const analyzer = createAnalyzer();
    for (const odd of [undefined, null, 42, {}, ['a'], Symbol('x')]) {
      const report = analyzer.analyze(odd as unknown as string);
      expect(report.length).toBe(0);
      expect(report.sentences).toEqual([]);
    }
    expectValidReport(analyzer.analyze('You must decide now.', { focus: Number.POSITIVE_INFINITY, thread: 7 as unknown as string }), 'You must decide now.');
    expectValidReport(analyzer.analyze('Hello there.', null as unknown as undefined), 'Hello there.');
  });
});
