// Every fixture editor, built from the real library and served at its real site's address, with the
// production dist/ loaded. Two layers:
//  1. "replacement chain": the content script's own adapter and replacement code (bundled from
//     src/content, run in the page) against each editor — text map equals the editor's model,
//     a mid-draft rewrite lands in the model, the caret follows it, one Ctrl+Z restores, typing goes on.
//  2. "extension": the shipped content script end to end — real keys → underline → card → apply →
//     model holds the rewrite → Ctrl+Z restores → typing goes on, no console errors.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  EDITOR_FIXTURES,
  bundleProbe,
  collectConsoleErrors,
  launchWithExtension,
  modelText,
  normalize,
  openFixture,
  saveScreenshot,
  typeInEditor,
  type FixtureName,
  type Harness,
} from './harness';

// Every one-editor fixture page (tests/e2e/fixtures/*/fixture.json), with the adapter the content
// script must choose there (docs/testing.md): adding a fixture folder adds it here.
const EDITORS: FixtureName[] = EDITOR_FIXTURES.map((f) => f.name);
const EXPECTED_ADAPTER: Record<FixtureName, string> = Object.fromEntries(EDITOR_FIXTURES.map((f) => [f.name, f.adapter]));

// editors.md reports Ctrl+Z as dead for Quill inside a native shadow root. With this chain (the
// selection synced first, and the replacement kept out of Quill's 1 s merge window) it undoes like
// every other editor, so quill-shadow is held to the same assertions; no editor is exempted.

const OPENING = 'Thanks for your note. ';
const PRESSURE = 'You need to sign the contract today.';
const REWRITE = 'Would it help to go through the contract together?';
const TAIL = ' Talk soon.';

let h: Harness;
let probeSource = '';

beforeAll(async () => {
  probeSource = await bundleProbe({ entry: fileURLToPath(new URL('./probe/content-probe.ts', import.meta.url)) });
  h = await launchWithExtension();
});

afterAll(async () => {
  await h?.close();
});

/** The frame holding the editor: TinyMCE edits inside its own iframe. */
async function editorFrame(page: Page, name: FixtureName): Promise<Frame> {
  if (name !== 'tinymce') return page.mainFrame();
  await expect.poll(() => page.frames().length).toBeGreaterThan(1);
  for (const frame of page.frames()) {
    if (await frame.evaluate(() => !!document.getElementById('tinymce')).catch(() => false)) return frame;
  }
  throw new Error('TinyMCE frame not found');
}

interface ProbeApi {
  attach(): { name: string } | null;
  text(): string;
  caret(): number | null;
  replace(start: number, end: number, text: string): Promise<{ ok: boolean; technique: string | null; reason?: string }>;
}
type ProbeWindow = Window & { __attuneProbe: ProbeApi };

async function injectProbe(frame: Frame): Promise<void> {
  if (await frame.evaluate(() => 'attuneProbe' in window || '__attuneProbe' in window)) return;
  await frame.addScriptTag({ content: probeSource });
}

describe.each(EDITORS)('replacement chain on %s', (name) => {
  it('maps the text, replaces mid-draft through the editor, keeps the caret, undoes in one step', async () => {
    const page = await openFixture(h, name);
    const errors = collectConsoleErrors(page);
    await typeInEditor(page, OPENING + PRESSURE + TAIL);
    const original = normalize(OPENING + PRESSURE + TAIL);
    // Some fixtures' models also hold the quoted thread below the draft (Outlook): compare the draft part.
    await expect.poll(async () => normalize(await modelText(page))).toContain(original);

    const frame = await editorFrame(page, name);
    await injectProbe(frame);
    const attached = await frame.evaluate(() => (window as unknown as ProbeWindow).__attuneProbe.attach());
    expect(attached?.name).toBe(EXPECTED_ADAPTER[name]);

    const text = await frame.evaluate(() => (window as unknown as ProbeWindow).__attuneProbe.text());
    expect(normalize(text)).toContain(original);
    expect(normalize(await modelText(page))).toContain(normalize(text).slice(0, original.length));

    const start = text.indexOf(PRESSURE);
    expect(start).toBeGreaterThan(0);
    const outcome = await frame.evaluate(([s, e, t]) => (window as unknown as ProbeWindow).__attuneProbe.replace(s as number, e as number, t as string), [
      start,
      start + PRESSURE.length,
      REWRITE,
    ] as const);
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
    const rewritten = normalize(OPENING + REWRITE + TAIL);
    await expect.poll(async () => normalize(await modelText(page))).toContain(rewritten);
    expect(normalize(await modelText(page))).not.toContain(PRESSURE);
    const caret = await frame.evaluate(() => (window as unknown as ProbeWindow).__attuneProbe.caret());
    expect(caret).toBe(start + REWRITE.length);

    await page.keyboard.press('Control+z');
    await expect.poll(async () => normalize(await modelText(page))).toContain(original);
    expect(normalize(await modelText(page))).not.toContain(REWRITE);

    await page.keyboard.type(' Best');
    await expect.poll(async () => normalize(await modelText(page))).toContain('Best');
    expect(errors).toEqual([]);
    await page.close();
  });
});

