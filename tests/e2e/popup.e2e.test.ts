// The pre-send checklist popup in real Chromium with the built extension.
// A headless browser cannot click the toolbar button, so the popup page is opened as a tab with
// `?tabId=N` naming the tab to report on (the popup's documented testing hook).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectConsoleErrors, launchWithExtension, modelText, openFixture, setEditorText, tabIdOf, typeInEditor, type Harness } from './harness';

// The extension pages' own API, used inside page.evaluate.
declare const chrome: any;

const REPO = resolve(__dirname, '..', '..');
const SCREENSHOTS = join(REPO, 'docs', 'screenshots');
const AXE = readFileSync(join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

// Two pressuring sentences and a closed question: the checklist must fail "no pressure".
const PRESSURING_DRAFT = 'You need to sign the renewal today. Do you understand?';

let h: Harness;

beforeAll(async () => {
  h = await launchWithExtension();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await h?.close();
});

async function openPopup(tabId: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.emulateMedia({ colorScheme });
  await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tabId=${tabId}`);
  return popup;
}

/** Waits until the content script has a report for the box (docs/testing.md's status element). */
async function waitForAnalysis(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('attune-ui')?.shadowRoot?.querySelector('[data-attune-box][data-state="ready"]'), undefined, {
    timeout: 15_000,
  });
}

async function axeSeriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol: the page's CSP (script-src 'self') would block a <script>.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.count})`);
}

