import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { readFileSync, writeFileSync } from 'node:fs';

// crxjs doesn't copy the file named by `storage.managed_schema`; Chrome refuses to load without it.
const managedSchema = {
  name: 'attune-managed-schema',
  generateBundle(this: { emitFile(file: { type: 'asset'; fileName: string; source: string }): string }) {
    this.emitFile({ type: 'asset', fileName: 'managed_schema.json', source: readFileSync('managed_schema.json', 'utf8') });
  },
};

// The content script's lazily loaded chunks (card, overlay, rewrites) make crxjs emit a loader and
// list the chunks as web-accessible for the manifest's own sites only. Sites the user grants get the
// same script at run time (background/custom-sites.ts), so the chunks must load there too.
// (`use_dynamic_url: true` would hide them from fingerprinting, but Chromium 156 then refuses the
// loader's import() with net::ERR_FAILED, so the fixed URL stays.)
const contentChunksOnGrantedSites = {
  name: 'attune-content-chunks-on-granted-sites',
  writeBundle(options: { dir?: string }) {
    const file = `${options.dir ?? 'dist'}/manifest.json`;
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    for (const war of manifest.web_accessible_resources ?? []) {
      if (!war.resources?.every((r: string) => r.startsWith('assets/') && r.endsWith('.js'))) continue;
      war.matches = ['https://*/*', 'http://*/*'];
    }
    writeFileSync(file, JSON.stringify(manifest, null, 2));
  },
};

// The extension build (Chrome, MV3). The engine is bundled into the service worker only;
// the content script stays small and never imports the engine.
export default defineConfig({
  plugins: [crx({ manifest: manifest as any }), managedSchema, contentChunksOnGrantedSites],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    minify: true,
  },
});
