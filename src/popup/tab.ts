// Talking to the worker and the page: which tab the popup reports on, the worker's view of it, and
// applying a rewrite through the page editor's own input path.
import browser from 'webextension-polyfill';
import type { Suggestion } from '../shared/contract/index';
import type { ApplySuggestionRequest, TabReportRequest, TabReportResponse, TabState } from '../shared/messages';

export async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

function isTabState(v: unknown): v is TabState {
  const state = (v as TabState | null)?.state;
  return state === 'no-box' || state === 'disabled' || state === 'no-access' || state === 'analyzing' || state === 'ready';
}

/** The worker's view of the tab; null when the worker gave no usable answer. */
export async function requestTabState(id: number): Promise<TabState | null> {
  const request: TabReportRequest = { type: 'attune/tab-report', tabId: id };
  try {
    const response = (await browser.runtime.sendMessage(request)) as TabReportResponse | undefined;
    return isTabState(response?.tab) ? response.tab : null;
  } catch {
    return null;
  }
}

/** Applies a rewrite through the page editor's own input path (the content script does the work). */
export async function applySuggestion(tabId: number | null, state: Extract<TabState, { state: 'ready' }>, suggestion: Suggestion): Promise<boolean> {
  if (tabId === null) return false;
  const message: ApplySuggestionRequest = {
    type: 'attune/apply',
    boxId: state.boxId,
    suggestion,
    reportLength: state.report.length,
  };
  try {
    const answer = (await browser.tabs.sendMessage(tabId, message, { frameId: state.frameId })) as { ok?: boolean } | undefined;
    return answer?.ok !== false;
  } catch {
    return false;
  }
}
