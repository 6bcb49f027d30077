// Chrome injects declared content scripts only into pages loaded after the extension: after an
// install, an update or a developer reload, the user's open Gmail/CRM tab would show nothing of
// Attune until reloaded (and the old copy, if any, has torn itself down). So on those events the
// worker injects the same script files into the open tabs the manifest (or a user grant) matches.
// Firefox injects declared scripts into open tabs itself, so there this does nothing; the content
// script tolerates a second copy in a frame anyway (see start() in src/content/index.ts).
import browser from 'webextension-polyfill';
import { customOrigins } from './custom-sites';

/** What reattaching needs to know of a tab (a subset of tabs.Tab). */
export interface TabLike {
  id?: number;
  /** Only present for tabs whose origin this extension may access (no "tabs" permission). */
  url?: string;
  discarded?: boolean;
  status?: string;
}

/** One content script group of the manifest: where it runs and what it loads. */
export interface ScriptGroup {
  matches: string[];
  js: string[];
}

export interface Injection {
  tabId: number;
  files: string[];
}

interface ScriptingApi {
  executeScript(injection: { target: { tabId: number; allFrames: boolean }; files: string[] }): Promise<unknown[]>;
}

// Pages no extension may script even with a matching host permission.
const STORE_HOSTS = new Set(['chromewebstore.google.com', 'microsoftedge.microsoft.com']);
const STORE_PATH_HOSTS = new Set(['chrome.google.com']); // chrome.google.com/webstore
const SCHEME_WILDCARD = new Set(['http:', 'https:']);

/**
 * Whether a URL matches a WebExtension match pattern (`<all_urls>`, `*://*.example.com/*`, …).
 * A pattern without a port matches any port; the fragment is never part of the match.
 */
export function matchesPattern(pattern: string, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (pattern === '<all_urls>') return /^(https?|file|ftp|wss?):$/.test(parsed.protocol);
  const parts = /^(\*|[a-z][a-z0-9+.-]*):\/\/([^/]*)(\/.*)$/i.exec(pattern);
  if (!parts) return false;
  const [, scheme, hostPattern, pathPattern] = parts;
  const schemeOk = scheme === '*' ? SCHEME_WILDCARD.has(parsed.protocol) : parsed.protocol === `${scheme.toLowerCase()}:`;
  return schemeOk && hostMatches(hostPattern, parsed) && globMatches(pathPattern, parsed.pathname + parsed.search);
}

function hostMatches(hostPattern: string, url: URL): boolean {
  const [hostOnly, port] = splitPort(hostPattern.toLowerCase());
  if (port !== null && port !== '*' && port !== effectivePort(url)) return false;
  const host = url.hostname.toLowerCase();
  if (hostOnly === '*') return true;
  if (hostOnly.startsWith('*.')) {
    const domain = hostOnly.slice(2);
    return host === domain || host.endsWith(`.${domain}`);
  }
  return host === hostOnly;
}

function splitPort(hostPattern: string): [string, string | null] {
  // An IPv6 host ([::1]) has colons of its own: only a colon after the closing bracket is a port.
  const colon = hostPattern.lastIndexOf(':');
  if (colon === -1 || colon < hostPattern.lastIndexOf(']')) return [hostPattern, null];
  return [hostPattern.slice(0, colon), hostPattern.slice(colon + 1)];
}

function effectivePort(url: URL): string {
  if (url.port) return url.port;
  return url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '';
}

/** `*` matches any run of characters; everything else is literal. */
function globMatches(glob: string, text: string): boolean {
  const source = glob
    .split('*')
    .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 's').test(text);
}

/** A page the extension could script at all: web pages only, never a browser store. */
export function isScriptableUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!/^(https?|file):$/.test(parsed.protocol)) return false;
  if (STORE_HOSTS.has(parsed.hostname)) return false;
  return !(STORE_PATH_HOSTS.has(parsed.hostname) && parsed.pathname.startsWith('/webstore'));
}

/**
 * The injections to make: each open, loaded tab whose address a group matches gets that group's
 * files once. Discarded tabs are left alone: they reload when shown and get the declared script then.
 */
export function planInjections(tabs: readonly TabLike[], groups: readonly ScriptGroup[]): Injection[] {
  const plan: Injection[] = [];
  for (const tab of tabs) {
    if (typeof tab.id !== 'number' || !tab.url || tab.discarded || tab.status === 'unloaded') continue;
    if (!isScriptableUrl(tab.url)) continue;
    const seen = new Set<string>();
    for (const group of groups) {
      const key = group.js.join('\n');
      if (!group.js.length || seen.has(key) || !group.matches.some((p) => matchesPattern(p, tab.url!))) continue;
      seen.add(key);
      plan.push({ tabId: tab.id, files: [...group.js] });
    }
  }
  return plan;
}

/** The manifest's content script groups, plus the user's granted sites running the first group's files. */
export function scriptGroups(manifestScripts: readonly { matches?: string[]; js?: string[] }[] | undefined, grantedOrigins: readonly string[]): ScriptGroup[] {
  const groups = (manifestScripts ?? []).map((s) => ({ matches: s.matches ?? [], js: s.js ?? [] })).filter((g) => g.matches.length && g.js.length);
  if (groups.length && grantedOrigins.length) groups.push({ matches: [...grantedOrigins], js: groups[0].js });
  return groups;
}

/** Firefox injects declared content scripts into open tabs on its own. */
function browserInjectsOpenTabs(): boolean {
  return browser.runtime.getURL('').startsWith('moz-extension:');
}

/** Injects the content script into every open tab it should be running in; returns how many tabs got it. */
export async function reattachToOpenTabs(): Promise<number> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (!scripting || browserInjectsOpenTabs()) return 0;
  const manifest = browser.runtime.getManifest() as { content_scripts?: { matches?: string[]; js?: string[] }[] };
  const origins = await customOrigins().catch(() => [] as string[]);
  const tabs = await browser.tabs.query({}).catch(() => [] as TabLike[]);
  const plan = planInjections(tabs, scriptGroups(manifest.content_scripts, origins));
  const results = await Promise.all(plan.map((injection) => inject(scripting, injection)));
  return results.filter(Boolean).length;
}

async function inject(scripting: ScriptingApi, { tabId, files }: Injection): Promise<boolean> {
  try {
    await scripting.executeScript({ target: { tabId, allFrames: true }, files });
    return true;
  } catch (error) {
    // The tab navigated, closed, shows an error page or is policy-blocked: it gets the declared
    // script on its next load. Nothing for the user to see.
    console.debug('[attune] could not re-attach to an open tab', tabId, error);
    return false;
  }
}

/** runtime.onInstalled listener: a fresh install, an update or a developer reload (reason "update"). */
export function reattachOnInstalled(details: { reason: string }): void {
  if (details.reason !== 'install' && details.reason !== 'update') return;
  void reattachToOpenTabs().catch((error) => console.debug('[attune] re-attach failed', error));
}