/** Tabs from the top of the page, returning what each stop was and whether focus was visibly drawn. */
async function tabThrough(page: Page, stops: number): Promise<{ label: string; outlined: boolean }[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: { label: string; outlined: boolean }[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}]`;
        return { label, outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
      }),
    );
  }
  return seen;
}

describe('popup on a page with a pressuring draft', () => {
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    page = await openFixture(h, 'gmail');
    await typeInEditor(page, PRESSURING_DRAFT);
    await waitForAnalysis(page);
    tabId = await tabIdOf(h, page, { orHiddenUrl: true });
  });

  it('shows the four checklist items, failing "no pressure" with the sentence that decided it', async () => {
    const popup = await openPopup(tabId);
    const errors = collectConsoleErrors(popup);
    await popup.waitForSelector('[data-check]');
    const checks = await popup.$$eval('[data-check]', (els) => els.map((e) => ({ key: e.getAttribute('data-check'), pass: e.getAttribute('data-pass') })));
    // Those worth a look come first, in checklist order; those that pass wait in the details.
    expect(checks.map((c) => c.key).sort()).toEqual(['acknowledges', 'autonomy', 'no_pressure', 'open_question']);
    expect(checks.findIndex((c) => c.pass === 'true')).not.toBeLessThan(checks.filter((c) => c.pass === 'false').length);
    // A calm summary first: one line for what passes, one for what is worth a look, the balance in plain words.
    expect(await popup.textContent('[data-summary="look"]')).toContain('no pressure');
    const balanceLine = (await popup.textContent('[data-summary="balance"] span:last-child'))!;
    expect(balanceLine).toMatch(
      /^You asked (no questions|1 question|[02-9]\d* questions|1\d+ questions) and (reflected (once|twice|\d+ times)|have not reflected yet)\.$/,
    );
    expect(balanceLine).not.toContain('MITI');
    expect(await popup.getAttribute('[data-summary="balance"]', 'title')).toContain('MITI');
    // Detail on demand: closed until asked for, opened by keyboard.
    expect(await popup.$eval('[data-popup-details]', (el) => (el as HTMLDetailsElement).open)).toBe(false);
    await popup.focus('#popup-details-toggle');
    await popup.keyboard.press('Enter');
    expect(await popup.$eval('[data-popup-details]', (el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(checks.find((c) => c.key === 'no_pressure')?.pass).toBe('false');
    const sentence = await popup.textContent('[data-check="no_pressure"] [data-check-sentence]');
    expect(sentence).toContain('You need to sign the renewal today.');
    // The fixture's client worried about something the draft ignores.
    expect(await popup.locator('[data-concern-acknowledged="false"]').count()).toBeGreaterThan(0);
    expect(await popup.textContent('#concerns-title')).toContain("client's concerns");
    // The balance view is a picture; MITI is named in its title's tooltip, not on screen.
    expect(await popup.locator('svg[data-popup-balance] rect').count()).toBeGreaterThanOrEqual(6);
    expect(await popup.textContent('#balance-title')).not.toContain('MITI');
    expect(await popup.getAttribute('#balance-title', 'title')).toContain('MITI');
    // Localized strings with substitutions resolved (not the message key).
    expect(await popup.textContent('[data-popup-site-switch]')).toContain('Attune on mail.google.com');
    expect(errors).toEqual([]);
    await popup.close();
  });

  it('finds no serious or critical accessibility violation (axe-core), light and dark; saves screenshots', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(tabId, scheme);
      await popup.waitForSelector('[data-check]');
      expect(await axeSeriousViolations(popup)).toEqual([]);
      await popup.screenshot({ path: join(SCREENSHOTS, `popup-${scheme}.png`), fullPage: true });
      // And with the details open (passing checks, concerns, the balance picture).
      await popup.click('#popup-details-toggle');
      expect(await axeSeriousViolations(popup)).toEqual([]);
      await popup.close();
    }
  });

  it('works from the keyboard: every stop is visibly focused, and Enter applies a quick fix in the page editor', async () => {
    const popup = await openPopup(tabId);
    await popup.waitForSelector('[data-popup-fix]');
    const stops = await tabThrough(popup, 5);
    expect(stops[0].label).toContain('#open-options');
    expect(stops.every((s) => s.outlined)).toBe(true);
    // The quick fix is reached by Tab: its button reads as the rewrite's own label.
    const fixText = (await popup.$eval('[data-popup-fix]', (el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40))) ?? '';
    expect(stops.some((s) => s.label === `button[${fixText}]`)).toBe(true);

    // Move focus to the pressure item's fix and press Enter.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let onFix = false;
    for (let i = 0; i < 12 && !onFix; i++) {
      await popup.keyboard.press('Tab');
      onFix = await popup.evaluate(
        () => !!document.activeElement?.closest('[data-check="no_pressure"]') && document.activeElement?.hasAttribute('data-popup-fix') === true,
      );
    }
    expect(onFix).toBe(true);
    const before = await modelText(page);
    await popup.keyboard.press('Enter');
    await expect.poll(() => modelText(page), { timeout: 10_000 }).not.toBe(before);
    const after = await modelText(page);
    expect(after).not.toContain('You need to sign the renewal today.');
    expect(after).toContain('Do you understand?'); // the rest of the draft is untouched
    await expect.poll(() => popup.textContent('#status')).toContain('Applied');
    // The popup redraws with the new report; keyboard focus stays on a control, not the body.
    // (Whether the rewrite itself passes is the engine's business; the popup must show the new draft.)
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('[data-check="no_pressure"]')?.textContent ?? ''), { timeout: 10_000 })
      .not.toContain('You need to sign the renewal today.');
    expect(await popup.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    // Undo in the page restores the original (the fix went through the editor's input path).
    await page.bringToFront();
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page), { timeout: 5_000 }).toBe(before);
    await popup.close();
  });
});

describe('popup wiring', () => {
  it('has a keyboard shortcut that opens it (Alt+Shift+K; Chrome keeps Alt+Shift+A for focusing dialogs), and a managed-policy schema Chrome accepted', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tabId=0`);
    const wiring = await page.evaluate(async () => ({
      commands: (await chrome.commands.getAll()).map((c: { name: string; shortcut: string }) => [c.name, c.shortcut]),
      managed: await chrome.storage.managed.get(null).then(
        (v: unknown) => v,
        (e: Error) => `error: ${e.message}`,
      ),
      name: chrome.runtime.getManifest().name,
      title: await chrome.action.getTitle({}),
    }));
    expect(wiring.commands).toContainEqual(['_execute_action', 'Alt+Shift+K']);
    expect(wiring.managed).toEqual({}); // no policy on this machine, but the schema loaded
    expect(wiring.title).toBe('Attune — pre-send checklist'); // __MSG_actionTitle__ resolved
    await page.close();
  });
});

