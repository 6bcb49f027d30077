// The extension's manifest as the builds use it (vite.config.ts, vite.firefox.config.ts; the
// security test reads it too): manifest.json with the sites filled in from src/shared/sites,
// the one table of where Attune runs. The host permissions and the content script's matches are
// both that table's patterns, so they cannot drift apart.
import base from './manifest.json' with { type: 'json' };
import { SITE_MATCHES } from './src/shared/sites/index';

export type ExtensionManifest = Omit<typeof base, 'content_scripts'> & {
  host_permissions: string[];
  content_scripts: ((typeof base.content_scripts)[number] & { matches: string[] })[];
};

/** A fresh copy of the Chrome manifest (callers may change it), keys in manifest.json's order. */
export function extensionManifest(): ExtensionManifest {
  const entries = Object.entries(structuredClone(base)).flatMap(([key, value]): [string, unknown][] => {
    if (key === 'permissions')
      return [
        [key, value],
        ['host_permissions', [...SITE_MATCHES]],
      ];
    if (key === 'content_scripts') return [[key, (value as typeof base.content_scripts).map((script) => ({ matches: [...SITE_MATCHES], ...script }))]];
    return [[key, value]];
  });
  return Object.fromEntries(entries) as ExtensionManifest;
}
