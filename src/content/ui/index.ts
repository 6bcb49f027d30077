// The in-page UI: underlines, the textarea overlay, the suggestion card and its keyboard path.
// The content-script core (../index.ts) decides what to analyse and applies rewrites; this
// module only draws what it is given and reports the user's choices back.
//
// One concern per file, wired together here:
//   painting.ts        what is underlined per box, and its status element
//   card-controller.ts the card's life: open (lazily loaded), page, act, follow, close
//   hover.ts           pointer over an underline → card after a delay
//   keyboard.ts        Alt+Enter at the caret, Escape (caret.ts saves and restores the caret)
//   page-watch.ts      window listeners per document, the per-frame catch-up, timers
//   placement.ts       where the card goes; spots.ts: which findings are at a spot now
import type { Finding, Suggestion } from '../../shared/contract/index';
import { CardController } from './card-controller';
import { reportQuietly } from './errors';
import { Hover } from './hover';
import { KeyboardPath } from './keyboard';
import { LazyModules } from './lazy-modules';
import { FrameSync, PageListeners, PageTimers, type PointerSpot } from './page-watch';
import { Painting, type BoxStatus, type RenderedBox } from './painting';
import { Placement } from './placement';
import { createRoot, type UiRoot } from './root';

export type { BoxStatus } from './painting';

export interface Ui {
  /** Paints underlines for this box (replacing its previous ones). */
  render(box: RenderedBox): void;
  /** Removes this box's underlines and closes its card. */
  clear(boxId: string): void;
  /** Removes this box's underlines, card and status element (its site was switched off). */
  forget(boxId: string): void;
  setStatus(boxId: string, status: BoxStatus): void;
  onApply(cb: (boxId: string, finding: Finding, suggestion: Suggestion) => void): void;
  /** Hide this one occurrence until the text changes. */
  onIgnore(cb: (boxId: string, finding: Finding) => void): void;
  /** "Don't flag this again": the caller persists finding.id. */
  onNever(cb: (boxId: string, finding: Finding) => void): void;
  /** The keyboard path (Alt+Enter): true when a card opened. */
  openCardAtCaret(boxId: string): boolean;
  /** Removes everything (extension reload/update). */
  destroy(): void;
}

export function createUi(doc: Document): Ui {
  return new PageUi(doc);
}

class PageUi implements Ui {
  /** Aborted by destroy(): every part checks it before acting on something that finished late. */
  private readonly lifetime = new AbortController();
  private readonly root: UiRoot;
  private readonly placement: Placement;
  private readonly frames: FrameSync;
  private readonly listeners: PageListeners;
  private readonly painting: Painting;
  private readonly card: CardController;
  private readonly hover: Hover;
  private readonly keyboard: KeyboardPath;
  private readonly applyCbs: Array<(boxId: string, finding: Finding, suggestion: Suggestion) => void> = [];
  private readonly ignoreCbs: Array<(boxId: string, finding: Finding) => void> = [];
  private readonly neverCbs: Array<(boxId: string, finding: Finding) => void> = [];

  constructor(doc: Document) {
    const lifetime = this.lifetime.signal;
    const timers = new PageTimers(doc);
    const lazy = new LazyModules(doc, lifetime);
    const root = (this.root = createRoot(doc));
    const placement = (this.placement = new Placement(doc));
    this.frames = new FrameSync(doc, lifetime, (moved, pointer) => this.catchUp(moved, pointer));
    this.listeners = new PageListeners(doc, {
      pointerMove: (from, event) => this.onPointerMove(from, event),
      viewportMoved: () => this.frames.viewportChanged(),
      mouseDown: (event) => this.card.closeOnPressOutside(event),
      keyDown: (event) => this.keyboard.onKey(event),
    });
    const painting = (this.painting = new Painting(root, lazy, lifetime, {
      edited: (entry) => this.card.closeHoverCardOn(entry.id),
      layoutChanged: () => this.frames.request(),
      boxAdded: (boxDoc) => this.listeners.watch(boxDoc),
      boxRemoved: (boxDoc) => this.listeners.unwatch(boxDoc),
      overlaysChanged: () => this.frames.watchOverlays(!lifetime.aborted && painting.hasOverlays),
    }));
    const card = (this.card = new CardController({
      root,
      placement,
      painting,
      lazy,
      timers,
      lifetime,
      choices: {
        apply: (boxId, finding, suggestion) => this.applyCbs.forEach((cb) => cb(boxId, finding, suggestion)),
        ignore: (boxId, finding) => this.ignoreCbs.forEach((cb) => cb(boxId, finding)),
        never: (boxId, finding) => this.neverCbs.forEach((cb) => cb(boxId, finding)),
      },
      showing: () => this.hover.cancel(),
    }));
    this.hover = new Hover({ painting, placement, card, timers });
    this.keyboard = new KeyboardPath({ painting, placement, card, lifetime });
    this.listeners.watch(doc);
    if (placement.cardDoc !== doc) this.listeners.watch(placement.cardDoc);
  }

  render(box: RenderedBox): void {
    if (this.lifetime.signal.aborted) return;
    try {
      this.root.ensureAttached();
      // The box has a new adapter (its editor was re-created): the old underlines and card go first.
      const known = this.painting.get(box.id);
      if (known && known.adapter !== box.adapter) this.clear(box.id);
      const entry = this.painting.render(box);
      this.card.refresh(entry);
    } catch (error) {
      reportQuietly(error);
    }
  }

  clear(boxId: string): void {
    this.card.closeOn(boxId);
    this.painting.clear(boxId);
  }

  forget(boxId: string): void {
    this.painting.removeStatus(boxId);
    this.clear(boxId);
  }

  setStatus(boxId: string, status: BoxStatus): void {
    if (this.lifetime.signal.aborted) return;
    this.painting.setStatus(boxId, status);
  }

  onApply(cb: (boxId: string, finding: Finding, suggestion: Suggestion) => void): void {
    this.applyCbs.push(cb);
  }

  onIgnore(cb: (boxId: string, finding: Finding) => void): void {
    this.ignoreCbs.push(cb);
  }

  onNever(cb: (boxId: string, finding: Finding) => void): void {
    this.neverCbs.push(cb);
  }

  openCardAtCaret(boxId: string): boolean {
    return this.keyboard.openAtCaret(boxId);
  }

  destroy(): void {
    if (this.lifetime.signal.aborted) return;
    this.card.close(false);
    for (const entry of [...this.painting.all()]) this.clear(entry.id);
    this.listeners.destroy();
    this.painting.destroy();
    this.hover.cancel();
    this.frames.destroy();
    this.root.remove();
    this.lifetime.abort();
  }

  private onPointerMove(doc: Document, event: PointerEvent): void {
    if (this.card.holds(event)) {
      this.card.keepOpen();
      return;
    }
    this.frames.pointerMoved({ doc, x: event.clientX, y: event.clientY });
  }

  /** Once per frame: underlines, overlays and the card follow the page, then the pointer is hit-tested. */
  private catchUp(viewportMoved: boolean, pointer: PointerSpot | null): void {
    if (viewportMoved) {
      try {
        this.painting.refreshHighlights();
      } catch (error) {
        reportQuietly(error);
      }
    }
    // Overlays follow their controls; the open card follows its underline or closes when it left the screen.
    this.painting.syncOverlays();
    this.card.follow();
    if (pointer) this.hover.pointerAt(pointer.doc, pointer.x, pointer.y);
  }
}
