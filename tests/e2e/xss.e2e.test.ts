// Page text is never HTML: a draft full of markup, script-URL links and lookalike Unicode, typed
// into a textarea and a contenteditable (Gmail) through the built extension, is flagged by the real
// engine; the card, a rewrite applied from it, and the popup's checklist all show those characters
// as text, and nothing runs: no element is created, `window.__pwned` stays unset in the page's
// world, no dialog opens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectConsoleErrors, launchWithExtension, modelText, openFixture, tabIdOf, typeInEditor, type Harness } from './harness';

declare const chrome: any;

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '</style><script>window.__pwned=2</script>';
const LINK = '<a href="javascript:window.__pwned=3">x</a>';
// Cyrillic "о" in "yоu", a right-to-left override around "right now", a zero-width joiner in "now".
const LOOKALIKE = 'Honestly y\u043Eu need to act \u202Eright now\u202C, no\u200Dw.';
const DRAFT = [`Hi Sam, see ${IMG} so you must sign today.`, `Fine ${SCRIPT} so you must decide now.`, `Read ${LINK} so you must order now.`, LOOKALIKE].join(
  ' ',
);
// A phrase inside each of the three markup sentences that the engine flags as pressure.
// Each pushes twice (an order and a deadline), so its card offers the whole sentence, markup and all, rewritten.
const FLAGGED = ['you must sign', 'you must decide', 'you must order'];

const GMAIL_BODY = 'div[role=textbox][aria-label="Message Body"]';
const EDITOR: Record<'textarea' | 'gmail', string> = { textarea: '#reply', gmail: GMAIL_BODY };

let h: Harness;

beforeAll(async () => {
  h = await launchWithExtension();
});
afterAll(async () => {
  await h?.close();
});

/** Elements a parsed payload would create, in the page and in Attune's shadow root. */
async function elementCounts(page: Page) {
  return page.evaluate((editor) => {
    const root = document.querySelector('attune-ui')?.shadowRoot;
    return {
      pageImgs: document.querySelectorAll('img').length,
      pageScripts: document.querySelectorAll('script').length,
      pageLinks: document.querySelectorAll('a').length,
      pageIframes: document.querySelectorAll('iframe').length,
      inEditor: document.querySelector(editor)?.querySelectorAll('img, script, a, iframe, style').length ?? 0,
      inShadow: root ? root.querySelectorAll('img, script, a, iframe, object, embed, link').length : 0,
      javascriptUrls: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    };
  }, GMAIL_BODY);
}

async function waitForFindings(page: Page, atLeast: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const s = document.querySelector('attune-ui')?.shadowRoot?.querySelector('[data-attune-box][data-state="ready"]');
      return !!s && Number(s.getAttribute('data-findings')) >= n;
    },
    atLeast,
    { timeout: 20_000 },
  );
}

/** Puts the caret inside `phrase` in the editor (through the page's own DOM, as a click would). */
async function caretInside(page: Page, editor: string, phrase: string): Promise<void> {
  await page.evaluate(
    ({ editor, phrase }) => {
      const el = document.querySelector(editor) as HTMLElement;
      el.focus();
      if (el instanceof HTMLTextAreaElement) {
        const at = el.value.indexOf(phrase) + 2;
        el.setSelectionRange(at, at);
        return;
      }
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const i = node.data.indexOf(phrase);
        if (i >= 0) {
          document.getSelection()!.collapse(node, i + 2);
          return;
        }
      }
      throw new Error(`phrase not found: ${phrase}`);
    },
    { editor, phrase },
  );
  await page.waitForTimeout(50);
}

async function openCardAt(page: Page, editor: string, phrase: string) {
  await caretInside(page, editor, phrase);
  await page.keyboard.press('Alt+Enter');
  await page.waitForFunction(() => !!document.querySelector('attune-ui')?.shadowRoot?.querySelector('[data-attune-card]'), undefined, { timeout: 5_000 });
  return page.evaluate(() => {
    const root = document.querySelector('attune-ui')!.shadowRoot!;
    const card = root.querySelector('[data-attune-card]')!;
    return {
      text: card.textContent ?? '',
      rewrites: [...card.querySelectorAll('[data-attune-suggestion] .text')].map((b) => b.textContent ?? ''),
      elements: card.querySelectorAll('img, script, a, iframe, object, embed, link, style').length,
    };
  });
}

