// Replacing a span through the editor's own input path, so that the editor's model (not only its
// DOM) holds the new text, the caret lands after it and one undo restores the original.
//
// No single technique works everywhere (see ../shared/recipes/editors.md), so this is an ordered
// chain: select the range → let the editor sync its selection → cancelable `beforeinput`
// (insertReplacementText) → synthetic `paste` → `execCommand('insertText')`. After each step the
// text is read back: the expected text means done, any other change means stop, because stacking
// a second technique on an already-changed draft is how drafts get corrupted.
//
// Only needed when a rewrite is applied, so it is a separate chunk loaded on first use
// (./index.ts keeps the up-front script small).
import type { Span } from '../shared/contract/index';
import { selectionFor } from './selection';

/** Editors that apply a claimed (preventDefault-ed) event asynchronously get this long. */
const CLAIMED_WAIT_MS = 1000;
/** An editor that did not claim the event gets a couple of frames before the next technique. */
const UNCLAIMED_WAIT_MS = 60;
const POLL_MS = 16;

export interface ReplaceTarget {
  /** The contenteditable root (or textarea/input). */
  element: HTMLElement;
  readText(): string;
  rangeOf(start: number, end: number): Range | null;
  /** Milliseconds since the user's last edit; some editors merge close edits into one undo step. */
  msSinceLastEdit(): number;
  /** Edits closer than this to the last keystroke are merged by the editor's undo (Quill: 1 s). */
  undoMergeMs: number;
}

type Technique = 'beforeinput' | 'paste' | 'execCommand';

/**
 * Where `span` of `reportText` now lies in `currentText`: the same span when the draft still holds
 * the same words there, else the occurrence of those words nearest the old place, else null.
 */
export function relocateSpan(reportText: string, currentText: string, span: Span): Span | null {
  const original = reportText.slice(span.start, span.end);
  if (currentText.slice(span.start, span.end) === original) return span;
  if (!original) {
    // An insertion point: keep it only if the text before it is unchanged.
    return currentText.slice(0, span.start) === reportText.slice(0, span.start) ? span : null;
  }
  let best: Span | null = null;
  for (let at = currentText.indexOf(original); at !== -1; at = currentText.indexOf(original, at + 1)) {
    if (!best || Math.abs(at - span.start) < Math.abs(best.start - span.start)) best = { start: at, end: at + original.length };
  }
  return best;
}

export function spliced(text: string, span: Span, insert: string): string {
  return text.slice(0, span.start) + insert + text.slice(span.end);
}

/** textarea / input: the native undo stack only records execCommand edits. */
export async function replaceInTextField(field: HTMLTextAreaElement | HTMLInputElement, span: Span, text: string): Promise<boolean> {
  const before = field.value;
  const expected = spliced(before, span, text);
  field.focus({ preventScroll: true });
  field.setSelectionRange(span.start, span.end);
  field.ownerDocument.execCommand('insertText', false, text);
  const outcome = await waitForText(() => field.value, before, expected, UNCLAIMED_WAIT_MS);
  if (outcome !== 'expected') return false;
  field.setSelectionRange(span.start + text.length, span.start + text.length);
  return true;
}

/** Resolves true only when the editor's text reads back as expected. */
export async function replaceInContentEditable(target: ReplaceTarget, span: Span, text: string): Promise<boolean> {
  const before = target.readText();
  if (span.start < 0 || span.end > before.length || span.start > span.end) return false;
  const expected = spliced(before, span, text);
  if (expected === before) return true;

  // Let the editor close its current undo step so that one Ctrl+Z undoes exactly this replacement.
  const quiet = target.undoMergeMs - target.msSinceLastEdit();
  if (quiet > 0) await sleep(quiet + 50);

  const steps: [Technique, (range: Range) => boolean][] = [
    ['beforeinput', (range) => dispatchBeforeInput(target.element, range, text)],
    ['paste', () => dispatchPaste(target.element, text)],
    ['execCommand', () => insertWithExecCommand(target.element, text)],
  ];
  for (const [, run] of steps) {
    const range = target.rangeOf(span.start, span.end);
    if (!range) return false;
    await selectAndSettle(target.element, range);
    // Selecting can make some editors normalise their DOM; re-check before acting on it.
    if (target.readText() !== before) return false;
    const claimed = run(range);
    const outcome = await waitForText(target.readText, before, expected, claimed ? CLAIMED_WAIT_MS : UNCLAIMED_WAIT_MS);
    if (outcome === 'expected') {
      await settleCaret(target, span.start + text.length, expected);
      return true;
    }
    // Any other change: the editor did something of its own; a second technique would stack on it.
    if (outcome === 'diverged') return false;
  }
  return false;
}

