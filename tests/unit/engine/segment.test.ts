import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuoted, quotedThreadText } from '../../../src/engine/quoted';
import { segmentSentences } from '../../../src/engine/segment';

const texts = (draft: string) => segmentSentences(draft, 0, draft.length, findQuoted(draft)).map((s) => draft.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('keeps a greeting line apart and a sign-off block whole', () => {
    expect(texts('Hi Marcus,\n\nThanks for the note. I will call you.\n\nBest,\nAlana')).toEqual([
      'Hi Marcus,',
      'Thanks for the note.',
      'I will call you.',
      'Best,\nAlana',
    ]);
    expect(texts('Thanks for waiting.\nKind regards,\nMarta Quill\nMember Services')).toEqual([
      'Thanks for waiting.',
      'Kind regards,\nMarta Quill\nMember Services',
    ]);
  });
  it('does not split abbreviations, decimals, money, URLs or email addresses', () => {
    expect(texts('Mr. Patel and Dr. Lee agreed, e.g. on fees. The fund grew 2.5% to $1.5M in the U.S. last year.')).toEqual([
      'Mr. Patel and Dr. Lee agreed, e.g. on fees.',
      'The fund grew 2.5% to $1.5M in the U.S. last year.',
    ]);
    expect(texts('See example.com/help.html or write to help@acme.co.uk. We reply fast.')).toEqual([
      'See example.com/help.html or write to help@acme.co.uk.',
      'We reply fast.',
    ]);
    expect(texts('Call at 9 a.m. tomorrow. Or later.')).toEqual(['Call at 9 a.m. tomorrow.', 'Or later.']);
  });
  it('handles quotes and brackets after the stop, ellipses, ?!, emoji and no final punctuation', () => {
    expect(texts('He said "no." Then he left. (It was late.) Really?! Yes… I think so 🙂 See you')).toEqual([
      'He said "no."',
      'Then he left.',
      '(It was late.)',
      'Really?!',
      'Yes…',
      'I think so 🙂',
      'See you',
    ]);
    expect(texts('Great news! 🎉 The refund is done')).toEqual(['Great news! 🎉', 'The refund is done']);
  });
  it('breaks at paragraphs and list items, without the bullet marker', () => {
    expect(texts('Options:\n- the annual plan\n- the monthly plan\n1. Sign\n2) Wait')).toEqual([
      'Options:',
      'the annual plan',
      'the monthly plan',
      'Sign',
      'Wait',
    ]);
  });
  it('keeps an ellipsis inside a sentence when the text goes on in lower case', () => {
    expect(texts('I was thinking... maybe next week. Fine.')).toEqual(['I was thinking... maybe next week.', 'Fine.']);
  });
  it('joins a hard-wrapped line that continues in lower case', () => {
    const wrapped =
      'I wanted to check with you whether the two replacement dates that we\nproposed for the site visit on the ninth still work for you and Sam.';
    expect(texts(wrapped)).toEqual([wrapped]);
  });
  it('ends a sentence at a line break, a bullet and a closing emoji, as people write', () => {
    expect(texts('hey sam\nyes we can do thursday\nthe boiler guy comes at 10 👍 let me know if that works')).toEqual([
      'hey sam',
      'yes we can do thursday',
      'the boiler guy comes at 10 👍',
      'let me know if that works',
    ]);
    expect(texts('ok. the form is attached? thanks!! see you')).toEqual(['ok.', 'the form is attached?', 'thanks!!', 'see you']);
    expect(texts('Dear Ms. Chu,\nThank you for your note.')).toEqual(['Dear Ms. Chu,', 'Thank you for your note.']);
  });
  it('caps a sentence with no punctuation at a bounded length, cut at a space', () => {
    const run = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const parts = texts(run);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(400);
    expect(parts.join(' ')).toBe(run);
  });
  it('respects the region and the skipped ranges', () => {
    const draft = 'One. Two. Three.';
    expect(segmentSentences(draft, 5, draft.length, [{ start: 10, end: 16 }]).map((s) => draft.slice(s.start, s.end))).toEqual(['Two.']);
  });
  it('never throws, and returns trimmed, ordered spans inside the draft (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const draft = `${s}. A? ${s}\n\n${s}`;
        let last = 0;
        for (const span of segmentSentences(draft, 0, draft.length, findQuoted(draft))) {
          expect(span.start).toBeGreaterThanOrEqual(last);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(draft.length);
          expect(draft.slice(span.start, span.end)).toBe(draft.slice(span.start, span.end).trim());
          last = span.end;
        }
      }),
      { numRuns: 200 },
    );
  });
  it('copes with odd input', () => {
    for (const s of [
      '',
      '\u0000\u0001',
      '<b>x</b>. y',
      '\u05E9\u05DC\u05D5\u05DD. \u05E2\u05D5\u05DC\u05DD.',
      'a'.repeat(200_000),
      '.'.repeat(1000),
      '\n'.repeat(1000),
    ]) {
      expect(() => segmentSentences(s, 0, s.length, findQuoted(s))).not.toThrow();
    }
    expect(segmentSentences('abc', -5, 99, [])).toEqual([{ start: 0, end: 3 }]);
  });
  it('trims every space JavaScript trims, the narrow no-break and Ogham spaces too (found by the property above)', () => {
    for (const space of ['\u1680', '\u202f', '\u205f', '\u00a0', '\u3000']) {
      const draft = `${space}. A? ${space}\n\n${space}`;
      for (const span of segmentSentences(draft, 0, draft.length, [])) {
        expect(draft.slice(span.start, span.end)).toBe(draft.slice(span.start, span.end).trim());
      }
    }
  });
});

