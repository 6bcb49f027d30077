import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extensionManifest } from '../../../manifest.config';

// The real polyfill refuses to load outside an extension: a fake browser, reset per test.
const fake = vi.hoisted(() => ({ browser: {} as Record<string, unknown> }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_target, key) => fake.browser[key as string] }),
}));

import {
  isScriptableUrl,
  matchesPattern,
  planInjections,
  reattachOnInstalled,
  reattachToOpenTabs,
  scriptGroups,
  type TabLike,
} from '../../../src/background/reattach';

// The manifest as the builds write it (manifest.json with the sites from src/shared/sites).
const manifest = extensionManifest();
const CONTENT = ['assets/content.js'];

describe('matchesPattern', () => {
  it('matches an exact host with any path, query and fragment', () => {
    expect(matchesPattern('https://mail.google.com/*', 'https://mail.google.com/mail/u/0/#inbox')).toBe(true);
    expect(matchesPattern('https://mail.google.com/*', 'https://mail.google.com/mail/?ui=2&view=cm')).toBe(true);
    expect(matchesPattern('https://mail.google.com/*', 'https://mail.google.com')).toBe(true); // URL adds the "/"
  });

  it('keeps the scheme: an https pattern does not match http, and * means http or https only', () => {
    expect(matchesPattern('https://mail.google.com/*', 'http://mail.google.com/')).toBe(false);
    expect(matchesPattern('*://example.org/*', 'http://example.org/a')).toBe(true);
    expect(matchesPattern('*://example.org/*', 'https://example.org/a')).toBe(true);
    expect(matchesPattern('*://example.org/*', 'ftp://example.org/a')).toBe(false);
    expect(matchesPattern('*://example.org/*', 'file:///example.org/a')).toBe(false);
  });

  it('*.domain matches the domain itself and its subdomains, never a look-alike', () => {
    const pattern = 'https://*.zendesk.com/*';
    expect(matchesPattern(pattern, 'https://acme.zendesk.com/agent/tickets/1')).toBe(true);
    expect(matchesPattern(pattern, 'https://a.b.zendesk.com/')).toBe(true);
    expect(matchesPattern(pattern, 'https://zendesk.com/')).toBe(true);
    expect(matchesPattern(pattern, 'https://evilzendesk.com/')).toBe(false);
    expect(matchesPattern(pattern, 'https://zendesk.com.evil.net/')).toBe(false);
    expect(matchesPattern(pattern, 'https://evil.net/?https://acme.zendesk.com/')).toBe(false);
  });

  it('compares hosts without case and ignores the port unless the pattern names one', () => {
    expect(matchesPattern('https://Mail.Google.com/*', 'https://MAIL.google.com/x')).toBe(true);
    expect(matchesPattern('https://crm.example.com/*', 'https://crm.example.com:8443/x')).toBe(true);
    expect(matchesPattern('https://crm.example.com:8443/*', 'https://crm.example.com:8443/x')).toBe(true);
    expect(matchesPattern('https://crm.example.com:8443/*', 'https://crm.example.com/x')).toBe(false);
    expect(matchesPattern('https://crm.example.com:443/*', 'https://crm.example.com/x')).toBe(true);
  });

  it('matches the path as a glob where only * is special', () => {
    expect(matchesPattern('https://example.com/app/*', 'https://example.com/app/inbox')).toBe(true);
    expect(matchesPattern('https://example.com/app/*', 'https://example.com/other')).toBe(false);
    expect(matchesPattern('https://example.com/a.b/*', 'https://example.com/aXb/c')).toBe(false);
    expect(matchesPattern('https://example.com/*/edit', 'https://example.com/doc/1/edit')).toBe(true);
  });

  it('<all_urls> covers web pages only', () => {
    expect(matchesPattern('<all_urls>', 'https://example.com/')).toBe(true);
    expect(matchesPattern('<all_urls>', 'chrome://extensions/')).toBe(false);
    expect(matchesPattern('<all_urls>', 'about:blank')).toBe(false);
  });

  it('refuses malformed patterns and addresses without throwing', () => {
    for (const [pattern, url] of [
      ['', 'https://example.com/'],
      ['https://example.com', 'https://example.com/'], // no path
      ['example.com/*', 'https://example.com/'],
      ['https://*/*', 'not a url'],
      ['https://*/*', ''],
      ['https://*/*', '\u0000\u202e🙂'],
    ]) {
      expect(() => matchesPattern(pattern, url)).not.toThrow();
      expect(matchesPattern(pattern, url)).toBe(false);
    }
  });

  it('the shipped manifest matches the sites the e2e fixtures stand for, and nothing else', () => {
    const matches = manifest.content_scripts[0].matches;
    const hit = (url: string) => matches.some((p) => matchesPattern(p, url));
    expect(hit('https://mail.google.com/mail/u/0/#inbox')).toBe(true);
    expect(hit('https://outlook.office.com/mail/inbox')).toBe(true);
    expect(hit('https://acme.lightning.force.com/lightning/r/Case/1/view')).toBe(true);
    expect(hit('https://app.hubspot.com/conversations/1')).toBe(true);
    expect(hit('https://www.google.com/search?q=mail.google.com')).toBe(false);
    expect(hit('https://docs.google.com/document/d/1')).toBe(false);
  });
});

