// Picks the adapter for an editable element: the editor-specific spec that recognises its root
// (first match wins, so specific before generic), plus the site's way of finding the client's message.
import type { EditorAdapter } from './adapter';
import { ckeditor5 } from './ckeditor5';
import { createContentEditableAdapter } from './contenteditable';
import { draftjs } from './draftjs';
import type { EditorSpec } from './editor-spec';
import { gmail, gmailThread } from './gmail';
import { hubspotThread } from './hubspot';
import { lexical } from './lexical';
import { outlook, outlookThread } from './outlook';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { roosterjs } from './roosterjs';
import { slate } from './slate';
import { createTextFieldAdapter } from './textarea';
import { genericThread, lastMessageAbove } from './thread';
import { tinymce } from './tinymce';
import { tiptap } from './tiptap';
import { zendeskThread } from './zendesk';

const SPECS: EditorSpec[] = [gmail, quill, tiptap, prosemirror, ckeditor5, tinymce, lexical, draftjs, slate, outlook, roosterjs];

type ThreadFinder = (editor: HTMLElement) => string | null;

function threadFinderFor(hostname: string): ThreadFinder {
  if (/^mail\.google\./.test(hostname)) return gmailThread;
  if (/(^|\.)outlook\.(office|office365|live)\.com$/.test(hostname)) return outlookThread;
  if (/(^|\.)hubspot\.com$/.test(hostname)) return hubspotThread;
  if (/(^|\.)zendesk\.com$/.test(hostname)) return zendeskThread;
  return (editor) => genericThread(editor) ?? lastMessageAbove(editor, 'article, [role="article"]');
}

/** The adapter for a textarea/input or a contenteditable root, or null when it is neither. */
export function adapterFor(element: HTMLElement): EditorAdapter | null {
  // The top frame's hostname also names the site for an editor inside an about:blank iframe.
  const thread = threadFinderFor(siteHostname());
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) return createTextFieldAdapter(element, thread);
  if (!element.isContentEditable) return null;
  const spec = SPECS.find((s) => s.matches(element));
  return createContentEditableAdapter(element, {
    name: spec?.name ?? 'contenteditable',
    undoMergeMs: spec?.undoMergeMs,
    thread,
  });
}

function siteHostname(): string {
  try {
    return location.hostname || window.top?.location.hostname || '';
  } catch {
    return location.hostname;
  }
}
