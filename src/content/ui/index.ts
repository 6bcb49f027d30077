// The in-page UI: underlines, the textarea overlay, the suggestion card and its keyboard path.
// The content-script core (../index.ts) decides what to analyse and applies rewrites; this
// module only draws what it is given and reports the user's choices back.
import type { EditorAdapter } from '../adapters/adapter';
import type { Finding, Report, Suggestion } from '../../shared/contract/index';
import { HIGHLIGHT_PRIORITY, slugOf } from './categories';
import type { Card, CardPager } from './card';
import { contains, frameOffset, isTextControl, shift, visibleRects, type Box } from './geometry';
import { HighlightPainter, highlightsSupported, type PaintedRange } from './highlights';
import type { TextOverlay } from './overlay';
import { createRoot, findStatus, writeStatus } from './root';
import { selectionFor } from '../selection';
import { loadLazy } from '../lazy/load';
import { diffBounds, shiftSpan, type LiveSpan } from './spans';

export interface BoxStatus {
  adapter: string;
  state: 'pending' | 'ready' | 'error' | 'partial';
  findings: number;
  latencyMs?: number;
}

export interface Ui {
  /** Paints underlines for this box (replacing its previous ones). */
  render(box: { id: string; adapter: EditorAdapter; report: Report; text: string }): void;
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

const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 300;
const OVERLAY_WATCH_MS = 400;

interface BoxEntry {
  id: string;
  adapter: EditorAdapter;
  text: string;
  /** Everything the engine reported; `visible` is what is drawn after ignores. */
  findings: Finding[];
  visible: Finding[];
  /** Occurrences ignored for this exact text (finding id + start). */
  ignored: Set<string>;
  ranges: Map<Finding, Range>;
  /** The last report covered only the region around the caret (a very long draft). */
  partial: boolean;
  overlay: TextOverlay | null;
  detachInput: () => void;
}

type CardModule = typeof import('./card');
type OverlayModule = typeof import('./overlay');

type SavedCaret =
  | { kind: 'text'; start: number; end: number; direction: 'forward' | 'backward' | 'none' }
  | { kind: 'range'; range: Range | null; offset: number | null };

interface OpenCard {
  boxId: string;
  finding: Finding;
  card: Card;
  mode: 'hover' | 'keyboard';
  saved: SavedCaret | null;
  /** Where the finding starts in the draft as the card opened (the report's offset may be stale). */
  liveStart: number;
  /** Every finding at the spot the card opened on, in paging order (the shown one included). */
  stack: Finding[];
}

interface Hit {
  boxId: string;
  finding: Finding;
  rect: Box;
}

export function createUi(doc: Document): Ui {
  return new PageUi(doc);
}

class PageUi implements Ui {
  private readonly root;
  private readonly painter = new HighlightPainter();
  private readonly boxes = new Map<string, BoxEntry>();
  private readonly statuses = new Map<string, BoxStatus>();
  private readonly neverIds = new Set<string>();
  private readonly listeners = new Map<Document, { count: number; detach: () => void }>();
  private applyCbs: Array<(boxId: string, finding: Finding, suggestion: Suggestion) => void> = [];
  private ignoreCbs: Array<(boxId: string, finding: Finding) => void> = [];
  private neverCbs: Array<(boxId: string, finding: Finding) => void> = [];
  private open: OpenCard | null = null;
  /** A card asked for while its code was loading; a newer request or a close cancels it. */
  private pendingOpen: { entry: BoxEntry; finding: Finding } | null = null;
  private pendingHover: { hit: Hit; timer: number } | null = null;
  private closeTimer = 0;
  private frame = 0;
  /** Something scrolled or resized: the next frame re-checks which underlines are near the screen. */
  private viewportMoved = false;
  private lastPointer: { doc: Document; x: number; y: number } | null = null;
  private overlayWatch = 0;
  private destroyed = false;
  /** The card's module, once loaded; `cardLoading` while it is being injected. */
  private cardModule: CardModule | null = null;
  private cardLoading: Promise<CardModule | null> | null = null;
  private overlayLoading: Promise<OverlayModule | null> | null = null;

