// The service worker: runs the engine for content scripts, keeps what the popup needs, and
// registers the content script on sites the user granted.
//
// MV3 may stop this worker whenever it is idle, so nothing here relies on memory surviving:
// settings are re-read on wake, and the last report per tab is mirrored to storage.session.
import browser, { type Runtime } from 'webextension-polyfill';
import { createAnalyzer } from '../engine/index';
import { DISABLED_MESSAGE, parseWorkerMessage, type AnalyzeRequest, type TabReportResponse, type TabState, type WorkerResponse } from '../shared/messages';
import { SETTINGS_STORAGE_KEY, defaultSettings, isSiteDisabled, type Settings } from '../shared/settings';
import { loadSettings, loadSettingsState, saveSettings } from '../shared/storage';
import { forgetTab, readTab, recordActive, recordReport } from './tabs';
import { syncCustomSiteScripts } from './custom-sites';
import { injectLazyUi } from './inject-ui';
import { reattachOnInstalled } from './reattach';

const analyzer = createAnalyzer();
let settings: Promise<Settings> = loadSettings().then(applySettings, () => applySettings(null));

function applySettings(next: Settings | null): Settings {
  const effective = next ?? defaultSettings();
  analyzer.configure(effective.engine);
  return effective;
}

// Swap in the pending load at once (not when it resolves): a content script re-analysing because of
// the same change must not be answered with the old settings.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'managed' && !Object.keys(changes).some((key) => key.startsWith(SETTINGS_STORAGE_KEY))) return;
  settings = loadSettings().then(applySettings, () => applySettings(null));
  void syncCustomSiteScripts();
});

const extensionOrigin = browser.runtime.getURL('');

/** Content scripts of this extension: same id, inside a tab, with a frame. */
function fromContentScript(sender: Runtime.MessageSender): sender is Runtime.MessageSender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && typeof sender.frameId === 'number';
}

/** This extension's own pages (popup, options), whether opened as a popup or a tab. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

async function analyze(req: AnalyzeRequest, sender: Runtime.MessageSender & { tab: { id: number } }): Promise<WorkerResponse> {
  // Read afresh: the page re-asks as soon as it hears of a settings change, possibly before this
  // worker hears of it, and an answer computed with the old settings would stay on screen.
  settings = loadSettings().then(applySettings, () => applySettings(null));
  const current = await settings;
  if (isSiteDisabled(current, hostOf(sender.tab.url ?? sender.url))) return { type: 'attune/error', message: DISABLED_MESSAGE };
  const report = analyzer.analyze(req.text, { thread: req.thread, focus: req.focus });
  await recordReport(sender.tab.id, sender.frameId ?? 0, req.boxId, { report, text: req.text, thread: req.thread ?? null });
  return { type: 'attune/report', boxId: req.boxId, seq: req.seq, report };
}

async function tabReport(tabId: number): Promise<TabReportResponse> {
  return { type: 'attune/tab-report', tab: await tabState(tabId) };
}

async function tabState(tabId: number): Promise<TabState> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { state: 'no-box' };
  }
  const record = await readTab(tabId);
  if (url && /^https?:/.test(url)) {
    const host = hostOf(url);
    if (isSiteDisabled(await settings, host)) return { state: 'disabled', host };
    if (!record?.active) {
      const origin = new URL(url).origin;
      const granted = await browser.permissions.contains({ origins: [`${origin}/*`] }).catch(() => false);
      return granted ? { state: 'no-box' } : { state: 'no-access', origin };
    }
  }
  const active = record?.active;
  if (!active) return { state: 'no-box' };
  const box = record.boxes[`${active.frameId}:${active.boxId}`];
  if (!box) return { state: 'analyzing', boxId: active.boxId, frameId: active.frameId };
  return { state: 'ready', boxId: active.boxId, frameId: active.frameId, report: box.report, text: box.text, thread: box.thread };
}

async function neverFlag(findingId: string): Promise<void> {
  const { user } = await loadSettingsState();
  const ids = user.engine.ignoredFindingIds;
  if (ids.includes(findingId)) return;
  await saveSettings({ engine: { ignoredFindingIds: [...ids, findingId].slice(-1000) } });
}

// Only this extension's own contexts are heard (no onMessageExternal, no externally_connectable),
// and each message type only from the context that sends it: drafts and dismissals from content
// scripts, tab reports from extension pages. Anything else gets no answer at all.
browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
  if (sender.id !== browser.runtime.id) return undefined;
  const msg = parseWorkerMessage(raw);
  if (!msg) return undefined;
  switch (msg.type) {
    case 'attune/analyze':
      return fromContentScript(sender) ? analyze(msg, sender) : undefined;
    case 'attune/box-active':
      return fromContentScript(sender) ? recordActive(sender.tab.id, sender.frameId ?? 0, msg.boxId).then(() => ({ ok: true })) : undefined;
    case 'attune/never':
      return fromContentScript(sender)
        ? neverFlag(msg.findingId).then(
            () => ({ ok: true }),
            () => ({ ok: false }),
          )
        : undefined;
    case 'attune/load-ui':
      return fromContentScript(sender) ? injectLazyUi(sender.tab.id, sender.frameId ?? 0) : undefined;
    case 'attune/tab-report':
      return fromExtensionPage(sender) ? tabReport(msg.tabId) : undefined;
  }
});

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A navigation replaces the page and its boxes: the old report no longer describes anything.
  if (change.status === 'loading' && change.url) void forgetTab(tabId);
});
browser.permissions.onAdded.addListener(() => void syncCustomSiteScripts());
browser.permissions.onRemoved.addListener(() => void syncCustomSiteScripts());
browser.runtime.onInstalled.addListener(() => void syncCustomSiteScripts());
browser.runtime.onInstalled.addListener(reattachOnInstalled);
browser.runtime.onStartup.addListener(() => void syncCustomSiteScripts());
