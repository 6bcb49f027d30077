// textarea and message-like text inputs: the value is the draft; only execCommand('insertText')
// reaches the native undo stack and React's onChange, so that is the one replacement technique.
import type { Span } from '../../shared/contract/index';
import type { EditorAdapter } from './adapter';
import { loadLazy } from '../lazy/load';

type TextField = HTMLTextAreaElement | HTMLInputElement;

export function createTextFieldAdapter(field: TextField, thread?: (el: HTMLElement) => string | null): EditorAdapter {
  const callbacks = new Set<() => void>();
  const notify = () => {
    for (const cb of callbacks) cb();
  };
  field.addEventListener('input', notify);

  return {
    name: 'textarea',
    element: field,
    doc: field.ownerDocument,
    readText: () => field.value,
    rangeOf: () => null,
    // A text field exposes no ranges; the UI's mirror overlay measures its text (ui/overlay.ts).
    rectsOf: () => [],
    caretOffset() {
      const root = field.getRootNode() as Document | ShadowRoot;
      if (root.activeElement !== field) return null;
      return field.selectionEnd ?? null;
    },
    async replace(span: Span, text: string) {
      const lazy = await loadLazy();
      return lazy ? lazy.replace.replaceInTextField(field, span, text) : false;
    },
    clientThread: () => {
      try {
        return thread?.(field) ?? null;
      } catch {
        return null;
      }
    },
    onChange(callback) {
      callbacks.add(callback);
      return () => callbacks.delete(callback);
    },
    dispose() {
      field.removeEventListener('input', notify);
      callbacks.clear();
    },
  };
}
