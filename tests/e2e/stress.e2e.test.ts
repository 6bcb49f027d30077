// Issue 6, reliability under stress: a 200,000-character paste keeps typing responsive and is
// analysed around the caret only (said in the status element); measured with a CDP trace of the
// page's main thread. Real Chromium, the production dist/ loaded.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEBOUNCE_MS } from '../../src/content/session';
import { collectConsoleErrors, focusEditor, launchWithExtension, modelText, openFixture, setEditorText, type FixtureName, type Harness } from './harness';

const HUGE_CHARS = 200_000;
const TARGET_LONGEST_TASK_MS = 50;

let h: Harness;

beforeAll(async () => {
  h = await launchWithExtension();
});

afterAll(async () => {
  await h?.close();
});

/** ~200k characters of ordinary prose in paragraphs, with a pressuring sentence now and then. */
function hugeDraft(): string {
  const sentences = [
    'Thank you for taking the time to walk me through the numbers last week.',
    'I went back over the figures you sent and the picture is clearer now.',
    'The second phase depends on what the board decides in March.',
    'You need to sign this today, no exceptions.',
    'Some of this will only become clear once the first quarter closes.',
    'Do you have the latest invoice from the supplier?',
    'It sounds like timing matters most to you right now.',
  ];
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < HUGE_CHARS; i++) {
    const paragraph = Array.from({ length: 6 }, (_, k) => sentences[(i + k) % sentences.length]!).join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 1;
  }
  return paragraphs.join('\n').slice(0, HUGE_CHARS);
}

/**
 * Pastes through the page the way a user's paste arrives: a cancelable `paste` event carrying the
 * text (editors such as ProseMirror claim it), else the browser's own insertText (what a plain
 * contenteditable or textarea does with a paste). The caret ends after the pasted text.
 */
async function paste(page: Page, text: string): Promise<void> {
  await focusEditor(page);
  await page.evaluate((value) => {
    const active = (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement) as HTMLElement | null;
    const target = active ?? document.body;
    const data = new DataTransfer();
    data.setData('text/plain', value);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    const claimed = !target.dispatchEvent(event);
    if (!claimed) document.execCommand('insertText', false, value);
  }, text);
}

interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  ph: string;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** The page's main-thread tasks while `during` runs: the longest, and Attune's longest share of one. */
async function traceMainThread(page: Page, during: () => Promise<void>): Promise<{ tasks: number; longest: number; longestAttune: number }> {
  const cdp = await h.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,__metadata', transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach().catch(() => undefined);
  const rendererMains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const pageThreads = new Set(events.filter((e) => e.name === 'EventDispatch').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter(
    (e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && rendererMains.has(`${e.pid}:${e.tid}`) && pageThreads.has(`${e.pid}:${e.tid}`),
  );
  const attuneCalls = events.filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && (e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  const attuneMsIn = (t: TraceEvent) =>
    attuneCalls
      .filter((e) => e.tid === t.tid && e.pid === t.pid && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0))
      .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  return {
    tasks: tasks.length,
    longest: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
    longestAttune: Math.max(0, ...tasks.map(attuneMsIn)),
  };
}

const HUGE_EDITORS: FixtureName[] = ['textarea', 'gmail', 'prosemirror'];

describe('stress: a 200,000-character paste', () => {
  for (const name of HUGE_EDITORS) {
    it(`${name}: typing stays responsive and only the region around the caret is analysed`, async () => {
      const page = await openFixture(h, name);
      const errors = collectConsoleErrors(page);
      await setEditorText(page, '');
      const draft = hugeDraft();
      await paste(page, draft);
      const pasted = (await modelText(page)).length;
      expect(pasted).toBeGreaterThanOrEqual(HUGE_CHARS * 0.99);

      const status = page.locator('[data-attune-box]').first();
      await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('partial');
      await page.waitForTimeout(500);

      const typed = ' Is that ok';
      const trace = await traceMainThread(page, async () => {
        await page.keyboard.type(`${typed} with you?`.slice(0, 20), { delay: 40 });
        // Through the pause: reading the draft, the hand-off to the worker and re-painting count too.
        await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('partial');
        await page.waitForTimeout(DEBOUNCE_MS + 800);
      });
      console.log(
        `[stress] ${name}: ${pasted} chars pasted, typing 20 chars: ${trace.tasks} main-thread tasks, longest ${trace.longest.toFixed(1)} ms, ` +
          `longest Attune share of a task ${trace.longestAttune.toFixed(1)} ms (target ${TARGET_LONGEST_TASK_MS} ms)`,
      );
      // Nothing lost: the draft is the paste plus what was typed.
      const after = await modelText(page);
      expect(after.length).toBe(pasted + 20);
      expect(after.endsWith(`${typed} with you?`.slice(0, 20))).toBe(true);
      expect(Number(await status.getAttribute('data-findings'))).toBeGreaterThan(0);
      expect(trace.longestAttune).toBeLessThanOrEqual(TARGET_LONGEST_TASK_MS);
      expect(trace.longest).toBeLessThanOrEqual(TARGET_LONGEST_TASK_MS);
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
  }
});