describe('findQuoted and quotedThreadText', () => {
  it('finds > lines and takes only the depth-1 client message', () => {
    const draft =
      'Thanks Sam.\n\nOn Mon, 3 Jun 2024, Sam Lee <sam@x.com> wrote:\n> I am worried about the fee.\n> Can we talk?\n>\n> Sam\n>> On Sun, Ann wrote:\n>> older history';
    const q = findQuoted(draft);
    expect(q).toHaveLength(1);
    expect(draft.slice(q[0].start, q[0].end).startsWith('On Mon')).toBe(true);
    expect(q[0].end).toBe(draft.length);
    const thread = quotedThreadText(draft, q);
    expect(thread).toContain('I am worried about the fee.\nCan we talk?');
    expect(thread).not.toContain('older history');
    expect(thread).not.toContain('>');
    expect(texts(draft)).toEqual(['Thanks Sam.']);
  });
  it('treats an unmarked "On … wrote:" block as quoted to the end', () => {
    const draft =
      'Happy to help.\n\nOn Tue, Jun 4, 2024 at 10:02 AM Priya Shah <priya@x.com>\nwrote:\nThe price is too high for us.\n-- \nPriya Shah | CFO\nCONFIDENTIAL: this email is private.';
    const q = findQuoted(draft);
    expect(q).toEqual([{ start: draft.indexOf('On Tue'), end: draft.length }]);
    expect(quotedThreadText(draft, q)).toBe('The price is too high for us.');
  });
  it('finds an Outlook header block and the text under it', () => {
    const draft =
      'Noted, thanks.\n\n________________________________\nFrom: Dana Ruiz <dana@x.com>\nSent: Monday, June 3, 2024 9:14 AM\nTo: Support <help@y.com>\nSubject: Renewal\n\nI am not sure the renewal is worth it.\n\nFrom: Support\nSent: Friday\nTo: Dana\nSubject: Renewal\nOlder message.';
    const q = findQuoted(draft);
    expect(q[0].start).toBe(draft.indexOf('____'));
    expect(quotedThreadText(draft, q)).toBe('I am not sure the renewal is worth it.');
    expect(texts(draft)).toEqual(['Noted, thanks.']);
  });
  it('treats "-----Original Message-----" and a "-- " signature as not the writer\'s words', () => {
    expect(texts('Sure.\n-----Original Message-----\nFrom: x\nHello')).toEqual(['Sure.']);
    expect(texts('Sure.\n\n-- \nJo Bloggs\n555 0100')).toEqual(['Sure.']);
  });
  it("keeps the writer's answer under a quote", () => {
    const draft = 'On Mon, Sam wrote:\n> Is the fee fixed?\n\nYes, it is fixed for a year.';
    expect(texts(draft)).toEqual(['Yes, it is fixed for a year.']);
  });
  it('returns sorted, non-overlapping spans and never throws (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('> a', '>> b', 'On x wrote:', '-- ', 'From: a', 'Sent: b', 'To: c', '')), {
          maxLength: 30,
        }),
        (lines) => {
          const draft = lines.join('\n');
          const q = findQuoted(draft);
          for (let i = 0; i < q.length; i++) {
            expect(q[i].start).toBeLessThan(q[i].end);
            expect(q[i].end).toBeLessThanOrEqual(draft.length);
            if (i > 0) expect(q[i].start).toBeGreaterThan(q[i - 1].end);
          }
          expect(typeof quotedThreadText(draft, q)).toBe('string');
        },
      ),
      { numRuns: 200 },
    );
  });
});
