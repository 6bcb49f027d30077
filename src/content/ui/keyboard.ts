// The keyboard path: Alt+Enter with the caret in or next to an underlined span opens its card with
// focus on its first button (the caret is saved, to be given back); Escape closes any card.
import type { CardController } from './card-controller';
import { saveCaret } from './caret';
import { reportQuietly } from './errors';
import type { Painting } from './painting';
import type { Placement } from './placement';
import { findingAt, findingsAt, liveSpans, orderFirst } from './spots';

export interface KeyboardDeps {
  painting: Painting;
  placement: Placement;
  card: CardController;
  /** Aborted when the UI is destroyed. */
  lifetime: AbortSignal;
}

export class KeyboardPath {
  constructor(private readonly deps: KeyboardDeps) {}

  /** True when a card opened (or the caret's card is already open from the keyboard). */
  openAtCaret(boxId: string): boolean {
    const { painting, placement, card, lifetime } = this.deps;
    const entry = painting.get(boxId);
    if (!entry || lifetime.aborted) return false;
    try {
      const caret = entry.adapter.caretOffset();
      if (caret === null) return false;
      const live = liveSpans(entry);
      const stack = findingsAt(live, caret);
      const finding = findingAt(live, caret);
      if (!finding) return false;
      const shown = card.current;
      if (shown?.entry.id === boxId && shown.stack.includes(finding) && shown.mode === 'keyboard') return true;
      // Scrolled out of sight in its box: place the card by the box rather than not at all.
      const anchor = placement.anchorFor(entry, finding, null) ?? placement.boxAnchor(entry);
      const saved = saveCaret(entry.adapter);
      card.open({ entry, finding, anchor, mode: 'keyboard', saved, liveStart: live.get(finding)!.start, stack: orderFirst(stack, finding) });
      return true;
    } catch (error) {
      reportQuietly(error);
      return false;
    }
  }

  onKey(event: KeyboardEvent): void {
    const shown = this.deps.card.current;
    if (event.key === 'Escape' && shown) {
      event.preventDefault();
      event.stopPropagation();
      this.deps.card.close(shown.mode === 'keyboard' || shown.card.hasFocus());
      return;
    }
    if (event.key === 'Enter' && event.altKey && !event.ctrlKey && !event.metaKey) this.onAltEnter(event);
  }

  /** Alt+Enter in a tracked box: the page does not see the key when a card opened. */
  private onAltEnter(event: KeyboardEvent): void {
    const path = event.composedPath();
    for (const entry of this.deps.painting.all()) {
      if (!path.includes(entry.adapter.element)) continue;
      if (this.openAtCaret(entry.id)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      return;
    }
  }
}
