import { build, type InlineConfig, type Plugin } from 'vite';
import { LAZY_FILE } from './src/background/lazy-file';

/** Tells src/content/lazy/load.ts that it runs in the extension and must ask the worker to inject. */
export const injectLazyDefine = { __ATTUNE_INJECT_LAZY__: 'true' };

/**
 * The content script's lazily injected code (card, overlay, rewrites) as one classic script,
 * LAZY_FILE at the root of the extension build. The worker injects it with
 * chrome.scripting.executeScript, so it need not be web-accessible. Built after the main build,
 * into the same directory, without emptying it.
 */
export function lazyContentCode(options: { target: string }): Plugin {
  let outDir = 'dist';
  return {
    name: 'attune-lazy-content-code',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const config: InlineConfig = {
        configFile: false,
        publicDir: false,
        logLevel: 'warn',
        define: injectLazyDefine,
        build: {
          outDir,
          emptyOutDir: false,
          target: options.target,
          minify: true,
          sourcemap: false,
          copyPublicDir: false,
          lib: { entry: 'src/content/lazy/entry.ts', formats: ['iife'], name: 'attuneLazy', fileName: () => LAZY_FILE },
        },
      };
      await build(config);
    },
  };
}
