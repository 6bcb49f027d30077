// The content script: finds compose boxes, sends drafts to the worker after a pause in typing,
// hands reports to the in-page UI and applies chosen rewrites through the editor's input path.
// It never imports the engine (that runs in the worker) and stays small: the browser namespace
// is used directly instead of through webextension-polyfill.
import type { Finding, Suggestion } from '../shared/contract/index';
import type { AnalyzeRequest, ApplySuggestionRequest, ApplySuggestionResponse, BoxActiveNotice, NeverFlagRequest, WorkerResponse } from '../shared/messages';
import { adapterFor } from './adapters/index';
import { watchBoxes, type BoxWatcher } from './boxes';
import { BoxSession } from './session';
import { createUi, type Ui } from './ui/index';

interface ExtensionApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(cb: (message: unknown, sender: { id?: string }, respond: (r: unknown) => void) => boolean | undefined): void;
      removeListener(cb: unknown): void;
    };
  };
  storage: {
    onChanged: {
      addListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
      removeListener(cb: unknown): void;
    };
  };
}

const ext: ExtensionApi | undefined = (globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as { chrome?: ExtensionApi }).chrome;
const CONTEXT_GONE = /Extension context invalidated|context invalidated/i;
const WORKER_ASLEEP = /Receiving end does not exist|Could not establish connection|message port closed/i;
const RETRY_DELAY_MS = 150;
/** How often a page with compose boxes checks that the extension is still there (reload/update). */
const ALIVE_CHECK_MS = 1000;
const MARKER = '__attuneContentScript';
/**
 * Dispatched on the document by each copy of this script as it starts. A copy from before a reload
 * or update runs in another isolated world of the same frame and cannot see MARKER; the DOM is
 * shared, so it hears this and, being orphaned, leaves before the new copy attaches. The extension
 * id in the name keeps other extensions' copies (and pages that do not know the id) out of it.
 */
const TAKEOVER_EVENT_PREFIX = 'attune-content-script:';
// SETTINGS_STORAGE_KEY of ../shared/settings.ts, repeated so the content script does not pull the
// settings module (a shared chunk) into every page.
const SETTINGS_KEY_PREFIX = 'attune.settings';

let ui: Ui | null = null;
let watcher: BoxWatcher | null = null;
let activeBoxId: string | null = null;
let boxCounter = 0;
let aliveCheck: ReturnType<typeof setInterval> | null = null;
let takeoverEvent: string | null = null;
/** What this copy leaves on globalThis[MARKER] so a second copy in the same world can ask after it. */
const owner = { alive: (): boolean => !!ext?.runtime?.id };
const sessions = new Map<HTMLElement, BoxSession>();

function sessionById(boxId: string): BoxSession | undefined {
  for (const session of sessions.values()) if (session.id === boxId) return session;
  return undefined;
}

/** Sends to the worker; a worker that was asleep gets one retry, a dead extension stops the script. */
async function sendToWorker(message: AnalyzeRequest | BoxActiveNotice | NeverFlagRequest): Promise<unknown> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      if (!ext?.runtime?.id) throw new Error('Extension context invalidated.');
      return await ext.runtime.sendMessage(message);
    } catch (error) {
      const text = String((error as Error)?.message ?? error);
      if (CONTEXT_GONE.test(text) || !ext?.runtime?.id) {
        shutDown();
        return undefined;
      }
      if (!WORKER_ASLEEP.test(text) || attempt === 1) return undefined;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
  return undefined;
}

function markActive(boxId: string): void {
  if (boxId === activeBoxId) return;
  activeBoxId = boxId;
  void sendToWorker({ type: 'attune/box-active', boxId });
}

function ensureUi(): Ui {
  if (ui) return ui;
  const created = createUi(document);
  created.onApply((boxId: string, _finding: Finding, suggestion: Suggestion) => {
    void sessionById(boxId)?.apply(suggestion);
  });
  created.onNever((_boxId: string, finding: Finding) => {
    void sendToWorker({ type: 'attune/never', findingId: finding.id });
  });
  ui = created;
  return created;
}

function startSession(element: HTMLElement): void {
  // An orphan that has not noticed yet must not attach to a box the live copy is about to coach.
  if (!ext?.runtime?.id) {
    shutDown();
    return;
  }
  const adapter = adapterFor(element);
  if (!adapter) return;
  const id = `b${++boxCounter}-${Math.random().toString(36).slice(2, 8)}`;
  const session = new BoxSession(id, adapter, {
    ui: ensureUi(),
    send: (request) => sendToWorker(request) as Promise<WorkerResponse | undefined>,
    markActive,
  });
  sessions.set(element, session);
  watchExtensionAlive();
}

