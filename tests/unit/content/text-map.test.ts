// @vitest-environment happy-dom
// The text↔DOM map of a contenteditable (src/content/text-map.ts): the text the engine sees, and
// each of its offsets back to a DOM position. Underlines, the caret (Alt+Enter) and every rewrite
// go through it, so an offset off by one puts an underline on the wrong words or a rewrite into
// the wrong place.
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap, type TextMap } from '../../../src/content/text-map';

let root: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = '<div id="editor" contenteditable="true"></div>';
  root = document.getElementById('editor')!;
});

function mapOf(html: string): TextMap {
  root.innerHTML = html;
  return buildTextMap(root);
}

/** The text a Range built by the map covers, as the DOM reads it. */
function covered(map: TextMap, start: number, end: number): string {
  const range = map.rangeOf(start, end);
  expect(range, `rangeOf(${start}, ${end})`).not.toBeNull();
  return range!.toString();
}

function textNode(selector: string, index = 0): Text {
  const el = selector === ':root' ? root : root.querySelector(selector)!;
  const texts = [...el.childNodes].filter((n): n is Text => n.nodeType === 3);
  return texts[index]!;
}

describe('the text the engine sees', () => {
  it('reads inline formatting as one run of text', () => {
    expect(mapOf('Hello <b>big</b> <i>wide <u>world</u></i>!').text).toBe('Hello big wide world!');
  });

  it('makes a line of each block and of each <br>, without a line for a block that is empty', () => {
    expect(mapOf('<p>one</p><p>two</p>').text).toBe('one\ntwo');
    expect(mapOf('one<br>two').text).toBe('one\ntwo');
    expect(mapOf('<div>Hi Sam,</div><div><br></div><div>Thanks.</div>').text).toBe('Hi Sam,\n\nThanks.');
  });

  it("skips the <br> that only keeps a line open, and editors' placeholder <br>s", () => {
    expect(mapOf('<p>one<br></p><p>two</p>').text).toBe('one\ntwo');
    expect(mapOf('<p>one</p><p><br class="ProseMirror-trailingBreak"></p>').text).toBe('one\n');
    expect(mapOf('<p>one<br data-cke-filler="true"></p>').text).toBe('one');
  });

  it('reads &nbsp; as a space and leaves out zero-width fillers', () => {
    expect(mapOf('a&nbsp;b').text).toBe('a b');
    expect(mapOf('a\u200Bb\uFEFF').text).toBe('ab');
  });

  it('leaves out contenteditable=false islands and source-formatting whitespace between tags', () => {
    expect(mapOf('Hi <span contenteditable="false">[chip]</span>Sam').text).toBe('Hi Sam');
    expect(mapOf('<p>one</p>\n    <p>two</p>').text).toBe('one\ntwo');
  });

  it('keeps whitespace inside <pre>', () => {
    expect(mapOf('<pre>a\n  b</pre>').text).toBe('a\n  b');
  });
});

