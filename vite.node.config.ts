import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';

// The Node-loadable ESM build of the engine and the CLI (package.json exports and bin).
export default defineConfig({
  build: {
    outDir: 'build/node',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    ssr: true,
    lib: {
      entry: { engine: 'src/engine/index.ts', cli: 'src/cli/attune.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), /^compromise/],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
