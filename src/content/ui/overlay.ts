// Underlines for <textarea>/<input>, which the Highlight API cannot paint: a hidden mirror copies
// the control's font, padding and wrapping, gives the rects of each finding, and positioned boxes
// in the shadow root (clipped to the control, shifted by its scroll) draw the underlines.
// A chunk of its own with its styles, loaded with the first textarea box (see attachOverlay in ./painting.ts).
import type { Finding } from '../../shared/contract/index';
import type { CategorySlug } from './categories';
import { contains, frameOffset, type Box } from './geometry';
import { OVERLAY_CSS } from './overlay-styles';
import { diffBounds, shiftSpan } from './spans';

export interface OverlayItem {
  finding: Finding;
  slug: CategorySlug;
  /** The span in the control's current value (shifted as the user types, until the next render). */
  start: number;
  end: number;
}

interface Placed {
  item: OverlayItem;
  el: HTMLElement;
  /** Relative to the control's padding box, before scrolling. */
  rects: Box[];
}

const COPIED = [
  'direction',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'fontFeatureSettings',
  'fontKerning',
  'fontVariationSettings',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'tabSize',
  'whiteSpace',
  'wordBreak',
  'overflowWrap',
  'hyphens',
  'textAlign',
  'textRendering',
  'writingMode',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
] as const;

/** Lines after the last finding don't move it, so the mirror lays out only this much beyond it. */
const TAIL = 400;

export class TextOverlay {
  private readonly clip: HTMLElement;
  private readonly layer: HTMLElement;
  private readonly mirror: HTMLElement;
  private items: OverlayItem[] = [];
  private placed: Placed[] = [];
  private text = '';
  /** Text or size changed: the mirror must lay out again at the next sync. */
  private dirty = false;
  /** The mirror's hard lines, their blocks and where each starts in the text (see updateLines). */
  private lines: string[] = [];
  private lineEls: HTMLElement[] = [];
  private lineStarts: number[] = [];
  /** The control's text layout last copied to the mirror (see copyStyle). */
  private styleKey = '';

  constructor(
    private readonly shadow: ShadowRoot,
    private readonly control: HTMLTextAreaElement | HTMLInputElement,
  ) {
    const doc = shadow.ownerDocument;
    this.clip = doc.createElement('div');
    this.clip.className = 'clip';
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.clip.append(this.layer);
    this.mirror = doc.createElement('div');
    this.mirror.setAttribute('aria-hidden', 'true');
    this.mirror.style.cssText = 'position:fixed;left:0;top:0;visibility:hidden;pointer-events:none;border:0;margin:0;overflow:hidden;box-sizing:content-box';
    if (!shadow.querySelector('style[data-attune-overlay-css]')) {
      const style = doc.createElement('style');
      style.setAttribute('data-attune-overlay-css', '');
      style.textContent = OVERLAY_CSS;
      shadow.append(style);
    }
    shadow.append(this.clip, this.mirror);
  }

  get currentItems(): readonly OverlayItem[] {
    return this.items;
  }

  setItems(text: string, items: OverlayItem[]): void {
    this.text = text;
    this.items = items;
    this.relayout();
  }

  /**
   * The user typed since the last analysis: keep underlines before and after the edit in place
   * (shifted), drop those the edit touched, until the next render brings fresh findings.
   */
  followEdit(): void {
    const value = this.control.value;
    if (value === this.text) return;
    const edit = diffBounds(this.text, value);
    this.items = this.items.flatMap((it) => {
      const span = shiftSpan(it, edit);
      if (!span) return [];
      return span.start === it.start ? [it] : [{ ...it, ...span }];
    });
    this.text = value;
    this.dirty = true;
  }

  /** The control changed size (wrapping may differ): lay out again at the next sync. */
  markDirty(): void {
    this.dirty = true;
  }

