import type { EditorSpec } from './editor-spec';

export const prosemirror: EditorSpec = {
  name: 'prosemirror',
  matches: (root) => root.classList.contains('ProseMirror'),
};