  /**
   * Where the card is shown: an editor in a same-origin iframe (TinyMCE) has a viewport too small
   * for it, so the card goes to the top-most same-origin document, over the frame.
   */
  private readonly cardDoc: Document;

  constructor(private readonly doc: Document) {
    this.root = createRoot(doc);
    this.cardDoc = topSameOriginDocument(doc);
    this.listen(doc);
    if (this.cardDoc !== doc) this.listen(this.cardDoc);
  }

  /** The shadow root for the card: ours, or the top document's `<attune-ui>` (made if missing). */
  private cardShadow(): ShadowRoot {
    if (this.cardDoc === this.doc) return this.root.shadow;
    try {
      const host = this.cardDoc.querySelector('attune-ui');
      if (host?.shadowRoot) return host.shadowRoot;
      return createRoot(this.cardDoc).shadow;
    } catch {
      return this.root.shadow;
    }
  }

  render(box: { id: string; adapter: EditorAdapter; report: Report; text: string }): void {
    if (this.destroyed) return;
    try {
      this.root.ensureAttached();
      const entry = this.entryFor(box.id, box.adapter);
      if (entry.text !== box.text) entry.ignored.clear();
      entry.text = box.text;
      entry.findings = validFindings(box.report?.findings, box.text.length);
      entry.partial = !!box.report?.partial;
      this.paint(entry);
      this.refreshOpenCard(entry);
    } catch (error) {
      reportQuietly(error);
    }
  }

  clear(boxId: string): void {
    const entry = this.boxes.get(boxId);
    if (this.open?.boxId === boxId) this.closeCard(this.open.card.hasFocus());
    if (!entry) return;
    this.painter.clear(boxId);
    entry.overlay?.destroy();
    entry.detachInput();
    this.boxes.delete(boxId);
    this.unlisten(entry.adapter.doc);
    this.updateOverlayWatch();
    if (entry.adapter.element.isConnected && this.statuses.has(boxId)) {
      this.writeStatus(boxId); // the box is still there, with nothing underlined
    } else {
      findStatus(this.root.shadow, boxId)?.remove();
      this.statuses.delete(boxId);
    }
  }

  forget(boxId: string): void {
    this.statuses.delete(boxId);
    this.clear(boxId);
    findStatus(this.root.shadow, boxId)?.remove();
  }

  setStatus(boxId: string, status: BoxStatus): void {
    if (this.destroyed) return;
    this.statuses.set(boxId, status);
    this.writeStatus(boxId);
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
    const entry = this.boxes.get(boxId);
    if (!entry || this.destroyed) return false;
    try {
      const caret = entry.adapter.caretOffset();
      if (caret === null) return false;
      const live = this.liveSpans(entry);
      const stack = findingsAt(live, caret);
      const finding = findingAt(live, caret);
      if (!finding) return false;
      if (this.open?.boxId === boxId && this.open.stack.includes(finding) && this.open.mode === 'keyboard') return true;
      // Scrolled out of sight in its box: place the card by the box rather than not at all.
      const anchor = this.anchorFor(entry, finding, null) ?? this.boxAnchor(entry);
      const saved = saveCaret(entry.adapter);
      this.openCard(entry, finding, anchor, 'keyboard', saved, live.get(finding)!.start, orderFirst(stack, finding));
      return true;
    } catch (error) {
      reportQuietly(error);
      return false;
    }
  }

  destroy(): void {
    if (this.destroyed) return;
    this.closeCard(false);
    for (const id of [...this.boxes.keys()]) this.clear(id);
    for (const { detach } of this.listeners.values()) detach();
    this.listeners.clear();
    this.painter.destroy();
    this.cancelHover();
    cancelAnimationFrame(this.frame);
    this.root.remove();
    this.destroyed = true;
  }

  // ---- painting ----

  private entryFor(id: string, adapter: EditorAdapter): BoxEntry {
    const existing = this.boxes.get(id);
    if (existing && existing.adapter === adapter) return existing;
    if (existing) this.clear(id);
    const entry: BoxEntry = {
      id, adapter, text: '', findings: [], visible: [], ignored: new Set(), ranges: new Map(), partial: false,
      overlay: null, detachInput: () => {},
    };
    const el = adapter.element;
    if (isTextControl(el)) {
      void this.attachOverlay(entry, el);
    } else {
      const onInput = () => this.afterEdit(entry);
      el.addEventListener('input', onInput);
      entry.detachInput = () => el.removeEventListener('input', onInput);
    }
    this.boxes.set(id, entry);
    this.listen(adapter.doc);
    this.updateOverlayWatch();
    return entry;
  }

