// Where the card goes: the document it is shown in, and the rect of the underline it is placed by,
// in that document's viewport (an editor in an iframe has its rects translated out of the frame).
import type { Finding } from '../../shared/contract/index';
import { frameOffset, shift, visibleRects, type Box, type Offset } from './geometry';
import type { BoxEntry } from './painting';

export class Placement {
  /**
   * Where the card is shown: an editor in a same-origin iframe (TinyMCE) has a viewport too small
   * for it, so the card goes to the top-most same-origin document, over the frame.
   */
  readonly cardDoc: Document;

  /** `uiDoc` is the document holding the UI's root (and the textarea overlays). */
  constructor(readonly uiDoc: Document) {
    this.cardDoc = topSameOriginDocument(uiDoc);
  }

  /** What to add to a point in `doc`'s viewport to have it in the card document's viewport. */
  toCard(doc: Document): Offset {
    return frameOffset(doc, this.cardDoc);
  }

  /** The rect to place the card by, in the card's viewport: the one nearest `near`, else the first. */
  anchorFor(entry: BoxEntry, finding: Finding, near: Box | null): Box | null {
    const rects = this.rectsOf(entry, finding);
    if (rects.length === 0) return null;
    if (!near) return rects[0];
    return rects.reduce((a, b) => (Math.abs(b.top - near.top) < Math.abs(a.top - near.top) ? b : a));
  }

  /** The top of the box itself: for a finding scrolled out of sight in its box. */
  boxAnchor(entry: BoxEntry): Box {
    const rect = entry.adapter.element.getBoundingClientRect();
    const off = this.toCard(entry.adapter.doc);
    return shift({ left: rect.left, top: rect.top, right: rect.right, bottom: Math.min(rect.bottom, rect.top + 24) }, off);
  }

  private rectsOf(entry: BoxEntry, finding: Finding): Box[] {
    if (entry.overlay) {
      const off = this.toCard(this.uiDoc);
      return entry.overlay.rectsOf(finding).map((r) => shift(r, off));
    }
    const range = entry.ranges.get(finding);
    if (!range) return [];
    const off = this.toCard(entry.adapter.doc);
    return visibleRects(range.getClientRects()).map((r) => shift(r, off));
  }
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