describe('isScriptableUrl', () => {
  it('refuses browser pages and the extension stores', () => {
    for (const url of [
      'chrome://extensions/',
      'chrome-extension://abc/popup.html',
      'about:blank',
      'view-source:https://example.com/',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/detail/x',
      'https://microsoftedge.microsoft.com/addons/detail/x',
      '',
      'garbage',
    ]) {
      expect(isScriptableUrl(url)).toBe(false);
    }
  });

  it('accepts ordinary pages, including chrome.google.com outside the store', () => {
    expect(isScriptableUrl('https://mail.google.com/mail/u/0/')).toBe(true);
    expect(isScriptableUrl('http://intranet.local/crm')).toBe(true);
    expect(isScriptableUrl('https://chrome.google.com/intl/en/chrome/')).toBe(true);
  });
});

describe('planInjections', () => {
  const groups = [{ matches: ['https://mail.google.com/*', 'https://*.zendesk.com/*'], js: CONTENT }];

  it('injects into the open tabs the content script matches, once each', () => {
    const tabs: TabLike[] = [
      { id: 1, url: 'https://mail.google.com/mail/u/0/#inbox', status: 'complete' },
      { id: 2, url: 'https://acme.zendesk.com/agent/tickets/7', status: 'complete' },
      { id: 3, url: 'https://example.com/', status: 'complete' },
    ];
    expect(planInjections(tabs, groups)).toEqual([
      { tabId: 1, files: CONTENT },
      { tabId: 2, files: CONTENT },
    ]);
  });

  it('skips tabs it cannot or need not script: no id, no visible address, discarded, unloaded, browser pages', () => {
    const tabs: TabLike[] = [
      { url: 'https://mail.google.com/' }, // no id: not a scriptable tab
      { id: 2 }, // no host access: the address is hidden from us
      { id: 3, url: 'https://mail.google.com/', discarded: true }, // reloads, with the declared script, when shown
      { id: 4, url: 'https://mail.google.com/', status: 'unloaded' },
      { id: 5, url: 'chrome://newtab/' },
      { id: 6, url: 'https://mail.google.com/', status: 'loading' }, // a second copy defers to the first
    ];
    expect(planInjections(tabs, groups)).toEqual([{ tabId: 6, files: CONTENT }]);
  });

  it('a tab two groups match with the same files gets them once; different files each', () => {
    const tab: TabLike = { id: 9, url: 'https://mail.google.com/' };
    const same = [groups[0], { matches: ['https://*/*'], js: CONTENT }];
    expect(planInjections([tab], same)).toEqual([{ tabId: 9, files: CONTENT }]);
    const other = [groups[0], { matches: ['https://*/*'], js: ['other.js'] }];
    expect(planInjections([tab], other)).toEqual([
      { tabId: 9, files: CONTENT },
      { tabId: 9, files: ['other.js'] },
    ]);
  });

  it('nothing open, nothing to do', () => {
    expect(planInjections([], groups)).toEqual([]);
    expect(planInjections([{ id: 1, url: 'https://mail.google.com/' }], [])).toEqual([]);
  });
});

