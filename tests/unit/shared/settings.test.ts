import { describe, expect, it, vi } from 'vitest';

// The real polyfill refuses to load outside an extension; the store under test gets a fake backend.
vi.mock('webextension-polyfill', () => ({ default: {} }));

import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_ENGINE_OPTIONS, FINDING_CATEGORIES, PRESSURE_KINDS } from '../../../src/shared/contract/index';
import {
  LIMITS,
  SETTINGS_STORAGE_KEY,
  SETTINGS_VERSION,
  applyManagedPolicy,
  applyPatch,
  defaultSettings,
  hostOfPattern,
  isSiteDisabled,
  lockedKeysOf,
  migrate,
  normalizeSettings,
  originPattern,
  parseManagedPolicy,
} from '../../../src/shared/settings';
import { IMPORT_ERROR_CODES, exportSettings, parseSettingsFile, validateSettings, type ImportResult } from '../../../src/shared/settings-import';
import { createSettingsStore, encodeForSync, type StorageBackend } from '../../../src/shared/storage';

const ROOT = resolve(__dirname, '..', '..', '..');

type Listener = (changes: Record<string, unknown>, area: string) => void;

/** An in-memory storage.sync + storage.managed that behaves like Chrome's (one event per set). */
function fakeBackend(managed: Record<string, unknown> = {}) {
  const sync = new Map<string, unknown>();
  const listeners = new Set<Listener>();
  const emit = (changes: Record<string, unknown>, area: string) => listeners.forEach((l) => l(changes, area));
  const pick = (keys?: string | string[] | null) => {
    const wanted = keys == null ? [...sync.keys()] : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(wanted.filter((k) => sync.has(k)).map((k) => [k, structuredClone(sync.get(k))]));
  };
  const backend: StorageBackend = {
    sync: {
      get: async (keys) => pick(keys),
      set: async (items) => {
        for (const [k, v] of Object.entries(items)) {
          if (k.length + JSON.stringify(v).length > 8192) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        }
        for (const [k, v] of Object.entries(items)) sync.set(k, structuredClone(v));
        emit(Object.fromEntries(Object.keys(items).map((k) => [k, {}])), 'sync');
      },
      remove: async (keys) => {
        for (const k of Array.isArray(keys) ? keys : [keys]) sync.delete(k);
        emit({}, 'sync');
      },
    },
    managed: { get: async () => structuredClone(managed) },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  return { backend, sync, emit, listenerCount: () => listeners.size };
}

function errorsOf(result: ImportResult) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('normalizeSettings (stored data)', () => {
  it('returns defaults for anything that is not a settings object', () => {
    for (const odd of [undefined, null, 42, 'x', [], [1, 2], true]) {
      expect(normalizeSettings(odd)).toEqual(defaultSettings());
    }
  });

  it('keeps valid fields and defaults invalid ones one by one', () => {
    const s = normalizeSettings({
      version: 1,
      engine: { strictness: 'strict', register: 'loud', categories: { pressure: false, 'closed-question': 'no' } },
      disabledSites: ['Mail.Google.com', 7, 'mail.google.com'],
    });
    expect(s.engine.strictness).toBe('strict');
    expect(s.engine.register).toBe('warm');
    expect(s.engine.categories.pressure).toBe(false);
    expect(s.engine.categories['closed-question']).toBe(true);
    expect(s.disabledSites).toEqual(['mail.google.com']);
  });

  it('never shares the defaults object (mutating a result leaves the next one clean)', () => {
    const a = normalizeSettings(undefined);
    a.engine.allowList.push('x');
    a.engine.categories.pressure = false;
    expect(normalizeSettings(undefined).engine.allowList).toEqual([]);
    expect(DEFAULT_ENGINE_OPTIONS.categories.pressure).toBe(true);
  });
});

describe('migration', () => {
  // The 0.0.x prototype stored a flat object with no version.
  const v0 = {
    strictness: 'gentle',
    tone: 'professional',
    flagPressure: true,
    flagClosedQuestions: false,
    flagAdvice: true,
    flagAcknowledgement: false,
    mutedKinds: ['urgency', 'not-a-kind'],
    phrases: [{ match: 'ASAP', replaceWith: 'when it suits you' }],
    neverFlag: ['must-have feature'],
    offSites: ['app.hubspot.com'],
  };

  it('moves every v0 field to its v1 place', () => {
    const s = normalizeSettings(v0);
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.engine.strictness).toBe('gentle');
    expect(s.engine.register).toBe('formal');
    expect(s.engine.categories['closed-question']).toBe(false);
    expect(s.engine.categories['missing-acknowledgement']).toBe(false);
    expect(s.engine.categories.pressure).toBe(true);
    expect(s.engine.disabledKinds).toEqual(['urgency']);
    expect(s.engine.customPhrases).toEqual([{ phrase: 'ASAP', alternative: 'when it suits you' }]);
    expect(s.engine.allowList).toEqual(['must-have feature']);
    expect(s.disabledSites).toEqual(['app.hubspot.com']);
  });

  it('migrates a stored v0 item on load, and the next save writes v1', async () => {
    const { backend, sync } = fakeBackend();
    sync.set(SETTINGS_STORAGE_KEY, v0);
    const store = createSettingsStore(() => backend);
    expect((await store.loadSettings()).engine.register).toBe('formal');
    await store.saveSettings({ engine: { strictness: 'strict' } });
    const stored = sync.get(SETTINGS_STORAGE_KEY) as { version: number; engine: { register: string; strictness: string } };
    expect(stored.version).toBe(1);
    expect(stored.engine).toMatchObject({ register: 'formal', strictness: 'strict' });
  });

  it('leaves a current versionless-but-engine-shaped object alone', () => {
    expect(migrate({ engine: { strictness: 'strict' } })).toEqual({ engine: { strictness: 'strict' } });
  });

  it('imports a v0 export file strictly: a clean one passes, an unknown kind is named', () => {
    const result = parseSettingsFile(JSON.stringify({ ...v0, mutedKinds: ['urgency'] }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.settings.engine.register).toBe('formal');
    expect(errorsOf(parseSettingsFile(JSON.stringify(v0)))).toEqual([{ code: 'bad-value', path: 'engine.disabledKinds[1]' }]);
    expect(errorsOf(parseSettingsFile(JSON.stringify({ ...v0, mutedKinds: [], extra: 1 })))).toEqual([{ code: 'unknown-key', path: 'extra' }]);
  });
});

describe('parseSettingsFile (import)', () => {
  it('round-trips an export', () => {
    const s = applyPatch(defaultSettings(), {
      engine: { strictness: 'gentle', customPhrases: [{ phrase: 'just sign', alternative: 'when you are ready' }] },
      customSites: ['https://crm.example.com/*'],
    });
    const result = parseSettingsFile(exportSettings(s));
    expect(result).toEqual({ ok: true, settings: s });
  });

  it('rejects files over 100 KB before parsing', () => {
    const big = JSON.stringify({ version: 1, engine: { allowList: ['x'.repeat(LIMITS.fileBytes)] } });
    expect(errorsOf(parseSettingsFile(big))).toEqual([{ code: 'too-large', path: '' }]);
  });

  it('rejects malformed JSON and non-objects', () => {
    expect(errorsOf(parseSettingsFile('{"version": 1,'))[0].code).toBe('not-json');
    expect(errorsOf(parseSettingsFile(''))[0].code).toBe('not-json');
    expect(errorsOf(parseSettingsFile('[1,2]'))[0].code).toBe('not-object');
    expect(errorsOf(parseSettingsFile('null'))[0].code).toBe('not-object');
  });

  it('rejects prototype-pollution keys anywhere, and pollutes nothing', () => {
    const hostile = '{"version":1,"engine":{"categories":{"__proto__":{"polluted":true}}},"constructor":{"prototype":{"x":1}}}';
    const errors = errorsOf(parseSettingsFile(hostile));
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['engine.categories.__proto__', 'constructor']));
    expect(errors.every((e) => e.code === 'forbidden-key')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says which field has the wrong type or value', () => {
    const errors = errorsOf(
      validateSettings({
        version: 1,
        engine: { strictness: 'brutal', categories: { pressure: 'yes' }, customPhrases: [{ phrase: 3, alternative: 'x' }] },
        disabledSites: 'mail.google.com',
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        { code: 'bad-value', path: 'engine.strictness' },
        { code: 'wrong-type', path: 'engine.categories.pressure' },
        { code: 'wrong-type', path: 'engine.customPhrases[0].phrase' },
        { code: 'wrong-type', path: 'disabledSites' },
      ]),
    );
  });

  it('rejects huge arrays, long strings, unknown keys, newer versions and bad sites', () => {
    const many = Array.from({ length: LIMITS.phrases + 1 }, (_, i) => ({ phrase: `p${i}`, alternative: '' }));
    expect(errorsOf(validateSettings({ version: 1, engine: { customPhrases: many } }))).toEqual([{ code: 'too-many', path: 'engine.customPhrases' }]);
    expect(errorsOf(validateSettings({ version: 1, engine: { allowList: ['y'.repeat(LIMITS.textLength + 1)] } }))).toEqual([
      { code: 'too-long', path: 'engine.allowList[0]' },
    ]);
    expect(errorsOf(validateSettings({ version: 1, surprise: true }))).toEqual([{ code: 'unknown-key', path: 'surprise' }]);
    expect(errorsOf(validateSettings({ version: 99 }))).toEqual([{ code: 'newer-version', path: 'version' }]);
    expect(errorsOf(validateSettings({ version: 1, customSites: ['javascript:alert(1)'] }))).toEqual([{ code: 'bad-value', path: 'customSites[0]' }]);
  });

  it('accepts HTML in phrases as plain data', () => {
    const result = validateSettings({ version: 1, engine: { allowList: ['<img src=x onerror=alert(1)>'] } });
    expect(result.ok && result.settings.engine.allowList).toEqual(['<img src=x onerror=alert(1)>']);
  });
});

