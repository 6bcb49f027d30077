import { genericThread, lastMessageAbove } from './thread';

// Zendesk's agent workspace (CKEditor 5 composer) lists the ticket's comments above the reply box.
export function zendeskThread(editor: HTMLElement): string | null {
  return (
    genericThread(editor) ??
    lastMessageAbove(editor, '[data-test-id="omni-log-comment-item"], .zd-comment, .comment .body, .message-body, article, [role="article"]')
  );
}
