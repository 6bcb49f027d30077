// Sites the user granted (optional host permissions) get the same content script as the built-in
// ones, registered at run time: the manifest cannot list origins it does not know yet.
import browser from 'webextension-polyfill';

const SCRIPT_ID = 'attune-custom-sites';

interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(scripts: object[]): Promise<void>;
  updateContentScripts(scripts: object[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

/** Granted origins beyond the manifest's own host permissions. */
export async function customOrigins(): Promise<string[]> {
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[] };
  const builtIn = new Set(manifest.host_permissions ?? []);
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => /^https?:\/\//.test(o) && !builtIn.has(o));
}

export async function syncCustomSiteScripts(): Promise<void> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (!scripting) return;
  try {
    const origins = await customOrigins();
    const manifest = browser.runtime.getManifest();
    const js = manifest.content_scripts?.[0]?.js ?? [];
    const registered = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (!origins.length || !js.length) {
      if (registered.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
      return;
    }
    const script = {
      id: SCRIPT_ID,
      matches: origins,
      js,
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    };
    if (registered.length) await scripting.updateContentScripts([script]);
    else await scripting.registerContentScripts([script]);
  } catch (error) {
    console.warn('[attune] could not register the content script for granted sites', error);
  }
}
