// Keeping up with the page: the window events the UI follows in each document that holds a box,
// the one animation frame per change in which underlines, overlays and the card catch up, and
// the UI's timers (on the page's own window).

/** What the UI does with the page's events. */
export interface PageEvents {
  pointerMove(doc: Document, event: PointerEvent): void;
  /** Scroll or resize, anywhere in the document. */
  viewportMoved(): void;
  mouseDown(event: MouseEvent): void;
  keyDown(event: KeyboardEvent): void;
}

/**
 * One set of listeners per document, shared by the boxes in it and removed (one abort) when the
 * last of them goes. The UI's own document is followed for the UI's whole life.
 */
export class PageListeners {
  private readonly watched = new Map<Document, { users: number; listeners: AbortController }>();

  constructor(
    private readonly home: Document,
    private readonly events: PageEvents,
  ) {}

  watch(doc: Document): void {
    const known = this.watched.get(doc);
    if (known) {
      known.users++;
      return;
    }
    const view = doc.defaultView;
    if (!view) return;
    const listeners = new AbortController();
    const signal = listeners.signal;
    const passive = { capture: true, passive: true, signal } as const;
    view.addEventListener('pointermove', (event) => this.events.pointerMove(doc, event), passive);
    view.addEventListener('scroll', () => this.events.viewportMoved(), passive);
    view.addEventListener('resize', () => this.events.viewportMoved(), passive);
    view.addEventListener('mousedown', (event) => this.events.mouseDown(event), passive);
    // Not passive: Escape and Alt+Enter are kept from the page when the UI acts on them.
    view.addEventListener('keydown', (event) => this.events.keyDown(event), { capture: true, signal });
    this.watched.set(doc, { users: 1, listeners });
  }

  unwatch(doc: Document): void {
    const known = this.watched.get(doc);
    if (!known || doc === this.home) return;
    if (--known.users > 0) return;
    known.listeners.abort();
    this.watched.delete(doc);
  }

  destroy(): void {
    for (const { listeners } of this.watched.values()) listeners.abort();
    this.watched.clear();
  }
}

export interface PointerSpot {
  doc: Document;
  x: number;
  y: number;
}

/** How often overlays check that their textarea did not move (no event tells of reflow elsewhere). */
const OVERLAY_WATCH_MS = 400;

/**
 * One frame does both jobs: overlays and the card follow the page, then the latest pointer
 * position is hit-tested (at most once per frame, however fast the mouse moves).
 */
export class FrameSync {
  private frame = 0;
  /** Something scrolled or resized: the next frame re-checks which underlines are near the screen. */
  private viewportMoved = false;
  private lastPointer: PointerSpot | null = null;
  private overlayWatch = 0;

  constructor(
    private readonly doc: Document,
    private readonly lifetime: AbortSignal,
    private readonly onFrame: (viewportMoved: boolean, pointer: PointerSpot | null) => void,
  ) {}

  request(): void {
    if (this.frame || this.lifetime.aborted) return;
    const view = this.doc.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      const moved = this.viewportMoved;
      const pointer = this.lastPointer;
      this.viewportMoved = false;
      this.lastPointer = null;
      this.onFrame(moved, pointer);
    });
  }

  pointerMoved(spot: PointerSpot): void {
    this.lastPointer = spot;
    this.request();
  }

  viewportChanged(): void {
    this.viewportMoved = true;
    this.request();
  }

  /** While any textarea overlay exists, a slow interval checks the page did not move it. */
  watchOverlays(needed: boolean): void {
    const view = this.doc.defaultView;
    if (!view) return;
    if (needed && !this.overlayWatch) {
      // Reflow elsewhere on the page can move a textarea without any event reaching us.
      this.overlayWatch = view.setInterval(() => this.request(), OVERLAY_WATCH_MS);
    } else if (!needed && this.overlayWatch) {
      view.clearInterval(this.overlayWatch);
      this.overlayWatch = 0;
    }
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
  }
}

/** Timeouts on the UI document's own window. */
export class PageTimers {
  constructor(private readonly doc: Document) {}

  /** The timer's id, or 0 when the document has no window. */
  set(run: () => void, ms: number): number {
    return this.doc.defaultView?.setTimeout(run, ms) ?? 0;
  }

  clear(timer: number): void {
    this.doc.defaultView?.clearTimeout(timer);
  }
}
