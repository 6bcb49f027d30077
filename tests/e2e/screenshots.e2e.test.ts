// Screenshots for the README and for checking the underlines by eye (docs/screenshots/, fixed file
// names, overwritten on each run): the real extension on the Gmail-like and Outlook-like fixtures,
// light and dark, with the card open over an underline; and one draft with a finding of each
// category seen through colour-blindness simulations, where the categories must differ by shape.
// Nothing here asserts how they look: a person looks at them (README "What it looks like").
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusEditor, launchWithExtension, openFixture, setEditorText, type FixtureName, type Harness } from './harness';
import { phraseCentre, underlines } from './trace';

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const EDITOR = '[role=textbox][contenteditable=true], [role=textbox]';

/** One finding of each category (the fixture's client thread makes the first sentence unacknowledged). */
const EVERY_CATEGORY =
  'Thanks for your note. I read it twice this morning. You need to sign the form today. I recommend that you move the call to Friday. ' +
  'I will circle back next week. Do you have any questions?';
const CUSTOM_PHRASE = { phrase: 'circle back', alternative: 'get back to you' };

/** Machado et al. (2009) simulation matrices, severity 1. */
const SIMULATIONS = {
  deuteranopia: '0.367 0.861 -0.228 0 0 0.280 0.673 0.047 0 0 -0.012 0.043 0.969 0 0 0 0 0 1 0',
  protanopia: '0.152 1.053 -0.205 0 0 0.115 0.786 0.099 0 0 -0.004 -0.048 1.052 0 0 0 0 0 1 0',
} as const;

/** A plain dark theme for the fixture page (the fixtures have none; Gmail and Outlook do). */
const DARK_PAGE_CSS =
  'html,body{color-scheme:dark;background:#1f1f1f !important;min-height:100vh} body,body *{background-color:#1f1f1f !important;color:#e3e3e3 !important;border-color:#444 !important}';

let h: Harness;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await launchWithExtension();
  const prefix = `chrome-extension://${h.extensionId}/`;
  const worker =
    h.context.serviceWorkers().find((w) => w.url().startsWith(prefix)) ??
    (await h.context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix), timeout: 10_000 }));
  await worker.evaluate(async (phrase) => {
    const sync = (globalThis as unknown as { chrome: { storage: { sync: { set(i: object): Promise<void> } } } }).chrome.storage.sync;
    await sync.set({ 'attune.settings': { version: 1, engine: { customPhrases: [phrase] }, disabledSites: [], customSites: [] } });
  }, CUSTOM_PHRASE);
});

afterAll(async () => {
  await h?.close();
});

async function draftWithFindings(name: FixtureName, dark: boolean): Promise<Page> {
  const page = await openFixture(h, name);
  if (dark) {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addStyleTag({ content: DARK_PAGE_CSS });
  }
  if (name === 'outlook') {
    // The Outlook-like fixture (roosterjs) has no setText: type the draft, as the writer would.
    await focusEditor(page);
    await page.keyboard.type(EVERY_CATEGORY, { delay: 2 });
  } else {
    await setEditorText(page, EVERY_CATEGORY);
    await focusEditor(page);
  }
  let seen: string[] = [];
  await expect
    .poll(async () => new Set((seen = (await underlines(page)).ranges.map((r) => `${r.category}: ${r.text}`)).map((r) => r.split(':')[0])).size, {
      timeout: 15_000,
    })
    .toBe(5)
    .catch((error: Error) => {
      throw new Error(`${error.message}; underlined: ${JSON.stringify(seen)}`);
    });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return page;
}

/** The editor and what is drawn around it (the card opens below the underline). */
async function composeClip(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = (await page.locator(EDITOR).first().boundingBox())!;
  const x = Math.max(0, box.x - 16);
  const y = Math.max(0, box.y - 40);
  return { x, y, width: Math.min(1100 - x, box.width + 32), height: Math.min(760 - y, Math.max(box.height, 120) + 324) };
}

describe('screenshots (docs/screenshots/)', () => {
  for (const name of ['gmail', 'outlook'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${name}, ${theme}: underlines and the card open on one`, async () => {
        const page = await draftWithFindings(name, theme === 'dark');
        const at = await phraseCentre(page, EDITOR, 'need to sign');
        await page.mouse.move(at.x, at.y, { steps: 3 });
        await page.waitForFunction(() => !!document.querySelector('attune-ui')?.shadowRoot?.querySelector('[data-attune-card]'), undefined, { timeout: 5000 });
        await page.waitForTimeout(300); // the card's fade-in
        await page.screenshot({ path: join(SHOTS, `${name}-${theme}-card.png`), clip: await composeClip(page) });
        await page.close();
      });
    }
  }

  it('tells the five categories apart by line shape under colour-blindness simulations', async () => {
    const page = await draftWithFindings('gmail', false);
    // Larger, so the line shapes can be seen in the picture.
    await page.evaluate((selector) => ((document.querySelector(selector) as HTMLElement).style.zoom = '1.6'), EDITOR);
    await page.waitForTimeout(200);
    await page.evaluate((simulations) => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('width', '0');
      svg.setAttribute('height', '0');
      svg.style.position = 'absolute';
      for (const [id, values] of Object.entries(simulations)) {
        const filter = document.createElementNS('http://www.w3.org/2000/svg', 'filter');
        filter.id = `attune-sim-${id}`;
        filter.setAttribute('color-interpolation-filters', 'linearRGB');
        const matrix = document.createElementNS('http://www.w3.org/2000/svg', 'feColorMatrix');
        matrix.setAttribute('type', 'matrix');
        matrix.setAttribute('values', values);
        filter.append(matrix);
        svg.append(filter);
      }
      document.body.append(svg);
    }, SIMULATIONS);
    const box = (await page.locator(EDITOR).first().boundingBox())!;
    const clip = { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: Math.min(box.width + 16, 1000), height: Math.min(box.height, 200) + 16 };
    await page.screenshot({ path: join(SHOTS, 'categories-normal.png'), clip });
    for (const id of Object.keys(SIMULATIONS)) {
      await page.evaluate((id) => (document.documentElement.style.filter = `url(#attune-sim-${id})`), id);
      await page.waitForTimeout(100);
      await page.screenshot({ path: join(SHOTS, `categories-${id}.png`), clip });
    }
    await page.close();
  });
});
