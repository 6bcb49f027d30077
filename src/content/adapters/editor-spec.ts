// What an editor-specific adapter file declares: how to recognise the editor's root and how its
// undo groups edits. Reading, mapping and replacing are shared (contenteditable.ts).
export interface EditorSpec {
  name: string;
  /** True when `root` (a contenteditable root) belongs to this editor. */
  matches(root: HTMLElement): boolean;
  /** The editor merges edits closer than this into one undo step. */
  undoMergeMs?: number;
}
