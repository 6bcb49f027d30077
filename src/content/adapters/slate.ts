import type { EditorSpec } from './editor-spec';

export const slate: EditorSpec = {
  name: 'slate',
  matches: (root) => root.hasAttribute('data-slate-editor'),
};
