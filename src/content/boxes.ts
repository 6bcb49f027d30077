// Finding compose boxes: one scan at start, then only a MutationObserver (batched) and a focusin
// watcher, so a page without a compose box pays for nothing more. Each frame runs its own content
// script (all_frames + match_about_blank), so iframes are never entered from here; open shadow
// roots are, because a shadow root has no script of its own.

const CANDIDATES = 'textarea, input:not([type]), input[type="text"], [contenteditable]:not([contenteditable="false"])';
const MESSAGE_LIKE = /message|reply|comment|note|chat|body|compose|write|respond|answer|description/i;
const NOT_A_MESSAGE = /search|query|login|user|email|password|subject|title|name|url|phone|zip|code|coupon|filter/i;
const MUTATION_BATCH_MS = 200;

export interface BoxWatcher {
  stop(): void;
}

/** The element that holds the whole draft: the contenteditable root, or the text field itself. */
export function editableRoot(el: Element | null): HTMLElement | null {
  if (!el || !(el instanceof (el.ownerDocument.defaultView ?? window).HTMLElement)) return null;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return isMessageField(el) ? el : null;
  if (!el.isContentEditable) return null;
  let root: HTMLElement = el as HTMLElement;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return isOurs(root) ? null : root;
}

/** A textarea is a message box unless it is read-only; a one-line input only when labelled like one. */
export function isMessageField(field: HTMLTextAreaElement | HTMLInputElement): boolean {
  if (field.readOnly || field.disabled || isOurs(field)) return false;
  if (field instanceof HTMLTextAreaElement) return !NOT_A_MESSAGE.test(field.autocomplete || '');
  if (field.type !== 'text') return false;
  if (field.closest('[role="search"], form[action*="search" i]')) return false;
  const labels = [field.name, field.id, field.placeholder, field.getAttribute('aria-label') ?? '', field.autocomplete].join(' ');
  return MESSAGE_LIKE.test(labels) && !NOT_A_MESSAGE.test(labels.replace(MESSAGE_LIKE, ''));
}

/** Our own UI lives in <attune-ui>'s shadow root; never coach our own buttons. */
function isOurs(el: Element): boolean {
  const root = el.getRootNode() as ShadowRoot;
  return !!root.host && root.host.tagName === 'ATTUNE-UI';
}

export function watchBoxes(doc: Document, onFound: (root: HTMLElement) => void, onLost: (root: HTMLElement) => void): BoxWatcher {
  const tracked = new Set<HTMLElement>();
  const found = (el: Element | null) => {
    const root = editableRoot(el);
    if (root && !tracked.has(root)) {
      tracked.add(root);
      onFound(root);
    }
  };
  const scan = (scope: ParentNode) => {
    if (scope instanceof Element) found(scope);
    scope.querySelectorAll(CANDIDATES).forEach(found);
  };
  const scanShadowRoots = (scope: ParentNode) => {
    scope.querySelectorAll('*').forEach((el) => {
      if (el.shadowRoot && el.tagName !== 'ATTUNE-UI') {
        scan(el.shadowRoot);
        scanShadowRoots(el.shadowRoot);
      }
    });
  };
  const forgetDisconnected = () => {
    for (const root of tracked) {
      if (!root.isConnected || !editableRoot(root)) {
        tracked.delete(root);
        onLost(root);
      }
    }
  };

  scan(doc);
  scanShadowRoots(doc);

  let pending: Element[] = [];
  let removals = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    const added = pending;
    pending = [];
    for (const el of added) if (el.isConnected) scan(el);
    if (removals) forgetDisconnected();
    removals = false;
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') pending.push(record.target as Element);
      record.addedNodes.forEach((n) => n.nodeType === 1 && pending.push(n as Element));
      if (record.removedNodes.length || record.type === 'attributes') removals = true;
    }
    if ((pending.length || removals) && !timer) timer = setTimeout(flush, MUTATION_BATCH_MS);
  });
  observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });

  // Editors inside shadow roots created after load are seen when focused: focus comes before typing.
  const onFocusIn = (event: Event) => found(event.composedPath()[0] as Element);
  doc.addEventListener('focusin', onFocusIn, true);

  return {
    stop() {
      observer.disconnect();
      doc.removeEventListener('focusin', onFocusIn, true);
      if (timer) clearTimeout(timer);
      for (const root of tracked) onLost(root);
      tracked.clear();
    },
  };
}
