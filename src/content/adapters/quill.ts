import type { EditorSpec } from './editor-spec';

// Quill's history merges changes less than `delay` (1 s by default) apart into one undo step, so a
// replacement right after typing would be undone together with the typing.
export const quill: EditorSpec = {
  name: 'quill',
  matches: (root) => root.classList.contains('ql-editor'),
  undoMergeMs: 1000,
};
