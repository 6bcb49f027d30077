// The content script's lazily injected code, as built by vite.lazy.config.ts and injected by
// ./inject-ui.ts. Its own module with no imports so the vite config can read it too.
export const LAZY_FILE = 'content-lazy.js';
