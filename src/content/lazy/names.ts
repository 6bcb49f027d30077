/** Where the injected script (./entry.ts) leaves the modules, in the isolated world's global. */
export const LAZY_GLOBAL = '__attuneLazy';
