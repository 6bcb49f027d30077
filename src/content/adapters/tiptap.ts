import type { EditorSpec } from './editor-spec';

// Tiptap is ProseMirror underneath (HubSpot, Intercom); named apart so the status says which.
export const tiptap: EditorSpec = {
  name: 'tiptap',
  matches: (root) => root.classList.contains('ProseMirror') && root.classList.contains('tiptap'),
};
