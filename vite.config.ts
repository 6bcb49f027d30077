import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

// The extension build (Chrome, MV3). The engine is bundled into the service worker only;
// the content script stays small and never imports the engine.
export default defineConfig({
  plugins: [crx({ manifest: manifest as any })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    minify: true,
  },
});
