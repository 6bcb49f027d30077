// Injects the content script's lazily loaded code (card, overlay, rewrites) into the frame that
// asked for it, in the content script's own isolated world. The extension already has host access
// wherever its content script runs (manifest sites or a user grant), so no file needs to be
// web-accessible, and no website can probe for Attune's files.
import browser from 'webextension-polyfill';
import { LAZY_FILE } from './lazy-file';

interface ScriptingApi {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown[]>;
}

export async function injectLazyUi(tabId: number, frameId: number): Promise<{ ok: boolean }> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (!scripting) return { ok: false };
  try {
    await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [LAZY_FILE] });
    return { ok: true };
  } catch (error) {
    // The frame navigated away or was closed meanwhile: the content script keeps working without it.
    console.debug('[attune] could not inject the UI code', error);
    return { ok: false };
  }
}
