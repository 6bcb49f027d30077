// Static guarantees read from the sources (no build needed): no HTML sinks or dynamic code in
// src/, nothing in the extension's code that could open a connection, and a manifest that asks
// for no more than it must. The built dist/ is checked the same way in
// tests/e2e/privacy.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { extensionManifest } from '../../manifest.config';
import { DYNAMIC_CODE, HTML_SINKS, NETWORK, filesUnder, hits, manifestProblems, stripComments, type Manifest } from '../security-checks';

const REPO = resolve(__dirname, '..', '..');
const SRC = join(REPO, 'src');
const allSources = filesUnder(SRC, /\.(ts|tsx|js|mjs|html)$/);
// The extension's code: everything in src/ except the Node CLI, which never ships in dist/.
const extensionSources = allSources.filter((f) => !relative(SRC, f).startsWith('cli'));

// "file: matched text" exceptions for static strings that never hold page text. Empty: nothing
// needs one. Adding an entry needs a reason in docs/security.md.
const ALLOWED_HTML_SINKS: Record<string, string[]> = {};

describe('source: no HTML sinks, no dynamic code, no network', () => {
  it('the scan sees the extension’s code (an empty file list must not pass)', () => {
    const names = extensionSources.map((f) => relative(SRC, f));
    expect(names).toContain(join('background', 'index.ts'));
    for (const part of ['content', 'popup', 'options', 'shared', 'engine'])
      expect(
        names.some((n) => n.startsWith(part)),
        part,
      ).toBe(true);
  });

  it('the patterns catch what they are meant to, and a comment is not a hit', () => {
    expect(HTML_SINKS.test(stripComments('el.innerHTML = x;'))).toBe(true);
    expect(HTML_SINKS.test(stripComments("el.insertAdjacentHTML('beforeend', x)"))).toBe(true);
    expect(HTML_SINKS.test(stripComments('document.write(x)'))).toBe(true);
    expect(HTML_SINKS.test(stripComments('// never use innerHTML here'))).toBe(false);
    expect(HTML_SINKS.test(stripComments('/* outerHTML */ el.textContent = x;'))).toBe(false);
    expect(DYNAMIC_CODE.test('const f = new Function("a", body);')).toBe(true);
    expect(DYNAMIC_CODE.test('eval(code)')).toBe(true);
    expect(DYNAMIC_CODE.test('setTimeout("run()", 10)')).toBe(true);
    expect(DYNAMIC_CODE.test('setTimeout(run, 10)')).toBe(false);
    expect(NETWORK.test('await fetch(url)')).toBe(true);
    expect(NETWORK.test('navigator.sendBeacon(u, d)')).toBe(true);
    expect(NETWORK.test('const ws = new WebSocket(u)')).toBe(true);
    expect(NETWORK.test('browser.runtime.sendNativeMessage("host", m)')).toBe(true);
    // webextension-polyfill's API table names sendNativeMessage as a key; that opens nothing.
    expect(NETWORK.test('sendNativeMessage:{minArgs:2,maxArgs:2}')).toBe(false);
    expect(stripComments("const u = 'https://x.example/';")).toContain('https://x.example/');
  });

  it('no innerHTML / outerHTML / insertAdjacentHTML / document.write / DOMParser anywhere in src/ (page text is never HTML)', () => {
    expect(hits(HTML_SINKS, allSources, REPO, ALLOWED_HTML_SINKS)).toEqual([]);
  });

  it('no eval, new Function, string timers or computed dynamic imports in the extension’s code', () => {
    expect(hits(DYNAMIC_CODE, extensionSources, REPO)).toEqual([]);
  });

  it('no fetch, XHR, WebSocket, EventSource, beacon, WebRTC or native messaging in the extension’s code', () => {
    expect(hits(NETWORK, extensionSources, REPO)).toEqual([]);
  });

  it('the worker listens to no external messages', () => {
    const code = extensionSources.map((f) => stripComments(readFileSync(f, 'utf8'))).join('\n');
    expect(code).not.toMatch(/onMessageExternal|onConnectExternal/);
  });
});

// manifest.json with the sites filled in from src/shared/sites, as the builds use it.
const manifest: Manifest = extensionManifest();

describe('manifest.json: least privilege and a strict CSP', () => {
  it('has none of the problems the checker looks for', () => {
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('the checker flags each loosening (so the test above could fail)', () => {
    const loosened: [string, Manifest][] = [
      ['unsafe-eval', { ...manifest, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'none'" } }],
      ['remote script host', { ...manifest, content_security_policy: { extension_pages: "script-src 'self' https://cdn.example.com; object-src 'none'" } }],
      ['no CSP at all', { ...manifest, content_security_policy: undefined }],
      ['no connect-src', { ...manifest, content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" } }],
      ['<all_urls>', { ...manifest, host_permissions: [...(manifest.host_permissions ?? []), '<all_urls>'] }],
      ['*://*/*', { ...manifest, host_permissions: ['*://*/*'] }],
      ['tabs permission', { ...manifest, permissions: [...(manifest.permissions ?? []), 'tabs'] }],
      ['externally_connectable', { ...manifest, externally_connectable: { matches: ['https://*.example.com/*'] } }],
      ['web_accessible_resources', { ...manifest, web_accessible_resources: [{ resources: ['*'], matches: ['<all_urls>'] }] }],
      ['content script beyond host permissions', { ...manifest, content_scripts: [{ matches: ['https://evil.example/*'] }] }],
    ];
    for (const [name, m] of loosened) expect(manifestProblems(m).length, name).toBeGreaterThan(0);
  });
});

describe('web-accessible resources', () => {
  const scriptPages = manifest.content_scripts?.[0]?.matches ?? [];
  it('are refused in source and built manifests alike, even the narrowest entry', () => {
    const cases: Manifest['web_accessible_resources'][] = [
      [{ resources: ['assets/a.js'], matches: scriptPages }],
      [{ resources: ['*'], matches: scriptPages }],
      [{ resources: ['manifest.json'], matches: scriptPages }],
      [{ resources: ['assets/a.js'], matches: ['<all_urls>'] }],
      [{ resources: ['assets/a.js'], matches: scriptPages, extension_ids: ['*'] }],
    ];
    for (const war of cases) {
      expect(manifestProblems({ ...manifest, web_accessible_resources: war }, { built: true }), JSON.stringify(war)).not.toEqual([]);
      expect(manifestProblems({ ...manifest, web_accessible_resources: war }), JSON.stringify(war)).not.toEqual([]);
    }
  });

  it('the manifest as shipped has none', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });
});
