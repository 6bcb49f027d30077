import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { extensionManifest } from './manifest.config';
import { readFileSync } from 'node:fs';
import { injectLazyDefine, lazyContentCode } from './vite.lazy.config';

// crxjs doesn't copy the file named by `storage.managed_schema`; Chrome refuses to load without it.
const managedSchema = {
  name: 'attune-managed-schema',
  generateBundle(this: { emitFile(file: { type: 'asset'; fileName: string; source: string }): string }) {
    this.emitFile({ type: 'asset', fileName: 'managed_schema.json', source: readFileSync('managed_schema.json', 'utf8') });
  },
};

// The extension build (Chrome, MV3). The engine is bundled into the service worker only;
// the content script stays small and never imports the engine. Its card, overlay and rewrite code
// are a second, classic script that the worker injects on first use (vite.lazy.config.ts), so the
// content script has no chunks to import and nothing needs to be web-accessible.
export default defineConfig({
  plugins: [crx({ manifest: extensionManifest() as ManifestV3Export }), managedSchema, lazyContentCode({ target: 'chrome120' })],
  define: injectLazyDefine,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    minify: true,
  },
});
