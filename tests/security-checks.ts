// Checks shared by the static unit test (sources, manifest.json) and the privacy e2e test (the
// built dist/): one definition of "strict", so the two cannot drift apart.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files under `dir` whose names end with one of `extensions`, recursively. */
export function filesUnder(dir: string, extensions: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extensions);
    return extensions.test(name) ? [path] : [];
  });
}

/**
 * Code without its comments, so a comment that names a sink ("never innerHTML") is not a hit.
 * `//` only starts a comment at the start of a line or after whitespace or punctuation that
 * cannot end an expression, so "https://…" inside a string stays.
 */
export function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[\s;{}(),])\/\/.*$/gm, '$1');
}

/** Ways to turn a string into markup. */
export const HTML_SINKS =
  /\binnerHTML\b|\bouterHTML\b|\binsertAdjacentHTML\b|\bdocument\.write(ln)?\b|\bDOMParser\b|\bcreateContextualFragment\b|\bsrcdoc\b|\bsetHTMLUnsafe\b|\bparseHTMLUnsafe\b/;
/** Ways to turn a string into code. */
export const DYNAMIC_CODE =
  /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|\bsetTimeout\s*\(\s*['"`]|\bsetInterval\s*\(\s*['"`]|\bimportScripts\b|\bimport\s*\(\s*[^'"`\s]/;
/** Ways to open a connection: calls and constructors, so an API table naming one is no hit. */
export const NETWORK =
  /\b(fetch|sendBeacon|connectNative|sendNativeMessage)\s*\(|\bnew\s+(XMLHttpRequest|WebSocket|EventSource|RTCPeerConnection|Worker|SharedWorker)\b|\bimportScripts\s*\(/;

/** Each match of `pattern` in `code`, with `radius` characters either side (for minified files). */
export function matchesInContext(pattern: RegExp, code: string, radius = 60): string[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...code.matchAll(global)].map((m) => code.slice(Math.max(0, m.index - radius), m.index + m[0].length + radius));
}

/** "path:line: code" for each line of `files` matching `pattern`, comments excluded. */
export function hits(pattern: RegExp, files: string[], root: string, allowed: Record<string, string[]> = {}): string[] {
  const found: string[] = [];
  for (const file of files) {
    const name = relative(root, file);
    const lines = stripComments(readFileSync(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      const match = line.match(pattern);
      if (match && !(allowed[name] ?? []).includes(match[0])) found.push(`${name}:${i + 1}: ${line.trim().slice(0, 120)}`);
    });
  }
  return found;
}

export interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: { resources?: string[]; matches?: string[]; extension_ids?: string[] }[];
  externally_connectable?: unknown;
  sandbox?: unknown;
  update_url?: string;
}

const BROAD_HOSTS = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*', '*://*/', 'file:///*'];
const NEEDED_PERMISSIONS = ['storage', 'scripting', 'activeTab'];

/**
 * Every way `m` asks for more than Attune needs; empty when it is strict. Source and built
 * manifests are held to the same rule: nothing web-accessible (the lazy UI code is injected by the
 * worker, so no page can fetch an Attune file to detect it). `opts` is kept for callers' clarity.
 */
export function manifestProblems(m: Manifest, opts: { built?: boolean } = {}): string[] {
  void opts;
  const problems: string[] = [];
  const csp = m.content_security_policy?.extension_pages ?? '';
  const scriptSrc =
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src')) ?? '';
  if (scriptSrc.split(/\s+/).slice(1).join(' ') !== "'self'") problems.push(`script-src is "${scriptSrc}", not exactly 'self'`);
  if (/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/.test(csp)) problems.push(`CSP allows more than self: ${csp}`);
  if (!/object-src 'none'/.test(csp)) problems.push("CSP lacks object-src 'none'");
  // Belt and braces for "no network": extension pages and the worker cannot even try.
  if (!/connect-src 'self'(;|$)|connect-src 'none'/.test(csp)) problems.push("CSP lacks connect-src 'self'");
  for (const host of m.host_permissions ?? []) if (BROAD_HOSTS.includes(host)) problems.push(`broad host permission ${host}`);
  for (const p of m.permissions ?? []) if (p.includes('://') || p === '<all_urls>') problems.push(`host in permissions: ${p}`);
  const extra = (m.permissions ?? []).filter((p) => !NEEDED_PERMISSIONS.includes(p));
  if (extra.length) problems.push(`permissions beyond ${NEEDED_PERMISSIONS.join('/')}: ${extra.join(', ')}`);
  if (m.optional_permissions?.length) problems.push(`optional API permissions: ${m.optional_permissions.join(', ')}`);
  for (const p of m.optional_host_permissions ?? []) if (!['https://*/*', 'http://*/*'].includes(p)) problems.push(`odd optional host ${p}`);
  if (m.externally_connectable) problems.push('externally_connectable lets web pages message the worker');
  if (m.web_accessible_resources?.length) problems.push('web_accessible_resources exposes files to pages');
  if (m.sandbox || m.content_security_policy?.sandbox) problems.push('a sandbox page (it may run eval)');
  if (m.update_url) problems.push('update_url points at a remote server');
  const hosts = new Set(m.host_permissions ?? []);
  for (const cs of m.content_scripts ?? []) {
    for (const match of cs.matches) if (!hosts.has(match)) problems.push(`content script on ${match} without a host permission for it`);
  }
  return problems;
}
