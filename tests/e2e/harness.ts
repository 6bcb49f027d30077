// The end-to-end harness: real Chromium with the production dist/ loaded, fixture pages served at
// the real sites' addresses (so the shipped manifest's `matches` apply unchanged), and every other
// request aborted and recorded, so a test can prove nothing left the machine.
//
// Plain TypeScript with no vitest import: scripts/demo.mjs loads it through vite's runnerImport.
import { chromium, type BrowserContext, type Page, type Request, type Route } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize as normalizePath, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * One fixture page, as its `tests/e2e/fixtures/<name>/fixture.json` describes it. Adding a fixture
 * is one folder (index.html, main.ts, fixture.json): the build, the harness's routes and the tests
 * that run every editor read this.
 */
export interface FixtureInfo {
  /** The folder's name. */
  name: string;
  /** The editor on the page, as built from its npm package. */
  editor: string;
  /** Whose app the page stands in for. */
  site: string;
  /** Where the harness serves it: on a host the manifest's content script matches. */
  url: string;
  /** The adapter the content script must choose there (`data-attune-adapter`); null for pages with several editors (demo). */
  adapter: string | null;
  note?: string;
}

/** A fixture folder's name (checked at run time: `fixtureInfo` throws on an unknown one). */
export type FixtureName = string;

const FIXTURES_SRC = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Every fixture page's description, read from the fixture folders (the same folders the fixture build reads). */
export function readFixtures(dir: string = FIXTURES_SRC): FixtureInfo[] {
  const found: FixtureInfo[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name, 'fixture.json');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const info = JSON.parse(readFileSync(file, 'utf8')) as FixtureInfo;
    if (info.name !== entry.name) throw new Error(`${file}: name ${JSON.stringify(info.name)} is not its folder's`);
    if (typeof info.url !== 'string' || !info.url.startsWith('https://')) throw new Error(`${file}: url must be an https address`);
    if (info.adapter !== null && typeof info.adapter !== 'string') throw new Error(`${file}: adapter must be a string or null`);
    found.push(info);
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** Every fixture page, by name. Every address is on a host the manifest's content script matches. */
export const FIXTURES: Readonly<Record<FixtureName, FixtureInfo>> = Object.fromEntries(readFixtures().map((f) => [f.name, f]));

export const FIXTURE_NAMES: FixtureName[] = Object.keys(FIXTURES);

/** The fixtures that are one editor each (everything but the demo page), with the adapter expected there. */
export const EDITOR_FIXTURES: (FixtureInfo & { adapter: string })[] = Object.values(FIXTURES).filter(
  (f): f is FixtureInfo & { adapter: string } => f.adapter !== null,
);

/** A fixture's description; throws on a name with no fixture folder. */
export function fixtureInfo(name: FixtureName): FixtureInfo {
  const info = FIXTURES[name];
  if (!info) throw new Error(`no fixture "${name}" (tests/e2e/fixtures/${name}/fixture.json)`);
  return info;
}

/** Path prefix the fixture build uses for its assets (must match fixtures.config.ts `base`). */
export const FIXTURE_ASSET_BASE = '/__attune_fixtures/';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Requests that would have left the machine; each was aborted. */
  blockedRequests: string[];
  /** chrome-extension:// requests made by pages (the content script's loader chunks), never routed. */
  extensionRequests: string[];
  /**
   * Connections that got past the routes to Chromium's proxy, all refused there: Chromium's own
   * background services and preconnects, or a fetch from the extension's service worker (which
   * page routes do not see). Targets are host:port for https (only the CONNECT is visible).
   */
  refusedConnections: string[];
  close(): Promise<void>;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_DIST = join(REPO_ROOT, 'dist');
export const FIXTURES_DIST = join(REPO_ROOT, 'tests', 'e2e', 'fixtures', 'dist');
export const ARTIFACTS_DIR = join(REPO_ROOT, 'artifacts');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error('Chromium not found: set CHROMIUM_PATH, or install it (Debian: apt-get install -y chromium; .ci/run does this).');
}

