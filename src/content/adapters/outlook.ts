import { onSite } from '../../shared/sites/index';
import type { EditorSpec } from './editor-spec';
import { afterReplyHeader, elementText, genericThread, lastMessageAbove, quotedInside, withoutExtras } from './thread';

// Outlook on the web composes in roosterjs; a reply carries the client's message under a
// "From: … Sent: … To: … Subject: …" header (div#divRplyFwdMsg) and the reading pane shows the
// message bodies above (aria-label "Message body", not editable).
export const outlook: EditorSpec = {
  name: 'outlook',
  matches: (root) => onSite('outlook', location.hostname) && root.tagName !== 'BODY',
};

export function outlookThread(editor: HTMLElement): string | null {
  return (
    afterReplyHeader(elementText(withoutExtras(editor))) ??
    quotedInside(editor, '#divRplyFwdMsg ~ div, blockquote') ??
    lastMessageAbove(editor, '[aria-label="Message body"]:not([contenteditable]), [role="document"], .message-body, article') ??
    genericThread(editor)
  );
}
