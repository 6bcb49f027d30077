// Reads a contenteditable root as the engine sees it and maps every character back to the DOM.
//
// Neither textContent (loses block breaks, keeps zero-width characters) nor innerText (adds blank
// lines per paragraph, depends on CSS, forces layout) gives the same text across editors; this
// walker does: blocks and hard breaks become '\n', editors' placeholder <br>s and zero-width
// fillers are skipped, &nbsp; reads as a space, and contenteditable=false islands are left out.

/** Editors' filler <br>s that keep an empty line open but are not a line break the user typed. */
const PLACEHOLDER_BR = 'br.ProseMirror-trailingBreak,br[data-cke-filler],br[data-mce-bogus],br[data-lexical-managed-linebreak],br[data-text]';
/** Elements whose content is never part of the draft. */
const SKIPPED = 'script,style,template,noscript,[contenteditable="false"],[data-mce-bogus="all"],[aria-hidden="true"][data-lexical-decorator]';
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/;

export interface TextMap {
  readonly text: string;
  /** DOM position just before character i (for i === text.length: the end of the content). */
  positionBefore(i: number): [Node, number];
  /** DOM position just after character i. */
  positionAfter(i: number): [Node, number];
  /** A Range over text[start, end), built with the root's own document. */
  rangeOf(start: number, end: number): Range | null;
  /** The text offset of a DOM point inside the root (e.g. the caret), clamped to the text. */
  offsetOf(node: Node, offset: number): number;
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

export function buildTextMap(root: HTMLElement): TextMap {
  const doc = root.ownerDocument;
  // The text is kept as runs, not per character: a 200,000-character draft was three arrays of
  // 200,000 entries rebuilt at every pause (~50 ms); runs of a text node's characters map to
  // consecutive offsets, so character i of run r sits at runOffset[r] + (i - runStart[r]).
  const pieces: string[] = [];
  let length = 0;
  const runStart: number[] = [];
  const runNode: Node[] = [];
  const runOffset: number[] = [];
  // Where the '\n' of a <br> ends: the br's own "after" position differs from the next char's start.
  const afterOverride = new Map<number, [Node, number]>();
  // Block breaks the walker inserted: they sit at the end of the previous text, not inside it.
  const synthetic = new Set<number>();
  let pendingBreak = false;
  let anyLine = false;
  let lastPos: [Node, number] = [root, 0];

  /** Appends `str`, whose characters sit at node's offsets offset, offset + 1, … */
  const push = (str: string, node: Node, offset: number) => {
    const last = runStart.length - 1;
    const contiguous = last >= 0 && runNode[last] === node && runOffset[last]! + (length - runStart[last]!) === offset && node.nodeType === 3;
    if (!contiguous) {
      runStart.push(length);
      runNode.push(node);
      runOffset.push(offset);
    }
    pieces.push(str);
    length += str.length;
  };
  /** A new line starts here: emit the block break owed by a preceding block, if any. */
  const openLine = () => {
    if (pendingBreak && anyLine) {
      synthetic.add(length);
      runStart.push(length);
      runNode.push(lastPos[0]);
      runOffset.push(lastPos[1]);
      pieces.push('\n');
      length += 1;
    }
    pendingBreak = false;
    anyLine = true;
  };

  const visitText = (t: Text) => {
    const data = t.data;
    // Source-formatting whitespace between tags (a newline plus indentation) is not content.
    if (/^\s*$/.test(data) && data.includes('\n') && !insidePre(t, root)) return;
    if (!data) return;
    if (!ZERO_WIDTH.test(data)) {
      openLine();
      push(data.replace(/\u00A0/g, ' '), t, 0);
      lastPos = [t, data.length];
      return;
    }
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (ZERO_WIDTH.test(ch)) continue;
      openLine();
      push(ch === '\u00A0' ? ' ' : ch, t, i);
      lastPos = [t, i + 1];
    }
  };

