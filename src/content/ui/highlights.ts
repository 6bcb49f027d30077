// Underlines for contenteditable editors, through the CSS Custom Highlight API: one Highlight per
// category per document, holding the ranges of every box in that document (the registry is per
// document, so an iframe editor gets its own). The editor's DOM is never touched.
//
// Only ranges on or near the screen are registered: the browser re-validates every registered
// range on each paint after a change, which made a repaint of a long draft with a hundred
// underlines cost tens of milliseconds. Ranges further than a screen away wait in `boxes` and are
// registered as scrolling brings them near (`refresh`, once per frame from the UI's scroll sync).
import { CATEGORY_SLUGS, HIGHLIGHT_PRIORITY, highlightName, type CategorySlug } from './categories';
import { HIGHLIGHT_CSS } from './styles';

export interface PaintedRange {
  slug: CategorySlug;
  range: Range;
}

interface DocState {
  boxes: Map<string, PaintedRange[]>;
  highlights: Map<CategorySlug, Highlight>;
  /** The ranges registered now (those near the viewport), per category. */
  shown: Map<CategorySlug, Set<Range>>;
  sheet: CSSStyleSheet | HTMLStyleElement | null;
}

/** How far beyond the viewport's top and bottom, in viewport heights, ranges are registered ahead of scrolling. */
const NEAR_SCREENS = 1;

type HighlightWindow = Window & typeof globalThis;

function viewOf(doc: Document): HighlightWindow | null {
  return (doc.defaultView as HighlightWindow | null) ?? null;
}

export function highlightsSupported(doc: Document): boolean {
  const view = viewOf(doc);
  return !!view && typeof view.Highlight === 'function' && !!view.CSS?.highlights;
}

export class HighlightPainter {
  private readonly docs = new Map<Document, DocState>();

  paint(doc: Document, boxId: string, ranges: PaintedRange[]): void {
    const state = this.stateFor(doc);
    state.boxes.set(boxId, ranges);
    this.ensureSheet(doc, state);
    this.rebuild(doc, state);
  }

  /** Registers the ranges scrolling (or a resize) brought near the viewport and lets go of the rest. */
  refresh(): void {
    for (const [doc, state] of this.docs) this.rebuild(doc, state);
  }

  /** False for a painted range that is far off screen and therefore not registered. */
  isShown(range: Range): boolean {
    for (const state of this.docs.values()) {
      for (const ranges of state.shown.values()) if (ranges.has(range)) return true;
    }
    return false;
  }

  clear(boxId: string): void {
    for (const [doc, state] of this.docs) {
      if (state.boxes.delete(boxId)) this.rebuild(doc, state);
    }
  }

  rangesOf(boxId: string): PaintedRange[] {
    for (const state of this.docs.values()) {
      const ranges = state.boxes.get(boxId);
      if (ranges) return ranges;
    }
    return [];
  }

  destroy(): void {
    for (const [doc, state] of this.docs) {
      const registry = viewOf(doc)?.CSS?.highlights;
      for (const [slug, highlight] of state.highlights) {
        if (registry?.get(highlightName(slug)) === highlight) registry.delete(highlightName(slug));
      }
      removeSheet(doc, state.sheet);
    }
    this.docs.clear();
  }

  private stateFor(doc: Document): DocState {
    let state = this.docs.get(doc);
    if (!state) {
      state = { boxes: new Map(), highlights: new Map(), shown: new Map(), sheet: null };
      this.docs.set(doc, state);
    }
    return state;
  }

  /**
   * Brings each category's Highlight in line with the ranges near the viewport, touching only the
   * ranges that came or went (an unchanged set costs the browser nothing); a page that deleted or
   * replaced our entry gets it back.
   */
  private rebuild(doc: Document, state: DocState): void {
    const view = viewOf(doc);
    if (!view || !highlightsSupported(doc)) return;
    const registry = view.CSS.highlights;
    const near = nearViewport(view);
    for (const slug of CATEGORY_SLUGS) {
      let highlight = state.highlights.get(slug);
      if (!highlight) {
        highlight = new view.Highlight();
        highlight.priority = HIGHLIGHT_PRIORITY[slug];
        state.highlights.set(slug, highlight);
      }
      const wanted = new Set<Range>();
      for (const ranges of state.boxes.values()) {
        for (const painted of ranges) if (painted.slug === slug && near(painted.range)) wanted.add(painted.range);
      }
      const had = state.shown.get(slug);
      if (!had || highlight.size !== had.size) {
        // First time, or the page emptied our Highlight: start over.
        highlight.clear();
        for (const range of wanted) highlight.add(range);
      } else {
        for (const range of had) if (!wanted.has(range)) highlight.delete(range);
        for (const range of wanted) if (!had.has(range)) highlight.add(range);
      }
      state.shown.set(slug, wanted);
      const name = highlightName(slug);
      if (highlight.size === 0) {
        if (registry.get(name) === highlight) registry.delete(name);
      } else if (registry.get(name) !== highlight) {
        registry.set(name, highlight);
      }
    }
  }

  private ensureSheet(doc: Document, state: DocState): void {
    if (state.sheet && sheetAttached(doc, state.sheet)) return;
    state.sheet = attachSheet(doc);
  }
}

/**
 * Whether a range is within a screen's height of the viewport. A range with no box (collapsed,
 * in a hidden editor, or its nodes re-rendered away) counts as near: it paints nothing anyway, and
 * keeping it costs no more than it did before.
 */
function nearViewport(view: HighlightWindow): (range: Range) => boolean {
  const height = view.innerHeight || view.document.documentElement.clientHeight || 0;
  const margin = height * NEAR_SCREENS;
  return (range) => {
    try {
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return true;
      return rect.bottom >= -margin && rect.top <= height + margin;
    } catch {
      return true;
    }
  };
}

// Adopted style sheets add no element to the page; a <style> in <head> is the fallback for
// browsers (or Xray wrappers) that refuse adoption.
function attachSheet(doc: Document): CSSStyleSheet | HTMLStyleElement | null {
  const view = viewOf(doc);
  try {
    if (view && 'adoptedStyleSheets' in doc && typeof view.CSSStyleSheet === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return sheet;
    }
  } catch {
    // fall through to a <style> element
  }
  try {
    const style = doc.createElement('style');
    style.setAttribute('data-attune-highlights', '');
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
    return style;
  } catch {
    return null;
  }
}

function sheetAttached(doc: Document, sheet: CSSStyleSheet | HTMLStyleElement): boolean {
  if ('isConnected' in sheet) return sheet.isConnected;
  try {
    return doc.adoptedStyleSheets.includes(sheet);
  } catch {
    return false;
  }
}

function removeSheet(doc: Document, sheet: CSSStyleSheet | HTMLStyleElement | null): void {
  if (!sheet) return;
  if ('isConnected' in sheet) {
    sheet.remove();
    return;
  }
  try {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  } catch {
    // the document is gone
  }
}
