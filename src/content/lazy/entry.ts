// The lazily injected script: built on its own as a classic script (vite.lazy.config.ts) and run
// by the worker in the content script's isolated world, where ./load.ts picks the modules up.
import * as card from '../ui/card';
import * as overlay from '../ui/overlay';
import * as replace from '../replace';
import type { LazyModules } from './load';
import { LAZY_GLOBAL } from './names';

const modules: LazyModules = { card, overlay, replace };
(globalThis as Record<string, unknown>)[LAZY_GLOBAL] = modules;