  /**
   * A textarea's underlines need the mirror overlay, part of the lazily injected code (../lazy)
   * loaded with the first textarea box that gets a report. Until it is there the box simply has
   * no underlines; it is painted as soon as it arrives.
   */
  private async attachOverlay(entry: BoxEntry, el: HTMLTextAreaElement | HTMLInputElement): Promise<void> {
    if (!extensionAlive()) return;
    this.overlayLoading ??= loadLazy().then((lazy) => lazy?.overlay ?? null);
    let module: OverlayModule | null;
    try {
      module = await this.overlayLoading;
    } catch (error) {
      module = null;
      reportQuietly(error);
    }
    if (!module) {
      this.overlayLoading = null; // the next report tries again
      return;
    }
    if (this.destroyed || this.boxes.get(entry.id) !== entry) return;
    entry.overlay = new module.TextOverlay(this.root.shadow, el);
    const onInput = () => {
      entry.overlay?.followEdit();
      this.afterEdit(entry);
      this.scheduleSync();
    };
    el.addEventListener('input', onInput);
    const resize = new ResizeObserver(() => {
      entry.overlay?.markDirty();
      this.scheduleSync();
    });
    resize.observe(el);
    entry.detachInput = () => {
      el.removeEventListener('input', onInput);
      resize.disconnect();
    };
    this.updateOverlayWatch();
    // Painted against the text the report described; a draft that moved on waits for its own report.
    if (el.value === entry.text) this.paint(entry);
  }

  private paint(entry: BoxEntry): void {
    entry.visible = entry.findings.filter(
      (f) => !this.neverIds.has(f.id) && !entry.ignored.has(occurrence(f)) && f.end > f.start,
    );
    if (isTextControl(entry.adapter.element)) {
      entry.overlay?.setItems(
        entry.text,
        entry.visible.map((finding) => ({ finding, slug: slugOf(finding.category), start: finding.start, end: finding.end })),
      );
    } else {
      entry.ranges = new Map();
      const painted: PaintedRange[] = [];
      for (const finding of entry.visible) {
        const range = safeRange(entry.adapter, finding);
        if (!range) continue;
        entry.ranges.set(finding, range);
        painted.push({ slug: slugOf(finding.category), range });
      }
      if (highlightsSupported(entry.adapter.doc)) this.painter.paint(entry.adapter.doc, entry.id, painted);
    }
    this.writeStatus(entry.id);
    if (entry.visible.length > 0) this.preloadCard();
  }

  /** Once something is underlined a card is likely: fetch its code while the page is idle. */
  private preloadCard(): void {
    if (this.cardLoading || this.cardModule) return;
    const view = this.doc.defaultView;
    if (!view) return;
    const load = () => void (this.destroyed || !extensionAlive() || this.loadCard());
    if (typeof view.requestIdleCallback === 'function') view.requestIdleCallback(load, { timeout: 2000 });
    else view.setTimeout(load, 500);
  }

  private paintedCount(entry: BoxEntry): number {
    if (isTextControl(entry.adapter.element)) return entry.overlay?.currentItems.length ?? 0;
    return entry.ranges.size;
  }

  private writeStatus(boxId: string): void {
    const status = this.statuses.get(boxId);
    const entry = this.boxes.get(boxId);
    if (!status && !entry) return;
    writeStatus(this.root.shadow, boxId, {
      adapter: status?.adapter ?? entry?.adapter.name ?? 'unknown',
      state: status?.state ?? 'ready',
      // What is underlined right now (after ignores), which can differ from the report's count.
      findings: entry ? this.paintedCount(entry) : 0,
      latencyMs: status?.latencyMs,
    });
  }

