// The card's and the textarea overlay's code reach the page only when first needed (../lazy): a
// page where nothing is underlined never loads the card, one without a textarea box never loads
// the overlay.
import { loadLazy } from '../lazy/load';
import { reportQuietly } from './errors';

export type CardModule = typeof import('./card');
export type OverlayModule = typeof import('./overlay');

export class LazyModules {
  /** The card's module, once loaded; `cardLoading` while it is being injected. */
  private cardModule: CardModule | null = null;
  private cardLoading: Promise<CardModule | null> | null = null;
  private overlayLoading: Promise<OverlayModule | null> | null = null;

  /** `lifetime` is aborted when the UI is destroyed. */
  constructor(
    private readonly doc: Document,
    private readonly lifetime: AbortSignal,
  ) {}

  /** The card's module if it is already loaded. */
  get card(): CardModule | null {
    return this.cardModule;
  }

  /**
   * The card's code is injected on first use: a failed load (extension reloaded meanwhile) leaves
   * the card closed, nothing else, and the next card asked for tries again.
   */
  loadCard(): Promise<CardModule | null> {
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

  /** Once something is underlined a card is likely: fetch its code while the page is idle. */
  preloadCard(): void {
    if (this.cardLoading || this.cardModule) return;
    const view = this.doc.defaultView;
    if (!view) return;
    const load = () => void (this.lifetime.aborted || !extensionAlive() || this.loadCard());
    if (typeof view.requestIdleCallback === 'function') view.requestIdleCallback(load, { timeout: 2000 });
    else view.setTimeout(load, 500);
  }

  /**
   * A textarea's underlines need the mirror overlay, loaded with the first textarea box that gets
   * a report. Null when it cannot be had now; the next call tries again.
   */
  async loadOverlay(): Promise<OverlayModule | null> {
    if (!extensionAlive()) return null;
    this.overlayLoading ??= loadLazy().then((lazy) => lazy?.overlay ?? null);
    let module: OverlayModule | null;
    try {
      module = await this.overlayLoading;
    } catch (error) {
      module = null;
      reportQuietly(error);
    }
    if (!module) this.overlayLoading = null; // the next report tries again
    return module;
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