describe('sites', () => {
  it('turns what a user types into one origin pattern', () => {
    expect(originPattern('crm.example.com')).toBe('https://crm.example.com/*');
    expect(originPattern('http://crm.example.com/deals/42')).toBe('http://crm.example.com/*');
    expect(originPattern('https://*.example.com/*')).toBe('https://*.example.com/*');
    expect(originPattern('file:///etc/passwd')).toBeNull();
    expect(originPattern('not a site')).toBeNull();
    expect(originPattern('')).toBeNull();
  });

  it('matches disabled hosts, wildcards included', () => {
    const s = { disabledSites: ['mail.google.com', hostOfPattern('https://*.zendesk.com/*')] };
    expect(isSiteDisabled(s, 'mail.google.com')).toBe(true);
    expect(isSiteDisabled(s, 'acme.zendesk.com')).toBe(true);
    expect(isSiteDisabled(s, 'notzendesk.com')).toBe(false);
    expect(isSiteDisabled(s, 'outlook.office.com')).toBe(false);
  });
});

describe('managed policy', () => {
  const policy = parseManagedPolicy({
    strictness: 'strict',
    categories: { 'closed-question': false, pressure: 'maybe' },
    customPhrases: [{ phrase: 'guaranteed', alternative: 'likely' }, { phrase: 42 }],
    allowList: ['must'],
    bogus: true,
  });

  it('keeps only well-formed policy entries', () => {
    expect(policy).toEqual({
      strictness: 'strict',
      categories: { 'closed-question': false },
      customPhrases: [{ phrase: 'guaranteed', alternative: 'likely' }],
      allowList: ['must'],
    });
    expect([...lockedKeysOf(policy)].sort()).toEqual(['categories.closed-question', 'strictness']);
  });

  it('overrides locked values and adds team lists to the user’s own', () => {
    const user = applyPatch(defaultSettings(), {
      engine: { strictness: 'gentle', customPhrases: [{ phrase: 'ASAP', alternative: 'soon' }], allowList: ['Must'] },
    });
    const effective = applyManagedPolicy(user, policy);
    expect(effective.engine.strictness).toBe('strict');
    expect(effective.engine.categories['closed-question']).toBe(false);
    expect(effective.engine.customPhrases.map((p) => p.phrase)).toEqual(['guaranteed', 'ASAP']);
    expect(effective.engine.allowList).toEqual(['must']); // de-duplicated case-insensitively
    expect(user.engine.strictness).toBe('gentle'); // the user's own copy is untouched
  });

  it('ignores patches to locked settings', () => {
    const categories = { ...DEFAULT_ENGINE_OPTIONS.categories, 'closed-question': false };
    const locks = new Set(['strictness', 'categories.closed-question'] as const);
    const next = applyPatch(defaultSettings(), { engine: { strictness: 'gentle', register: 'formal', categories } }, locks);
    expect(next.engine.strictness).toBe('standard');
    expect(next.engine.register).toBe('formal');
    expect(next.engine.categories['closed-question']).toBe(true);
  });
});

