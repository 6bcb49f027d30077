// Picks the adapter for an editable element: the editor-specific spec that recognises its root
// (first match wins, so specific before generic), plus the site's way of finding the client's message.
// Which site a page is on comes from the one table of sites, src/shared/sites.
import { siteOf, type SiteId } from '../../shared/sites/index';
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

/** Any other site (a user-granted one too): a quote in the box, else the last message above it. */
function anySiteThread(editor: HTMLElement): string | null {
  return genericThread(editor) ?? lastMessageAbove(editor, 'article, [role="article"]');
}

/** How each built-in site shows the client's message. */
const THREAD_READERS: Record<SiteId, ThreadFinder> = {
  gmail: gmailThread,
  outlook: outlookThread,
  hubspot: hubspotThread,
  salesforce: anySiteThread,
  zendesk: zendeskThread,
};

function threadFinderFor(hostname: string): ThreadFinder {
  const site = siteOf(hostname);
  return site ? THREAD_READERS[site.id] : anySiteThread;
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
