// Settings in storage.sync, merged with the organisation's policy from storage.managed.
// Every context (worker, content script, popup, options) uses these few functions:
//
//   const settings = await loadSettings();          // effective settings (user + team policy)
//   await saveSettings({ engine: { strictness: 'strict' } });
//   const stop = watchSettings((settings) => …);     // called on any change, from any context
//   const locked = await lockedKeys();               // what the policy locks
//
// storage.sync allows only 8 KB per item, so a large settings object (long phrase lists) is
// split across numbered keys and written with one `set`, which Chrome applies atomically.
import browser from 'webextension-polyfill';
import {
  SETTINGS_STORAGE_KEY,
  applyManagedPolicy,
  applyPatch,
  defaultSettings,
  lockedKeysOf,
  normalizeSettings,
  parseManagedPolicy,
  type LockKey,
  type ManagedPolicy,
  type Settings,
  type SettingsPatch,
} from './settings';

/** Everything the options page needs: what applies, what the user chose, what the team imposes. */
export interface SettingsState {
  /** Effective settings: what the engine and content scripts must honour. */
  settings: Settings;
  /** The user's own stored settings (without team additions); edit this in the UI. */
  user: Settings;
  policy: ManagedPolicy;
  locked: Set<LockKey>;
}

type Items = Record<string, unknown>;

/** The subset of `browser.storage` used here, so tests can pass an in-memory fake. */
export interface StorageBackend {
  sync: {
    get(keys?: string | string[] | null): Promise<Items>;
    set(items: Items): Promise<void>;
    remove(keys: string | string[]): Promise<void>;
  };
  managed?: { get(keys?: string | string[] | null): Promise<Items> };
  onChanged: {
    addListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
    removeListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
  };
}

/** Marks the item at SETTINGS_STORAGE_KEY as a pointer to chunks. */
interface ChunkHeader {
  chunked: true;
  count: number;
}

const ITEM_BYTES = 8192 - 256; // storage.sync.QUOTA_BYTES_PER_ITEM, with room for the key
const CHUNK_UNITS = 1000; // ≤ 6 bytes per code unit once JSON-escaped: always under ITEM_BYTES

const chunkKey = (i: number) => `${SETTINGS_STORAGE_KEY}.${i}`;

function byteLength(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

function isChunkHeader(v: unknown): v is ChunkHeader {
  return typeof v === 'object' && v !== null && (v as ChunkHeader).chunked === true && Number.isInteger((v as ChunkHeader).count);
}

/** Splits without cutting a surrogate pair in half. */
function splitIntoChunks(text: string): string[] {
  const chunks: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + CHUNK_UNITS, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(i, end));
    i = end;
  }
  return chunks;
}

/** Stored items for these settings: one item when it fits, else a header plus chunks. */
export function encodeForSync(settings: Settings): Items {
  if (byteLength(settings) <= ITEM_BYTES) return { [SETTINGS_STORAGE_KEY]: settings };
  const chunks = splitIntoChunks(JSON.stringify(settings));
  const items: Items = { [SETTINGS_STORAGE_KEY]: { chunked: true, count: chunks.length } satisfies ChunkHeader };
  chunks.forEach((chunk, i) => (items[chunkKey(i)] = chunk));
  return items;
}

