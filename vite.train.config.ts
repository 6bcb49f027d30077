import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';

// `npm run train`: the trainer is TypeScript that shares the engine's feature code, built for Node.
export default defineConfig({
  build: {
    outDir: 'build/train',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    ssr: true,
    lib: { entry: { train: 'scripts/train/train.ts' }, formats: ['es'] },
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { entryFileNames: '[name].js' },
    },
  },
});
