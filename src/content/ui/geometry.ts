// Coordinates: an editor may live in an iframe while the UI lives in the top document, so
// rects are translated from the editor's viewport to the UI's viewport before use.

export interface Offset {
  x: number;
  y: number;
}

/** Offset to add to a point in `from`'s viewport to get the point in `to`'s viewport. */
export function frameOffset(from: Document, to: Document): Offset {
  const offset = { x: 0, y: 0 };
  let doc: Document | null = from;
  try {
    while (doc && doc !== to) {
      const frame = doc.defaultView?.frameElement as HTMLElement | null | undefined;
      if (!frame) break;
      const rect = frame.getBoundingClientRect();
      offset.x += rect.left + frame.clientLeft;
      offset.y += rect.top + frame.clientTop;
      doc = frame.ownerDocument;
    }
  } catch {
    // Cross-origin ancestors: the editor's own viewport is the best we have.
  }
  return offset;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function shift(rect: Box, by: Offset): Box {
  return { left: rect.left + by.x, top: rect.top + by.y, right: rect.right + by.x, bottom: rect.bottom + by.y };
}

/** The pointer counts as on an underline a few pixels below the text too, where the line is drawn. */
export function contains(rect: Box, x: number, y: number, slack = 3): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom + slack;
}

export function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  const tag = el.tagName;
  return tag === 'TEXTAREA' || tag === 'INPUT';
}

export function visibleRects(rects: Iterable<DOMRect>): DOMRect[] {
  const out: DOMRect[] = [];
  for (const r of rects) if (r.width > 0 || r.height > 0) out.push(r);
  return out;
}
