// One interface over every editor (after GhostText): the content script and its UI speak only
// to this, and each editor's quirks live in its own adapter file.
import type { Span } from '../../shared/contract/index';

export interface EditorAdapter {
  /** 'textarea', 'contenteditable', 'quill', 'prosemirror', 'ckeditor5', 'tinymce', 'lexical', … */
  readonly name: string;
  /** The editable element: a textarea/input, or a contenteditable root (maybe in an iframe or shadow root). */
  readonly element: HTMLElement;
  /** The element's own document (an iframe's, for TinyMCE): use its constructors and CSS.highlights. */
  readonly doc: Document;
  /** The draft as the engine sees it; offsets into this string are the currency of every other call. */
  readText(): string;
  /** A live DOM Range for [start, end) — contenteditable only, null for textarea or when unmappable. */
  rangeOf(start: number, end: number): Range | null;
  /** Client rects of [start, end) in the element's document viewport (used for textarea overlays and the card). */
  rectsOf(start: number, end: number): DOMRect[];
  /** The caret's offset into readText(), or null when the box has no selection. */
  caretOffset(): number | null;
  /**
   * Replace [start, end) with `text` through the editor's own input path, so that its model
   * holds the text, the caret lands after it, and one undo restores the original. Resolves
   * true only when the text was read back as expected; never stacks a second technique on a
   * text that already changed.
   */
  replace(span: Span, text: string): Promise<boolean>;
  /** The client's message being replied to, when the site shows it (quoted block or thread above). */
  clientThread(): string | null;
  /** Calls back after every change of the draft; returns an unsubscribe. */
  onChange(callback: () => void): () => void;
  /** Removes every listener this adapter added. */
  dispose(): void;
}
