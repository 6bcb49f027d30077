// Hovering an underline opens its card after a short delay, without taking focus from the editor.
// Leaving both the underline and the card closes it (./card-controller); a card opened from the
// keyboard stays until the user is done with it.
import type { Finding } from '../../shared/contract/index';
import { HIGHLIGHT_PRIORITY, slugOf } from './categories';
import type { CardController } from './card-controller';
import { contains, frameOffset, shift, visibleRects, type Box, type Offset } from './geometry';
import { highlightsSupported } from './highlights';
import type { PageTimers } from './page-watch';
import type { BoxEntry, Painting } from './painting';
import type { Placement } from './placement';
import { findingsAt, liveSpans, orderFirst } from './spots';

const HOVER_OPEN_MS = 350;

/** The underline under the pointer; `rect` is in the card document's viewport. */
interface Hit {
  boxId: string;
  finding: Finding;
  rect: Box;
}

interface ScoredHit {
  hit: Hit;
  score: number;
}

export interface HoverDeps {
  painting: Painting;
  placement: Placement;
  card: CardController;
  timers: PageTimers;
}

export class Hover {
  private pending: { hit: Hit; timer: number } | null = null;

  constructor(private readonly deps: HoverDeps) {}

  /** The pointer is at (x, y) in `doc`'s viewport (checked at most once per frame). */
  pointerAt(doc: Document, x: number, y: number): void {
    const { card, painting } = this.deps;
    const hit = painting.size ? this.hitTest(doc, x, y) : null;
    const shown = card.current;
    if (!hit) {
      this.cancel();
      if (shown?.mode === 'hover') card.closeSoon();
      return;
    }
    if (shown?.entry.id === hit.boxId && shown.stack.includes(hit.finding)) {
      card.keepOpen();
      return;
    }
    // A card the user opened from the keyboard stays until they are done with it.
    if (shown?.mode === 'keyboard') return;
    if (this.pending?.hit.finding === hit.finding) return;
    this.cancel();
    const timer = this.deps.timers.set(() => {
      this.pending = null;
      this.open(hit);
    }, HOVER_OPEN_MS);
    this.pending = { hit, timer };
  }

  /** Forgets a hover still waiting to open a card. */
  cancel(): void {
    if (this.pending) this.deps.timers.clear(this.pending.timer);
    this.pending = null;
  }

  private open(hit: Hit): void {
    const { painting, placement, card } = this.deps;
    const entry = painting.get(hit.boxId);
    if (!entry || !entry.visible.includes(hit.finding)) return;
    const anchor = placement.anchorFor(entry, hit.finding, hit.rect);
    const live = liveSpans(entry);
    const liveStart = live.get(hit.finding)?.start ?? hit.finding.start;
    const stack = orderFirst(findingsAt(live, liveStart), hit.finding);
    if (anchor) card.open({ entry, finding: hit.finding, anchor, mode: 'hover', saved: null, liveStart, stack });
  }

  private hitTest(doc: Document, x: number, y: number): Hit | null {
    const { painting, placement } = this.deps;
    const toUi = frameOffset(doc, placement.uiDoc);
    const toCard = placement.toCard(doc);
    let best: ScoredHit | null = null;
    for (const entry of painting.all()) {
      if (entry.adapter.doc !== doc || entry.visible.length === 0) continue;
      if (!contains(entry.adapter.element.getBoundingClientRect(), x, y, 6)) continue;
      if (entry.overlay) {
        const hit = entry.overlay.hitTest(x + toUi.x, y + toUi.y);
        if (hit) return { boxId: entry.id, finding: hit.finding, rect: shift(hit.rect, placement.toCard(placement.uiDoc)) };
        continue;
      }
      best = this.bestHighlightHit(entry, x, y, toCard, best);
    }
    return best?.hit ?? null;
  }

  /** Among painted ranges under the point, the most prominent category, then the shortest span. */
  private bestHighlightHit(entry: BoxEntry, x: number, y: number, toCard: Offset, best: ScoredHit | null): ScoredHit | null {
    const culled = highlightsSupported(entry.adapter.doc);
    for (const [finding, range] of entry.ranges) {
      // Underlines far off screen are not drawn, so there is nothing there to hover.
      if (culled && !this.deps.painting.isShown(range)) continue;
      for (const rect of visibleRects(range.getClientRects())) {
        if (!contains(rect, x, y)) continue;
        const score = HIGHLIGHT_PRIORITY[slugOf(finding.category)] * 1e6 - (finding.end - finding.start);
        if (!best || score > best.score) best = { score, hit: { boxId: entry.id, finding, rect: shift(rect, toCard) } };
      }
    }
    return best;
  }
}