describe('offsets to DOM positions', () => {
  it('maps offsets across text nodes to the node holding each character', () => {
    const map = mapOf('Hello <b>big</b> world');
    expect(map.positionBefore(6)).toEqual([textNode('b'), 0]);
    expect(map.positionAfter(8)).toEqual([textNode('b'), 3]);
    expect(map.positionBefore(9)).toEqual([textNode(':root', 1), 0]);
    expect(covered(map, 6, 9)).toBe('big');
    expect(covered(map, 4, 11)).toBe('o big w');
  });

  it('puts the line break of a <br> between the <br> and what follows it', () => {
    const map = mapOf('one<br>two');
    expect(map.text[3]).toBe('\n');
    expect(map.positionBefore(3)).toEqual([root, 1]); // just before the <br>
    expect(map.positionAfter(3)).toEqual([root, 2]); // just after it
    expect(covered(map, 4, 7)).toBe('two');
    expect(covered(map, 0, 3)).toBe('one');
  });

  it('puts a block break at the end of the previous block, so a span never starts in the wrong paragraph', () => {
    const map = mapOf('<p>one</p><p>two</p>');
    const [one, two] = [textNode('p:nth-child(1)'), textNode('p:nth-child(2)')];
    expect(map.positionBefore(3)).toEqual([one, 3]);
    expect(map.positionAfter(3)).toEqual([two, 0]);
    const second = map.rangeOf(4, 7)!;
    expect(second.startContainer).toBe(two);
    expect(second.toString()).toBe('two');
    const across = map.rangeOf(2, 5)!;
    expect([across.startContainer, across.startOffset, across.endContainer, across.endOffset]).toEqual([one, 2, two, 1]);
  });

  it('skips zero-width characters inside a text node without shifting what follows', () => {
    const map = mapOf('You\u200B need to');
    expect(map.text).toBe('You need to');
    expect(map.positionBefore(3)).toEqual([textNode(':root'), 4]); // the space, after the filler
    expect(covered(map, 4, 8)).toBe('need');
  });

  it('counts an emoji (a surrogate pair) as two offsets, as the engine does', () => {
    const map = mapOf('Hi 👋 <b>Sam</b> 👍🏽 ok');
    expect(map.text).toBe('Hi 👋 Sam 👍🏽 ok');
    expect(covered(map, 3, 5)).toBe('👋');
    const sam = map.text.indexOf('Sam');
    expect(sam).toBe(6);
    expect(covered(map, sam, sam + 3)).toBe('Sam');
    const thumbs = map.text.indexOf('👍🏽');
    expect(covered(map, thumbs, thumbs + 4)).toBe('👍🏽'); // thumbs and skin tone: four code units
    expect(covered(map, map.text.length - 2, map.text.length)).toBe('ok');
  });

  it('maps right-to-left text in logical order', () => {
    const map = mapOf('<p dir="rtl">שלום <b>עולם</b></p><p>Hello مرحبا world</p>');
    expect(map.text).toBe('שלום עולם\nHello مرحبا world');
    expect(covered(map, 5, 9)).toBe('עולם');
    const arabic = map.text.indexOf('مرحبا');
    expect(covered(map, arabic, arabic + 5)).toBe('مرحبا');
    expect(covered(map, arabic + 6, arabic + 11)).toBe('world');
  });

  it('gives a collapsed range for an empty span and refuses spans outside the text', () => {
    const map = mapOf('abc');
    const empty = map.rangeOf(1, 1)!;
    expect(empty.collapsed).toBe(true);
    expect([empty.startContainer, empty.startOffset]).toEqual([textNode(':root'), 1]);
    expect(map.rangeOf(3, 3)!.collapsed).toBe(true);
    expect(map.rangeOf(-1, 2)).toBeNull();
    expect(map.rangeOf(2, 1)).toBeNull();
    expect(map.rangeOf(0, 4)).toBeNull();
  });

  it("gives the root's start and the content's end beyond the text", () => {
    const map = mapOf('<p>ab</p>');
    expect(map.positionBefore(-1)).toEqual([root, 0]);
    expect(map.positionBefore(2)).toEqual([textNode('p'), 2]);
    expect(map.positionAfter(99)).toEqual([textNode('p'), 2]);
  });
});

describe('DOM positions to offsets (the caret)', () => {
  it('reads a caret inside a text node of a later paragraph', () => {
    const map = mapOf('<p>Hi Sam,</p><p>You <b>need</b> to sign.</p>');
    expect(map.offsetOf(textNode('b'), 2)).toBe(map.text.indexOf('need') + 2);
    expect(map.offsetOf(textNode('p:nth-child(2)', 1), 0)).toBe(map.text.indexOf(' to sign'));
  });

  it('reads a caret given as an element and child index (after a <br>)', () => {
    const map = mapOf('one<br>two');
    expect(map.offsetOf(root, 2)).toBe(4);
    expect(map.offsetOf(root, root.childNodes.length)).toBe(map.text.length);
  });

  it('reads a caret after an emoji as two code units past it', () => {
    const map = mapOf('Hi 👋 there');
    expect(map.offsetOf(textNode(':root'), 5)).toBe(5);
  });

  it('answers the end of the text for a point outside the root', () => {
    const map = mapOf('abc');
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    expect(map.offsetOf(outside.firstChild!, 2)).toBe(3);
  });

  it('round-trips every offset, block and line breaks included', () => {
    const map = mapOf('<p>Hi <i>Sam</i>,</p><p>one<br>two 👋</p><div>x\u200By&nbsp;z</div>');
    for (let i = 0; i < map.text.length; i++) {
      const [node, offset] = map.positionBefore(i);
      expect(map.offsetOf(node, offset), `offset ${i} (${JSON.stringify(map.text[i])})`).toBe(i);
    }
  });
});
