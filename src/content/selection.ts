// The selection that owns an editor's nodes. Chromium reports a shadow host from
// document.getSelection(), so an editor inside a shadow root asks its root where the browser has one.
export function selectionFor(element: HTMLElement): Selection | null {
  const root = element.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  const view = (element.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  if (root instanceof view.ShadowRoot && typeof root.getSelection === 'function') {
    return root.getSelection() ?? element.ownerDocument.getSelection();
  }
  return element.ownerDocument.getSelection();
}
