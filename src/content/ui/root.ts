// The one `<attune-ui>` element per document: an open shadow root holding status elements,
// textarea overlays and the card. Nothing else of Attune's is ever added to the page's DOM.
import { SHADOW_CSS } from './styles';

export interface UiRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Re-attaches the host when a page (or a framework re-render) removed it. */
  ensureAttached(): void;
  remove(): void;
}

export function createRoot(doc: Document): UiRoot {
  const existing = doc.querySelector('attune-ui');
  // A previous instance of the extension (before reload/update) left its root: start clean.
  existing?.remove();
  const host = doc.createElement('attune-ui');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  shadow.append(style);
  const ensureAttached = () => {
    if (!host.isConnected && doc.documentElement) doc.documentElement.append(host);
  };
  ensureAttached();
  return { host, shadow, ensureAttached, remove: () => host.remove() };
}

export interface StatusFields {
  adapter: string;
  state: string;
  findings: number;
  latencyMs?: number;
}

/** One hidden status element per compose box: the testing contract's observation point. */
export function writeStatus(shadow: ShadowRoot, boxId: string, fields: StatusFields): HTMLElement {
  let el = findStatus(shadow, boxId);
  if (!el) {
    el = shadow.ownerDocument.createElement('div');
    el.setAttribute('data-attune-box', boxId);
    shadow.append(el);
  }
  el.setAttribute('data-attune-adapter', fields.adapter);
  el.setAttribute('data-state', fields.state);
  el.setAttribute('data-findings', String(fields.findings));
  if (fields.latencyMs !== undefined && Number.isFinite(fields.latencyMs)) {
    el.setAttribute('data-latency-ms', String(Math.round(fields.latencyMs)));
  }
  return el;
}

export function findStatus(shadow: ShadowRoot, boxId: string): HTMLElement | null {
  for (const el of shadow.querySelectorAll<HTMLElement>('[data-attune-box]')) {
    if (el.getAttribute('data-attune-box') === boxId) return el;
  }
  return null;
}
