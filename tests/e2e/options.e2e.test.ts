// The options page in real Chromium with the built extension: settings reach an open tab without a
// reload, a bad import is refused with reasons and changes nothing, accessibility and keyboard use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectConsoleErrors, launchWithExtension, openFixture, typeInEditor, type Harness } from './harness';

// The extension pages' own API, used inside page.evaluate.
declare const chrome: any;

const REPO = resolve(__dirname, '..', '..');
const SCREENSHOTS = join(REPO, 'docs', 'screenshots');
const AXE = readFileSync(join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const KEY = 'attune.settings';

let h: Harness;

beforeAll(async () => {
  h = await launchWithExtension();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await h?.close();
});

async function openOptions(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
  await page.waitForSelector('main[aria-busy="false"]');
  return page;
}

async function storedSettings(page: Page): Promise<unknown> {
  return page.evaluate(async (key) => (await chrome.storage.sync.get(null))[key] ?? null, KEY);
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

describe('options page', () => {
  it('renders every section with localized strings, no console errors, and no serious axe violation (light and dark)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openOptions(scheme);
      const errors = collectConsoleErrors(page);
      const titles = await page.$$eval('section.card > h2', (els) => els.map((e) => e.textContent));
      expect(titles).toEqual(['Coaching', 'What to flag', 'Your phrases', 'Never flag', 'Sites', 'Backup and reset']);
      expect(await page.isChecked('#strictness-standard')).toBe(true);
      expect(await page.locator('[data-site="mail.google.com"]').getAttribute('aria-checked')).toBe('true');
      expect(await axeSeriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `options-${scheme}.png`), fullPage: false });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('saves a change to storage.sync, debounced, and keeps it across a reload', async () => {
    const page = await openOptions();
    await page.check('#strictness-strict');
    await page.check('#register-formal');
    await expect
      .poll(async () => (await storedSettings(page)) as { engine?: { strictness?: string; register?: string } } | null)
      .toMatchObject({
        version: 1,
        engine: { strictness: 'strict', register: 'formal' },
      });
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"]');
    expect(await page.isChecked('#strictness-strict')).toBe(true);
    expect(await page.isChecked('#register-formal')).toBe(true);
    await page.click('#reset');
    await page.click('#reset-confirm');
    await expect.poll(() => page.isChecked('#strictness-standard')).toBe(true);
    await page.close();
  });

  it('adds and removes a phrase row of the user’s own', async () => {
    const page = await openOptions();
    await page.click('#phrase-add');
    await page.keyboard.type('at your earliest convenience'); // the new row's phrase field has focus
    await page.fill('#alternative-0', 'whenever suits you');
    await expect
      .poll(async () => ((await storedSettings(page)) as { engine: { customPhrases: unknown[] } } | null)?.engine.customPhrases)
      .toEqual([{ phrase: 'at your earliest convenience', alternative: 'whenever suits you' }]);
    await page.click('#phrase-remove-0');
    await expect.poll(async () => ((await storedSettings(page)) as { engine: { customPhrases: unknown[] } }).engine.customPhrases).toEqual([]);
    await page.close();
  });

  it('switching off pressure empties an open tab’s pressure underlines, without a reload', async () => {
    const tab = await openFixture(h, 'gmail');
    await typeInEditor(tab, 'You need to sign the renewal today.');
    const pressureCount = () => tab.evaluate(() => (CSS.highlights.get('attune-pressure') as Set<unknown> | undefined)?.size ?? 0);
    await expect.poll(pressureCount, { timeout: 15_000 }).toBeGreaterThan(0);
    const marker = await tab.evaluate(() => ((window as unknown as { __marker: number }).__marker = Math.random()));

    const options = await openOptions();
    await options.uncheck('#category-pressure');
    await expect.poll(pressureCount, { timeout: 10_000 }).toBe(0);
    // Same document: the page was not reloaded.
    expect(await tab.evaluate(() => (window as unknown as { __marker: number }).__marker)).toBe(marker);

    await options.check('#category-pressure');
    await expect.poll(pressureCount, { timeout: 10_000 }).toBeGreaterThan(0);
    await options.close();
    await tab.close();
  });

  it('refuses malformed, hostile and oversized files with reasons, leaving settings untouched', async () => {
    const page = await openOptions();
    await page.check('#strictness-gentle');
    await expect.poll(async () => ((await storedSettings(page)) as { engine?: { strictness?: string } } | null)?.engine?.strictness).toBe('gentle');
    const before = await storedSettings(page);

    const cases: { name: string; body: string | Buffer; says: string }[] = [
      { name: 'broken.json', body: '{"version": 1, "engine": {', says: 'not valid JSON' },
      { name: 'hostile.json', body: '{"version":1,"engine":{"__proto__":{"polluted":true}}}', says: '__proto__' },
      { name: 'types.json', body: JSON.stringify({ version: 1, engine: { strictness: 'brutal', allowList: 'x' } }), says: 'engine.strictness' },
      { name: 'huge.json', body: Buffer.alloc(150 * 1024, 'a'), says: 'larger than 100 KB' },
      { name: 'html.json', body: JSON.stringify({ version: 1, '<img src=x onerror=alert(1)>': 1 }), says: '<img src=x onerror=alert(1)>' },
    ];
    for (const c of cases) {
      await page.setInputFiles('#import-file', { name: c.name, mimeType: 'application/json', buffer: Buffer.from(c.body) });
      await page.waitForSelector('[data-import-errors]');
      const text = await page.textContent('[data-import-errors]');
      expect(text, c.name).toContain('unchanged');
      expect(text, c.name).toContain(c.says);
      expect(await storedSettings(page), c.name).toEqual(before);
      expect(await page.isChecked('#strictness-gentle'), c.name).toBe(true);
    }
    // HTML in a file is shown as text, never parsed.
    expect(await page.locator('[data-import-errors] img').count()).toBe(0);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();

    // A good file is taken whole, and the error goes away.
    const good = JSON.stringify({ version: 1, engine: { strictness: 'strict', allowList: ['ASAP'] } });
    await page.setInputFiles('#import-file', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await expect.poll(() => page.isChecked('#strictness-strict')).toBe(true);
    expect(await page.locator('[data-import-errors]').count()).toBe(0);
    expect(await page.inputValue('#allow-0')).toBe('ASAP');
    await page.click('#reset');
    await page.click('#reset-confirm');
    await page.close();
  });

  it('works from the keyboard: visible focus on every stop, Space toggles a category', async () => {
    const page = await openOptions();
    const stops: { id: string; outlined: boolean }[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { id: el.id || el.tagName.toLowerCase(), outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
        }),
      );
    }
    const ids = stops.map((s) => s.id);
    // Radio groups are one stop each; then the categories, the kinds, and on to the phrase list.
    expect(ids[0]).toBe('strictness-standard');
    expect(ids[1]).toBe('register-warm');
    expect(ids).toContain('category-closed-question');
    expect(ids).toContain('kind-urgency');
    expect(ids).toContain('phrase-add');
    expect(ids).toContain('allow-add');
    expect(ids).toContain('import');
    // Past the last control focus leaves the document (body): every real stop is visibly focused.
    expect(stops.filter((s) => s.id !== 'body' && !s.outlined)).toEqual([]);

    await page.focus('#category-closed-question');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#category-closed-question')).toBe(false);
    await expect
      .poll(async () => ((await storedSettings(page)) as { engine?: { categories?: Record<string, boolean> } } | null)?.engine?.categories?.['closed-question'])
      .toBe(false);
    // Arrow keys move within a radio group.
    await page.focus('#strictness-standard');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('#strictness-strict')).toBe(true);
    await page.click('#reset');
    await page.keyboard.press('Enter'); // focus moved to "Reset" confirm
    await expect.poll(() => page.isChecked('#category-closed-question')).toBe(true);
    await page.close();
  });

  it('shows what a team policy locks as locked, and adds team phrases as read-only rows', async () => {
    // A real policy needs OS-level admin setup; here storage.managed.get answers with a policy
    // before the page's scripts run. Everything after it (merge, locks, rendering) is the real code.
    const page = await h.context.newPage();
    await page.addInitScript(() => {
      const policy = { strictness: 'strict', categories: { 'closed-question': false }, customPhrases: [{ phrase: 'guaranteed', alternative: 'likely' }] };
      const g = globalThis as unknown as Record<string, { storage?: { managed?: object } }>;
      for (const ns of ['chrome', 'browser']) {
        const managed = g[ns]?.storage?.managed;
        if (managed) Object.defineProperty(managed, 'get', { value: async () => policy, configurable: true });
      }
    });
    await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    await page.waitForSelector('main[aria-busy="false"]');
    expect(await page.isChecked('#strictness-strict')).toBe(true);
    expect(await page.isDisabled('#strictness-gentle')).toBe(true);
    expect(await page.isDisabled('#register-formal')).toBe(false);
    expect(await page.isChecked('#category-closed-question')).toBe(false);
    expect(await page.isDisabled('#category-closed-question')).toBe(true);
    expect(await page.isDisabled('#category-pressure')).toBe(false);
    expect(await page.textContent('[data-setting="strictness"] [data-locked]')).toContain('Locked by your organisation');
    expect(await page.textContent('[data-team-phrase]')).toContain('guaranteed');
    expect(await page.locator('[data-team-phrase] input').count()).toBe(0);
    await page.close();
  });

  it('adds a custom site through the permission request, and removes it with its permission', async () => {
    const page = await h.context.newPage();
    // Headless Chromium can't answer the permission prompt: record the requests and grant them.
    await page.addInitScript(() => {
      const g = globalThis as unknown as Record<string, { permissions?: object }> & { __calls?: unknown[] };
      g.__calls = [];
      for (const ns of ['chrome', 'browser']) {
        const permissions = g[ns]?.permissions;
        if (!permissions) continue;
        Object.defineProperty(permissions, 'request', { value: async (p: unknown) => (g.__calls!.push(['request', p]), true), configurable: true });
        Object.defineProperty(permissions, 'remove', { value: async (p: unknown) => (g.__calls!.push(['remove', p]), true), configurable: true });
      }
    });
    await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    await page.waitForSelector('main[aria-busy="false"]');
    await page.fill('#site-input', 'javascript:alert(1)');
    await page.click('#site-add');
    expect(await page.textContent('#site-error')).toContain("doesn't look like a web address");
    await page.fill('#site-input', 'https://CRM.example.com/deals/42');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-site="crm.example.com"]');
    await expect.poll(async () => ((await storedSettings(page)) as { customSites?: string[] } | null)?.customSites).toEqual(['https://crm.example.com/*']);
    await page.getByRole('button', { name: 'Remove crm.example.com' }).click();
    await expect.poll(async () => ((await storedSettings(page)) as { customSites: string[] }).customSites).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as { __calls: unknown[] }).__calls)).toEqual([
      ['request', { origins: ['https://crm.example.com/*'] }],
      ['remove', { origins: ['https://crm.example.com/*'] }],
    ]);
    await page.close();
  });

  it('exports a file that imports back to the same settings', async () => {
    const page = await openOptions();
    await page.check('#register-formal');
    await expect.poll(async () => ((await storedSettings(page)) as { engine?: { register?: string } } | null)?.engine?.register).toBe('formal');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(download.suggestedFilename()).toBe('attune-settings.json');
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toEqual(await storedSettings(page));
    await page.click('#reset');
    await page.click('#reset-confirm');
    await expect.poll(() => page.isChecked('#register-warm')).toBe(true);
    await page.setInputFiles('#import-file', file);
    await expect.poll(() => page.isChecked('#register-formal')).toBe(true);
    await page.click('#reset');
    await page.click('#reset-confirm');
    await page.close();
  });
});
