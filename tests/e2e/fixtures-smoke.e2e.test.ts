// Proves the fixture pages and the harness themselves: every editor page loads at its real-site
// address with the extension loaded, real key events reach the editor's own model, Ctrl+Z undoes,
// the page logs no errors, and nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_NAMES,
  FIXTURES,
  DEFAULT_DIST,
  collectConsoleErrors,
  launchWithExtension,
  modelText,
  openFixture,
  saveScreenshot,
  typeInEditor,
  type Harness,
} from './harness';
import { LAZY_FILE } from '../../src/background/lazy-file';

// A neutral sentence: the smoke test is about the editors, not about what Attune flags.
const TYPED = 'Thanks for writing back, Sam.';

let h: Harness;

interface BuiltManifest {
  content_scripts?: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
}
const manifest = JSON.parse(readFileSync(join(DEFAULT_DIST, 'manifest.json'), 'utf8')) as BuiltManifest;

/** Chrome match patterns, enough for the manifest's https://host/* forms (with *. subdomains). */
function matchesPattern(url: string, pattern: string): boolean {
  const parsed = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parsed) return false;
  const [, scheme, host, path] = parsed;
  const target = new URL(url);
  if (scheme !== '*' && `${scheme}:` !== target.protocol) return false;
  const hostOk = host.startsWith('*.')
    ? target.hostname === host.slice(2) || target.hostname.endsWith(host.slice(1))
    : host === '*' || target.hostname === host;
  const pathRegex = new RegExp(
    `^${path
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return hostOk && pathRegex.test(target.pathname + target.search);
}

beforeAll(async () => {
  h = await launchWithExtension();
});

afterAll(async () => {
  await h?.close();
});

describe('harness', () => {
  it('finds the extension service worker', () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('aborts and records a request to a host that is not a fixture', async () => {
    const page = await openFixture(h, 'textarea');
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/collect?x=1').then(
        () => 'reached',
        () => 'failed',
      ),
    );
    expect(outcome).toBe('failed');
    expect(h.blockedRequests).toContain('https://example.com/collect?x=1');
    h.blockedRequests.length = 0;
    await page.close();
  });
});

describe('nothing leaves the machine', () => {
  it("a request from the extension's own service worker fails before it reaches the network", async () => {
    const worker = h.context.serviceWorkers().find((w) => w.url().includes(h.extensionId));
    expect(worker).toBeDefined();
    const target = 'https://telemetry.example.org/ping';
    const outcome = await worker!.evaluate(
      (url) =>
        fetch(url).then(
          (response) => `reached ${response.status}`,
          (error: Error) => `failed: ${error.message}`,
        ),
      target,
    );
    // The extension's CSP (connect-src 'self') refuses it inside the worker: the fetch rejects, and
    // neither the harness's route nor its refusing proxy ever sees the request.
    expect(outcome).toMatch(/^failed/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen = [...h.blockedRequests, ...h.refusedConnections];
    expect(seen.filter((url) => url.includes('telemetry.example.org'))).toEqual([]);
  });
});

describe('real-site addresses', () => {
  it.each(FIXTURE_NAMES)('the shipped content script matches %s at its address', (name) => {
    const patterns = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect(patterns.some((pattern) => matchesPattern(FIXTURES[name].url, pattern))).toBe(true);
  });

  it("a page cannot fetch any of the extension's files (nothing is web-accessible, so nothing reveals Attune)", async () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    const page = await openFixture(h, 'gmail');
    const files = [...(manifest.content_scripts ?? []).flatMap((script) => script.js ?? []), LAZY_FILE, 'manifest.json'];
    for (const file of files) {
      const status = await page.evaluate(
        (url) =>
          fetch(url).then(
            (response) => `status ${response.status}`,
            () => 'failed',
          ),
        `chrome-extension://${h.extensionId}/${file}`,
      );
      expect(status, file).toBe('failed');
    }
    await page.close();
  });
});

describe.each(FIXTURE_NAMES)('fixture %s', (name) => {
  it('loads at its real-site address, takes real keys into its own model, and undoes', async () => {
    const blockedBefore = h.blockedRequests.length;
    const page = await openFixture(h, name);
    const errors = collectConsoleErrors(page);
    expect(new URL(page.url()).host).toBe(new URL(FIXTURES[name].url).host);

    const initial = await modelText(page);
    expect(initial).toBe('');

    await typeInEditor(page, TYPED);
    await expect.poll(() => modelText(page)).toBe(TYPED);
    await saveScreenshot(page, `fixture-${name}`);

    await page.keyboard.press('Control+z');
    // Editors group typing into undo steps differently; one Ctrl+Z must remove at least the last
    // step, leaving a prefix of what was typed.
    await expect.poll(() => modelText(page)).not.toBe(TYPED);
    const afterUndo = await modelText(page);
    expect(TYPED.startsWith(afterUndo)).toBe(true);

    expect(errors).toEqual([]);
    expect(h.blockedRequests.slice(blockedBefore)).toEqual([]);
    await page.close();
  });
});

describe('React-controlled textarea', () => {
  it("real keys reach React's state, and Ctrl+Z undoes them", async () => {
    const page = await openFixture(h, 'textarea');
    const reactState = () => page.evaluate(() => (window as unknown as { __attuneReactNote(): string }).__attuneReactNote());
    await page.locator('#react-note').click();
    await page.keyboard.type(TYPED, { delay: 5 });
    await expect.poll(reactState).toBe(TYPED);
    await page.keyboard.press('Control+z');
    await expect.poll(reactState).not.toBe(TYPED);
    expect(TYPED.startsWith(await reactState())).toBe(true);
    await page.close();
  });
});

describe('quoted threads inside the compose box', () => {
  it('gmail ?quote=1: typing lands above div.gmail_quote and the quote stays intact', async () => {
    const page = await openFixture(h, 'gmail', { query: 'quote=1' });
    const quoteBefore = await page.locator('div[role=textbox] div.gmail_quote').innerText();
    await typeInEditor(page, TYPED);
    await expect.poll(() => modelText(page)).toBe(TYPED);
    expect(await page.locator('div[role=textbox] div.gmail_quote').innerText()).toBe(quoteBefore);
    await page.close();
  });

  it('outlook: typing lands above the From/Sent/To/Subject block, which stays in the model', async () => {
    const page = await openFixture(h, 'outlook');
    const fullText = () => page.evaluate(() => (window as unknown as { __roosterFullText(): string }).__roosterFullText());
    await typeInEditor(page, TYPED);
    await expect.poll(() => modelText(page)).toBe(TYPED);
    const full = await fullText();
    expect(full.startsWith(TYPED)).toBe(true);
    expect(full).toMatch(/From: .*\nSent: .*\nTo: .*\nSubject: Budget review/);
    await page.close();
  });
});