function assertBuilt(dist: string): void {
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`No extension build at ${dist}: run \`npm run build\` first.`);
  }
  if (!existsSync(FIXTURES_DIST)) {
    throw new Error(`No fixture build at ${FIXTURES_DIST}: run \`npm run build:fixtures\` first.`);
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Page address without its fragment: what the browser actually requests. */
function requestKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

const PAGE_BY_KEY = new Map<string, FixtureName>(FIXTURE_NAMES.map((name) => [requestKey(FIXTURES[name].url), name]));
const FIXTURE_ORIGINS = new Set(FIXTURE_NAMES.map((name) => new URL(FIXTURES[name].url).origin));

/** Resolves a fixture asset path inside FIXTURES_DIST, refusing anything that escapes it. */
function assetFile(pathname: string): string | undefined {
  const relative = decodeURIComponent(pathname.slice(FIXTURE_ASSET_BASE.length));
  const file = normalizePath(join(FIXTURES_DIST, relative));
  if (!file.startsWith(FIXTURES_DIST + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * What the harness answers for a request, in either browser: a fixture file (the page at its real
 * address, or one of its bundled assets), a local 404 (the favicon the browser asks for on its
 * own), or null — the request would leave the machine, so it is aborted and recorded.
 */
export function fixtureResponse(url: string): { status: 200; contentType: string; file: string } | { status: 404 } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const page = PAGE_BY_KEY.get(requestKey(url));
  if (page) return { status: 200, contentType: CONTENT_TYPES['.html'], file: join(FIXTURES_DIST, page, 'index.html') };
  if (FIXTURE_ORIGINS.has(parsed.origin)) {
    if (parsed.pathname.startsWith(FIXTURE_ASSET_BASE)) {
      const file = assetFile(parsed.pathname);
      if (file) return { status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', file };
    }
    // The browser asks for a favicon on its own; answering locally keeps it off the network.
    if (parsed.pathname === '/favicon.ico') return { status: 404 };
  }
  return null;
}

async function routeRequest(route: Route, blocked: string[]): Promise<void> {
  const url = route.request().url();
  const answer = fixtureResponse(url);
  if (answer?.status === 200) return route.fulfill({ status: 200, contentType: answer.contentType, body: readFileSync(answer.file) });
  if (answer) return route.fulfill({ status: 404, body: '' });
  blocked.push(url);
  return route.abort('blockedbyclient');
}

/**
 * A local proxy that refuses every request and records its target. Chromium sends through it
 * anything the context's routes never see (e.g. a fetch from the extension's service worker), so
 * such a request is both stopped and visible to the test.
 */
export async function startRefusingProxy(record: (url: string) => void): Promise<Server> {
  const server = createServer((request, response) => {
    record(request.url ?? '(unknown)');
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    record(`https://${request.url ?? '(unknown)'}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

function isExtensionUrl(url: URL): boolean {
  return url.protocol === 'chrome-extension:';
}

async function findExtensionId(context: BrowserContext): Promise<string> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const worker = existing ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return new URL(worker.url()).host;
}

export async function launchWithExtension(opts: { dist?: string; headless?: boolean } = {}): Promise<Harness> {
  const dist = resolve(opts.dist ?? DEFAULT_DIST);
  assertBuilt(dist);
  const headless = opts.headless ?? true;
  const userDataDir = mkdtempSync(join(tmpdir(), 'attune-e2e-'));
  const blockedRequests: string[] = [];
  const extensionRequests: string[] = [];
  const refusedConnections: string[] = [];
  const proxy = await startRefusingProxy((url) => refusedConnections.push(url));
  const args = [
    `--proxy-server=http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  if (headless) args.unshift('--headless=new');
  let context: BrowserContext;
  let extensionId: string;
  const cleanUp = () => {
    proxy.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      // Extensions need the "new" headless mode, passed as an argument rather than Playwright's flag.
      headless: false,
      ignoreDefaultArgs: ['--disable-extensions'],
      args,
      viewport: { width: 1100, height: 800 },
    });
  } catch (error) {
    cleanUp();
    throw error;
  }
  context.on('request', (request: Request) => {
    if (request.url().startsWith('chrome-extension://')) extensionRequests.push(request.url());
  });
  context.on('page', (page) => void watchConsole(page));
  try {
    await context.route(
      (url) => !isExtensionUrl(url),
      (route) => routeRequest(route, blockedRequests),
    );
    extensionId = await findExtensionId(context);
  } catch (error) {
    await context.close().catch(() => undefined);
    cleanUp();
    throw error;
  }
  let closed = false;
  return {
    context,
    extensionId,
    blockedRequests,
    extensionRequests,
    refusedConnections,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      cleanUp();
    },
  };
}

/** A fixture's address with extra query parameters (e.g. `quote=1` for Gmail's quoted reply). */
export function fixtureUrl(name: FixtureName, query?: string): string {
  const url = new URL(fixtureInfo(name).url);
  if (query) url.search = query;
  return url.toString();
}

export async function openFixture(h: Harness, name: FixtureName, opts: { query?: string } = {}): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(fixtureUrl(name, opts.query), { waitUntil: 'load' });
  const errors = watchConsole(page);
  await page
    .waitForFunction(() => document.documentElement.dataset.fixtureReady === '1', undefined, { timeout: 30_000 })
    .catch((error: Error) => {
      const detail = errors.length ? ` Page errors: ${errors.join(' | ')}` : '';
      throw new Error(`fixture ${name} never became ready (${error.message.split('\n')[0]}).${detail}`);
    });
  return page;
}

interface FixtureHandle {
  name: string;
  getModelText(): string;
  focus(): void;
  setText?(text: string): void;
}

/**
 * Anything that runs a function in a page and hands back its result: a Playwright Page or Frame
 * (Chromium), or a Puppeteer Page (Firefox). The observation helpers take this, so both browsers'
 * suites read the page the same way.
 */
export interface Evaluator {
  evaluate(fn: any, arg?: any): Promise<unknown>;
}

/** Runs `fn(arg)` in the page through either browser's driver. */
export function inPage<R, A = undefined>(page: Evaluator, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
  return page.evaluate(fn, arg) as Promise<Awaited<R>>;
}

export async function modelText(page: Evaluator): Promise<string> {
  return inPage(page, () => (window as unknown as { __attuneFixture: FixtureHandle }).__attuneFixture.getModelText());
}

/** Focuses the editor (caret at the end), then lets editors that sync selection late catch up. */
export async function focusEditor(page: Evaluator): Promise<void> {
  await inPage(page, async () => {
    (window as unknown as { __attuneFixture: FixtureHandle }).__attuneFixture.focus();
    // Tiptap, Quill and the React editors apply focus/selection on a later frame.
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

/** Replaces the draft through the editor's own API, where the fixture offers it. */
export async function setEditorText(page: Evaluator, text: string): Promise<void> {
  await inPage(
    page,
    (value: string) => {
      const fixture = (window as unknown as { __attuneFixture: FixtureHandle }).__attuneFixture;
      if (!fixture.setText) throw new Error(`fixture ${fixture.name} has no setText`);
      fixture.setText(value);
    },
    text,
  );
}

/** Real key events through page.keyboard, after focusing the editor (caret at the end). */
export async function typeInEditor(page: Page, text: string, opts: { delay?: number } = {}): Promise<void> {
  await focusEditor(page);
  await page.keyboard.type(text, { delay: opts.delay ?? 5 });
}

/** Saves artifacts/<subdir>/<name>.png (subdir defaults to `screenshots`) and returns its path. */
export async function saveScreenshot(page: Page, name: string, subdir = 'screenshots'): Promise<string> {
  const dir = join(ARTIFACTS_DIR, subdir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file });
  return file;
}

const consoleErrors = new WeakMap<Page, string[]>();

function watchConsole(page: Page): string[] {
  const existing = consoleErrors.get(page);
  if (existing) return existing;
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/**
 * Live array of the page's console errors and uncaught exceptions. Every page of a harness context
 * is watched from its creation, so errors raised while it loaded are included.
 */
export function collectConsoleErrors(page: Page): string[] {
  return watchConsole(page);
}

// ---------- helpers shared by several e2e files ----------

/** Collapses every run of whitespace (non-breaking spaces included) to one space, and trims. */
export function normalize(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').trim();
}

/**
 * Bundles a test-only page-world script (a TypeScript entry file under tests/e2e/probe/, importing
 * from src/) into one classic script for `addScriptTag` / `addInitScript`. The script publishes its
 * API on `window` itself (e.g. `window.__attuneProbe`).
 */
export async function bundleProbe(input: { entry: string }): Promise<string> {
  const { entry } = input;
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: REPO_ROOT,
    build: {
      write: false,
      minify: false,
      target: 'chrome120',
      lib: { entry, formats: ['iife'], name: 'AttuneProbe', fileName: () => 'probe.js' },
    },
  });
  for (const out of Array.isArray(result) ? result : [result]) {
    if ('output' in out) {
      const chunk = out.output.find((o) => o.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error('probe bundle produced no chunk');
}

/**
 * The id of the newest tab showing `page` (or `url`), asked from an extension page: tabs.query needs
 * the extension's context. Fixtures share addresses, so the newest tab is the one just opened.
 * `orHiddenUrl`: without host access a tab's url is hidden; then take the newest tab whose url is
 * not visible. Throws when no tab matches.
 */
export async function tabIdOf(h: Harness, page: Page | string, opts: { orHiddenUrl?: boolean } = {}): Promise<number> {
  const url = typeof page === 'string' ? page : page.url();
  const probe = await h.context.newPage();
  try {
    await probe.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tabId=0`);
    const id = await probe.evaluate(
      async ({ u, orHiddenUrl }) => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome;
        const tabs = await api.tabs.query({});
        const newest = [...tabs].sort((a, b) => b.id - a.id);
        return (newest.find((t) => t.url === u) ?? (orHiddenUrl ? newest.find((t) => t.url === undefined) : undefined))?.id ?? -1;
      },
      { u: url, orHiddenUrl: opts.orHiddenUrl ?? false },
    );
    if (id <= 0) throw new Error(`no tab found at ${url}`);
    return id;
  } finally {
    await probe.close();
  }
}
