// The card, the textarea overlay and the rewrite code reach a page only when first needed. The
// content script asks the worker to inject them (chrome.scripting.executeScript) into this
// frame's isolated world, where the injected script leaves them on globalThis for us. No file of
// Attune is web-accessible, so no website can fetch one to detect that Attune is installed.
import type * as CardModule from '../ui/card';
import type * as OverlayModule from '../ui/overlay';
import type * as ReplaceModule from '../replace';
import type { LoadUiRequest } from '../../shared/messages';
import { LAZY_GLOBAL } from './names';

export interface LazyModules {
  card: typeof CardModule;
  overlay: typeof OverlayModule;
  replace: typeof ReplaceModule;
}

// Set to true by the extension builds (vite.config.ts, vite.firefox.config.ts). Anywhere else (the
// UI bundled into a test page, no extension) it is absent and the modules are imported directly.
declare const __ATTUNE_INJECT_LAZY__: boolean | undefined;

interface RuntimeApi {
  runtime?: { id?: string; sendMessage(message: unknown): Promise<unknown> };
}

const WORKER_ASLEEP = /Receiving end does not exist|Could not establish connection|message port closed/i;

let loading: Promise<LazyModules | null> | null = null;

/** The lazily loaded modules, or null when they cannot be had (extension reloaded or gone). */
export function loadLazy(): Promise<LazyModules | null> {
  const present = loaded();
  if (present) return Promise.resolve(present);
  loading ??= fetchModules().then(
    (modules) => {
      if (!modules) loading = null; // a later call may try again
      return modules;
    },
    () => (loading = null),
  );
  return loading;
}

function loaded(): LazyModules | null {
  const value = (globalThis as Record<string, unknown>)[LAZY_GLOBAL] as LazyModules | undefined;
  return value && value.card && value.overlay && value.replace ? value : null;
}

async function fetchModules(): Promise<LazyModules | null> {
  if (typeof __ATTUNE_INJECT_LAZY__ !== 'undefined' && __ATTUNE_INJECT_LAZY__) {
    await askWorkerToInject();
  } else {
    await import('./entry');
  }
  return loaded();
}

async function askWorkerToInject(): Promise<void> {
  const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
  const runtime = (scope.browser ?? scope.chrome)?.runtime;
  const request: LoadUiRequest = { type: 'attune/load-ui' };
  // A worker that was asleep may miss the first message while it starts: one retry.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (!runtime?.id) return; // reloaded or updated: this copy of the script is an orphan
    try {
      await runtime.sendMessage(request);
      return;
    } catch (error) {
      if (!WORKER_ASLEEP.test(String((error as Error)?.message ?? error))) return;
    }
  }
}
