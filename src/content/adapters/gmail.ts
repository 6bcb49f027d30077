import { onSite } from '../../shared/sites/index';
import type { EditorSpec } from './editor-spec';
import { genericThread, lastMessageAbove, quotedInside } from './thread';

// Gmail's compose body is its own contenteditable; a reply quotes the client in div.gmail_quote,
// and the open conversation shows each message body in div.a3s.
export const gmail: EditorSpec = {
  name: 'gmail',
  matches: (root) => root.hasAttribute('g_editable') || (root.getAttribute('role') === 'textbox' && onSite('gmail', location.hostname)),
};

export function gmailThread(editor: HTMLElement): string | null {
  return quotedInside(editor, 'blockquote.gmail_quote') ?? quotedInside(editor, '.gmail_quote') ?? lastMessageAbove(editor, '.a3s') ?? genericThread(editor);
}
