// The editor's caret around a card that takes focus (the keyboard path): saved as the card opens,
// given back, with the editor's focus, as it closes.
import type { EditorAdapter } from '../adapters/adapter';
import { selectionFor } from '../selection';
import { isTextControl } from './geometry';

export type SavedCaret =
  { kind: 'text'; start: number; end: number; direction: 'forward' | 'backward' | 'none' } | { kind: 'range'; range: Range | null; offset: number | null };

export function saveCaret(adapter: EditorAdapter): SavedCaret | null {
  const el = adapter.element;
  try {
    if (isTextControl(el)) {
      return {
        kind: 'text',
        start: el.selectionStart ?? 0,
        end: el.selectionEnd ?? 0,
        direction: el.selectionDirection ?? 'none',
      };
    }
    const selection = selectionFor(el);
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    return { kind: 'range', range, offset: adapter.caretOffset() };
  } catch {
    return null;
  }
}

/** Gives the editor its focus back, with the caret where it was before the card took focus. */
export function restoreCaret(adapter: EditorAdapter, saved: SavedCaret | null): void {
  const el = adapter.element;
  try {
    el.focus({ preventScroll: true });
    if (!saved) return;
    if (saved.kind === 'text' && isTextControl(el)) {
      el.setSelectionRange(saved.start, saved.end, saved.direction);
      return;
    }
    if (saved.kind !== 'range') return;
    let range = saved.range && saved.range.startContainer.isConnected ? saved.range : null;
    if (!range && saved.offset !== null) range = adapter.rangeOf(saved.offset, saved.offset);
    const selection = selectionFor(el);
    if (!range || !selection) return;
    selection.removeAllRanges();
    selection.addRange(range);
  } catch {
    // The editor re-rendered under us; focus alone is the best we can do.
  }
}
