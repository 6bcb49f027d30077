import { genericThread, lastMessageAbove } from './thread';

// HubSpot's conversations inbox (Tiptap composer) renders the thread above the reply editor.
export function hubspotThread(editor: HTMLElement): string | null {
  return (
    genericThread(editor) ??
    lastMessageAbove(
      editor,
      '[data-test-id="email-body"], [data-test-id="thread-message-body"], .message-body, [role="listitem"] article, article, [role="article"]',
    )
  );
}
