// textarea and message-like text inputs: the value is the draft; only execCommand('insertText')
// reaches the native undo stack and React's onChange, so that is the one replacement technique.
import type { Span } from '../../engine/types';
import { replaceInTextField } from '../replace';
import type { EditorAdapter } from './adapter';

type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Styles that decide where a character lands; copied to the measuring mirror. */
const MIRRORED = [
  'boxSizing', 'width', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch',
  'fontSize', 'fontFamily', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'tabSize',
  'direction', 'textAlign',
] as const;

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
    rectsOf: (start, end) => measureRects(field, start, end),
    caretOffset() {
      const root = field.getRootNode() as Document | ShadowRoot;
      if (root.activeElement !== field) return null;
      return field.selectionEnd ?? null;
    },
    async replace(span: Span, text: string) {
      return (await replaceInTextField(field, span, text)).ok;
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

/**
 * Client rects of value[start, end): a textarea exposes no ranges, so a hidden mirror with the same
 * box and font is laid out for the moment of measuring and removed at once.
 */
export function measureRects(field: TextField, start: number, end: number): DOMRect[] {
  const doc = field.ownerDocument;
  const value = field.value;
  if (!(start >= 0 && end > start && end <= value.length)) return [];
  const style = field.ownerDocument.defaultView!.getComputedStyle(field);
  const mirror = doc.createElement('div');
  for (const key of MIRRORED) mirror.style[key] = style[key];
  const box = field.getBoundingClientRect();
  Object.assign(mirror.style, {
    position: 'fixed',
    top: `${box.top}px`,
    left: `${box.left}px`,
    visibility: 'hidden',
    pointerEvents: 'none',
    overflow: 'hidden',
    whiteSpace: field instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre',
    overflowWrap: 'break-word',
    height: 'auto',
  });
  const mark = doc.createElement('span');
  mark.textContent = value.slice(start, end);
  mirror.append(doc.createTextNode(value.slice(0, start)), mark, doc.createTextNode(value.slice(end) || ' '));
  doc.documentElement.append(mirror);
  try {
    const dx = -field.scrollLeft;
    const dy = -field.scrollTop;
    return Array.from(mark.getClientRects()).map((r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height));
  } finally {
    mirror.remove();
  }
}