  const visitBr = (br: Element) => {
    const parent = br.parentNode!;
    const index = indexInParent(br);
    openLine();
    if (br.matches(PLACEHOLDER_BR) || isTrailingBr(br, root)) return;
    runStart.push(length);
    runNode.push(parent);
    runOffset.push(index);
    pieces.push('\n');
    length += 1;
    afterOverride.set(length - 1, [parent, index + 1]);
    lastPos = [parent, index + 1];
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) return visitText(node as Text);
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el !== root && el.matches(SKIPPED)) return;
    if (el.tagName === 'BR') return visitBr(el);
    const block = el !== root && isBlock(el);
    if (block) pendingBreak = true;
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (block) pendingBreak = true;
  };

  visit(root);
  const text = pieces.join('');
  const endPos: [Node, number] = lastPos;

  /** The run holding character i (0 <= i < length). */
  const runOf = (i: number): number => {
    let lo = 0;
    let hi = runStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runStart[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const positionBefore = (i: number): [Node, number] => {
    if (i >= 0 && i < length) {
      const r = runOf(i);
      return [runNode[r]!, runOffset[r]! + (i - runStart[r]!)];
    }
    return i <= 0 ? [root, 0] : endPos;
  };
  const positionAfter = (i: number): [Node, number] => {
    if (i < 0) return [root, 0];
    if (i >= length) return endPos;
    const override = afterOverride.get(i);
    if (override) return override;
    if (synthetic.has(i)) return positionBefore(i + 1);
    const [node, offset] = positionBefore(i);
    return [node, offset + 1];
  };

  return {
    text,
    positionBefore,
    positionAfter,
    rangeOf(start, end) {
      if (!(start >= 0 && end >= start && end <= text.length)) return null;
      try {
        const range = doc.createRange();
        const [sn, so] = start < text.length ? positionBefore(start) : endPos;
        range.setStart(sn, so);
        if (end === start) range.collapse(true);
        else {
          const [en, eo] = positionAfter(end - 1);
          range.setEnd(en, eo);
        }
        return range;
      } catch {
        return null;
      }
    },
    offsetOf(node, offset) {
      if (!root.contains(node) && node !== root) return text.length;
      const probe = doc.createRange();
      try {
        probe.setStart(node, offset);
      } catch {
        return text.length;
      }
      // The first character whose start is not before the point: binary search over document order.
      let lo = 0;
      let hi = length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const [n, o] = positionBefore(mid);
        let cmp: number;
        try {
          cmp = probe.comparePoint(n, o);
        } catch {
          cmp = 1;
        }
        if (cmp < 0) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

function indexInParent(node: Node): number {
  let i = 0;
  for (let c = node.previousSibling; c; c = c.previousSibling) i++;
  return i;
}

function insidePre(node: Node, root: HTMLElement): boolean {
  for (let el = node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
    if (el.tagName === 'PRE' || el.tagName === 'TEXTAREA') return true;
  }
  return false;
}

/** A <br> with nothing after it in its block only keeps the line open (browsers render no extra line). */
function isTrailingBr(br: Element, root: HTMLElement): boolean {
  let node: Node = br;
  while (node !== root) {
    for (let s = node.nextSibling; s; s = s.nextSibling) {
      if (hasContent(s)) return false;
    }
    const parent = node.parentNode;
    if (!parent || parent === root || (parent.nodeType === 1 && isBlock(parent as Element))) return true;
    node = parent;
  }
  return true;
}

function hasContent(node: Node): boolean {
  if (node.nodeType === 3) return (node as Text).data.replace(/[\u200B\u2060\uFEFF]/g, '').length > 0 && !/^\s*\n\s*$/.test((node as Text).data);
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.matches(SKIPPED)) return false;
  if (el.tagName === 'BR') return !el.matches(PLACEHOLDER_BR);
  if (el.tagName === 'IMG') return true;
  for (let c = el.firstChild; c; c = c.nextSibling) if (hasContent(c)) return true;
  return false;
}
