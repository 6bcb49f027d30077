import type { EditorSpec } from './editor-spec';

export const draftjs: EditorSpec = {
  name: 'draftjs',
  matches: (root) => root.classList.contains('public-DraftEditor-content'),
};
