// The suggestion card's life: opening one (at once, or as soon as its lazily loaded code is there),
// paging between the findings at its spot, acting on the user's choice, following its underline,
// closing and giving the editor its caret back. The card itself (./card) only draws.
import type { Finding, Suggestion } from '../../shared/contract/index';
import type { Card, CardActions, CardPager } from './card';
import { restoreCaret, type SavedCaret } from './caret';
import { reportQuietly } from './errors';
import type { Box } from './geometry';
import type { CardModule, LazyModules } from './lazy-modules';
import type { PageTimers } from './page-watch';
import type { BoxEntry, Painting } from './painting';
import type { Placement } from './placement';
import { createRoot, type UiRoot } from './root';
import { liveSpans, orderFirst } from './spots';

/** A hover card closes this long after the pointer left both its underline and the card. */
const HOVER_CLOSE_MS = 300;

/** Everything a card is opened with. */
export interface CardRequest {
  entry: BoxEntry;
  finding: Finding;
  /** The rect to place the card by, in the card document's viewport. */
  anchor: Box;
  /** A hover card leaves focus in the editor; a keyboard card takes it (and gives it back). */
  mode: 'hover' | 'keyboard';
  /** The editor's caret before the card took focus, given back when it closes. */
  saved: SavedCaret | null;
  /** Where the finding starts in the draft as the card opened (the report's offset may be stale). */
  liveStart: number;
  /** Every finding at the spot the card opened on, in paging order (the shown one included). */
  stack: Finding[];
}

export interface OpenCard extends CardRequest {
  card: Card;
}

/** The user's choices on a card, passed on to the content script. */
export interface CardChoices {
  apply(boxId: string, finding: Finding, suggestion: Suggestion): void;
  ignore(boxId: string, finding: Finding): void;
  never(boxId: string, finding: Finding): void;
}

export interface CardControllerDeps {
  root: UiRoot;
  placement: Placement;
  painting: Painting;
  lazy: LazyModules;
  timers: PageTimers;
  /** Aborted when the UI is destroyed. */
  lifetime: AbortSignal;
  choices: CardChoices;
  /** A card is being shown: a hover still waiting to open one is moot. */
  showing(): void;
}

export class CardController {
  private shown: OpenCard | null = null;
  /** A card asked for while its code was loading; a newer request or a close cancels it. */
  private pendingOpen: CardRequest | null = null;
  private closeTimer = 0;

  constructor(private readonly deps: CardControllerDeps) {}

  get current(): Readonly<OpenCard> | null {
    return this.shown;
  }

  /** Whether the event happened in the open card. */
  holds(event: Event): boolean {
    return !!this.shown && event.composedPath().includes(this.shown.card.el);
  }

  /** Opens now when the card's code is loaded, else as soon as it is, if the finding is still shown. */
  open(request: CardRequest): void {
    const module = this.deps.lazy.card;
    if (module) return this.show(module, request);
    this.pendingOpen = request;
    void this.deps.lazy.loadCard().then((loaded) => {
      if (!loaded || this.deps.lifetime.aborted || this.pendingOpen !== request) return;
      this.pendingOpen = null;
      const { entry, finding, anchor, mode } = request;
      if (this.deps.painting.get(entry.id) !== entry || !entry.visible.includes(finding)) return;
      const fresh = this.deps.placement.anchorFor(entry, finding, anchor) ?? (mode === 'keyboard' ? anchor : null);
      if (fresh) this.show(loaded, { ...request, anchor: fresh });
    });
  }

  close(restoreFocus: boolean, swapping = false): void {
    this.pendingOpen = null;
    const shown = this.shown;
    if (!shown) return;
    this.shown = null;
    this.keepOpen();
    const hadFocus = shown.card.hasFocus();
    shown.card.remove();
    if (!swapping && (restoreFocus || hadFocus)) {
      const entry = this.deps.painting.get(shown.entry.id);
      if (entry) restoreCaret(entry.adapter, shown.saved);
    }
  }

  /** The box's underlines are going: so does its card. */
  closeOn(boxId: string): void {
    if (this.shown?.entry.id === boxId) this.close(this.shown.card.hasFocus());
  }

  /** Typing: a hover card would cover the text being written. */
  closeHoverCardOn(boxId: string): void {
    if (this.shown?.entry.id === boxId && this.shown.mode === 'hover') this.close(false);
  }

  /** A press anywhere but in the card closes it. */
  closeOnPressOutside(event: Event): void {
    if (this.shown && !this.holds(event)) this.close(false);
  }

  /** A hover card closes shortly after the pointer left both its underline and the card. */
  closeSoon(): void {
    if (this.closeTimer) return;
    this.closeTimer = this.deps.timers.set(() => {
      this.closeTimer = 0;
      if (this.shown?.mode === 'hover') this.close(false);
    }, HOVER_CLOSE_MS);
  }

  /** The pointer is back on the underline or the card. */
  keepOpen(): void {
    if (this.closeTimer) this.deps.timers.clear(this.closeTimer);
    this.closeTimer = 0;
  }