/**
 * A reloaded or updated extension leaves this copy of the script orphaned, with its underlines on
 * the page, and nothing tells it so until it next calls an extension API. runtime.id turning
 * undefined is that signal; reading it once a second, only while boxes are tracked, costs nothing.
 */
function watchExtensionAlive(): void {
  if (aliveCheck) return;
  aliveCheck = setInterval(() => {
    if (!ext?.runtime?.id) shutDown();
  }, ALIVE_CHECK_MS);
}

function endSession(element: HTMLElement): void {
  sessions.get(element)?.dispose();
  sessions.delete(element);
}

/** The popup's quick fix: apply a rewrite in this frame's box, if the box lives here. */
function onMessage(message: unknown, sender: { id?: string }, respond: (r: unknown) => void): boolean | undefined {
  if (sender.id !== ext?.runtime.id || !isApplyRequest(message)) return undefined;
  const session = sessionById(message.boxId);
  if (!session) return undefined;
  const basis = session.current;
  if (!basis || basis.report.length !== message.reportLength) {
    respond({ type: 'attune/apply', ok: false } satisfies ApplySuggestionResponse);
    return undefined;
  }
  session.apply(message.suggestion).then(
    (ok) => respond({ type: 'attune/apply', ok } satisfies ApplySuggestionResponse),
    () => respond({ type: 'attune/apply', ok: false } satisfies ApplySuggestionResponse),
  );
  return true;
}

function isApplyRequest(m: unknown): m is ApplySuggestionRequest {
  const r = m as ApplySuggestionRequest | null;
  return (
    !!r &&
    r.type === 'attune/apply' &&
    typeof r.boxId === 'string' &&
    typeof r.reportLength === 'number' &&
    !!r.suggestion &&
    typeof r.suggestion.text === 'string' &&
    Number.isInteger(r.suggestion.start) &&
    Number.isInteger(r.suggestion.end)
  );
}

/** Settings changed in any context: every box is analysed again with them. */
function onStorageChanged(changes: Record<string, unknown>, area: string): void {
  if (area !== 'managed' && !Object.keys(changes).some((key) => key.startsWith(SETTINGS_KEY_PREFIX))) return;
  for (const session of sessions.values()) session.refresh();
}

/** The extension was reloaded or updated: this copy of the script must leave no trace. */
function shutDown(): void {
  if (aliveCheck) clearInterval(aliveCheck);
  aliveCheck = null;
  watcher?.stop();
  watcher = null;
  for (const element of [...sessions.keys()]) endSession(element);
  ui?.destroy();
  ui = null;
  try {
    ext?.runtime.onMessage.removeListener(onMessage);
    ext?.storage.onChanged.removeListener(onStorageChanged);
  } catch {
    // The API itself may be gone with the old context.
  }
  if (takeoverEvent) document.removeEventListener(takeoverEvent, onTakeover);
  takeoverEvent = null;
  // A fresh copy injected into this frame after the reload must not defer to this dead one.
  const scope = globalThis as Record<string, unknown>;
  if (scope[MARKER] === owner) delete scope[MARKER];
}

/** Another copy started in this frame: an orphaned copy leaves; a live one (a page spoofing the event) stays. */
function onTakeover(): void {
  if (!ext?.runtime?.id) shutDown();
}

/** A copy already running in this world that still talks to the extension (older copies set `true`). */
function liveCopyInThisWorld(marker: unknown): boolean {
  const other = marker as Partial<typeof owner> | boolean | undefined;
  if (typeof other === 'object' && other && typeof other.alive === 'function') return other.alive();
  return !!other;
}

function start(): void {
  const id = ext?.runtime?.id;
  if (!ext || !id) return;
  const scope = globalThis as Record<string, unknown>;
  // A second injection into the same world (dynamic registration after a permission grant, or the
  // worker re-attaching to a tab that was loading anyway) defers to the first.
  if (liveCopyInThisWorld(scope[MARKER])) return;
  scope[MARKER] = owner;
  // Copies in other worlds of this frame are orphans of a previous version: they leave now,
  // synchronously, before this copy creates its UI (dispatch first, so we do not hear ourselves).
  takeoverEvent = TAKEOVER_EVENT_PREFIX + id;
  document.dispatchEvent(new Event(takeoverEvent));
  document.addEventListener(takeoverEvent, onTakeover);
  ext.runtime.onMessage.addListener(onMessage);
  ext.storage.onChanged.addListener(onStorageChanged);
  watcher = watchBoxes(document, startSession, endSession);
}

try {
  start();
} catch (error) {
  // Never take the page down with us.
  console.debug('[attune] content script did not start', error);
}