describe('settings store', () => {
  it('saves a patch, merges the policy on load, and reports locked keys', async () => {
    const { backend } = fakeBackend({ register: 'formal' });
    const store = createSettingsStore(() => backend);
    await store.saveSettings({ engine: { register: 'warm', strictness: 'gentle' } });
    const state = await store.loadSettingsState();
    expect(state.settings.engine).toMatchObject({ register: 'formal', strictness: 'gentle' });
    expect(state.user.engine.register).toBe('warm');
    expect([...(await store.lockedKeys())]).toEqual(['register']);
  });

  it('survives a managed area that throws (no policy installed)', async () => {
    const { backend } = fakeBackend();
    backend.managed = { get: async () => Promise.reject(new Error('Managed storage manifest not found')) };
    const store = createSettingsStore(() => backend);
    expect(await store.loadSettings()).toEqual(defaultSettings());
  });

  it('splits settings larger than one sync item into chunks and reads them back', async () => {
    const { backend, sync } = fakeBackend();
    const store = createSettingsStore(() => backend);
    const phrases = Array.from({ length: LIMITS.phrases }, (_, i) => ({ phrase: `phrase ${i} 😀 « »`, alternative: 'é'.repeat(100) }));
    await store.saveSettings({ engine: { customPhrases: phrases } });
    expect(sync.get(SETTINGS_STORAGE_KEY)).toMatchObject({ chunked: true });
    expect((await store.loadSettings()).engine.customPhrases).toEqual(phrases);

    // Shrinking again removes the chunks it no longer needs.
    await store.saveSettings({ engine: { customPhrases: [] } });
    expect([...sync.keys()]).toEqual([SETTINGS_STORAGE_KEY]);
    expect((await store.loadSettings()).engine.customPhrases).toEqual([]);
  });

  it('keeps every chunk under the per-item quota even for escape-heavy text', () => {
    const s = applyPatch(defaultSettings(), { engine: { allowList: Array.from({ length: 300 }, (_, i) => `${i}\u0001"\\`.repeat(40)) } });
    const items = encodeForSync(s);
    for (const [k, v] of Object.entries(items)) expect(k.length + JSON.stringify(v).length).toBeLessThanOrEqual(8192);
    expect(Object.keys(items).length).toBeGreaterThan(2);
  });

  it('falls back to defaults when chunks are torn', async () => {
    const { backend, sync } = fakeBackend();
    sync.set(SETTINGS_STORAGE_KEY, { chunked: true, count: 2 });
    sync.set(`${SETTINGS_STORAGE_KEY}.0`, '{"version":1,"engi');
    const store = createSettingsStore(() => backend);
    expect(await store.loadSettings()).toEqual(defaultSettings());
  });

  it('serializes concurrent saves so neither is lost', async () => {
    const { backend } = fakeBackend();
    const store = createSettingsStore(() => backend);
    await Promise.all([store.saveSettings({ engine: { strictness: 'strict' } }), store.saveSettings({ engine: { register: 'formal' } })]);
    expect((await store.loadSettings()).engine).toMatchObject({ strictness: 'strict', register: 'formal' });
  });

  it('notifies watchers of changes from anywhere, and stops when asked', async () => {
    const { backend, emit, listenerCount } = fakeBackend();
    const store = createSettingsStore(() => backend);
    const seen: string[] = [];
    const stop = store.watchSettings((s) => seen.push(s.engine.strictness));
    await store.saveSettings({ engine: { strictness: 'gentle' } });
    await vi.waitFor(() => expect(seen).toEqual(['gentle']));
    emit({ unrelated: {} }, 'sync'); // other keys don't trigger a reload
    emit({}, 'local');
    stop();
    expect(listenerCount()).toBe(0);
    await store.saveSettings({ engine: { strictness: 'strict' } });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['gentle']);
  });

  it('resets to defaults', async () => {
    const { backend } = fakeBackend();
    const store = createSettingsStore(() => backend);
    await store.saveSettings({ engine: { strictness: 'gentle' }, disabledSites: ['mail.google.com'] });
    expect(await store.resetSettings()).toEqual(defaultSettings());
    expect(await store.loadSettings()).toEqual(defaultSettings());
  });
});