  /** Typing: a hover card would cover the text being written, and shifted text moves overlays. */
  private afterEdit(entry: BoxEntry): void {
    if (this.open?.boxId === entry.id && this.open.mode === 'hover') this.closeCard(false);
    if (entry.overlay) this.writeStatus(entry.id);
  }

  // ---- the card ----

  /**
   * The card's code is injected on first use (../lazy): a page where nothing is underlined never
   * loads it. A failed load (extension reloaded meanwhile) leaves the card closed, nothing else.
   */
  private loadCard(): Promise<CardModule | null> {
    if (!extensionAlive()) return Promise.resolve(null);
    this.cardLoading ??= loadLazy().then(
      (lazy) => {
        if (!lazy) this.cardLoading = null;
        return (this.cardModule = lazy?.card ?? null);
      },
      (error) => {
        this.cardLoading = null;
        reportQuietly(error);
        return null;
      },
    );
    return this.cardLoading;
  }

  /** Opens now when the card's code is loaded, else as soon as it is, if the finding is still shown. */
  private openCard(
    entry: BoxEntry, finding: Finding, anchor: Box, mode: OpenCard['mode'], saved: SavedCaret | null, liveStart: number, stack: Finding[] = [finding],
  ): void {
    if (this.cardModule) return this.showCard(this.cardModule, entry, finding, anchor, mode, saved, liveStart, stack);
    const wanted = { entry, finding };
    this.pendingOpen = wanted;
    void this.loadCard().then((module) => {
      if (!module || this.destroyed || this.pendingOpen !== wanted) return;
      this.pendingOpen = null;
      if (this.boxes.get(entry.id) !== entry || !entry.visible.includes(finding)) return;
      const fresh = this.anchorFor(entry, finding, anchor) ?? (mode === 'keyboard' ? anchor : null);
      if (fresh) this.showCard(module, entry, finding, fresh, mode, saved, liveStart, stack);
    });
  }

