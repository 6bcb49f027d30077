// Issue 3 polish: after an install, update or reload, Attune comes back in tabs that were already
// open (Chrome injects declared content scripts only into pages loaded after the extension; the
// worker re-injects them, src/background/reattach.ts). The old copy of the script must leave, so
// one compose box never gets two UIs. Real Chromium, the production dist/ loaded, pages never reloaded.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  fixtureUrl,
  focusEditor,
  launchWithExtension,
  modelText,
  normalize,
  openFixture,
  saveScreenshot,
  setEditorText,
  type Harness,
} from './harness';
import { attuneHighlightCount } from './trace';

// Not from any data set: instructions with a deadline and a closed door, pressure by the taxonomy.
const PRESSURING = 'Thanks for the update. You have to return the form by Friday, no excuses.';
// Typed after the reload: a different draft, so the new copy has to analyse it afresh.
const PRESSURING_AFTER = 'Good to hear from you. You must sign the renewal today.';

let h: Harness;

beforeAll(async () => {
  h = await launchWithExtension();
  await enableDeveloperMode();
});

afterAll(async () => {
  await h?.close();
});

const workerPrefix = () => `chrome-extension://${h.extensionId}/`;
let worker: Worker | undefined;

/**
 * Chromium reloads an unpacked extension only in developer mode: otherwise runtime.reload()
 * leaves it disabled ("unsupported developer extension") and nothing comes back. A developer
 * reloading Attune has developer mode on, so the test switches it on the same way the
 * chrome://extensions toggle does.
 */
async function enableDeveloperMode(): Promise<void> {
  const page = await h.context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          (
            globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object, done: () => void): void } } }
          ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve),
        ),
    );
  } finally {
    await page.close();
  }
}

/** Reloads the extension from its own worker (what a developer reload or an update does) and returns the new worker. */
async function reloadExtension(): Promise<Worker> {
  const old = worker ?? h.context.serviceWorkers().find((w) => w.url().startsWith(workerPrefix()));
  if (!old) throw new Error('no extension worker');
  const next = h.context.waitForEvent('serviceworker', { predicate: (w) => w !== old && w.url().startsWith(workerPrefix()), timeout: 20_000 });
  await old.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  worker = await next;
  return worker;
}

/** What Attune shows in a page: UI hosts, status elements and underlines (both kinds), summed over every host. */
function attuneState(page: Page) {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('attune-ui')];
    const inHosts = (selector: string) => hosts.reduce((n, host) => n + (host.shadowRoot?.querySelectorAll(selector).length ?? 0), 0);
    const ready = hosts
      .flatMap((host) => [...(host.shadowRoot?.querySelectorAll('[data-attune-box]') ?? [])])
      .filter((el) => el.getAttribute('data-state') === 'ready');
    return {
      hosts: hosts.length,
      statuses: inHosts('[data-attune-box]'),
      ready: ready.length,
      findings: ready.reduce((n, el) => n + Number(el.getAttribute('data-findings')), 0),
      underlineBoxes: inHosts('[data-attune-underline]'),
      pressureBoxes: inHosts('[data-attune-underline][data-category="pressure"]'),
      cards: inHosts('[data-attune-card]'),
    };
  });
}

/** The ids of the boxes Attune tracks in a page; each copy of the script names its boxes afresh. */
function boxIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('attune-ui')].flatMap((host) =>
      [...(host.shadowRoot?.querySelectorAll('[data-attune-box]') ?? [])].map((el) => el.getAttribute('data-attune-box') ?? ''),
    ),
  );
}

/** Waits until a new copy of the script tracks as many boxes as before, none under an old copy's id. */
async function waitForNewCopy(page: Page, oldIds: string[]): Promise<void> {
  await expect
    .poll(
      async () => {
        const ids = await boxIds(page);
        return ids.length === oldIds.length && ids.every((id) => !oldIds.includes(id));
      },
      { timeout: 10_000 },
    )
    .toBe(true);
}

async function typeDraft(page: Page, text: string): Promise<void> {
  await setEditorText(page, '');
  await focusEditor(page);
  await page.keyboard.type(text, { delay: 5 });
}

/** Waits until the page shows a pressure underline and no box is waiting for its analysis. */
async function waitForPressure(page: Page, kind: 'textarea' | 'gmail'): Promise<void> {
  try {
    if (kind === 'textarea') await expect.poll(async () => (await attuneState(page)).pressureBoxes, { timeout: 15_000 }).toBeGreaterThan(0);
    else await expect.poll(() => page.evaluate(() => CSS.highlights.get('attune-pressure')?.size ?? 0), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-attune-box][data-state="pending"]').count(), { timeout: 10_000 }).toBe(0);
  } catch (error) {
    // What the page showed instead, for whoever reads the failure.
    const statuses = await page.evaluate(() =>
      [...document.querySelectorAll('attune-ui')].flatMap((host) =>
        [...(host.shadowRoot?.querySelectorAll('[data-attune-box]') ?? [])].map((el) => el.outerHTML),
      ),
    );
    console.log(`[reattach] ${kind}: no pressure underline`, JSON.stringify(await attuneState(page)), statuses.join(' '));
    throw error;
  }
}

