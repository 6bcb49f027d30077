// What is underlined in each tracked box: the findings of its last report less those the user
// dismissed, painted as CSS highlights (rich editors) or by the mirror overlay (textarea / input),
// and the box's status element, the testing contract's observation point (docs/testing.md).
import type { EditorAdapter } from '../adapters/adapter';
import type { Finding, Report } from '../../shared/contract/index';
import { slugOf } from './categories';
import { isTextControl } from './geometry';
import { HighlightPainter, highlightsSupported, type PaintedRange } from './highlights';
import type { LazyModules } from './lazy-modules';
import type { TextOverlay } from './overlay';
import { findStatus, writeStatus, type UiRoot } from './root';

export interface BoxStatus {
  adapter: string;
  state: 'pending' | 'ready' | 'error' | 'partial';
  findings: number;
  latencyMs?: number;
}

export interface RenderedBox {
  id: string;
  adapter: EditorAdapter;
  report: Report;
  text: string;
}

export interface BoxEntry {
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
  /** Aborted when the box is cleared: removes its input listener (and the overlay's resize watch). */
  edits: AbortController;
}

/** What painting needs from the rest of the UI. */
export interface PaintingHooks {
  /** The user typed in this box (before its status is written again). */
  edited(entry: BoxEntry): void;
  /** The box's text or size changed: overlays must follow at the next frame. */
  layoutChanged(): void;
  /** A box in this document appeared or went away: the UI follows its events while any is left. */
  boxAdded(doc: Document): void;
  boxRemoved(doc: Document): void;
  /** Whether any box has a textarea overlay changed. */
  overlaysChanged(): void;
}

export class Painting {
  private readonly entries = new Map<string, BoxEntry>();
  private readonly statuses = new Map<string, BoxStatus>();
  /** Findings the user asked never to see again (the caller persists them). */
  private readonly neverIds = new Set<string>();
  private readonly highlights = new HighlightPainter();

  constructor(
    private readonly root: UiRoot,
    private readonly lazy: LazyModules,
    private readonly lifetime: AbortSignal,
    private readonly hooks: PaintingHooks,
  ) {}

  get(boxId: string): BoxEntry | undefined {
    return this.entries.get(boxId);
  }

  all(): IterableIterator<BoxEntry> {
    return this.entries.values();
  }

  get size(): number {
    return this.entries.size;
  }

  get hasOverlays(): boolean {
    return [...this.entries.values()].some((entry) => entry.overlay);
  }

  /** Takes a new report for a box (the caller has cleared a box whose adapter changed) and paints it. */
  render(box: RenderedBox): BoxEntry {
    const entry = this.entries.get(box.id) ?? this.add(box.id, box.adapter);
    if (entry.text !== box.text) entry.ignored.clear();
    entry.text = box.text;
    entry.findings = validFindings(box.report?.findings, box.text.length);
    entry.partial = !!box.report?.partial;
    this.paint(entry);
    return entry;
  }

  /** Hides this one occurrence until the text changes. */
  ignore(entry: BoxEntry, finding: Finding): void {
    entry.ignored.add(occurrence(finding));
    this.paint(entry);
  }

  /** Hides this finding everywhere. */
  never(findingId: string): void {
    this.neverIds.add(findingId);
    for (const entry of this.entries.values()) this.paint(entry);
  }

  /** Removes the box's underlines; its status element stays while the box is on the page. */
  clear(boxId: string): void {
    const entry = this.entries.get(boxId);
    if (!entry) return;
    this.highlights.clear(boxId);
    entry.overlay?.destroy();
    entry.edits.abort();
    this.entries.delete(boxId);
    this.hooks.boxRemoved(entry.adapter.doc);
    this.hooks.overlaysChanged();
    if (entry.adapter.element.isConnected && this.statuses.has(boxId)) {
      this.writeStatus(boxId); // the box is still there, with nothing underlined
    } else {
      this.removeStatus(boxId);
    }
  }

  setStatus(boxId: string, status: BoxStatus): void {
    this.statuses.set(boxId, status);
    this.writeStatus(boxId);
  }

  removeStatus(boxId: string): void {
    findStatus(this.root.shadow, boxId)?.remove();
    this.statuses.delete(boxId);
  }

  /** Registers the highlights scrolling brought near the viewport (once per frame). */
  refreshHighlights(): void {
    this.highlights.refresh();
  }

  /** False for a painted range that is far off screen and therefore not registered. */
  isShown(range: Range): boolean {
    return this.highlights.isShown(range);
  }

  /** Overlays follow their controls (scrolled, moved or resized). */
  syncOverlays(): void {
    for (const entry of this.entries.values()) entry.overlay?.sync();
  }

  /** Removes every underline (the boxes are cleared first). */
  destroy(): void {
    this.highlights.destroy();
  }