/** Returns true when the editor claimed the event (preventDefault), i.e. it may apply it later. */
function dispatchBeforeInput(element: HTMLElement, range: Range, text: string): boolean {
  const win = windowOf(element);
  const dataTransfer = makeDataTransfer(win, text);
  const init: InputEventInit & { targetRanges?: StaticRange[] } = {
    inputType: 'insertReplacementText',
    data: text,
    dataTransfer,
    bubbles: true,
    cancelable: true,
    composed: true,
    targetRanges: [
      new win.StaticRange({
        startContainer: range.startContainer,
        startOffset: range.startOffset,
        endContainer: range.endContainer,
        endOffset: range.endOffset,
      }),
    ],
  };
  const event = new win.InputEvent('beforeinput', init);
  return !element.dispatchEvent(event);
}

function dispatchPaste(element: HTMLElement, text: string): boolean {
  const win = windowOf(element);
  // Firefox ignores `clipboardData` in the constructor (the event carries an empty DataTransfer)
  // and fills it from its own `dataType`/`data` members instead; Chromium ignores those two. Without
  // them, roosterjs (Outlook) in Firefox took the paste, deleted the selected phrase and inserted
  // nothing — the user's sentence was lost (tests/e2e/flows.e2e.test.ts, outlook in Firefox).
  const init: ClipboardEventInit & { dataType: string; data: string } = {
    clipboardData: makeDataTransfer(win, text),
    dataType: 'text/plain',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  const event = new win.ClipboardEvent('paste', init);
  return !element.dispatchEvent(event);
}

function insertWithExecCommand(element: HTMLElement, text: string): boolean {
  const win = windowOf(element);
  element.ownerDocument.execCommand('insertText', false, text);
  element.dispatchEvent(new win.InputEvent('input', { inputType: 'insertReplacementText', data: text, bubbles: true, composed: true }));
  return false;
}

function makeDataTransfer(win: Window & typeof globalThis, text: string): DataTransfer {
  const dt = new win.DataTransfer();
  dt.setData('text/plain', text);
  return dt;
}

function windowOf(element: HTMLElement): Window & typeof globalThis {
  return (element.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
}

async function selectAndSettle(element: HTMLElement, range: Range): Promise<void> {
  const doc = element.ownerDocument;
  if (!element.contains(doc.activeElement) && doc.activeElement !== element && !hostsFocus(element)) {
    element.focus({ preventScroll: true });
  }
  const changed = once(doc, 'selectionchange', 150);
  const selection = selectionFor(element);
  selection?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  await changed;
  // Editors sync their model selection from selectionchange on the next frames.
  await nextFrame(element);
  await nextFrame(element);
}

/** An element inside a shadow root has focus when its host is the document's activeElement. */
function hostsFocus(element: HTMLElement): boolean {
  const root = element.getRootNode() as ShadowRoot;
  return !!root.host && (root.activeElement === element || element.contains(root.activeElement));
}

async function settleCaret(target: ReplaceTarget, offset: number, expected: string): Promise<void> {
  await nextFrame(target.element);
  // The user undid or typed within that frame: the offset no longer means anything (it would put
  // the caret past the draft, e.g. into Outlook's quoted reply header).
  if (target.readText() !== expected) return;
  const selection = selectionFor(target.element);
  const range = target.rangeOf(offset, offset);
  if (!selection || !range) return;
  const current = selection.rangeCount ? selection.getRangeAt(0) : null;
  if (current && current.collapsed && current.compareBoundaryPoints(Range.START_TO_START, range) === 0) return;
  try {
    selection.setBaseAndExtent(range.startContainer, range.startOffset, range.startContainer, range.startOffset);
  } catch {
    // The editor re-rendered between reading and setting: leaving its own caret is acceptable.
  }
}

type WaitResult = 'expected' | 'diverged' | 'unchanged';

async function waitForText(read: () => string, before: string, expected: string, maxMs: number): Promise<WaitResult> {
  const started = Date.now();
  for (;;) {
    const now = read();
    if (now === expected) return 'expected';
    if (now !== before) {
      // Async editors sometimes pass through an intermediate state (span deleted, text not yet in).
      if (Date.now() - started >= maxMs) return 'diverged';
    } else if (Date.now() - started >= maxMs) return 'unchanged';
    await sleep(POLL_MS);
  }
}

function once(target: EventTarget, type: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      target.removeEventListener(type, done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    target.addEventListener(type, done);
  });
}

function nextFrame(element: HTMLElement): Promise<void> {
  const win = windowOf(element);
  // rAF does not fire in background tabs; never hang a replacement on it.
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    win.requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
