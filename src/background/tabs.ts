// What the popup needs per tab: which box was active last and the last report of each box.
// Kept in memory and mirrored to storage.session, because MV3 stops idle workers and the popup
// may ask long after the last analysis. storage.session never leaves the machine and is cleared
// when the browser closes.
import browser from 'webextension-polyfill';
import type { Report } from '../shared/contract/index';

export interface BoxRecord {
  report: Report;
  text: string;
  thread: string | null;
}

export interface TabRecord {
  active: { frameId: number; boxId: string } | null;
  /** Keyed by `${frameId}:${boxId}`. */
  boxes: Record<string, BoxRecord>;
}

const MAX_BOXES_PER_TAB = 8;
const memory = new Map<number, TabRecord>();
const key = (tabId: number) => `attune.tab.${tabId}`;

type SessionArea = { get(k: string): Promise<Record<string, unknown>>; set(i: Record<string, unknown>): Promise<void>; remove(k: string): Promise<void> };
function sessionArea(): SessionArea | null {
  return (browser.storage as unknown as { session?: SessionArea }).session ?? null;
}

export async function readTab(tabId: number): Promise<TabRecord | null> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  try {
    const stored = (await sessionArea()?.get(key(tabId)))?.[key(tabId)] as TabRecord | undefined;
    if (stored && typeof stored === 'object' && stored.boxes) {
      memory.set(tabId, stored);
      return stored;
    }
  } catch {
    // storage.session unavailable (older browser): memory only.
  }
  return null;
}

async function update(tabId: number, change: (record: TabRecord) => void): Promise<void> {
  const record = (await readTab(tabId)) ?? { active: null, boxes: {} };
  change(record);
  const ids = Object.keys(record.boxes);
  for (const id of ids.slice(0, Math.max(0, ids.length - MAX_BOXES_PER_TAB))) delete record.boxes[id];
  memory.set(tabId, record);
  try {
    await sessionArea()?.set({ [key(tabId)]: record });
  } catch {
    // Quota or unavailable: the in-memory copy still serves until the worker sleeps.
  }
}

export function recordActive(tabId: number, frameId: number, boxId: string): Promise<void> {
  return update(tabId, (r) => {
    r.active = { frameId, boxId };
  });
}

export function recordReport(tabId: number, frameId: number, boxId: string, box: BoxRecord): Promise<void> {
  return update(tabId, (r) => {
    const id = `${frameId}:${boxId}`;
    delete r.boxes[id]; // re-insert so the most recent box is kept when trimming
    r.boxes[id] = box;
    r.active = { frameId, boxId };
  });
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  try {
    await sessionArea()?.remove(key(tabId));
  } catch {
    // Nothing stored.
  }
}
