// One harness, two browsers. The flows users depend on (tests/e2e/flows.e2e.test.ts) are written
// once against the small Session/TestPage interface below, and run in
//  - Chromium, through the existing Playwright harness (harness.ts: launchWithExtension), and
//  - Firefox (Debian's firefox-esr), through puppeteer-core over WebDriver BiDi.
// Both serve the same fixture pages at the real sites' addresses (harness.ts: fixtureResponse),
// abort and record every other request, and send whatever gets past that to the same refusing
// proxy (harness.ts: startRefusingProxy). The observation helpers (trace.ts, harness.ts modelText
// and friends) take any Evaluator, so both browsers are read the same way.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page as PlaywrightPage, Worker } from 'playwright-core';
import type { Browser as PuppeteerBrowser, HTTPRequest, KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
import {
  ARTIFACTS_DIR,
  FIXTURES_DIST,
  fixtureResponse,
  fixtureUrl,
  launchWithExtension,
  startRefusingProxy,
  type Evaluator,
  type FixtureName,
  type Harness,
} from './harness';

export type BrowserName = 'chromium' | 'firefox';

/** Which browsers the two-browser suites run: ATTUNE_BROWSERS=chromium,firefox (the default: both). */
export function selectedBrowsers(): BrowserName[] {
  const wanted = (process.env.ATTUNE_BROWSERS ?? 'chromium,firefox').split(',').map((b) => b.trim());
  return (['chromium', 'firefox'] as const).filter((b) => wanted.includes(b));
}

/** A page of either browser, driven the same way. */
export interface TestPage extends Evaluator {
  readonly browser: BrowserName;
  url(): string;
  /** Real key events, one per character. */
  type(text: string, delay?: number): Promise<void>;
  /** A key with modifiers, Playwright-style: 'Alt+Enter', 'Control+z'. */
  press(combo: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Saves artifacts/screenshots/<name>-<browser>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  bringToFront(): Promise<void>;
  /** Console errors and uncaught exceptions, live, from the page's creation on. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface Recorded {
  url: string;
  /** The address of the page whose request it was ('' when none is known). */
  page: string;
}

export interface Session {
  readonly browser: BrowserName;
  readonly version: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  readonly extensionOrigin: string;
  openFixture(name: FixtureName, opts?: { query?: string }): Promise<TestPage>;
  /** One of the extension's own pages (popup, options), loaded and ready to evaluate in. */
  openExtensionPage(path: string): Promise<TestPage>;
  /**
   * A page outside the fixture routing. Firefox routes per page, so what this page fetches goes to
   * the network stack (the refusing proxy); Chromium's routes cover the whole context, so there it
   * is still aborted and recorded by them.
   */
  openUnrouted(): Promise<TestPage>;
  /**
   * A new copy of the extension arrives while tabs are open. Firefox: installs it (the session
   * was launched without it) — a real install. Chromium: Playwright loads unpacked extensions only
   * at launch, so the loaded extension reloads itself (runtime.reload(): the same onInstalled path
   * an update takes).
   */
  installExtension(): Promise<void>;
  /** Every request the pages' request events saw (documents, scripts, fetches), in order. */
  readonly requests: Recorded[];
  /** Requests that would have left the machine; each was aborted. */
  readonly blockedRequests: string[];
  /** What reached the refusing proxy (anything the page routing never saw), each refused. */
  readonly refusedConnections: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Launch without the extension; installExtension() brings it (Firefox only; see Session). */
  extensionLater?: boolean;
  /**
   * Firefox's `extensions.originControls.grantByDefault` (default here: true, as in Firefox 153):
   * whether MV3 host permissions are granted at install. Chromium always grants them.
   */
  grantByDefault?: boolean;
}

export function launchSession(browser: BrowserName, opts: LaunchOptions = {}): Promise<Session> {
  return browser === 'chromium' ? launchChromium() : launchFirefox(opts);
}

function screenshotPath(name: string, browser: BrowserName): string {
  const dir = join(ARTIFACTS_DIR, 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name.replace(/[^\w.-]+/g, '_')}-${browser}.png`);
}

function watchErrors(on: (event: 'console' | 'pageerror', listener: (value: any) => void) => unknown): string[] {
  const errors: string[] = [];
  on('console', (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  on('pageerror', (error: Error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

// ------------------------------------------------------------------------------------ Chromium

function wrapPlaywright(page: PlaywrightPage, errors: string[]): TestPage {
  return {
    browser: 'chromium',
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    url: () => page.url(),
    type: (text, delay = 5) => page.keyboard.type(text, { delay }),
    press: (combo) => page.keyboard.press(combo),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    async screenshot(name) {
      const file = screenshotPath(name, 'chromium');
      await page.screenshot({ path: file });
      return file;
    },
    bringToFront: () => page.bringToFront(),
    errors,
    close: () => page.close(),
  };
}

async function launchChromium(): Promise<Session> {
  const h: Harness = await launchWithExtension();
  const requests: Recorded[] = [];
  h.context.on('request', (request) => {
    let page = '';
    try {
      page = request.frame().url();
    } catch {
      // A service worker's request has no frame.
    }
    requests.push({ url: request.url(), page });
  });
  const origin = `chrome-extension://${h.extensionId}/`;
  const newPage = async () => {
    const page = await h.context.newPage();
    return { page, errors: watchErrors((event, listener) => page.on(event as 'console', listener)) };
  };
  let worker: Worker | undefined;
  return {
    browser: 'chromium',
    version: h.context.browser()?.version() ?? 'chromium',
    extensionOrigin: origin,
    requests,
    blockedRequests: h.blockedRequests,
    refusedConnections: h.refusedConnections,
    async openFixture(name, opts = {}) {
      const { page, errors } = await newPage();
      await page.goto(fixtureUrl(name, opts.query), { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === '1', undefined, { timeout: 30_000 });
      return wrapPlaywright(page, errors);
    },
    async openExtensionPage(path) {
      const { page, errors } = await newPage();
      await page.goto(origin + path, { waitUntil: 'load' });
      return wrapPlaywright(page, errors);
    },
    async openUnrouted() {
      const { page, errors } = await newPage();
      await page.goto('about:blank');
      return wrapPlaywright(page, errors);
    },
    async installExtension() {
      // Chromium reloads an unpacked extension only in developer mode (see reattach.e2e.test.ts).
      const settings = await h.context.newPage();
      await settings.goto('chrome://extensions');
      await settings.evaluate(
        () =>
          new Promise<void>((done) =>
            (
              globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object, cb: () => void): void } } }
            ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, done),
          ),
      );
      await settings.close();
      const old = worker ?? h.context.serviceWorkers().find((w) => w.url().startsWith(origin));
      if (!old) throw new Error('no extension worker');
      const next = h.context.waitForEvent('serviceworker', { predicate: (w) => w !== old && w.url().startsWith(origin), timeout: 20_000 });
      await old.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
      worker = await next;
    },
    close: () => h.close(),
  };
}

