// How long to wait after the last keystroke before analysing: short when the worker answers fast,
// longer for huge drafts and slow analyses. A pure function, so the session only measures and asks.

/** The shortest pause: a fast answer on a normal draft paints within ~150 ms of the last key. */
export const MIN_PAUSE_MS = 100;
/** The longest pause: the fixed pause Attune used before (very large drafts, slow analyses). */
export const MAX_PAUSE_MS = 300;
/** Round trip assumed before the first answer arrived. */
export const ASSUMED_ROUND_TRIP_MS = 50;
/** Drafts up to this many characters (a long email) add nothing for their length. */
export const FREE_LENGTH_CHARS = 2_000;
/** Each further 1,000 characters add this much. */
export const MS_PER_1000_CHARS = 10;

export interface PauseInput {
  /** The last analysis' round trip (send to answer), ms; undefined before the first answer. */
  lastRoundTripMs?: number | undefined;
  /** Length of the draft last sent, in characters (known without reading the editor again). */
  textLength: number;
}

/**
 * The pause in typing before the next analysis, in ms: MIN_PAUSE_MS plus twice the last round trip
 * (a slow worker is given time to catch up rather than being sent every other key), plus a share for
 * length beyond FREE_LENGTH_CHARS, capped at MAX_PAUSE_MS. Nonsense input gives the longest pause.
 */
export function adaptivePause({ lastRoundTripMs, textLength }: PauseInput): number {
  const rtt = lastRoundTripMs ?? ASSUMED_ROUND_TRIP_MS;
  if (!Number.isFinite(rtt) || rtt < 0 || !Number.isFinite(textLength) || textLength < 0) return MAX_PAUSE_MS;
  const forLength = (Math.max(0, textLength - FREE_LENGTH_CHARS) / 1000) * MS_PER_1000_CHARS;
  const pause = MIN_PAUSE_MS + 2 * rtt + forLength;
  return Math.round(Math.min(MAX_PAUSE_MS, Math.max(MIN_PAUSE_MS, pause)));
}
