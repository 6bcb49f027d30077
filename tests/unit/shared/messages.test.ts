// The worker's message gate (src/shared/messages.ts). A content script runs beside page code it
// cannot trust and forwards whatever the page put in the editor, so every payload is treated as
// hostile: wrong types, huge strings, inherited or polluting keys, fields only the CLI may set.
import { describe, expect, it } from 'vitest';
import { MAX_BOX_ID, MAX_FINDING_ID, MAX_TEXT, parseWorkerMessage } from '../../../src/shared/messages';

const analyze = { type: 'attune/analyze', boxId: 'b1', seq: 3, text: 'You need to sign today.' };

describe('parseWorkerMessage: well-formed messages pass, as fresh objects with only known fields', () => {
  it('accepts each message type the worker listens for', () => {
    expect(parseWorkerMessage(analyze)).toEqual(analyze);
    expect(parseWorkerMessage({ ...analyze, thread: 'I am worried about cost.', focus: 4 })).toEqual({
      ...analyze,
      thread: 'I am worried about cost.',
      focus: 4,
    });
    expect(parseWorkerMessage({ type: 'attune/box-active', boxId: 'b1' })).toEqual({ type: 'attune/box-active', boxId: 'b1' });
    expect(parseWorkerMessage({ type: 'attune/never', findingId: 'pressure:abc' })).toEqual({ type: 'attune/never', findingId: 'pressure:abc' });
    expect(parseWorkerMessage({ type: 'attune/tab-report', tabId: 17 })).toEqual({ type: 'attune/tab-report', tabId: 17 });
  });

  it('drops extra fields, including the CLI-only maxChars that would lift the analysed-size cap', () => {
    const parsed = parseWorkerMessage({ ...analyze, maxChars: Infinity, strictness: 'gentle', html: '<img src=x>' });
    expect(parsed).toEqual(analyze);
    expect(Object.keys(parsed!).sort()).toEqual(['boxId', 'seq', 'text', 'type']);
    const active = parseWorkerMessage({ type: 'attune/box-active', boxId: 'b', tabId: 99, frameId: 3 });
    expect(active).toEqual({ type: 'attune/box-active', boxId: 'b' });
  });

  it('returns a new object, not the sender’s, so later changes to the input cannot reach the worker', () => {
    const input = { ...analyze };
    const parsed = parseWorkerMessage(input)!;
    expect(parsed).not.toBe(input);
    input.text = 'changed';
    expect((parsed as typeof analyze).text).toBe(analyze.text);
  });

  it('keeps odd but valid text as is: empty, emoji, RTL override, control characters, HTML', () => {
    for (const text of ['', '👍🏽 you need to', '\u202Eyou need to\u202C', 'a\u0000b\u0007c', '<script>alert(1)</script>']) {
      expect(parseWorkerMessage({ ...analyze, text })).toEqual({ ...analyze, text });
    }
  });
});

describe('parseWorkerMessage: hostile and malformed shapes are refused', () => {
  const refused: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a string', 'attune/analyze'],
    ['a number', 42],
    ['an array', [analyze]],
    ['a function', () => analyze],
    ['no type', { boxId: 'b', seq: 1, text: 'x' }],
    ['an unknown type', { ...analyze, type: 'attune/apply' }],
    ['a type that is not a string', { ...analyze, type: ['attune/analyze'] }],
    ['text not a string', { ...analyze, text: 123 }],
    ['text as a String object', { ...analyze, text: new String('x') }],
    ['text as an object with toString', { ...analyze, text: { toString: () => 'x' } }],
    ['text over the cap', { ...analyze, text: 'a'.repeat(MAX_TEXT + 1) }],
    ['thread over the cap', { ...analyze, thread: 'a'.repeat(MAX_TEXT + 1) }],
    ['thread not a string', { ...analyze, thread: { text: 'x' } }],
    ['thread null', { ...analyze, thread: null }],
    ['boxId missing', { type: 'attune/analyze', seq: 1, text: 'x' }],
    ['boxId over the cap', { ...analyze, boxId: 'b'.repeat(MAX_BOX_ID + 1) }],
    ['seq NaN', { ...analyze, seq: Number.NaN }],
    ['seq Infinity', { ...analyze, seq: Infinity }],
    ['seq as a string', { ...analyze, seq: '1' }],
    ['focus as a string', { ...analyze, focus: '3' }],
    ['focus NaN', { ...analyze, focus: Number.NaN }],
    ['box-active without boxId', { type: 'attune/box-active' }],
    ['box-active with a huge boxId', { type: 'attune/box-active', boxId: 'x'.repeat(MAX_BOX_ID + 1) }],
    ['never with an empty id', { type: 'attune/never', findingId: '' }],
    ['never with a huge id', { type: 'attune/never', findingId: 'x'.repeat(MAX_FINDING_ID + 1) }],
    ['never with an object id', { type: 'attune/never', findingId: { id: 'x' } }],
    ['tab-report with a fractional tab', { type: 'attune/tab-report', tabId: 1.5 }],
    ['tab-report with a string tab', { type: 'attune/tab-report', tabId: '1' }],
    ['tab-report with an unsafe integer', { type: 'attune/tab-report', tabId: 2 ** 60 }],
  ];
  for (const [name, msg] of refused) {
    it(`refuses ${name}`, () => {
      expect(parseWorkerMessage(msg)).toBeNull();
    });
  }

  it('accepts text exactly at the cap (the cap is a bound, not an off-by-one)', () => {
    expect(parseWorkerMessage({ ...analyze, text: 'a'.repeat(MAX_TEXT) })).not.toBeNull();
    expect(parseWorkerMessage({ ...analyze, boxId: 'b'.repeat(MAX_BOX_ID) })).not.toBeNull();
  });

  it('reads only own properties: a field inherited from a prototype does not count', () => {
    const inherited = Object.create(analyze) as object;
    expect(parseWorkerMessage(inherited)).toBeNull();
    const partly = Object.assign(Object.create({ text: 'from the prototype' }), { type: 'attune/analyze', boxId: 'b', seq: 1 });
    expect(parseWorkerMessage(partly)).toBeNull();
  });

  it('prototype-pollution keys neither pass through nor pollute', () => {
    // JSON.parse makes "__proto__" an own key, as a structured-cloned message would carry it.
    const hostile = JSON.parse(
      '{"type":"attune/analyze","boxId":"b","seq":1,"text":"x","__proto__":{"polluted":true,"maxChars":1e9},"constructor":{"prototype":{"polluted":true}}}',
    );
    const parsed = parseWorkerMessage(hostile)!;
    expect(parsed).toEqual({ type: 'attune/analyze', boxId: 'b', seq: 1, text: 'x' });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect((parsed as unknown as Record<string, unknown>).maxChars).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a getter that changes its answer is read once; one that throws, or a trapping proxy, gives null, not an exception', () => {
    let reads = 0;
    const shifty = {
      type: 'attune/analyze',
      boxId: 'b',
      seq: 1,
      get text() {
        reads++;
        return reads === 1 ? 'short' : 'a'.repeat(MAX_TEXT + 10);
      },
    };
    const parsed = parseWorkerMessage(shifty);
    // Validated and copied from one read: whatever was checked is what the worker gets.
    expect(parsed === null || (parsed as typeof analyze).text === 'short').toBe(true);
    const throwing = {
      type: 'attune/never',
      get findingId(): string {
        throw new Error('boom');
      },
    };
    expect(parseWorkerMessage(throwing)).toBeNull();
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    );
    expect(parseWorkerMessage(trap)).toBeNull();
  });
});