  /** After a re-render the open card follows its finding, or closes when the finding is gone. */
  refresh(entry: BoxEntry): void {
    const shown = this.shown;
    if (!shown || shown.entry.id !== entry.id) return;
    // The card may have opened on a report the user had typed past: its finding now starts where
    // the text had moved it to.
    const same = entry.visible.find((f) => f.id === shown.finding.id && f.start === shown.liveStart);
    const anchor = same ? this.deps.placement.anchorFor(entry, same, null) : null;
    if (!same || !anchor) {
      this.close(shown.card.hasFocus());
      return;
    }
    const module = this.deps.lazy.card;
    if (shown.stack.length > 1 && same !== shown.finding && module) {
      // A new report made new finding objects: rebuild the pager over what is still at the spot.
      const stack = shown.stack
        .map((old) => entry.visible.find((f) => f.id === old.id && f.start === old.start - shown.finding.start + same.start))
        .filter((f): f is Finding => !!f);
      const { mode, saved } = shown;
      this.show(module, { entry, finding: same, anchor, mode, saved, liveStart: same.start, stack: orderFirst(stack, same) });
      return;
    }
    shown.finding = same;
    shown.liveStart = same.start;
    shown.card.placeBy(anchor);
  }

  /** The open card follows its underline; a hover card closes when the underline left the screen. */
  follow(): void {
    const shown = this.shown;
    if (!shown) return;
    const entry = this.deps.painting.get(shown.entry.id);
    const anchor = entry ? this.deps.placement.anchorFor(entry, shown.finding, null) : null;
    if (!anchor) {
      if (shown.mode === 'hover') this.close(false);
      return;
    }
    shown.card.placeBy(anchor);
  }

  private show(module: CardModule, request: CardRequest): void {
    const refocus = this.shown?.card.hasFocus() ?? false;
    // Swapping one card for another keeps focus in the card rather than bouncing through the editor.
    this.close(false, refocus);
    this.deps.showing();
    const { entry, finding, anchor, mode } = request;
    const card = new module.Card(this.cardShadow(), finding, entry.text, this.actionsFor(module, request), {
      partial: entry.partial,
      pager: this.pagerFor(module, request),
    });
    // A copy: a re-render moves the open card's finding, not the request its pager and actions keep.
    this.shown = { ...request, card };
    this.followPointerAndFocus(card);
    card.placeBy(anchor);
    if (mode === 'keyboard' || refocus) card.focusFirst();
  }

  private actionsFor(module: CardModule, request: CardRequest): CardActions {
    const { entry, finding } = request;
    const { painting, choices } = this.deps;
    const boxId = entry.id;
    return {
      apply: (suggestion) => this.choose(boxId, finding, () => choices.apply(boxId, finding, suggestion)),
      ignore: () =>
        this.choose(boxId, finding, () => {
          painting.ignore(entry, finding);
          choices.ignore(boxId, finding);
          this.showNextAtSpot(module, request);
        }),
      never: () =>
        this.choose(boxId, finding, () => {
          painting.never(finding.id);
          choices.never(boxId, finding);
        }),
    };
  }

  /** A hover card stays while the pointer is on it; focus leaving the card for the page closes it. */
  private followPointerAndFocus(card: Card): void {
    card.el.addEventListener('pointerenter', () => this.keepOpen());
    card.el.addEventListener('pointerleave', () => {
      if (this.shown?.card === card && this.shown.mode === 'hover') this.closeSoon();
    });
    card.el.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (this.shown?.card === card && next && !card.el.contains(next)) this.close(false);
    });
  }

  /** Paging swaps the card for the neighbouring finding at the same spot, wrapping around. */
  private pagerFor(module: CardModule, request: CardRequest): CardPager | undefined {
    const { finding, stack } = request;
    const index = stack.indexOf(finding);
    if (stack.length < 2 || index < 0) return undefined;
    return {
      index,
      total: stack.length,
      go: (step) => {
        if (this.shown?.finding !== finding) return;
        const target = stack[(index + step + stack.length) % stack.length];
        this.show(module, this.movedTo(request, target, stack));
      },
    };
  }

  /** After Ignore the card moves on to what is left at that spot, if anything. */
  private showNextAtSpot(module: CardModule, request: CardRequest): void {
    const { entry, finding: done, stack } = request;
    const rest = stack.filter((f) => f !== done && entry.visible.includes(f));
    const next = rest[0];
    if (!next || this.deps.painting.get(entry.id) !== entry) return;
    this.show(module, this.movedTo(request, next, rest));
  }

  /** The request for another finding at the same spot, placed by its own underline where it has one. */
  private movedTo(request: CardRequest, target: Finding, stack: Finding[]): CardRequest {
    const { entry, anchor } = request;
    const liveStart = liveSpans(entry).get(target)?.start ?? target.start;
    return { ...request, finding: target, anchor: this.deps.placement.anchorFor(entry, target, anchor) ?? anchor, liveStart, stack };
  }

  /** Runs a card action after closing the card and giving the editor its focus and caret back. */
  private choose(boxId: string, finding: Finding, action: () => void): void {
    if (this.shown?.entry.id !== boxId || this.shown.finding !== finding) return;
    this.close(true);
    try {
      action();
    } catch (error) {
      reportQuietly(error);
    }
  }

  /** The shadow root for the card: ours, or the top document's `<attune-ui>` (made if missing). */
  private cardShadow(): ShadowRoot {
    const { root, placement } = this.deps;
    if (placement.cardDoc === placement.uiDoc) return root.shadow;
    try {
      const host = placement.cardDoc.querySelector('attune-ui');
      if (host?.shadowRoot) return host.shadowRoot;
      return createRoot(placement.cardDoc).shadow;
    } catch {
      return root.shadow;
    }
  }
}
