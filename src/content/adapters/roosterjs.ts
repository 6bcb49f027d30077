import type { EditorSpec } from './editor-spec';

// roosterjs marks nothing on its content div except the inline user-select it sets when it made the
// div editable; Outlook's own compose body is recognised by its site adapter (outlook.ts).
export const roosterjs: EditorSpec = {
  name: 'roosterjs',
  matches: (root) => root.style.userSelect === 'text' && root.tagName === 'DIV',
};