export function createSettingsStore(getBackend: () => StorageBackend) {
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs read-modify-write steps one after another within this context. */
  function serialized<T>(step: () => Promise<T>): Promise<T> {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  }

  async function readRaw(): Promise<unknown> {
    const sync = getBackend().sync;
    const head = (await sync.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
    if (!isChunkHeader(head)) return head;
    const keys = Array.from({ length: Math.min(head.count, 512) }, (_, i) => chunkKey(i));
    const items = await sync.get(keys);
    const text = keys.map((k) => (typeof items[k] === 'string' ? items[k] : '')).join('');
    try {
      return JSON.parse(text);
    } catch {
      return undefined; // torn or hand-edited chunks: fall back to defaults rather than fail
    }
  }

  async function readPolicy(): Promise<ManagedPolicy> {
    try {
      const managed = getBackend().managed;
      return parseManagedPolicy(managed ? await managed.get(null) : {});
    } catch {
      return {}; // no policy installed (Firefox throws when there is no managed manifest)
    }
  }

  async function loadUserSettings(): Promise<Settings> {
    try {
      return normalizeSettings(await readRaw());
    } catch {
      return defaultSettings();
    }
  }

  async function loadSettingsState(): Promise<SettingsState> {
    const [user, policy] = await Promise.all([loadUserSettings(), readPolicy()]);
    return { settings: applyManagedPolicy(user, policy), user, policy, locked: lockedKeysOf(policy) };
  }

  async function loadSettings(): Promise<Settings> {
    return (await loadSettingsState()).settings;
  }

  async function lockedKeys(): Promise<Set<LockKey>> {
    return lockedKeysOf(await readPolicy());
  }

  async function writeUser(next: Settings): Promise<void> {
    const sync = getBackend().sync;
    const before = await sync.get(SETTINGS_STORAGE_KEY);
    const oldHead = before[SETTINGS_STORAGE_KEY];
    const items = encodeForSync(next);
    await sync.set(items);
    // Drop chunks the new value no longer uses (after the new value is in place).
    const newCount = isChunkHeader(items[SETTINGS_STORAGE_KEY]) ? (items[SETTINGS_STORAGE_KEY] as ChunkHeader).count : 0;
    const oldCount = isChunkHeader(oldHead) ? Math.min(oldHead.count, 512) : 0;
    const stale = [];
    for (let i = newCount; i < oldCount; i++) stale.push(chunkKey(i));
    if (stale.length) await sync.remove(stale);
  }

  /**
   * Applies a patch to the user's settings (locked parts are ignored) and stores it.
   * Resolves with the new effective settings; rejects when storage refuses (e.g. sync quota).
   */
  function saveSettings(patch: SettingsPatch): Promise<Settings> {
    return serialized(async () => {
      const [user, policy] = await Promise.all([loadUserSettings(), readPolicy()]);
      const next = applyPatch(user, patch, lockedKeysOf(policy));
      await writeUser(next);
      return applyManagedPolicy(next, policy);
    });
  }

  /** Replaces the user's settings wholesale (import, reset). */
  function replaceSettings(settings: Settings): Promise<Settings> {
    return serialized(async () => {
      const next = normalizeSettings(settings);
      await writeUser(next);
      return applyManagedPolicy(next, await readPolicy());
    });
  }

  function resetSettings(): Promise<Settings> {
    return replaceSettings(defaultSettings());
  }

  /**
   * Calls `onChange` with fresh state whenever the user's settings or the policy change, in any
   * context. Answers arriving out of order are dropped. Returns a function that stops watching.
   */
  function watchSettingsState(onChange: (state: SettingsState) => void): () => void {
    let latest = 0;
    const listener = (changes: Record<string, unknown>, area: string) => {
      const relevant = area === 'managed' || (area === 'sync' && Object.keys(changes).some((k) => k.startsWith(SETTINGS_STORAGE_KEY)));
      if (!relevant) return;
      const seq = ++latest;
      loadSettingsState().then(
        (state) => {
          if (seq === latest) onChange(state);
        },
        () => undefined,
      );
    };
    getBackend().onChanged.addListener(listener);
    return () => getBackend().onChanged.removeListener(listener);
  }

  function watchSettings(onChange: (settings: Settings) => void): () => void {
    return watchSettingsState((state) => onChange(state.settings));
  }

  return {
    loadSettings,
    loadSettingsState,
    saveSettings,
    replaceSettings,
    resetSettings,
    watchSettings,
    watchSettingsState,
    lockedKeys,
  };
}

const store = createSettingsStore(() => browser.storage as unknown as StorageBackend);

export const { loadSettings, loadSettingsState, saveSettings, replaceSettings, resetSettings, watchSettings, watchSettingsState, lockedKeys } = store;
