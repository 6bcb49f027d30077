import { defineConfig } from 'vite';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Builds every fixture page (each folder of tests/e2e/fixtures/ with a fixture.json: its index.html)
// from the real editor packages
// into tests/e2e/fixtures/dist/. The harness serves those files at the real sites' addresses, so
// assets live under one path prefix that cannot clash with a page's own address.
const fixturesRoot = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function fixturePages(): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const entry of readdirSync(fixturesRoot, { withFileTypes: true })) {
    if (!entry.isDirectory() || !existsSync(join(fixturesRoot, entry.name, 'fixture.json'))) continue;
    const html = join(fixturesRoot, entry.name, 'index.html');
    if (!existsSync(html)) throw new Error(`fixture ${entry.name} has a fixture.json but no index.html`);
    pages[entry.name] = html;
  }
  return pages;
}

export default defineConfig({
  root: fixturesRoot,
  base: '/__attune_fixtures/', // keep in sync with FIXTURE_ASSET_BASE in harness.ts
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: join(fixturesRoot, 'dist'),
    emptyOutDir: true,
    target: 'chrome120',
    minify: false,
    sourcemap: false,
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: fixturePages() },
  },
});
