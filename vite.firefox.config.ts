import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { extensionManifest } from './manifest.config';
import { injectLazyDefine, lazyContentCode } from './vite.lazy.config';

// The Firefox build: same sources, manifest adjusted for Gecko. crxjs emits background
// `scripts` for Firefox; Gecko needs an add-on id and (Firefox ≥ 140) a data-collection
// declaration — Attune collects nothing, so it declares "none".
function firefoxManifest(): any {
  const m: any = extensionManifest();
  delete m.minimum_chrome_version;
  m.background = { scripts: [m.background.service_worker], type: 'module' };
  for (const cs of m.content_scripts ?? []) delete cs.match_origin_as_fallback;
  m.browser_specific_settings = {
    gecko: {
      id: 'attune@attune.example',
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  };
  return m;
}

export default defineConfig({
  // The content script's lazy code is injected by the worker, as in the Chrome build (vite.config.ts).
  plugins: [crx({ manifest: firefoxManifest(), browser: 'firefox' }), lazyContentCode({ target: 'firefox142' })],
  define: injectLazyDefine,
  build: { outDir: 'dist-firefox', emptyOutDir: true, target: 'firefox142', minify: true },
});
