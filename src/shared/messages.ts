// Typed messages between the extension's contexts. Both sides import these types; the worker
// passes every incoming payload through `parseWorkerMessage` because a page can never be trusted:
// a content script runs beside hostile page code and reads whatever the page put in the editor.
import type { Report, Suggestion } from './contract/index';

/** Content script → worker: analyse this draft. `seq` lets the sender drop stale answers. */
export interface AnalyzeRequest {
  type: 'attune/analyze';
  boxId: string;
  seq: number;
  text: string;
  thread?: string;
  /** Caret offset, used to pick the analysed window of a very long draft. */
  focus?: number;
}

export interface AnalyzeResponse {
  type: 'attune/report';
  boxId: string;
  seq: number;
  report: Report;
}

export interface ErrorResponse {
  type: 'attune/error';
  message: string;
}

export type WorkerResponse = AnalyzeResponse | ErrorResponse;

/** Popup → content script (tabs.sendMessage): apply a rewrite in the page's editor. */
export interface ApplySuggestionRequest {
  type: 'attune/apply';
  boxId: string;
  suggestion: Suggestion;
  /** The report length the suggestion was computed for; a mismatch means the draft moved on. */
  reportLength: number;
}

/** Largest draft or thread accepted from a content script (the engine analyses a window of it). */
export const MAX_TEXT = 1_000_000;
export const MAX_BOX_ID = 200;
export const MAX_FINDING_ID = 500;

// Messages arrive structured-cloned, but a validator must not depend on that: only the object's
// own properties count, so nothing inherited (a polluted prototype) can supply a field.
function own(m: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(m, key) ? (m as Record<string, unknown>)[key] : undefined;
}

function plainObject(msg: unknown): object | null {
  return msg !== null && typeof msg === 'object' && !Array.isArray(msg) ? msg : null;
}

function boundedString(value: unknown, max: number, minLength = 0): value is string {
  return typeof value === 'string' && value.length >= minLength && value.length <= max;
}

function finiteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The analyse request when `msg` has exactly its shape, else null. Only the known fields are
 * copied: anything else a sender adds (e.g. the CLI-only `maxChars`, which lifts the
 * analysed-size cap) never reaches the engine.
 */
function parseAnalyzeRequest(msg: unknown): AnalyzeRequest | null {
  const m = plainObject(msg);
  if (!m || own(m, 'type') !== 'attune/analyze') return null;
  const boxId = own(m, 'boxId');
  const seq = own(m, 'seq');
  const text = own(m, 'text');
  const thread = own(m, 'thread');
  const focus = own(m, 'focus');
  if (!boundedString(boxId, MAX_BOX_ID) || !finiteNumber(seq) || !boundedString(text, MAX_TEXT)) return null;
  if (thread !== undefined && !boundedString(thread, MAX_TEXT)) return null;
  if (focus !== undefined && !finiteNumber(focus)) return null;
  return {
    type: 'attune/analyze',
    boxId,
    seq,
    text,
    ...(thread !== undefined ? { thread } : {}),
    ...(focus !== undefined ? { focus } : {}),
  };
}

/** Every message the worker listens for, after validation. */
export type IncomingMessage = AnalyzeRequest | BoxActiveNotice | NeverFlagRequest | TabReportRequest | LoadUiRequest;

/**
 * The worker's one gate: returns a fresh object holding only the validated fields of a known
 * message type, or null. Who may send which type is the worker's check (see background/index.ts).
 */
export function parseWorkerMessage(msg: unknown): IncomingMessage | null {
  try {
    return parseKnownMessage(msg);
  } catch {
    // A proxy or throwing getter (impossible after a structured clone, but cheap to rule out).
    return null;
  }
}

function parseKnownMessage(msg: unknown): IncomingMessage | null {
  const m = plainObject(msg);
  if (!m) return null;
  switch (own(m, 'type')) {
    case 'attune/analyze':
      return parseAnalyzeRequest(m);
    case 'attune/box-active': {
      const boxId = own(m, 'boxId');
      return boundedString(boxId, MAX_BOX_ID) ? { type: 'attune/box-active', boxId } : null;
    }
    case 'attune/never': {
      const findingId = own(m, 'findingId');
      return boundedString(findingId, MAX_FINDING_ID, 1) ? { type: 'attune/never', findingId } : null;
    }
    case 'attune/load-ui':
      return { type: 'attune/load-ui' };
    case 'attune/tab-report': {
      const tabId = own(m, 'tabId');
      return Number.isSafeInteger(tabId) ? { type: 'attune/tab-report', tabId: tabId as number } : null;
    }
    default:
      return null;
  }
}

/** What the popup shows for the active tab. */
export type TabState =
  | { state: 'no-box' }
  | { state: 'disabled'; host: string }
  | { state: 'no-access'; origin: string }
  | { state: 'analyzing'; boxId: string; frameId: number }
  | { state: 'ready'; boxId: string; frameId: number; report: Report; text: string; thread: string | null };

/** Popup → worker: the report of the compose box last typed in on this tab. */
export interface TabReportRequest {
  type: 'attune/tab-report';
  tabId: number;
}

export interface TabReportResponse {
  type: 'attune/tab-report';
  tab: TabState;
}

/** Content script → worker: this box was focused or typed in last (for the popup). */
export interface BoxActiveNotice {
  type: 'attune/box-active';
  boxId: string;
}

/** Content script → worker: "don't flag this again" for a finding id (kept in settings). */
export interface NeverFlagRequest {
  type: 'attune/never';
  findingId: string;
}

/**
 * Content script → worker: inject the lazily loaded UI code (card, overlay, rewrites) into the
 * sender's own frame. Answered with `{ ok }` once the script has run there.
 */
export interface LoadUiRequest {
  type: 'attune/load-ui';
}

/** Content script → popup: whether `attune/apply` changed the draft (read back, not assumed). */
export interface ApplySuggestionResponse {
  type: 'attune/apply';
  ok: boolean;
}

/** Worker → content script when the page's site is switched off in settings. */
export const DISABLED_MESSAGE = 'disabled';