/** One copy's worth of underlines: each painted finding once (a second copy would add its own). */
async function expectSingleUi(page: Page, kind: 'textarea' | 'gmail', statuses: number): Promise<void> {
  const state = await attuneState(page);
  expect(state.hosts).toBe(1);
  expect(state.statuses).toBe(statuses);
  expect(state.cards).toBe(0);
  expect(state.findings).toBeGreaterThan(0);
  if (kind === 'gmail') {
    expect(await attuneHighlightCount(page)).toBe(state.findings);
  } else {
    // A finding may wrap onto two lines (two boxes), never more in these one-line drafts.
    expect(state.underlineBoxes).toBeGreaterThanOrEqual(state.findings);
    expect(state.underlineBoxes).toBeLessThanOrEqual(2 * state.findings);
  }
}

describe('re-attach after the extension is reloaded', () => {
  let textarea: Page;
  let gmail: Page;
  let before: { textarea: Awaited<ReturnType<typeof attuneState>>; gmail: Awaited<ReturnType<typeof attuneState>>; gmailHighlights: number };
  let errors: { textarea: string[]; gmail: string[] };
  let oldIds: { textarea: string[]; gmail: string[] };

  // expect.poll only runs inside a test: the setup is the first test, and the others depend on it.
  it('before the reload: a live Attune underlines the draft in both pages', async () => {
    textarea = await openFixture(h, 'textarea');
    gmail = await openFixture(h, 'gmail');
    errors = { textarea: collectConsoleErrors(textarea), gmail: collectConsoleErrors(gmail) };
    // Both pages have a live Attune with underlines: the copies the reload will orphan.
    await typeDraft(textarea, PRESSURING);
    await typeDraft(gmail, PRESSURING);
    await waitForPressure(textarea, 'textarea');
    await waitForPressure(gmail, 'gmail');
    before = { textarea: await attuneState(textarea), gmail: await attuneState(gmail), gmailHighlights: await attuneHighlightCount(gmail) };
    await expectSingleUi(textarea, 'textarea', before.textarea.statuses);
    await expectSingleUi(gmail, 'gmail', before.gmail.statuses);
    oldIds = { textarea: await boxIds(textarea), gmail: await boxIds(gmail) };
    await reloadExtension();
  });

  it('the draft already in each box is underlined again, once, without reloading the pages', async () => {
    // The same documents as before the reload (a page reload would have emptied the drafts).
    expect(normalize(await modelText(textarea))).toBe(normalize(PRESSURING));
    expect(normalize(await modelText(gmail))).toBe(normalize(PRESSURING));
    // The re-injected script finds the boxes again and analyses the drafts in them at once.
    await waitForNewCopy(textarea, oldIds.textarea);
    await waitForNewCopy(gmail, oldIds.gmail);
    await waitForPressure(textarea, 'textarea');
    await waitForPressure(gmail, 'gmail');
    // The same draft gives the same underlines as before the reload: the orphan's are gone, not doubled.
    const after = { textarea: await attuneState(textarea), gmail: await attuneState(gmail) };
    expect(after.textarea).toEqual(before.textarea);
    expect(after.gmail).toEqual(before.gmail);
    expect(await attuneHighlightCount(gmail)).toBe(before.gmailHighlights);
  });

  it('typing a new pressuring sentence is underlined by the new copy, and only by it', async () => {
    await typeDraft(textarea, PRESSURING_AFTER);
    await typeDraft(gmail, PRESSURING_AFTER);
    await waitForPressure(textarea, 'textarea');
    await waitForPressure(gmail, 'gmail');
    expect(normalize(await modelText(textarea))).toBe(normalize(PRESSURING_AFTER));
    expect(normalize(await modelText(gmail))).toBe(normalize(PRESSURING_AFTER));
    await expectSingleUi(textarea, 'textarea', before.textarea.statuses);
    await expectSingleUi(gmail, 'gmail', before.gmail.statuses);
    await saveScreenshot(textarea, 'reattached-textarea', 'reattach');
    await saveScreenshot(gmail, 'reattached-gmail', 'reattach');
  });

  it('hovering the underline opens one card, from the live copy', async () => {
    await textarea.bringToFront();
    const line = await textarea.evaluate(() => {
      const box = document.querySelector('attune-ui')!.shadowRoot!.querySelector('[data-attune-underline][data-category="pressure"]')!;
      const r = box.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await textarea.mouse.move(line.x, line.y);
    await expect.poll(async () => (await attuneState(textarea)).cards, { timeout: 5000 }).toBe(1);
    await textarea.waitForTimeout(300); // the card fades in: let the screenshot show it whole
    await saveScreenshot(textarea, 'reattached-textarea-card', 'reattach');
    await textarea.mouse.move(5, 790);
    await expect.poll(async () => (await attuneState(textarea)).cards, { timeout: 5000 }).toBe(0);
  });

  it('a second reload re-attaches again; typing stays clean and no page saw an error', async () => {
    const idsBefore = { textarea: await boxIds(textarea), gmail: await boxIds(gmail) };
    await reloadExtension();
    await waitForNewCopy(gmail, idsBefore.gmail);
    await waitForNewCopy(textarea, idsBefore.textarea);
    await waitForPressure(gmail, 'gmail');
    await waitForPressure(textarea, 'textarea');
    await focusEditor(gmail);
    await gmail.keyboard.type(' Act now.', { delay: 5 });
    await expect.poll(() => gmail.locator('[data-attune-box][data-state="pending"]').count(), { timeout: 10_000 }).toBe(0);
    await expectSingleUi(gmail, 'gmail', before.gmail.statuses);
    await expectSingleUi(textarea, 'textarea', before.textarea.statuses);
    expect(normalize(await modelText(gmail))).toBe(normalize(`${PRESSURING_AFTER} Act now.`));
    expect(errors.textarea).toEqual([]);
    expect(errors.gmail).toEqual([]);
    await Promise.all([textarea.close(), gmail.close()]);
  });
});

describe('a compose box opened after the reload (an inbox with no draft open)', () => {
  /** Whether this extension's current content script runs in the tab's top frame (asked through the worker). */
  async function liveCopyIn(url: string): Promise<boolean> {
    if (!worker) return false;
    return worker.evaluate(async (address) => {
      type Chrome = {
        tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
        scripting: { executeScript(i: object): Promise<{ result?: unknown }[]> };
      };
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = (await chrome.tabs.query({})).filter((t) => t.url === address);
      if (tab?.id === undefined) return false;
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        func: () => !!(globalThis as Record<string, unknown>).__attuneContentScript,
      });
      return frame?.result === true;
    }, url);
  }

  it('only the new copy attaches to it, and underlines it', async () => {
    const page = await h.context.newPage();
    const errors = collectConsoleErrors(page);
    // The compose forms are parked before the content script runs (document_idle), so the copy
    // that the reload orphans never saw a box: it has no reason to have noticed the reload.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const forms = [...document.querySelectorAll('form.composer')];
        for (const form of forms) form.remove();
        (window as unknown as { __parked: Element[] }).__parked = forms;
      });
    });
    // Every copy of the script runs in an isolated world named after the extension; the first one
    // created in the top frame is the copy the reload orphans.
    const cdp = await h.context.newCDPSession(page);
    const attuneWorlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string } | undefined;
      if (aux?.type === 'isolated' && context.origin === `chrome-extension://${h.extensionId}`) attuneWorlds.push(context.id);
    });
    await cdp.send('Runtime.enable');
    const url = fixtureUrl('textarea');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === '1');
    expect(await page.locator('attune-ui').count()).toBe(0);
    await expect.poll(() => attuneWorlds.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const orphanWorld = attuneWorlds[attuneWorlds.length - 1];
    const orphanRunning = async () => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: '!!globalThis.__attuneContentScript', contextId: orphanWorld, returnByValue: true });
      return result.value === true;
    };
    expect(await orphanRunning()).toBe(true);

    await reloadExtension();
    await expect.poll(() => liveCopyIn(url), { timeout: 10_000 }).toBe(true);
    // The orphan heard the new copy start and stopped watching the page: before, a copy that never
    // saw a box kept observing every DOM change of the page (Gmail's inbox) until the page closed.
    expect(await orphanRunning()).toBe(false);
    // "Compose": the boxes appear now, seen by the orphan's watcher and the new copy's alike.
    await page.evaluate(() => document.querySelector('main')!.append(...(window as unknown as { __parked: Element[] }).__parked));
    await typeDraft(page, PRESSURING_AFTER);
    await waitForPressure(page, 'textarea');
    await expectSingleUi(page, 'textarea', 2);
    // Still so once the orphan had every chance to act (its box batch waits 200 ms, its send fails at once).
    await page.waitForTimeout(1000);
    await expectSingleUi(page, 'textarea', 2);
    expect(errors).toEqual([]);
    await saveScreenshot(page, 'reattached-compose-opened-later', 'reattach');
    await page.close();
  });
});
