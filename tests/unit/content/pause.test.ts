// The adaptive pause in typing (src/content/pause.ts): short after fast answers on normal drafts,
// longer for slow analyses and huge drafts, never beyond the old fixed 300 ms.
import { describe, expect, it } from 'vitest';
import { adaptivePause, ASSUMED_ROUND_TRIP_MS, FREE_LENGTH_CHARS, MAX_PAUSE_MS, MIN_PAUSE_MS } from '../../../src/content/pause';

describe('adaptivePause', () => {
  it('is short after a fast round trip on a normal draft', () => {
    expect(adaptivePause({ lastRoundTripMs: 0, textLength: 400 })).toBe(MIN_PAUSE_MS);
    expect(adaptivePause({ lastRoundTripMs: 10, textLength: 1500 })).toBe(120);
    // Underline within ~150 ms of the last key: pause + round trip + a frame.
    expect(adaptivePause({ lastRoundTripMs: 11, textLength: 1500 }) + 11 + 16).toBeLessThanOrEqual(150);
  });

  it('assumes a modest round trip before the first answer', () => {
    expect(adaptivePause({ textLength: 0 })).toBe(MIN_PAUSE_MS + 2 * ASSUMED_ROUND_TRIP_MS);
  });

  it('grows with the round trip and with length beyond a long email', () => {
    expect(adaptivePause({ lastRoundTripMs: 40, textLength: 500 })).toBe(180);
    expect(adaptivePause({ lastRoundTripMs: 10, textLength: FREE_LENGTH_CHARS })).toBe(120);
    expect(adaptivePause({ lastRoundTripMs: 10, textLength: FREE_LENGTH_CHARS + 5_000 })).toBe(170);
  });

  it('is capped at the old fixed pause for very large drafts and slow analyses', () => {
    expect(adaptivePause({ lastRoundTripMs: 10, textLength: 30_000 })).toBe(MAX_PAUSE_MS);
    expect(adaptivePause({ lastRoundTripMs: 2_000, textLength: 100 })).toBe(MAX_PAUSE_MS);
    expect(MAX_PAUSE_MS).toBe(300);
  });

  it('never goes below the minimum nor above the maximum, and is monotonic in both inputs', () => {
    let previous = 0;
    for (let rtt = 0; rtt <= 500; rtt += 7) {
      const p = adaptivePause({ lastRoundTripMs: rtt, textLength: 3_000 });
      expect(p).toBeGreaterThanOrEqual(previous);
      expect(p).toBeGreaterThanOrEqual(MIN_PAUSE_MS);
      expect(p).toBeLessThanOrEqual(MAX_PAUSE_MS);
      previous = p;
    }
    previous = 0;
    for (let len = 0; len <= 60_000; len += 1_234) {
      const p = adaptivePause({ lastRoundTripMs: 5, textLength: len });
      expect(p).toBeGreaterThanOrEqual(previous);
      previous = p;
    }
  });

  it('falls back to the longest pause on nonsense input', () => {
    expect(adaptivePause({ lastRoundTripMs: Number.NaN, textLength: 10 })).toBe(MAX_PAUSE_MS);
    expect(adaptivePause({ lastRoundTripMs: -1, textLength: 10 })).toBe(MAX_PAUSE_MS);
    expect(adaptivePause({ lastRoundTripMs: 1, textLength: Number.POSITIVE_INFINITY })).toBe(MAX_PAUSE_MS);
  });
});
