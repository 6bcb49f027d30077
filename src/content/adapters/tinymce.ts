import type { EditorSpec } from './editor-spec';

// TinyMCE edits the <body> of an about:blank iframe; the content script runs inside that frame
// (all_frames + match_about_blank), so the root is this frame's body.
export const tinymce: EditorSpec = {
  name: 'tinymce',
  matches: (root) => root.id === 'tinymce' || root.classList.contains('mce-content-body'),
};
