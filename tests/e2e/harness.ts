// The end-to-end harness: real Chromium with the production dist/ loaded, fixture pages served at
// the real sites' addresses (so the shipped manifest's `matches` apply unchanged), and every other
// request aborted and recorded, so a test can prove nothing left the machine.
//
// Plain TypeScript with no vitest import: scripts/demo.mjs loads it through vite's runnerImport.
import { chromium, type BrowserContext, type Page, type Request, type Route } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export type FixtureName =
  | 'textarea'
  | 'gmail'
  | 'outlook'
  | 'quill'
  | 'quill-shadow'
  | 'prosemirror'
  | 'tiptap'
  | 'ckeditor5'
  | 'tinymce'
  | 'lexical'
  | 'draftjs'
  | 'slate'
  | 'roosterjs'
  | 'demo';

// Every address is on a host the manifest's content script matches.
export const FIXTURES: Record<FixtureName, { url: string }> = {
  textarea: { url: 'https://acme.zendesk.com/fixtures/textarea' },
  gmail: { url: 'https://mail.google.com/mail/u/0/#inbox' },
  outlook: { url: 'https://outlook.office.com/mail/inbox' },
  quill: { url: 'https://acme.zendesk.com/fixtures/quill' },
  'quill-shadow': { url: 'https://acme.lightning.force.com/lightning/r/Case/5003X00002AbCdE/view' },
  prosemirror: { url: 'https://app.hubspot.com/fixtures/prosemirror' },
  tiptap: { url: 'https://app.hubspot.com/conversations/1234567/inbox/thread/42' },
  ckeditor5: { url: 'https://acme.zendesk.com/agent/tickets/1' },
  tinymce: { url: 'https://acme.zendesk.com/fixtures/tinymce' },
  lexical: { url: 'https://app.hubspot.com/fixtures/lexical' },
  draftjs: { url: 'https://app.hubspot.com/fixtures/draftjs' },
  slate: { url: 'https://app.hubspot.com/fixtures/slate' },
  roosterjs: { url: 'https://outlook.office.com/fixtures/roosterjs' },
  demo: { url: 'https://app.hubspot.com/attune/demo' },
};

export const FIXTURE_NAMES = Object.keys(FIXTURES) as FixtureName[];

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
  throw new Error(
    'Chromium not found: set CHROMIUM_PATH, or install it (Debian: apt-get install -y chromium; .ci/run does this).',
  );
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

const PAGE_BY_KEY = new Map<string, FixtureName>(
  FIXTURE_NAMES.map((name) => [requestKey(FIXTURES[name].url), name]),
);
const FIXTURE_ORIGINS = new Set(FIXTURE_NAMES.map((name) => new URL(FIXTURES[name].url).origin));

/** Resolves a fixture asset path inside FIXTURES_DIST, refusing anything that escapes it. */
function assetFile(pathname: string): string | undefined {
  const relative = decodeURIComponent(pathname.slice(FIXTURE_ASSET_BASE.length));
  const file = normalize(join(FIXTURES_DIST, relative));
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
    await context.route((url) => !isExtensionUrl(url), (route) => routeRequest(route, blockedRequests));
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
  const url = new URL(FIXTURES[name].url);
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
  await inPage(page, (value: string) => {
    const fixture = (window as unknown as { __attuneFixture: FixtureHandle }).__attuneFixture;
    if (!fixture.setText) throw new Error(`fixture ${fixture.name} has no setText`);
    fixture.setText(value);
  }, text);
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