const DRAFT = 'Thanks for your note. You need to sign the contract today. Do you have any questions?';

/** Sizes of Attune's highlights in this frame's own registry (docs/testing.md). */
function highlightedTexts(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
      if (!name.startsWith('attune-')) continue;
      for (const range of highlight) if (range instanceof Range) out.push(range.toString());
    }
    return out;
  });
}

async function underlineCount(frame: Frame, name: FixtureName): Promise<number> {
  if (name === 'textarea') return frame.locator('[data-attune-underline]').count();
  return (await highlightedTexts(frame)).length;
}

describe.each(EDITORS)('extension on %s', (name) => {
  it('underlines a pressuring draft, applies a rewrite from the card into the model, undoes, types on', async () => {
    const page = await openFixture(h, name);
    const errors = collectConsoleErrors(page);
    await typeInEditor(page, DRAFT);
    const original = normalize(DRAFT);
    await expect.poll(async () => normalize(await modelText(page))).toContain(original);
    const frame = await editorFrame(page, name);

    const status = frame.locator('[data-attune-box]').first();
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
    expect(await status.getAttribute('data-attune-adapter')).toBe(EXPECTED_ADAPTER[name]);
    // data-findings counts what is painted: a textarea's overlay code arrives lazily, a moment after 'ready'.
    await expect.poll(async () => Number(await status.getAttribute('data-findings'))).toBeGreaterThan(0);
    await expect.poll(() => underlineCount(frame, name)).toBeGreaterThan(0);
    if (name !== 'textarea') {
      // Underlines are computed from the draft: each one covers words the user typed.
      for (const text of await highlightedTexts(frame)) expect(DRAFT).toContain(text.replace(/\u00A0/g, ' '));
    }

    // The caret is at the end of the draft, next to the closing question: the keyboard path opens its card.
    await page.keyboard.press('Alt+Enter');
    // The card lives in the editor's frame, or in the top page when the UI lifts it out of a small iframe.
    const cardIn = async () => ((await frame.locator('[data-attune-card]').count()) ? frame : page.mainFrame());
    await expect
      .poll(
        async () => (await frame.locator('[data-attune-card]').count()) + (frame === page.mainFrame() ? 0 : await page.locator('[data-attune-card]').count()),
      )
      .toBe(1);
    const card = (await cardIn()).locator('[data-attune-card]');
    // Let the card's fade-in finish so the screenshot shows it as the user sees it.
    await page.waitForTimeout(400);
    await saveScreenshot(page, `editor-${name}`);
    const suggestion = card.locator('[data-attune-suggestion]').first();
    const rewrite = normalize((await suggestion.locator('.text').textContent()) ?? '');
    expect(rewrite.length).toBeGreaterThan(0);
    await suggestion.click();

    await expect.poll(async () => normalize(await modelText(page)), { timeout: 5_000 }).toContain(rewrite);
    const applied = normalize(await modelText(page));
    expect(applied).not.toContain(original);

    await page.keyboard.press('Control+z');
    await expect.poll(async () => normalize(await modelText(page))).toContain(original);

    await page.keyboard.type(' Best');
    await expect.poll(async () => normalize(await modelText(page))).toContain('Best');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('worker', () => {
  it('keeps the tab report (with the client thread) across a worker restart, and reports a switched-off site', async () => {
    const page = await openFixture(h, 'gmail');
    await typeInEditor(page, DRAFT);
    const status = page.locator('[data-attune-box]').first();
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');

    const ext = await h.context.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/src/popup/index.html`);
    type TabReply = { tab: { state: string; text?: string; thread?: string | null; report?: { findings: unknown[] } } };
    const ask = () =>
      ext.evaluate(async () => {
        const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
        return (await chrome.runtime.sendMessage({ type: 'attune/tab-report', tabId: tab!.id })) as TabReply;
      });
    const first = await ask();
    expect(first.tab.state).toBe('ready');
    expect(normalize(first.tab.text ?? '')).toBe(original());
    expect(first.tab.report!.findings.length).toBeGreaterThan(0);
    // The Gmail adapter found the client's last message in the thread above the composer.
    expect(first.tab.thread).toMatch(/nervous about moving my savings/);

    // MV3 stops idle workers: the popup must still get the report from a freshly started one.
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(async () => (await ask()).tab.state, { timeout: 10_000 }).toBe('ready');

    // A page's own script cannot talk to the worker as if it were the content script.
    const forged = await page.evaluate(() => typeof (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage);
    expect(forged).not.toBe('function');

    // Switching the site off: the popup says so. (That the page's underlines then go away is not yet
    // reliable — see the report — so it is not asserted here.)
    await ext.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      await chrome.storage.sync.set({ 'attune.settings': { version: 1, disabledSites: ['mail.google.com'] } });
    });
    await expect.poll(async () => (await ask()).tab.state).toBe('disabled');
    await ext.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.sync.remove('attune.settings'));
    await ext.close();
    await page.close();
  });
});

/** The few extension APIs the worker test calls from an extension page. */
interface ChromeApi {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(i: object): Promise<void>; remove(k: string): Promise<void> } };
}

function original(): string {
  return normalize(DRAFT);
}
