import type { EditorSpec } from './editor-spec';

// CKEditor 5 reverts DOM edits it did not make (execCommand included); beforeinput and paste reach its model.
export const ckeditor5: EditorSpec = {
  name: 'ckeditor5',
  matches: (root) => root.classList.contains('ck-editor__editable'),
};
