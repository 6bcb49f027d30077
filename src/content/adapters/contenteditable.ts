// The generic contenteditable adapter: every rich editor is a contenteditable root underneath, so
// the editor-specific files only name themselves, pick their thread finder and tune timing.
import type { Span } from '../../shared/contract/index';
import { selectionFor } from '../selection';
import { buildTextMap, type TextMap } from '../text-map';
import { loadLazy } from '../lazy/load';
import type { EditorAdapter } from './adapter';

export interface ContentEditableOptions {
  name: string;
  /** The client's message being replied to, when the site shows it. */
  thread?: (element: HTMLElement) => string | null;
  /** The editor merges edits closer than this into one undo step (Quill: 1 s). */
  undoMergeMs?: number;
}

export function createContentEditableAdapter(element: HTMLElement, options: ContentEditableOptions): EditorAdapter {
  const doc = element.ownerDocument;
  let map: TextMap | null = null;
  // Unknown history counts as "just edited": an editor found mid-draft may still be merging undo steps.
  let lastEditAt = Date.now();
  const callbacks = new Set<() => void>();

  const currentMap = (): TextMap => {
    if (!map) {
      try {
        map = buildTextMap(element);
      } catch {
        // Absurdly deep DOM: treat as empty rather than throw into the page.
        map = buildTextMap(doc.createElement('div'));
      }
    }
    return map;
  };
  const changed = () => {
    map = null;
    lastEditAt = Date.now();
    for (const cb of callbacks) cb();
  };
  // Mutations catch model-driven changes (undo, the editor's own API); input alone misses those.
  const observer = new MutationObserver(changed);
  observer.observe(element, { childList: true, characterData: true, subtree: true });

  return {
    name: options.name,
    element,
    doc,
    readText: () => currentMap().text,
    rangeOf: (start, end) => currentMap().rangeOf(start, end),
    rectsOf(start, end) {
      const range = currentMap().rangeOf(start, end);
      return range ? Array.from(range.getClientRects()) : [];
    },
    caretOffset() {
      const selection = selectionFor(element);
      const node = selection?.focusNode;
      if (!selection || !node || !(element === node || element.contains(node))) return null;
      return currentMap().offsetOf(node, selection.focusOffset);
    },
    async replace(span: Span, text: string) {
      const lazy = await loadLazy();
      if (!lazy) return false;
      return lazy.replace.replaceInContentEditable(
        {
          element,
          readText: () => currentMap().text,
          rangeOf: (s, e) => currentMap().rangeOf(s, e),
          msSinceLastEdit: () => Date.now() - lastEditAt,
          undoMergeMs: options.undoMergeMs ?? 0,
        },
        span,
        text,
      );
    },
    clientThread: () => {
      try {
        return options.thread?.(element) ?? null;
      } catch {
        return null;
      }
    },
    onChange(callback) {
      callbacks.add(callback);
      return () => callbacks.delete(callback);
    },
    dispose() {
      observer.disconnect();
      callbacks.clear();
    },
  };
}
