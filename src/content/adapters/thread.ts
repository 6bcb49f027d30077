// Finding the client's message: the quoted block inside the compose box, or the last message of
// the thread shown above it. Only the newest message is kept: signatures, disclaimers and older
// quoted history are cut, because concerns raised months ago are not what this reply answers.
import { buildTextMap } from '../text-map';

const SIGNATURE_OR_HISTORY = [
  /^--\s*$/m, // RFC 3676 signature separator
  /^_{5,}\s*$/m, // Outlook's line above a forwarded/replied header
  /^(?:Sent from my |Get Outlook for )/m,
  /^On .{4,200}wrote:\s*$/m, // an older quoted message
  /^(?:From|De|Von): .+\n(?:Sent|Date|Envoyé|Gesendet): /m,
  /^(?:CONFIDENTIAL(?:ITY)?(?: NOTICE)?|DISCLAIMER|LEGAL NOTICE)\b/m,
  /^This (?:e-?mail|message|communication)\b.{0,120}\b(?:confidential|privileged|intended (?:only |solely )?for)/im,
];

// Parts of a rendered message that are not what the client just wrote: their signature block
// (Gmail's div.gmail_signature, Outlook's #Signature / #x_Signature) and the older messages
// quoted under it (Gmail's div.gmail_quote, blockquotes, Outlook's reply header and after).
const SIGNATURE_ELEMENTS = '.gmail_signature, [data-smartmail="gmail_signature"], [id$="Signature" i], .signature';
const HISTORY_ELEMENTS = '.gmail_quote, .gmail_extra, blockquote, #divRplyFwdMsg, [id$="divRplyFwdMsg"]';
// A message card in a thread list often carries its sender and time inside the same element.
const MESSAGE_META = 'header, time, .from, .sender, .author';

/** The text of an element as the engine would read it (blocks as lines, no layout). */
export function elementText(el: Element): string {
  return buildTextMap(el as HTMLElement).text;
}

/** Cuts signatures, disclaimers and older quoted history; drops '>' quote markers. */
export function newestMessage(text: string): string {
  let cut = text.length;
  for (const pattern of SIGNATURE_OR_HISTORY) {
    const m = pattern.exec(text);
    if (m && m.index > 0 && m.index < cut) cut = m.index;
  }
  const kept = text
    .slice(0, cut)
    .split('\n')
    .filter((line) => !/^\s*>/.test(line));
  return kept.join('\n').trim();
}

/**
 * The last element matching `selector` that comes before `editor` in the document and is not
 * part of it: the newest message of a thread rendered above its reply box.
 */
export function lastMessageAbove(editor: HTMLElement, selector: string): string | null {
  const here = lastMessageIn(editor, selector);
  if (here) return here;
  // An editor in a same-origin iframe (TinyMCE): the thread is in the page around the frame.
  const frame = frameOf(editor);
  return frame ? lastMessageAbove(frame, selector) : null;
}

function frameOf(el: Element): HTMLElement | null {
  try {
    return (el.ownerDocument.defaultView?.frameElement as HTMLElement | null) ?? null;
  } catch {
    return null;
  }
}

function lastMessageIn(editor: HTMLElement, selector: string): string | null {
  const doc = editor.ownerDocument;
  let found: Element | null = null;
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    if (el.contains(editor) || editor.contains(el)) continue;
    if (el.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING) found = el;
  }
  const text = found ? newestMessage(elementText(withoutExtras(found, `${HISTORY_ELEMENTS}, ${MESSAGE_META}`))) : '';
  return text || null;
}

/**
 * A detached copy of `el` without signature blocks and without the elements matching `history`.
 * Outlook's reply header is followed by the older message as siblings, so those go too.
 */
export function withoutExtras(el: Element, history?: string): HTMLElement {
  const clone = el.cloneNode(true) as HTMLElement;
  clone.querySelectorAll(SIGNATURE_ELEMENTS).forEach((node) => node.remove());
  if (!history) return clone;
  clone.querySelectorAll(history).forEach((node) => {
    if (/divRplyFwdMsg$/.test(node.id)) while (node.nextSibling) node.nextSibling.remove();
    node.remove();
  });
  return clone;
}

/** The first quoted block inside the compose box (newest quote; nested older quotes cut). */
export function quotedInside(editor: HTMLElement, selector: string): string | null {
  const quote = editor.querySelector(selector);
  if (!quote) return null;
  const text = newestMessage(elementText(withoutExtras(quote, `${selector}, ${HISTORY_ELEMENTS}`)));
  return text || null;
}

/** An Outlook-style "From: … Sent: … Subject: …" header inside the draft text: the message after it. */
export function afterReplyHeader(text: string): string | null {
  const header = /^(?:From|De|Von): .+\n(?:(?:Sent|Date|To|Cc|Subject|Envoyé|À|Objet|Gesendet|An|Betreff): .*\n)+/m.exec(text);
  if (!header) return null;
  const body = newestMessage(text.slice(header.index + header[0].length));
  return body || null;
}

/** Generic fallback for any site: a blockquote inside the box, else an Outlook-style header. */
export function genericThread(editor: HTMLElement): string | null {
  return quotedInside(editor, 'blockquote') ?? afterReplyHeader(elementText(editor));
}