for (const name of ['textarea', 'gmail'] as const) {
  describe(`${name}: a draft full of markup and lookalike Unicode`, () => {
    let page: Page;
    let dialogs = 0;
    let before: Awaited<ReturnType<typeof elementCounts>>;

    beforeAll(async () => {
      page = await openFixture(h, name);
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      before = await elementCounts(page);
      await typeInEditor(page, DRAFT, { delay: 2 });
      await waitForFindings(page, 3);
    });
    afterAll(async () => {
      await page?.close();
    });

    it('is kept exactly as typed, lookalikes, bidi override and joiner included', async () => {
      expect(await modelText(page)).toBe(DRAFT);
    });

    it('the card shows the flagged sentence’s markup as text, and creates no element', async () => {
      const seen: string[] = [];
      for (const phrase of FLAGGED) {
        const card = await openCardAt(page, EDITOR[name], phrase);
        expect(card.elements, phrase).toBe(0);
        seen.push(card.text);
        await page.keyboard.press('Escape');
      }
      const all = seen.join('\n');
      expect(all).toContain(SCRIPT);
      expect(all).toContain(LINK);
      expect(all).toContain(IMG);
      const counts = await elementCounts(page);
      expect(counts.inShadow).toBe(0);
      expect(counts.inEditor).toBe(0);
    });

    it('applying a rewrite that holds a <script> puts it in the draft as text; nothing runs', async () => {
      const card = await openCardAt(page, EDITOR[name], 'you must decide');
      const index = card.rewrites.findIndex((r) => r.includes('<script>'));
      expect(index).toBeGreaterThanOrEqual(0);
      const chosen = card.rewrites[index];
      const draftBefore = await modelText(page);
      await page.locator('attune-ui [data-attune-suggestion]').nth(index).click();
      await expect.poll(() => modelText(page), { timeout: 5_000 }).not.toBe(draftBefore);
      const after = await modelText(page);
      expect(after).toContain(chosen.trim());
      expect(after).toContain(IMG);
      expect(after).toContain(LOOKALIKE);
    });

    it('no element was created anywhere, window.__pwned is unset in the page’s world, no dialog opened', async () => {
      await page.waitForTimeout(500); // an onerror handler would have fired by now
      const counts = await elementCounts(page);
      expect(counts.pwned).toBeNull();
      expect(counts.javascriptUrls).toBe(0);
      expect(counts.inShadow).toBe(0);
      expect(counts.inEditor).toBe(0);
      expect({ imgs: counts.pageImgs, scripts: counts.pageScripts, links: counts.pageLinks, iframes: counts.pageIframes }).toEqual({
        imgs: before.pageImgs,
        scripts: before.pageScripts,
        links: before.pageLinks,
        iframes: before.pageIframes,
      });
      expect(dialogs).toBe(0);
      expect(collectConsoleErrors(page)).toEqual([]);
    });

    it('the popup shows the checklist’s sentences as text and creates no element from them', async () => {
      const tabId = await tabIdOf(h, page);
      const popup = await h.context.newPage();
      popup.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tabId=${tabId}`);
      await popup.waitForSelector('[data-check]', { timeout: 10_000 });
      const shown = await popup.evaluate(() => ({
        sentences: [...document.querySelectorAll('[data-check-sentence]')].map((e) => e.textContent ?? ''),
        // The header's own icon is the one image the popup has; nothing may be added to the report.
        elements: document.querySelectorAll('#app img, #app script, #app iframe, #app object, #app embed, #app a, #status *').length,
        javascriptUrls: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      }));
      const all = shown.sentences.join('\n');
      expect(
        [IMG, SCRIPT, LINK].some((payload) => all.includes(payload)),
        all,
      ).toBe(true);
      expect(shown.elements).toBe(0);
      expect(shown.javascriptUrls).toBe(0);
      expect(shown.pwned).toBeNull();
      expect(dialogs).toBe(0);
      await popup.close();
    });
  });
}

describe('the page’s world cannot reach the worker', () => {
  it('chrome.runtime.sendMessage to the extension id throws or is missing; window.postMessage gets no answer and changes nothing', async () => {
    const page = await openFixture(h, 'gmail');
    const attempt = await page.evaluate(async (id) => {
      const w = window as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } };
      const send = w.chrome?.runtime?.sendMessage;
      if (typeof send !== 'function') return 'no sendMessage';
      try {
        const answer = await Promise.race([
          Promise.resolve(send(id, { type: 'attune/tab-report', tabId: 1 })),
          new Promise((resolve) => setTimeout(() => resolve('no answer'), 1_000)),
        ]);
        return `answered: ${JSON.stringify(answer)}`;
      } catch (error) {
        return `threw: ${(error as Error).message}`;
      }
    }, h.extensionId);
    expect(attempt).toMatch(/^(no sendMessage|threw)/);

    // Messages posted to the window (as a compromised site script could) reach no Attune listener:
    // nothing is stored, no settings change, nothing is analysed.
    const beforeSync = await extensionStorage();
    await page.evaluate(() => {
      for (const msg of [
        { type: 'attune/never', findingId: 'pressure/directive-you-need-to:you need to' },
        { type: 'attune/analyze', boxId: 'x', seq: 1, text: 'You must sign now.' },
        { type: 'attune/apply', boxId: 'x', suggestion: { start: 0, end: 1, text: '<img src=x onerror=window.__pwned=4>' }, reportLength: 1 },
      ])
        window.postMessage(msg, '*');
    });
    await page.waitForTimeout(500);
    expect(await extensionStorage()).toEqual(beforeSync);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
    await page.close();
  });
});

async function extensionStorage(): Promise<unknown> {
  const probe = await h.context.newPage();
  await probe.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tabId=0`);
  const stored = await probe.evaluate(async () => ({ sync: await chrome.storage.sync.get(null), local: await chrome.storage.local.get(null) }));
  await probe.close();
  return stored;
}