  private showCard(
    module: CardModule, entry: BoxEntry, finding: Finding, anchor: Box, mode: OpenCard['mode'], saved: SavedCaret | null, liveStart: number,
    stack: Finding[] = [finding],
  ): void {
    const refocus = this.open?.card.hasFocus() ?? false;
    // Swapping one card for another keeps focus in the card rather than bouncing through the editor.
    this.closeCard(false, refocus);
    this.cancelHover();
    const boxId = entry.id;
    const card = new module.Card(this.cardShadow(), finding, entry.text, {
      apply: (suggestion) => this.choose(boxId, finding, () => this.applyCbs.forEach((cb) => cb(boxId, finding, suggestion))),
      ignore: () =>
        this.choose(boxId, finding, () => {
          entry.ignored.add(occurrence(finding));
          this.paint(entry);
          this.ignoreCbs.forEach((cb) => cb(boxId, finding));
          this.showNextAtSpot(module, entry, finding, anchor, mode, saved, stack);
        }),
      never: () =>
        this.choose(boxId, finding, () => {
          this.neverIds.add(finding.id);
          for (const other of this.boxes.values()) this.paint(other);
          this.neverCbs.forEach((cb) => cb(boxId, finding));
        }),
    }, { partial: entry.partial, pager: this.pagerFor(module, entry, finding, anchor, mode, saved, stack) });
    this.open = { boxId, finding, card, mode, saved, liveStart, stack };
    card.el.addEventListener('pointerenter', () => this.cancelClose());
    card.el.addEventListener('pointerleave', () => {
      if (this.open?.card === card && this.open.mode === 'hover') this.scheduleClose();
    });
    card.el.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (this.open?.card === card && next && !card.el.contains(next)) this.closeCard(false);
    });
    card.placeBy(anchor);
    if (mode === 'keyboard' || refocus) card.focusFirst();
  }

  /** Paging swaps the card for the neighbouring finding at the same spot, wrapping around. */
  private pagerFor(
    module: CardModule, entry: BoxEntry, finding: Finding, anchor: Box, mode: OpenCard['mode'], saved: SavedCaret | null, stack: Finding[],
  ): CardPager | undefined {
    const index = stack.indexOf(finding);
    if (stack.length < 2 || index < 0) return undefined;
    return {
      index,
      total: stack.length,
      go: (step) => {
        if (this.open?.finding !== finding) return;
        const target = stack[(index + step + stack.length) % stack.length];
        const start = this.liveSpans(entry).get(target)?.start ?? target.start;
        this.showCard(module, entry, target, this.anchorFor(entry, target, anchor) ?? anchor, mode, saved, start, stack);
      },
    };
  }

  /** After Ignore the card moves on to what is left at that spot, if anything. */
  private showNextAtSpot(
    module: CardModule, entry: BoxEntry, done: Finding, anchor: Box, mode: OpenCard['mode'], saved: SavedCaret | null, stack: Finding[],
  ): void {
    const rest = stack.filter((f) => f !== done && entry.visible.includes(f));
    const next = rest[0];
    if (!next || this.boxes.get(entry.id) !== entry) return;
    const start = this.liveSpans(entry).get(next)?.start ?? next.start;
    this.showCard(module, entry, next, this.anchorFor(entry, next, anchor) ?? anchor, mode, saved, start, rest);
  }

  /** Runs a card action after closing the card and giving the editor its focus and caret back. */
  private choose(boxId: string, finding: Finding, action: () => void): void {
    if (this.open?.boxId !== boxId || this.open.finding !== finding) return;
    this.closeCard(true);
    try {
      action();
    } catch (error) {
      reportQuietly(error);
    }
  }

  private closeCard(restoreFocus: boolean, swapping = false): void {
    this.pendingOpen = null;
    const open = this.open;
    if (!open) return;
    this.open = null;
    this.cancelClose();
    const hadFocus = open.card.hasFocus();
    open.card.remove();
    if (!swapping && (restoreFocus || hadFocus)) {
      const entry = this.boxes.get(open.boxId);
      if (entry) restoreCaret(entry.adapter, open.saved);
    }
  }

  /** After a re-render the open card follows its finding, or closes when the finding is gone. */
  private refreshOpenCard(entry: BoxEntry): void {
    const open = this.open;
    if (!open || open.boxId !== entry.id) return;
    // The card may have opened on a report the user had typed past: its finding now starts where
    // the text had moved it to.
    const same = entry.visible.find((f) => f.id === open.finding.id && f.start === open.liveStart);
    const anchor = same ? this.anchorFor(entry, same, null) : null;
    if (!same || !anchor) {
      this.closeCard(open.card.hasFocus());
      return;
    }
    if (open.stack.length > 1 && same !== open.finding && this.cardModule) {
      // A new report made new finding objects: rebuild the pager over what is still at the spot.
      const stack = open.stack
        .map((old) => entry.visible.find((f) => f.id === old.id && f.start === old.start - open.finding.start + same.start))
        .filter((f): f is Finding => !!f);
      this.showCard(this.cardModule, entry, same, anchor, open.mode, open.saved, same.start, orderFirst(stack, same));
      return;
    }
    open.finding = same;
    open.liveStart = same.start;
    open.card.placeBy(anchor);
  }

  /**
   * Each underlined finding's span in the draft as it is now. The report's offsets are only true
   * for the text it described: a textarea's overlay shifts its spans as the user types; for a rich
   * editor the current text is read here (only on Alt+Enter) and compared with the report's.
   */
  private liveSpans(entry: BoxEntry): Map<Finding, LiveSpan> {
    const spans = new Map<Finding, LiveSpan>();
    if (entry.overlay) {
      for (const finding of entry.visible) {
        const span = entry.overlay.spanOf(finding);
        if (span) spans.set(finding, span);
      }
      return spans;
    }
    const current = entry.adapter.readText();
    const edit = current === entry.text ? null : diffBounds(entry.text, current);
    for (const finding of entry.visible) {
      if (!entry.ranges.has(finding)) continue;
      const span = edit ? shiftSpan(finding, edit) : finding;
      if (span) spans.set(finding, span);
    }
    return spans;
  }

  /** The rect to place the card by, in the UI's viewport: the one nearest `near`, else the first. */
  private anchorFor(entry: BoxEntry, finding: Finding, near: Box | null): Box | null {
    const rects = this.rectsOf(entry, finding);
    if (rects.length === 0) return null;
    if (!near) return rects[0];
    return rects.reduce((a, b) => (Math.abs(b.top - near.top) < Math.abs(a.top - near.top) ? b : a));
  }

  private boxAnchor(entry: BoxEntry): Box {
    const rect = entry.adapter.element.getBoundingClientRect();
    const off = frameOffset(entry.adapter.doc, this.cardDoc);
    return shift({ left: rect.left, top: rect.top, right: rect.right, bottom: Math.min(rect.bottom, rect.top + 24) }, off);
  }

  private rectsOf(entry: BoxEntry, finding: Finding): Box[] {
    if (entry.overlay) {
      const off = frameOffset(this.doc, this.cardDoc);
      return entry.overlay.rectsOf(finding).map((r) => shift(r, off));
    }
    const range = entry.ranges.get(finding);
    if (!range) return [];
    const off = frameOffset(entry.adapter.doc, this.cardDoc);
    return visibleRects(range.getClientRects()).map((r) => shift(r, off));
  }

  // ---- hover ----

  private hitTest(doc: Document, x: number, y: number): Hit | null {
    const toUi = frameOffset(doc, this.doc);
    const off = frameOffset(doc, this.cardDoc);
    let best: Hit | null = null;
    let bestScore = -Infinity;
    for (const entry of this.boxes.values()) {
      if (entry.adapter.doc !== doc || entry.visible.length === 0) continue;
      const bounds = entry.adapter.element.getBoundingClientRect();
      if (!contains(bounds, x, y, 6)) continue;
      if (entry.overlay) {
        const hit = entry.overlay.hitTest(x + toUi.x, y + toUi.y);
        if (hit) return { boxId: entry.id, finding: hit.finding, rect: shift(hit.rect, frameOffset(this.doc, this.cardDoc)) };
        continue;
      }
      const culled = highlightsSupported(doc);
      for (const [finding, range] of entry.ranges) {
        // Underlines far off screen are not drawn, so there is nothing there to hover.
        if (culled && !this.painter.isShown(range)) continue;
        for (const rect of visibleRects(range.getClientRects())) {
          if (!contains(rect, x, y)) continue;
          const score = HIGHLIGHT_PRIORITY[slugOf(finding.category)] * 1e6 - (finding.end - finding.start);
          if (score > bestScore) {
            bestScore = score;
            best = { boxId: entry.id, finding, rect: shift(rect, off) };
          }
        }
      }
    }
    return best;
  }

  private onPointer(doc: Document, event: PointerEvent): void {
    if (this.open && event.composedPath().includes(this.open.card.el)) {
      this.cancelClose();
      return;
    }
    this.lastPointer = { doc, x: event.clientX, y: event.clientY };
    this.scheduleSync();
  }

  private hover(doc: Document, x: number, y: number): void {
    const hit = this.boxes.size ? this.hitTest(doc, x, y) : null;
    if (!hit) {
      this.cancelHover();
      if (this.open?.mode === 'hover') this.scheduleClose();
      return;
    }
    if (this.open?.boxId === hit.boxId && this.open.stack.includes(hit.finding)) {
      this.cancelClose();
      return;
    }
    // A card the user opened from the keyboard stays until they are done with it.
    if (this.open?.mode === 'keyboard') return;
    if (this.pendingHover?.hit.finding === hit.finding) return;
    this.cancelHover();
    const timer = this.setTimer(() => {
      this.pendingHover = null;
      const entry = this.boxes.get(hit.boxId);
      if (!entry || !entry.visible.includes(hit.finding)) return;
      const anchor = this.anchorFor(entry, hit.finding, hit.rect);
      const live = this.liveSpans(entry);
      const start = live.get(hit.finding)?.start ?? hit.finding.start;
      const stack = orderFirst(findingsAt(live, start), hit.finding);
      if (anchor) this.openCard(entry, hit.finding, anchor, 'hover', null, start, stack);
    }, HOVER_OPEN_MS);
    this.pendingHover = { hit, timer };
  }

  private cancelHover(): void {
    if (this.pendingHover) this.doc.defaultView?.clearTimeout(this.pendingHover.timer);
    this.pendingHover = null;
  }

  private scheduleClose(): void {
    if (this.closeTimer) return;
    this.closeTimer = this.setTimer(() => {
      this.closeTimer = 0;
      if (this.open?.mode === 'hover') this.closeCard(false);
    }, HOVER_CLOSE_MS);
  }

  private cancelClose(): void {
    if (this.closeTimer) this.doc.defaultView?.clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }

  private setTimer(run: () => void, ms: number): number {
    return this.doc.defaultView?.setTimeout(run, ms) ?? 0;
  }

  // ---- keeping up with the page ----

  private scheduleSync(): void {
    if (this.frame || this.destroyed) return;
    const view = this.doc.defaultView;
    if (!view) return;
    // One frame does both jobs: overlays and the card follow the page, then the latest pointer
    // position is hit-tested (at most once per frame, however fast the mouse moves).
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.viewportMoved) {
        this.viewportMoved = false;
        try {
          this.painter.refresh();
        } catch (error) {
          reportQuietly(error);
        }
      }
      this.sync();
      const point = this.lastPointer;
      this.lastPointer = null;
      if (point) this.hover(point.doc, point.x, point.y);
    });
  }

  /** Overlays follow their controls; the open card follows its underline or closes when it left the screen. */
  private sync(): void {
    for (const entry of this.boxes.values()) entry.overlay?.sync();
    const open = this.open;
    if (!open) return;
    const entry = this.boxes.get(open.boxId);
    const anchor = entry ? this.anchorFor(entry, open.finding, null) : null;
    if (!anchor) {
      if (open.mode === 'hover') this.closeCard(false);
      return;
    }
    open.card.placeBy(anchor);
  }

  private updateOverlayWatch(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const needed = !this.destroyed && [...this.boxes.values()].some((e) => e.overlay);
    if (needed && !this.overlayWatch) {
      // Reflow elsewhere on the page can move a textarea without any event reaching us.
      this.overlayWatch = view.setInterval(() => this.scheduleSync(), OVERLAY_WATCH_MS);
    } else if (!needed && this.overlayWatch) {
      view.clearInterval(this.overlayWatch);
      this.overlayWatch = 0;
    }
  }

  private listen(doc: Document): void {
    const known = this.listeners.get(doc);
    if (known) {
      known.count++;
      return;
    }
    const view = doc.defaultView;
    if (!view) return;
    const onPointer = (event: PointerEvent) => this.onPointer(doc, event);
    const onScroll = () => {
      this.viewportMoved = true;
      this.scheduleSync();
    };
    const onKey = (event: KeyboardEvent) => this.onKey(event);
    const onDown = (event: MouseEvent) => {
      if (this.open && !event.composedPath().includes(this.open.card.el)) this.closeCard(false);
    };
    const capture = { capture: true, passive: true } as const;
    view.addEventListener('pointermove', onPointer, capture);
    view.addEventListener('scroll', onScroll, capture);
    view.addEventListener('resize', onScroll, capture);
    view.addEventListener('mousedown', onDown, capture);
    view.addEventListener('keydown', onKey, true);
    const detach = () => {
      view.removeEventListener('pointermove', onPointer, capture);
      view.removeEventListener('scroll', onScroll, capture);
      view.removeEventListener('resize', onScroll, capture);
      view.removeEventListener('mousedown', onDown, capture);
      view.removeEventListener('keydown', onKey, true);
    };
    this.listeners.set(doc, { count: 1, detach });
  }

  private unlisten(doc: Document): void {
    const known = this.listeners.get(doc);
    if (!known || doc === this.doc) return;
    if (--known.count > 0) return;
    known.detach();
    this.listeners.delete(doc);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      event.stopPropagation();
      this.closeCard(this.open.mode === 'keyboard' || this.open.card.hasFocus());
      return;
    }
    if (event.key === 'Enter' && event.altKey && !event.ctrlKey && !event.metaKey) {
      const path = event.composedPath();
      for (const entry of this.boxes.values()) {
        if (!path.includes(entry.adapter.element)) continue;
        if (this.openCardAtCaret(entry.id)) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
        return;
      }
    }
  }
}

