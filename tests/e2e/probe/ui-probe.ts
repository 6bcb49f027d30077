// Test-only: the in-page UI (src/content/ui) with the content script's own adapters, bundled into a
// page-world script by card.e2e.test.ts so the card and the underlines can be driven with hand-made
// reports, independently of what the engine flags. Nothing here ships.
import type { Finding, Report } from '../../../src/shared/contract/index';
import type { EditorAdapter } from '../../../src/content/adapters/adapter';
import { adapterFor } from '../../../src/content/adapters/index';
import { createUi, type Ui } from '../../../src/content/ui/index';
import messages from '../../../_locales/en/messages.json';

/**
 * The card reads its copy through `chrome.i18n` (src/content/ui/card.ts `say`), which a content
 * script has and this page's world does not: without it every label would be its message key. So
 * the probe gives the page a `getMessage` over the shipped `_locales/en/messages.json`, with
 * Chrome's `$1`…`$9` substitutions (all the card's messages use).
 */
function installI18n(): void {
  const table: Record<string, { message: string }> = messages;
  const getMessage = (key: string, subs: string[] = []): string => table[key]?.message.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '') ?? '';
  const w = window as unknown as { chrome?: { i18n?: { getMessage(key: string, subs?: string[]): string } } };
  w.chrome ??= {};
  w.chrome.i18n ??= { getMessage };
}

/** A choice the user made in the card, as the UI reported it. */
export type ProbeEvent =
  { type: 'apply'; boxId: string; id: string; text: string } | { type: 'ignore'; boxId: string; id: string } | { type: 'never'; boxId: string; id: string };

/** What the probe publishes on `window.__probe`. */
export interface UiProbe {
  /** Every choice since the test last emptied it (`events.splice(0)`). */
  events: ProbeEvent[];
  /** Creates the UI for this document and records its choices in `events`. */
  start(): void;
  /** Reads the box's draft and renders `findings` over it, with a `ready` status. */
  render(boxId: string, selector: string, findings: Finding[]): void;
  /** Renders `report` as given over `text` (malformed reports on purpose): no status. */
  renderRaw(boxId: string, selector: string, report: unknown, text: string): void;
  openAtCaret(boxId: string): boolean;
  clear(boxId: string): void;
  destroy(): void;
}

const events: ProbeEvent[] = [];
let ui: Ui | null = null;
/** The adapter last rendered per box, disposed when the box gets a new one. */
const adapters = new Map<string, EditorAdapter>();

function started(): Ui {
  if (!ui) throw new Error('__probe.start() first');
  return ui;
}

/**
 * A fresh adapter for the element, chosen as the content script chooses (so Gmail's body gets the
 * `gmail` adapter, a textarea the `textarea` one). Each render takes a new adapter, as when the
 * content script re-attaches: the UI then drops the box's old underlines and card first.
 */
function adapterAt(selector: string): EditorAdapter {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no element at ${selector}`);
  const adapter = adapterFor(el);
  if (!adapter) throw new Error(`${selector} is neither a text field nor contenteditable`);
  return adapter;
}

/** Renders with `adapter`, then lets go of the box's previous adapter (its listeners and observer). */
function renderWith(boxId: string, adapter: EditorAdapter, report: Report, text: string): void {
  started().render({ id: boxId, adapter, text, report });
  const previous = adapters.get(boxId);
  adapters.set(boxId, adapter);
  if (previous && previous !== adapter) previous.dispose();
}

/**
 * The UI reads only `findings` and `partial` of a report (and validates both), so the tests hand it
 * no more than that; the rest of the Report shape is the engine's business.
 */
function asReport(report: unknown): Report {
  return report as Report;
}

const probe: UiProbe = {
  events,
  start() {
    installI18n();
    ui = createUi(document);
    ui.onApply((boxId, finding, suggestion) => events.push({ type: 'apply', boxId, id: finding.id, text: suggestion.text }));
    ui.onIgnore((boxId, finding) => events.push({ type: 'ignore', boxId, id: finding.id }));
    ui.onNever((boxId, finding) => events.push({ type: 'never', boxId, id: finding.id }));
  },
  render(boxId, selector, findings) {
    const adapter = adapterAt(selector);
    const text = adapter.readText();
    renderWith(boxId, adapter, asReport({ length: text.length, findings }), text);
    started().setStatus(boxId, { adapter: adapter.name, state: 'ready', findings: findings.length, latencyMs: 12 });
  },
  renderRaw(boxId, selector, report, text) {
    renderWith(boxId, adapterAt(selector), asReport(report), text);
  },
  openAtCaret: (boxId) => started().openCardAtCaret(boxId),
  clear: (boxId) => started().clear(boxId),
  destroy() {
    started().destroy();
    for (const adapter of adapters.values()) adapter.dispose();
    adapters.clear();
  },
};

(window as unknown as { __probe: UiProbe }).__probe = probe;