describe('locale strings for the settings UIs', () => {
  const messages = JSON.parse(readFileSync(join(ROOT, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
  // Every page file that asks for a message: the popup, the options page, and the card's copy.
  const pageFiles = ['src/popup', 'src/options'].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => /\.(?:ts|html)$/.test(f))
      .map((f) => `${dir}/${f}`),
  );
  const sources = [...pageFiles, 'src/content/ui/card.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8'));

  it('has a message for every literal key the popup and options page ask for', () => {
    const keys = new Set<string>();
    for (const source of sources) {
      for (const m of source.matchAll(/\b(?:t|say)\('([A-Za-z0-9_]+)'/g)) keys.add(m[1]);
      // A counted message has a key per plural form (src/shared/i18n.ts pluralKey).
      for (const m of source.matchAll(/\btn\('([A-Za-z0-9_]+)'/g)) keys.add(`${m[1]}_one`).add(`${m[1]}_other`);
      for (const m of source.matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z0-9_]+)"/g)) keys.add(m[1]);
    }
    expect(keys.size).toBeGreaterThan(40);
    expect([...keys].filter((k) => !messages[k])).toEqual([]);
  });

  it('has every key built from a setting value (strictness, register, categories, kinds, import errors)', () => {
    const built = [
      ...['gentle', 'standard', 'strict'].flatMap((v) => [`strictness_${v}`, `strictness_${v}_hint`]),
      ...['warm', 'formal'].flatMap((v) => [`register_${v}`, `register_${v}_hint`]),
      ...FINDING_CATEGORIES.flatMap((c) => [`category_${c.replace(/-/g, '_')}`, `category_${c.replace(/-/g, '_')}_hint`]),
      ...PRESSURE_KINDS.map((k) => `kind_${k}`),
      ...IMPORT_ERROR_CODES.map((c) => `importError_${c.replace(/-/g, '_')}`),
    ];
    expect(built.filter((k) => !messages[k])).toEqual([]);
  });

  it('names the extension and its shortcut through __MSG_ keys that exist', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    const used = [...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    expect(used.filter((k) => !messages[k])).toEqual([]);
  });
});

describe('never throws on odd input (property)', () => {
  it('normalizeSettings turns any JSON value into settings that pass strict validation', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const s = normalizeSettings(value);
        expect(validateSettings(s)).toEqual({ ok: true, settings: s });
      }),
      { numRuns: 300 },
    );
  });

  it('normalizeSettings keeps well-typed fields from shapes close to the real one', () => {
    const nearSettings = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.constant(0), fc.integer()),
        engine: fc.record(
          { strictness: fc.string(), allowList: fc.array(fc.oneof(fc.string(), fc.integer())), categories: fc.dictionary(fc.string(), fc.jsonValue()) },
          { requiredKeys: [] },
        ),
        disabledSites: fc.array(fc.string({ unit: 'grapheme' })),
        customSites: fc.array(fc.oneof(fc.string(), fc.constant('https://crm.example.com/*'), fc.constant('crm.example.com'))),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(nearSettings, (value) => {
        expect(validateSettings(normalizeSettings(value)).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('parseSettingsFile answers every string with a result, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme' }),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
        ),
        (text) => {
          const result = parseSettingsFile(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