describe('scriptGroups', () => {
  it("reads the manifest's groups and runs the first group's files on the user's granted sites", () => {
    const groups = scriptGroups(manifest.content_scripts, ['https://crm.example.com/*']);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toEqual({ matches: manifest.content_scripts[0].matches, js: manifest.content_scripts[0].js });
    expect(groups[1]).toEqual({ matches: ['https://crm.example.com/*'], js: manifest.content_scripts[0].js });
  });

  it('drops groups without matches or files, and grants with no group to borrow files from', () => {
    expect(scriptGroups(undefined, ['https://crm.example.com/*'])).toEqual([]);
    expect(scriptGroups([{ matches: ['https://a.com/*'] }, { js: ['x.js'] }], ['https://b.com/*'])).toEqual([]);
    expect(scriptGroups(manifest.content_scripts, [])).toHaveLength(1);
  });
});

describe('reattachToOpenTabs (fake browser)', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  let debug: ReturnType<typeof vi.spyOn>;

  function install(opts: { tabs: TabLike[]; granted?: string[]; scheme?: string; scripting?: boolean }) {
    executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
      if (target.tabId === 13) throw new Error('Cannot access contents of the page.');
      return [{ frameId: 0 }];
    });
    fake.browser = {
      runtime: {
        getURL: (path: string) => `${opts.scheme ?? 'chrome-extension'}://id/${path}`,
        getManifest: () => ({ ...manifest, content_scripts: [{ ...manifest.content_scripts[0], js: CONTENT }] }),
      },
      permissions: { getAll: async () => ({ origins: [...manifest.host_permissions, ...(opts.granted ?? [])] }) },
      tabs: { query: async () => opts.tabs },
      ...(opts.scripting === false ? {} : { scripting: { executeScript } }),
    };
  }

  beforeEach(() => {
    debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  });

  it('injects the manifest files into matching tabs and granted sites, all frames', async () => {
    install({
      tabs: [
        { id: 11, url: 'https://mail.google.com/mail/u/0/' },
        { id: 12, url: 'https://crm.example.com/deals/4' },
        { id: 14, url: 'https://news.example.net/' },
      ],
      granted: ['https://crm.example.com/*'],
    });
    expect(await reattachToOpenTabs()).toBe(2);
    expect(executeScript.mock.calls.map(([call]) => call)).toEqual([
      { target: { tabId: 11, allFrames: true }, files: CONTENT },
      { target: { tabId: 12, allFrames: true }, files: CONTENT },
    ]);
  });

  it('a tab that refuses the script is skipped quietly, the others still get it', async () => {
    install({
      tabs: [
        { id: 13, url: 'https://mail.google.com/' },
        { id: 11, url: 'https://outlook.office.com/mail/' },
      ],
    });
    expect(await reattachToOpenTabs()).toBe(1);
    expect(executeScript).toHaveBeenCalledTimes(2);
    expect(debug).toHaveBeenCalledTimes(1);
  });

  it('does nothing in Firefox (it injects into open tabs itself) or without the scripting API', async () => {
    install({ tabs: [{ id: 11, url: 'https://mail.google.com/' }], scheme: 'moz-extension' });
    expect(await reattachToOpenTabs()).toBe(0);
    expect(executeScript).not.toHaveBeenCalled();
    install({ tabs: [{ id: 11, url: 'https://mail.google.com/' }], scripting: false });
    expect(await reattachToOpenTabs()).toBe(0);
  });

  it('runs on install and update (a developer reload is an update), not on a browser update', async () => {
    install({ tabs: [{ id: 11, url: 'https://mail.google.com/' }] });
    reattachOnInstalled({ reason: 'chrome_update' });
    reattachOnInstalled({ reason: 'shared_module_update' });
    reattachOnInstalled({ reason: 'update' });
    // Each call takes the same asynchronous path: had the first two injected, their calls would be here too.
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(executeScript).toHaveBeenCalledTimes(1);
    reattachOnInstalled({ reason: 'install' });
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(2));
  });

  it('a failing tabs or permissions API leaves nothing thrown', async () => {
    install({ tabs: [] });
    fake.browser.tabs = { query: async () => Promise.reject(new Error('no tabs')) };
    fake.browser.permissions = { getAll: async () => Promise.reject(new Error('no permissions')) };
    await expect(reattachToOpenTabs()).resolves.toBe(0);
  });
});