/** The finding the caret is in or next to; among nested ones the smallest, then the most prominent kind. */
function findingAt(spans: Map<Finding, LiveSpan>, caret: number): Finding | null {
  let best: Finding | null = null;
  let bestSize = Infinity;
  for (const [finding, span] of spans) {
    if (caret < span.start || caret > span.end) continue;
    const size = span.end - span.start - HIGHLIGHT_PRIORITY[slugOf(finding.category)] * 0.01;
    if (size < bestSize) {
      best = finding;
      bestSize = size;
    }
  }
  return best;
}

/** Every finding covering the caret, most prominent category first, then by where it starts. */
function findingsAt(spans: Map<Finding, LiveSpan>, caret: number): Finding[] {
  const here = [...spans].filter(([, span]) => caret >= span.start && caret <= span.end);
  here.sort(([a, sa], [b, sb]) => HIGHLIGHT_PRIORITY[slugOf(b.category)] - HIGHLIGHT_PRIORITY[slugOf(a.category)] || sa.start - sb.start);
  return here.map(([finding]) => finding);
}

/** The stack in paging order; the finding the user pointed at is where the card opens, not moved. */
function orderFirst(stack: Finding[], shown: Finding): Finding[] {
  return stack.includes(shown) ? stack : [shown, ...stack];
}

