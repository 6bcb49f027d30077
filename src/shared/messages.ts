// Typed messages between the extension's contexts. Both sides import these types; the worker
// validates every incoming payload with `parseRequest` because a page can never be trusted.
import type { Report, Suggestion } from '../engine/types';

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

export type WorkerRequest = AnalyzeRequest;
export type WorkerResponse = AnalyzeResponse | ErrorResponse;

/** Popup → content script (tabs.sendMessage): apply a rewrite in the page's editor. */
export interface ApplySuggestionRequest {
  type: 'attune/apply';
  boxId: string;
  suggestion: Suggestion;
  /** The report length the suggestion was computed for; a mismatch means the draft moved on. */
  reportLength: number;
}

const MAX_TEXT = 1_000_000;

/** Returns the request when `msg` has exactly the expected shape, else null. */
export function parseRequest(msg: unknown): WorkerRequest | null {
  if (!msg || typeof msg !== 'object') return null;
  const m = msg as Record<string, unknown>;
  if (m.type !== 'attune/analyze') return null;
  if (typeof m.boxId !== 'string' || m.boxId.length > 200) return null;
  if (typeof m.seq !== 'number' || !Number.isFinite(m.seq)) return null;
  if (typeof m.text !== 'string' || m.text.length > MAX_TEXT) return null;
  if (m.thread !== undefined && (typeof m.thread !== 'string' || m.thread.length > MAX_TEXT)) return null;
  if (m.focus !== undefined && (typeof m.focus !== 'number' || !Number.isFinite(m.focus))) return null;
  return {
    type: 'attune/analyze',
    boxId: m.boxId,
    seq: m.seq,
    text: m.text,
    ...(m.thread !== undefined ? { thread: m.thread as string } : {}),
    ...(m.focus !== undefined ? { focus: m.focus as number } : {}),
  };
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

/** Content script → popup: whether `attune/apply` changed the draft (read back, not assumed). */
export interface ApplySuggestionResponse {
  type: 'attune/apply';
  ok: boolean;
}

/** Worker → content script when the page's site is switched off in settings. */
export const DISABLED_MESSAGE = 'disabled';