// ------------------------------------------------------------------------------------- Firefox

/** A fixed moz-extension:// UUID (pref `extensions.webextensions.uuids`), so pages have a known address. */
const FIREFOX_ADDON_ID = 'attune@attune.example';
const FIREFOX_UUID = '5b0c5f5e-7a1d-4c4e-9a57-2f3e1d0a7c11';

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  throw new Error('Firefox not found: set FIREFOX_PATH, or install it (Debian: apt-get install -y firefox-esr; .ci/run does this).');
}

const FIREFOX_DIST = resolve(__dirname, '..', '..', 'dist-firefox');

/** Puppeteer key names for Playwright-style combos ('Control+z' → Control down, z, Control up). */
async function pressCombo(page: PuppeteerPage, combo: string): Promise<void> {
  const keys = combo.split('+') as KeyInput[];
  const key = keys.pop()!;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

function wrapPuppeteer(page: PuppeteerPage, errors: string[]): TestPage {
  return {
    browser: 'firefox',
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    url: () => page.url(),
    type: (text, delay = 5) => page.keyboard.type(text, { delay }),
    press: (combo) => pressCombo(page, combo),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    async screenshot(name) {
      const file = screenshotPath(name, 'firefox');
      await page.screenshot({ path: file });
      return file;
    },
    bringToFront: () => page.bringToFront(),
    errors,
    close: () => page.close(),
  };
}

async function launchFirefox(opts: LaunchOptions): Promise<Session> {
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error(`No Firefox build at ${FIREFOX_DIST}: run \`npm run build:firefox\` first.`);
  if (!existsSync(FIXTURES_DIST)) throw new Error(`No fixture build at ${FIXTURES_DIST}: run \`npm run build:fixtures\` first.`);
  const { default: puppeteer } = await import('puppeteer-core');
  const requests: Recorded[] = [];
  const blockedRequests: string[] = [];
  const refusedConnections: string[] = [];
  const proxy = await startRefusingProxy((url) => refusedConnections.push(url));
  const port = (proxy.address() as AddressInfo).port;
  let browser: PuppeteerBrowser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      defaultViewport: { width: 1100, height: 800 },
      // moz-extension:// pages can be evaluated in only with this (Firefox ≥ 138).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // MV3 host permissions are granted at install only while this is true (Firefox 153's
        // default, pinned here: README "Known limits" says what a user sees when it is false).
        'extensions.originControls.grantByDefault': opts.grantByDefault ?? true,
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
        // Everything Firefox sends that the page routing does not answer goes to the refusing
        // proxy: the extension's background page, extension pages, Firefox's own services.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.share_proxy_settings': false,
        // Firefox's own background checks (the Chromium launch disables its equivalents).
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.provider.mozilla.updateURL': '',
        'extensions.getAddons.showPane': false,
        'extensions.systemAddon.update.enabled': false,
        'browser.region.network.url': '',
        'browser.region.update.enabled': false,
      },
    });
  } catch (error) {
    proxy.close();
    throw error;
  }
  const install = () => browser.installExtension(FIREFOX_DIST);
  if (!opts.extensionLater) await install();
  const origin = `moz-extension://${FIREFOX_UUID}/`;

  const newPage = async (routed: boolean) => {
    const page = await browser.newPage();
    const errors = watchErrors((event, listener) => page.on(event, listener));
    page.on('request', (request: HTTPRequest) => {
      requests.push({ url: request.url(), page: request.frame()?.url() ?? '' });
    });
    if (routed) {
      await page.setRequestInterception(true);
      page.on('request', (request: HTTPRequest) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return void request.continue();
        const answer = fixtureResponse(url);
        if (answer?.status === 200) return void request.respond({ status: 200, contentType: answer.contentType, body: readFileSync(answer.file) });
        if (answer) return void request.respond({ status: 404, body: '' });
        blockedRequests.push(url);
        return void request.abort('blockedbyclient');
      });
    }
    return { page, errors };
  };

  return {
    browser: 'firefox',
    version: await browser.version(),
    extensionOrigin: origin,
    requests,
    blockedRequests,
    refusedConnections,
    async openFixture(name, fixtureOpts = {}) {
      const { page, errors } = await newPage(true);
      await page.goto(fixtureUrl(name, fixtureOpts.query), { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === '1', { timeout: 30_000 });
      return wrapPuppeteer(page, errors);
    },
    async openExtensionPage(path) {
      const { page, errors } = await newPage(false);
      const url = origin + path;
      // Puppeteer does not see a moz-extension:// navigation finish: start it, then poll the document.
      void page.goto(url).catch(() => undefined);
      const deadline = Date.now() + 20_000;
      for (;;) {
        const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState })).catch(() => null);
        if (state?.href === url && state.ready === 'complete') break;
        if (Date.now() > deadline) throw new Error(`${url} did not load (last: ${JSON.stringify(state)})`);
        await new Promise((done) => setTimeout(done, 50));
      }
      return wrapPuppeteer(page, errors);
    },
    async openUnrouted() {
      const { page, errors } = await newPage(false);
      return wrapPuppeteer(page, errors);
    },
    async installExtension() {
      await install();
    },
    async close() {
      await browser.close().catch(() => undefined);
      proxy.close();
    },
  };
}
