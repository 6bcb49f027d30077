// @vitest-environment happy-dom
// The window listeners the page UI follows (src/content/ui/page-watch.ts): one set per document,
// shared by the boxes in it, torn down by one abort when the last box there goes, never for the
// UI's own document until destroy().
import { describe, expect, it, vi } from 'vitest';
import { PageListeners, type PageEvents } from '../../../../src/content/ui/page-watch';

function recorder(): PageEvents & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    pointerMove: () => calls.push('pointermove'),
    viewportMoved: () => calls.push('viewport'),
    mouseDown: () => calls.push('mousedown'),
    keyDown: () => calls.push('keydown'),
  };
}

/**
 * Another document, like a TinyMCE iframe's (happy-dom does not load iframes): PageListeners only
 * uses its window, so a bare EventTarget stands in for that.
 */
function frameDocument(): Document {
  const view = new EventTarget() as EventTarget & { KeyboardEvent: typeof KeyboardEvent };
  view.KeyboardEvent = KeyboardEvent;
  return { defaultView: view } as unknown as Document;
}

function fireAll(doc: Document): void {
  const view = doc.defaultView!;
  view.dispatchEvent(new Event('pointermove'));
  view.dispatchEvent(new Event('scroll'));
  view.dispatchEvent(new Event('resize'));
  view.dispatchEvent(new Event('mousedown'));
  view.dispatchEvent(new Event('keydown'));
}

describe('PageListeners', () => {
  it('hears the five events once per document, however many boxes share it', () => {
    const events = recorder();
    const listeners = new PageListeners(document, events);
    listeners.watch(document);
    listeners.watch(document);
    fireAll(document);
    expect(events.calls).toEqual(['pointermove', 'viewport', 'viewport', 'mousedown', 'keydown']);
    listeners.destroy();
  });

  it("keeps another document's listeners until its last box goes, then removes them all", () => {
    const events = recorder();
    const listeners = new PageListeners(document, events);
    const frameDoc = frameDocument();
    listeners.watch(frameDoc);
    listeners.watch(frameDoc);
    listeners.unwatch(frameDoc);
    fireAll(frameDoc);
    expect(events.calls).toHaveLength(5);
    listeners.unwatch(frameDoc);
    events.calls.length = 0;
    fireAll(frameDoc);
    expect(events.calls).toEqual([]);
  });

  it('never stops hearing its own document before destroy(), which removes everything', () => {
    const events = recorder();
    const listeners = new PageListeners(document, events);
    const frameDoc = frameDocument();
    listeners.watch(document);
    listeners.watch(frameDoc);
    listeners.unwatch(document);
    listeners.unwatch(document);
    fireAll(document);
    expect(events.calls).toHaveLength(5);
    listeners.destroy();
    events.calls.length = 0;
    fireAll(document);
    fireAll(frameDoc);
    expect(events.calls).toEqual([]);
  });

  it('passes the document a pointer moved in, and the key event itself (so the UI can take the key)', () => {
    const pointerMove = vi.fn();
    const keyDown = vi.fn();
    const listeners = new PageListeners(document, { ...recorder(), pointerMove, keyDown });
    const frameDoc = frameDocument();
    listeners.watch(frameDoc);
    frameDoc.defaultView!.dispatchEvent(new Event('pointermove'));
    expect(pointerMove.mock.calls[0]![0]).toBe(frameDoc);
    const key = new frameDoc.defaultView!.KeyboardEvent('keydown', { key: 'Enter', altKey: true, cancelable: true });
    frameDoc.defaultView!.dispatchEvent(key);
    expect(keyDown).toHaveBeenCalledWith(key);
    listeners.destroy();
  });
});