function topSameOriginDocument(doc: Document): Document {
  let current = doc;
  try {
    for (let frame = current.defaultView?.frameElement; frame; frame = current.defaultView?.frameElement) {
      current = frame.ownerDocument;
    }
  } catch {
    // A cross-origin ancestor stops the walk.
  }
  return current;
}

function occurrence(finding: Finding): string {
  return `${finding.id}@${finding.start}`;
}

/** Findings whose spans fit the text; anything malformed from a stale or odd report is dropped. */
function validFindings(findings: Finding[] | undefined, length: number): Finding[] {
  if (!Array.isArray(findings)) return [];
  return findings.filter(
    (f) =>
      f &&
      Number.isInteger(f.start) &&
      Number.isInteger(f.end) &&
      f.start >= 0 &&
      f.start <= f.end &&
      f.end <= length &&
      Array.isArray(f.suggestions),
  );
}

function safeRange(adapter: EditorAdapter, finding: Finding): Range | null {
  try {
    return adapter.rangeOf(finding.start, finding.end);
  } catch {
    return null;
  }
}

function saveCaret(adapter: EditorAdapter): SavedCaret | null {
  const el = adapter.element;
  try {
    if (isTextControl(el)) {
      return {
        kind: 'text',
        start: el.selectionStart ?? 0,
        end: el.selectionEnd ?? 0,
        direction: el.selectionDirection ?? 'none',
      };
    }
    const selection = selectionFor(el);
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    return { kind: 'range', range, offset: adapter.caretOffset() };
  } catch {
    return null;
  }
}

