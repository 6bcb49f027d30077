// ESLint (flat config): typescript-eslint's recommended rules, and the import boundaries between
// the extension's runtime contexts. `npm run lint` runs it with `prettier --check`; formatting is
// Prettier's job, so no stylistic rule is switched on here.
//
// The boundaries (README.md, Architecture; tests/unit/boundaries.test.ts plants imports to prove them):
//   contract    src/shared/contract: the types, lists and defaults every context speaks. Imports nothing.
//   sites       src/shared/sites: the table of sites, for the manifest build and the content script. Imports nothing.
//   engine      src/engine: pure TypeScript judgement. Imports only itself and the contract: no DOM,
//               browser or Node API, no webextension-polyfill, no other package. (tsconfig.engine.json
//               also type-checks it without the DOM's and Node's types.)
//   shared      src/shared: code the worker and the pages may load. Never imports a context or the engine.
//   content     src/content: the content script. Never imports the engine (the worker runs it). It
//               shares no run-time code with the worker or the pages: from shared it takes types
//               (the contract, the messages) and, at run time, only the site table.
//   popup, options   the extension's pages. They talk to the worker and the page through messages:
//               shared code and the polyfill, never the engine, the content script or the worker.
//   background  src/background: the worker. Shared code, and the engine through its entry point.
//   cli         src/cli: the Node command line. The engine through its entry point, shared code, Node's modules.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The engine and the contract run in the worker, in Node and in tests, so they may use only the globals
 * all of those have (console, timers, URL, TextEncoder…): any browser-, worker- or Node-only one is refused.
 */
const PURE_RESTRICTED_GLOBALS = (() => {
  const everywhere = new Set([...Object.keys(globals.browser)].filter((name) => name in globals.node));
  const contextOnly = [...Object.keys(globals.browser), ...Object.keys(globals.serviceworker), ...Object.keys(globals.node)].filter(
    (name) => !everywhere.has(name),
  );
  const names = new Set([...contextOnly, 'chrome', 'browser']);
  return [...names]
    .sort()
    .map((name) => ({ name, message: 'The engine and the contract are pure: no DOM, browser or Node API (they run in the worker, Node and tests).' }));
})();

const boundaryMessage = "Import boundary: {{from.type}} may not import '{{dependency.source}}' (the table at the top of eslint.config.js)";

export default defineConfig(
  {
    ignores: ['node_modules/**', 'build/**', 'dist/**', 'dist-*/**', 'corpus/**', 'artifacts/**', 'src/engine/generated/**', 'tests/e2e/fixtures/dist/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are mistakes, except a deliberately ignored argument or rest sibling (`_x`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // Import boundaries between the runtime contexts (the table at the top of this file).
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.js', '.mjs', '.json'] } },
      'boundaries/elements': [
        { type: 'contract', pattern: 'src/shared/contract' },
        { type: 'sites', pattern: 'src/shared/sites' },
        { type: 'shared', pattern: 'src/shared' },
        { type: 'engine', pattern: 'src/engine' },
        { type: 'content', pattern: 'src/content' },
        { type: 'popup', pattern: 'src/popup' },
        { type: 'options', pattern: 'src/options' },
        { type: 'background', pattern: 'src/background' },
        { type: 'cli', pattern: 'src/cli' },
      ],
    },
    rules: {
      // Everything not allowed here is refused, packages and Node's own modules included.
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          checkUnknownLocals: true,
          message: boundaryMessage,
          policies: [
            { from: { element: { type: 'engine' } }, allow: { to: { element: { type: 'contract' } } } },
            {
              // The content script shares no code with the worker or the pages (see src/shared/sites):
              // from shared it takes types only, and at run time nothing but the site table.
              from: { element: { type: 'content' } },
              allow: [{ to: { element: { types: ['contract', 'shared'] } }, dependency: { kind: 'type' } }, { to: { element: { type: 'sites' } } }],
            },
            {
              from: { element: { types: ['shared', 'popup', 'options', 'background'] } },
              allow: [
                { to: { element: { types: ['contract', 'shared'] } } },
                { to: { element: { type: 'sites' } }, dependency: { kind: 'type' } },
                { to: { module: { origin: 'external', source: 'webextension-polyfill' } } },
              ],
            },
            // The worker runs the engine, through its entry point.
            { from: { element: { type: 'background' } }, allow: { to: { element: { type: 'engine', fileInternalPath: 'index.ts' } } } },
            {
              from: { element: { type: 'cli' } },
              allow: [
                { to: { element: { types: ['contract', 'shared'] } } },
                { to: { element: { type: 'engine', fileInternalPath: 'index.ts' } } },
                { to: { module: { origin: 'core' } } },
                { to: { file: { path: 'package.json' } } },
              ],
            },
          ],
        },
      ],
    },
  },
  {
    // Emoji classes list an emoji sequence's parts (ZWJ, VS16, skin tones) one code point at a time
    // on purpose, to match runs of them at a sentence's end: what this rule takes for a mistake.
    files: ['src/engine/**/*.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
  {
    // The CLI strips control characters from what it prints; matching them is the point.
    files: ['src/cli/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Tests reach into page globals inside page.evaluate (window.__probe, CSS.highlights) and into
    // mocks; the build configs reshape manifest JSON that @crxjs types for Chrome only. A declared
    // type there would only restate the test or the JSON.
    files: ['tests/**/*.ts', 'vite.*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The engine and the contract are pure (see PURE_RESTRICTED_GLOBALS).
    files: ['src/engine/**/*.ts', 'src/shared/contract/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...PURE_RESTRICTED_GLOBALS] },
  },
);