describe('popup states', () => {
  it('says when no client message was found, so checks use the draft only', async () => {
    const page = await openFixture(h, 'gmail');
    await page.evaluate(() => document.querySelectorAll('.thread, [data-role="client-message"], .a3s').forEach((m) => m.remove()));
    await typeInEditor(page, PRESSURING_DRAFT);
    await waitForAnalysis(page);
    const popup = await openPopup(await tabIdOf(h, page, { orHiddenUrl: true }));
    await popup.waitForSelector('[data-check]');
    const concerns = await popup.textContent('section[aria-labelledby="concerns-title"]');
    expect(concerns).toContain('No client message found — checks use the draft only');
    await popup.close();
    await page.close();
  });

  it('says when only part of a very long draft was analysed', async () => {
    const page = await openFixture(h, 'gmail');
    const paragraph = 'Thanks for the update on the quarterly figures, it was helpful to see them laid out. ';
    await setEditorText(page, paragraph.repeat(Math.ceil(30_000 / paragraph.length)));
    await typeInEditor(page, ' You need to decide today.');
    await page.waitForFunction(() => document.querySelector('attune-ui')?.shadowRoot?.querySelector('[data-attune-box][data-state="partial"]'), undefined, {
      timeout: 20_000,
    });
    const popup = await openPopup(await tabIdOf(h, page, { orHiddenUrl: true }));
    await popup.waitForSelector('[data-check]');
    expect(await popup.textContent('[data-popup-partial]')).toContain('only the part around your cursor was checked');
    await popup.close();
    await page.close();
  });

  it('shows HTML in the draft as text, never as markup', async () => {
    const page = await openFixture(h, 'gmail');
    const hostile = 'You need to sign <img src=x onerror="window.__pwned=1"></style><b>now</b> today.';
    await typeInEditor(page, hostile);
    await waitForAnalysis(page);
    const popup = await openPopup(await tabIdOf(h, page, { orHiddenUrl: true }));
    await popup.waitForSelector('[data-check]');
    const sentences = await popup.$$eval('[data-check-sentence], .fix .preview', (els) => els.map((e) => e.textContent ?? ''));
    expect(sentences.some((t) => t.includes('<img src=x onerror="window.__pwned=1">'))).toBe(true);
    expect(await popup.locator('main img, main b, main style').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await popup.close();
    await page.close();
  });

  it('says when the page has no compose box in use', async () => {
    const page = await openFixture(h, 'textarea');
    const popup = await openPopup(await tabIdOf(h, page, { orHiddenUrl: true }));
    await popup.waitForSelector('[data-popup-state]');
    expect(await popup.textContent('main')).toContain('No compose box');
    await popup.close();
    await page.close();
  });

  it('renders the no-access and analysing answers (worker answer stubbed), and asks for access from the click', async () => {
    // The worker can only answer no-access when it sees the tab's address (activeTab from a real
    // toolbar click). Here the popup's runtime.sendMessage answers as the worker would; the
    // rendering, the button and the permission request are the popup's real code.
    for (const tab of [
      { state: 'no-access', origin: 'https://crm.example.com' },
      { state: 'analyzing', boxId: 'b1', frameId: 0 },
    ]) {
      const page = await h.context.newPage();
      await page.addInitScript((answer) => {
        const g = globalThis as unknown as Record<string, { runtime?: object }>;
        for (const ns of ['chrome', 'browser']) {
          const runtime = g[ns]?.runtime;
          if (runtime) Object.defineProperty(runtime, 'sendMessage', { value: async () => ({ type: 'attune/tab-report', tab: answer }), configurable: true });
        }
      }, tab);
      const fixture = await openFixture(h, 'textarea');
      await page.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tabId=${await tabIdOf(h, fixture, { orHiddenUrl: true })}`);
      await page.waitForSelector(`[data-popup-state="${tab.state}"]`);
      if (tab.state === 'no-access') {
        expect(await page.textContent('main')).toContain('Attune may not read crm.example.com');
        // Headless Chromium can't answer the permission prompt, so permissions.request is recorded and
        // granted here; saving the site and telling the user is the popup's real code.
        await page.evaluate(() => {
          const g = globalThis as unknown as Record<string, { permissions?: object }> & { __requested?: unknown[] };
          g.__requested = [];
          for (const ns of ['chrome', 'browser']) {
            const permissions = g[ns]?.permissions;
            if (permissions) Object.defineProperty(permissions, 'request', { value: async (p: unknown) => (g.__requested!.push(p), true), configurable: true });
          }
        });
        await page.focus('[data-popup-action="grant"]');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.textContent('#status'), { timeout: 10_000 }).toContain('Allowed');
        expect(await page.evaluate(() => (globalThis as unknown as { __requested: unknown[] }).__requested)).toEqual([
          { origins: ['https://crm.example.com/*'] },
        ]);
        expect(await page.evaluate(async () => (await chrome.storage.sync.get('attune.settings'))['attune.settings'].customSites)).toEqual([
          'https://crm.example.com/*',
        ]);
        await page.evaluate(() => chrome.storage.sync.clear());
      } else {
        expect(await page.getAttribute('main', 'aria-busy')).toBe('true');
        expect(await page.textContent('main')).toContain('Reading your draft');
      }
      await page.close();
      await fixture.close();
    }
  });

  // Needs the tab's address, which the worker sees only with activeTab (granted by a real toolbar
  // click) or host access; a headless test can do neither, so the worker answers no-box here.
  it.skip('offers to ask for access on a site Attune may not read (needs a real toolbar click)', async () => {
    const page = await h.context.newPage();
    // A page route takes precedence over the harness's context route: served locally, never fetched.
    await page.route('https://crm.example.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>CRM</title><textarea></textarea>' }),
    );
    await page.goto('https://crm.example.com/deals/42');
    const popup = await openPopup(await tabIdOf(h, page, { orHiddenUrl: true }));
    await popup.waitForSelector('[data-popup-state="no-access"]');
    expect(await popup.textContent('main')).toContain('crm.example.com');
    expect(await popup.isVisible('[data-popup-action="grant"]')).toBe(true);
    await popup.close();
    await page.close();
  });

  it('shows a site switched off with a switch that turns it back on', async () => {
    const page = await openFixture(h, 'gmail');
    const tabId = await tabIdOf(h, page, { orHiddenUrl: true });
    const popup = await openPopup(tabId);
    await popup.evaluate(async () => {
      const key = 'attune.settings';
      const stored = (await chrome.storage.sync.get(key))[key] ?? { version: 1, engine: {} };
      await chrome.storage.sync.set({ [key]: { ...stored, disabledSites: ['mail.google.com'] } });
    });
    await popup.reload();
    await popup.waitForSelector('[data-popup-state="disabled"]');
    expect(await popup.textContent('main')).toContain('Attune is off on mail.google.com');
    await popup.getByRole('switch').focus();
    await popup.keyboard.press('Space');
    await expect
      .poll(() =>
        popup.evaluate(async () => ((await chrome.storage.sync.get('attune.settings'))['attune.settings'] as { disabledSites: string[] }).disabledSites),
      )
      .toEqual([]);
    await popup.close();
    await page.close();
  });
});