  private add(id: string, adapter: EditorAdapter): BoxEntry {
    const entry: BoxEntry = {
      id,
      adapter,
      text: '',
      findings: [],
      visible: [],
      ignored: new Set(),
      ranges: new Map(),
      partial: false,
      overlay: null,
      edits: new AbortController(),
    };
    const el = adapter.element;
    if (isTextControl(el)) void this.attachOverlay(entry, el);
    else el.addEventListener('input', () => this.afterEdit(entry), { signal: entry.edits.signal });
    this.entries.set(id, entry);
    this.hooks.boxAdded(adapter.doc);
    this.hooks.overlaysChanged();
    return entry;
  }

  /**
   * A textarea's underlines need the mirror overlay, part of the lazily injected code (../lazy)
   * loaded with the first textarea box that gets a report. Until it is there the box simply has
   * no underlines; it is painted as soon as it arrives.
   */
  private async attachOverlay(entry: BoxEntry, el: HTMLTextAreaElement | HTMLInputElement): Promise<void> {
    const module = await this.lazy.loadOverlay();
    if (!module || this.lifetime.aborted || this.entries.get(entry.id) !== entry) return;
    entry.overlay = new module.TextOverlay(this.root.shadow, el);
    const signal = entry.edits.signal;
    el.addEventListener(
      'input',
      () => {
        entry.overlay?.followEdit();
        this.afterEdit(entry);
        this.hooks.layoutChanged();
      },
      { signal },
    );
    const resize = new ResizeObserver(() => {
      entry.overlay?.markDirty();
      this.hooks.layoutChanged();
    });
    resize.observe(el);
    signal.addEventListener('abort', () => resize.disconnect());
    this.hooks.overlaysChanged();
    // Painted against the text the report described; a draft that moved on waits for its own report.
    if (el.value === entry.text) this.paint(entry);
  }

  /** Typing: the UI hears of it, and a textarea's shifted underlines may be fewer (the edit dropped those it touched). */
  private afterEdit(entry: BoxEntry): void {
    this.hooks.edited(entry);
    if (entry.overlay) this.writeStatus(entry.id);
  }

  private paint(entry: BoxEntry): void {
    entry.visible = entry.findings.filter((f) => !this.neverIds.has(f.id) && !entry.ignored.has(occurrence(f)) && f.end > f.start);
    if (isTextControl(entry.adapter.element)) this.paintOverlay(entry);
    else this.paintHighlights(entry);
    this.writeStatus(entry.id);
    // Once something is underlined a card is likely: its code is fetched while the page is idle.
    if (entry.visible.length > 0) this.lazy.preloadCard();
  }

  private paintOverlay(entry: BoxEntry): void {
    entry.overlay?.setItems(
      entry.text,
      entry.visible.map((finding) => ({ finding, slug: slugOf(finding.category), start: finding.start, end: finding.end })),
    );
  }

  private paintHighlights(entry: BoxEntry): void {
    entry.ranges = new Map();
    const painted: PaintedRange[] = [];
    for (const finding of entry.visible) {
      const range = safeRange(entry.adapter, finding);
      if (!range) continue;
      entry.ranges.set(finding, range);
      painted.push({ slug: slugOf(finding.category), range });
    }
    if (highlightsSupported(entry.adapter.doc)) this.highlights.paint(entry.adapter.doc, entry.id, painted);
  }

  private paintedCount(entry: BoxEntry): number {
    if (isTextControl(entry.adapter.element)) return entry.overlay?.currentItems.length ?? 0;
    return entry.ranges.size;
  }

  private writeStatus(boxId: string): void {
    const status = this.statuses.get(boxId);
    const entry = this.entries.get(boxId);
    if (!status && !entry) return;
    writeStatus(this.root.shadow, boxId, {
      adapter: status?.adapter ?? entry?.adapter.name ?? 'unknown',
      state: status?.state ?? 'ready',
      // What is underlined right now (after ignores), which can differ from the report's count.
      findings: entry ? this.paintedCount(entry) : 0,
      latencyMs: status?.latencyMs,
    });
  }
}

/** An occurrence of a finding: ignoring hides it at this place only. */
function occurrence(finding: Finding): string {
  return `${finding.id}@${finding.start}`;
}

/** Findings whose spans fit the text; anything malformed from a stale or odd report is dropped. */
function validFindings(findings: Finding[] | undefined, length: number): Finding[] {
  if (!Array.isArray(findings)) return [];
  return findings.filter(
    (f) => f && Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start <= f.end && f.end <= length && Array.isArray(f.suggestions),
  );
}

function safeRange(adapter: EditorAdapter, finding: Finding): Range | null {
  try {
    return adapter.rangeOf(finding.start, finding.end);
  } catch {
    return null;
  }
}