  /** Recomputes every underline's rects from the mirror (text, size or font changed). */
  relayout(): void {
    this.dirty = false;
    if (this.items.length === 0) {
      this.placed.forEach((p) => p.el.remove());
      this.placed = [];
      this.mirror.replaceChildren();
      this.lines.length = 0;
      this.lineEls.length = 0;
      this.position();
      return;
    }
    const styleChanged = this.copyStyle();
    const lastEnd = Math.max(...this.items.map((it) => it.end));
    const changedLine = this.updateLines(this.text.slice(0, lastEnd + TAIL));
    // Text before the first changed line lays out as before (same width and font): its underlines stay.
    const stableUntil = styleChanged ? 0 : (this.lineStarts[changedLine] ?? Infinity);
    const previous = new Map(this.placed.map((p) => [p.item.finding, p]));
    const origin = this.mirror.getBoundingClientRect();
    const range = this.shadow.ownerDocument.createRange();
    const placed: Placed[] = [];
    for (const item of this.items) {
      const before = previous.get(item.finding);
      const sameSpan = !!before && before.item.start === item.start && before.item.end === item.end;
      const rects = sameSpan && item.end < stableUntil ? before!.rects : this.rectsOfItem(range, item, origin);
      if (before) previous.delete(item.finding);
      if (rects.length === 0) {
        before?.el.remove();
        continue;
      }
      // Redrawing ~100 underline elements per keystroke was most of a frame on long drafts.
      if (before && sameRects(before.rects, rects)) placed.push({ item, rects, el: before.el });
      else {
        before?.el.remove();
        placed.push({ item, rects, el: this.drawUnderlines(item, rects) });
      }
    }
    for (const gone of previous.values()) gone.el.remove();
    this.placed = placed;
    this.position();
  }

