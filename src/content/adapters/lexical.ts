import type { EditorSpec } from './editor-spec';

export const lexical: EditorSpec = {
  name: 'lexical',
  matches: (root) => root.hasAttribute('data-lexical-editor'),
};