/** Gives the editor its focus back, with the caret where it was before the card took focus. */
function restoreCaret(adapter: EditorAdapter, saved: SavedCaret | null): void {
  const el = adapter.element;
  try {
    el.focus({ preventScroll: true });
    if (!saved) return;
    if (saved.kind === 'text' && isTextControl(el)) {
      el.setSelectionRange(saved.start, saved.end, saved.direction);
      return;
    }
    if (saved.kind !== 'range') return;
    let range = saved.range && saved.range.startContainer.isConnected ? saved.range : null;
    if (!range && saved.offset !== null) range = adapter.rangeOf(saved.offset, saved.offset);
    const selection = selectionFor(el);
    if (!range || !selection) return;
    selection.removeAllRanges();
    selection.addRange(range);
  } catch {
    // The editor re-rendered under us; focus alone is the best we can do.
  }
}

/**
 * The lazy code comes from the worker: after a reload or update the old script has no worker to
 * ask, so it does not try.
 */
function extensionAlive(): boolean {
  const scope = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
  const runtime = (scope.browser ?? scope.chrome)?.runtime;
  // No extension API at all: the UI runs bundled into a page (tests), where the lazy code is bundled in.
  return !runtime || !!runtime.id;
}

function reportQuietly(error: unknown): void {
  // The page must never see an exception from us; the console keeps it for debugging.
  console.debug('[attune] ui:', error);
}