  /**
   * The mirror holds one block per hard line and keeps it between layouts: typing changes one
   * line, so only that block is laid out again. Rebuilding one text node of a 200,000-character
   * draft per keystroke cost ~90 ms a frame; a textarea wraps each hard line on its own, so
   * per-line blocks wrap exactly like it.
   */
  /** Returns the index of the first line that changed (lines.length when none did). */
  private updateLines(text: string): number {
    const next = text.split('\n');
    const prev = this.lines;
    let head = 0;
    while (head < prev.length && head < next.length && prev[head] === next[head]) head++;
    let tail = 0;
    while (tail < prev.length - head && tail < next.length - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
    const doc = this.shadow.ownerDocument;
    const fresh = next.slice(head, next.length - tail).map((line) => {
      const block = doc.createElement('div');
      if (line) block.append(doc.createTextNode(line));
      else block.append(doc.createElement('br'));
      return block;
    });
    const removed = this.lineEls.splice(head, prev.length - head - tail, ...fresh);
    removed.forEach((el) => el.remove());
    const before = this.lineEls[head + fresh.length] ?? null;
    for (const block of fresh) this.mirror.insertBefore(block, before);
    this.lines = next;
    this.lineStarts = new Array<number>(next.length);
    for (let i = 0, at = 0; i < next.length; i++) {
      this.lineStarts[i] = at;
      at += next[i]!.length + 1;
    }
    return head === prev.length && head === next.length ? next.length : head;
  }

  /** The hard line holding a text offset (binary search over line starts). */
  private lineAt(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Text rects line by line: a range across blocks would also report the blocks' own boxes. */
  private rectsOfItem(range: Range, item: OverlayItem, origin: DOMRect): Box[] {
    const count = this.lines.length;
    if (count === 0) return [];
    const length = this.lineStarts[count - 1]! + this.lines[count - 1]!.length;
    const start = Math.min(item.start, length);
    const end = Math.min(item.end, length);
    const out: Box[] = [];
    if (end <= start) return out;
    for (let line = this.lineAt(start); line < count && this.lineStarts[line]! < end; line++) {
      const node = this.lineEls[line]!.firstChild;
      if (!node || node.nodeType !== 3) continue;
      const lineStart = this.lineStarts[line]!;
      const data = (node as Text).data;
      range.setStart(node, Math.max(0, start - lineStart));
      range.setEnd(node, Math.min(data.length, end - lineStart));
      for (const r of range.getClientRects()) {
        if (r.width < 1) continue; // line-end fragments
        out.push({ left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top });
      }
    }
    return out;
  }

  /** Once per frame: lays out again if the text or size changed, then follows the control. */
  sync(): void {
    if (this.dirty) this.relayout();
    else this.position();
  }

  /** Cheap: moves the clip over the control and the layer by its scroll. */
  private position(): void {
    const control = this.control;
    const rect = control.getBoundingClientRect();
    const off = frameOffset(control.ownerDocument, this.shadow.ownerDocument);
    const hidden = !control.isConnected || (rect.width === 0 && rect.height === 0);
    this.clip.style.display = hidden || this.placed.length === 0 ? 'none' : 'block';
    if (hidden) return;
    this.clip.style.left = `${rect.left + control.clientLeft + off.x}px`;
    this.clip.style.top = `${rect.top + control.clientTop + off.y}px`;
    this.clip.style.width = `${control.clientWidth}px`;
    this.clip.style.height = `${control.clientHeight}px`;
    this.layer.style.transform = `translate(${-control.scrollLeft}px, ${-control.scrollTop}px)`;
  }

  /** The underline under a point in the UI's viewport, if any. */
  hitTest(x: number, y: number): { finding: Finding; rect: Box } | null {
    const clip = this.clip.getBoundingClientRect();
    if (this.placed.length === 0 || !contains(clip, x, y, 0)) return null;
    for (const placed of this.placed) {
      for (const rect of this.viewportRects(placed)) if (contains(rect, x, y)) return { finding: placed.item.finding, rect };
    }
    return null;
  }

  /** The rects of a finding's underline in the UI's viewport. */
  rectsOf(finding: Finding): Box[] {
    const placed = this.placed.find((p) => p.item.finding === finding);
    return placed ? this.viewportRects(placed) : [];
  }

  /** Current span of a finding in the control's value (it may have shifted since the render). */
  spanOf(finding: Finding): { start: number; end: number } | null {
    const item = this.items.find((it) => it.finding === finding);
    return item ? { start: item.start, end: item.end } : null;
  }

  destroy(): void {
    this.clip.remove();
    this.mirror.remove();
  }

  private viewportRects(placed: Placed): Box[] {
    const clip = this.clip.getBoundingClientRect();
    const dx = clip.left - this.control.scrollLeft;
    const dy = clip.top - this.control.scrollTop;
    return placed.rects
      .map((r) => ({ left: r.left + dx, top: r.top + dy, right: r.right + dx, bottom: r.bottom + dy }))
      .filter((r) => r.bottom > clip.top && r.top < clip.bottom && r.right > clip.left && r.left < clip.right);
  }

  private drawUnderlines(item: OverlayItem, rects: Box[]): HTMLElement {
    const doc = this.shadow.ownerDocument;
    const group = doc.createElement('div');
    for (const r of rects) {
      const el = doc.createElement('div');
      el.setAttribute('data-attune-underline', '');
      el.setAttribute('data-category', item.slug);
      el.style.left = `${r.left}px`;
      el.style.top = `${r.top}px`;
      el.style.width = `${r.right - r.left}px`;
      el.style.height = `${r.bottom - r.top}px`;
      group.append(el);
    }
    this.layer.append(group);
    return group;
  }

  /** Copies the control's text layout to the mirror; true when any of it changed. */
  private copyStyle(): boolean {
    const control = this.control;
    const style = control.ownerDocument.defaultView?.getComputedStyle(control);
    if (!style) return false;
    const key = `${COPIED.map((prop) => style[prop]).join('|')}|${control.clientWidth}|${control.clientHeight}`;
    if (key === this.styleKey) return false;
    this.styleKey = key;
    const mirror = this.mirror.style;
    for (const prop of COPIED) mirror[prop] = style[prop];
    const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) || 0;
    mirror.width = `${Math.max(0, control.clientWidth - padX)}px`;
    if (control.tagName === 'INPUT') {
      // A single line, vertically centred in the box like the control draws it.
      const padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) || 0;
      mirror.whiteSpace = 'pre';
      mirror.width = 'auto';
      mirror.lineHeight = `${Math.max(0, control.clientHeight - padY)}px`;
    } else if (style.whiteSpace === 'normal' || style.whiteSpace === '') {
      mirror.whiteSpace = 'pre-wrap';
    }
    return true;
  }
}

function sameRects(a: Box[], b: Box[]): boolean {
  return a.length === b.length && a.every((r, i) => r.left === b[i]!.left && r.top === b[i]!.top && r.right === b[i]!.right && r.bottom === b[i]!.bottom);
}
