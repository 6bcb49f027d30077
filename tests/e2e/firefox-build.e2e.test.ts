// The Firefox build (`npm run build:firefox` → dist-firefox/): what Gecko needs, and the same
// privacy guarantees as the Chrome build. This checks the built files; `npm run lint:firefox`
// (web-ext lint, run by .ci/run) checks them against Mozilla's rules. Runtime behaviour in Firefox
// is tested in tests/e2e/flows.e2e.test.ts (firefox-esr over WebDriver BiDi).
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DYNAMIC_CODE, NETWORK, filesUnder, manifestProblems, matchesInContext, type Manifest } from '../security-checks';
import { extensionManifest } from '../../manifest.config';

const REPO = resolve(__dirname, '..', '..');
const OUT = join(REPO, 'dist-firefox');

interface FirefoxManifest extends Manifest {
  manifest_version: number;
  background: { scripts?: string[]; service_worker?: string };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
  content_scripts: { matches: string[]; js: string[]; match_origin_as_fallback?: boolean }[];
}

let manifest: FirefoxManifest;
let chrome: Manifest;

beforeAll(() => {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.firefox.config.ts', '--logLevel', 'error'], { cwd: REPO, stdio: 'pipe' });
  manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as FirefoxManifest;
  // The Chrome manifest as its build writes it: manifest.json with the hosts from the site table.
  chrome = extensionManifest() as unknown as Manifest;
});

describe('dist-firefox/', () => {
  it('uses background scripts (Firefox has no MV3 service worker) that exist in the build', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.background.scripts?.length).toBeGreaterThan(0);
    for (const script of manifest.background.scripts ?? []) expect(existsSync(join(OUT, script)), script).toBe(true);
    for (const cs of manifest.content_scripts) for (const js of cs.js) expect(existsSync(join(OUT, js)), js).toBe(true);
  });

  it('has a gecko id and declares that it collects no data', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });

  it('drops the Chrome-only content-script key', () => {
    for (const cs of manifest.content_scripts) expect(cs.match_origin_as_fallback).toBeUndefined();
  });

  it('is as strict as the Chrome build: same permissions, hosts and CSP; nothing broader', () => {
    expect(manifestProblems(manifest, { built: true })).toEqual([]);
    expect(manifest.permissions).toEqual(chrome.permissions);
    expect(manifest.host_permissions).toEqual(chrome.host_permissions);
    expect(manifest.optional_host_permissions).toEqual(chrome.optional_host_permissions);
    expect(manifest.content_security_policy).toEqual(chrome.content_security_policy);
  });

  it('ships no remote address, no eval and no network call (beyond the build’s own modulepreload glue)', () => {
    const js = filesUnder(OUT, /\.js$/);
    expect(js.length).toBeGreaterThan(2);
    const found: string[] = [];
    for (const file of js) {
      const code = readFileSync(file, 'utf8');
      for (const url of code.match(/\bhttps?:\/\/[^\s'"`)\\]*/g) ?? []) {
        if (url !== 'http://www.w3.org/2000/svg' && !url.startsWith('https://${')) found.push(`${file}: ${url}`);
      }
      for (const context of [...matchesInContext(DYNAMIC_CODE, code), ...matchesInContext(NETWORK, code)]) {
        if (!/\bfetch\(\s*\w+\.href\s*,\s*\w+\s*\)/.test(context) && !/\bimport\(\s*(\/\*[^*]*\*\/\s*)?chrome\.runtime\.getURL\(/.test(context))
          found.push(`${file}: …${context}…`);
      }
    }
    expect(found).toEqual([]);
  });
});
