// Test-only: the content script's own box discovery and adapters, bundled into a page-world script
// by editors.e2e.test.ts so the replacement chain can be driven on each real editor directly,
// independently of what the engine flags. Nothing here ships.
import type { EditorAdapter } from '../../../src/content/adapters/adapter';
import { adapterFor } from '../../../src/content/adapters/index';
import { editableRoot } from '../../../src/content/boxes';

let adapter: EditorAdapter | null = null;

/** The focused element, looking through open shadow roots. */
function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

(window as unknown as { __attuneProbe: unknown }).__attuneProbe = {
  attach() {
    const root = editableRoot(deepActive());
    adapter = root ? adapterFor(root) : null;
    return adapter ? { name: adapter.name } : null;
  },
  text: () => adapter?.readText() ?? '',
  caret: () => adapter?.caretOffset() ?? null,
  async replace(start: number, end: number, text: string) {
    const ok = (await adapter?.replace({ start, end }, text)) ?? false;
    return { ok, technique: null };
  },
};
