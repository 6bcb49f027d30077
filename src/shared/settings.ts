// User settings: what storage.sync holds, versioned so that older stored shapes migrate.
// The engine-facing part is EngineOptions; the rest is about where Attune runs.
//
// Three ways in, three levels of trust:
//  - `normalizeSettings`: what we stored ourselves (maybe older, maybe hand-edited in sync):
//    migrate, keep every valid field, fall back to the default for each bad one. Never throws.
//  - `parseSettingsFile` (settings-import.ts, loaded by the options page only): a file the user
//    chose to import: anything wrong rejects the whole file with reasons, so the current settings
//    stay untouched.
//  - `parseManagedPolicy` / `applyManagedPolicy`: what an organisation pushed through policy:
//    those values win and are locked in the UI.
import {
  DEFAULT_ENGINE_OPTIONS,
  FINDING_CATEGORIES,
  PRESSURE_KINDS,
  REGISTERS,
  STRICTNESS_LEVELS,
  type EngineOptions,
  type FindingCategory,
  type PressureKind,
  type Register,
  type Strictness,
} from './contract/index';

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  engine: EngineOptions;
  /** Hostnames where the user switched Attune off ("mail.google.com"; "*.zendesk.com" covers subdomains). */
  disabledSites: string[];
  /** Extra origins the user granted (optional host permissions), e.g. "https://crm.example.com/*". */
  customSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  engine: DEFAULT_ENGINE_OPTIONS,
  disabledSites: [],
  customSites: [],
};

export const SETTINGS_STORAGE_KEY = 'attune.settings';

/** Bounds that keep settings inside storage.sync's quota and the UI usable. */
export const LIMITS = {
  fileBytes: 100 * 1024,
  phrases: 200,
  allowList: 500,
  sites: 500,
  ignoredFindingIds: 2000,
  textLength: 300,
} as const;

/** A fresh, deep copy of the defaults (callers mutate their copy freely). */
export function defaultSettings(): Settings {
  return structuredClone({ ...DEFAULT_SETTINGS, engine: { ...DEFAULT_ENGINE_OPTIONS } });
}

// ---------------------------------------------------------------------------------------------
// Small type guards

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

function isPhrase(v: unknown): v is { phrase: string; alternative: string } {
  return isObject(v) && typeof v.phrase === 'string' && typeof v.alternative === 'string';
}

export function oneOf<T extends string>(allowed: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v);
}

/** Trimmed, non-empty, de-duplicated (case-insensitively), bounded. */
function cleanStrings(list: string[], max: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const s = raw.trim().slice(0, LIMITS.textLength);
    const key = s.toLowerCase();
    if (!s || seen.has(key)) continue;
    seen.add(key);
    out.push(s);
    if (out.length >= max) break;
  }
  return out;
}

function cleanPhrases(list: { phrase: string; alternative: string }[]): { phrase: string; alternative: string }[] {
  const seen = new Set<string>();
  const out: { phrase: string; alternative: string }[] = [];
  for (const p of list) {
    const phrase = p.phrase.trim().slice(0, LIMITS.textLength);
    const alternative = p.alternative.trim().slice(0, LIMITS.textLength);
    if (!phrase || seen.has(phrase.toLowerCase())) continue;
    seen.add(phrase.toLowerCase());
    out.push({ phrase, alternative });
    if (out.length >= LIMITS.phrases) break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Migration

/**
 * v0: the flat shape written by the 0.0.x prototype (no `version` field):
 * `{ strictness, tone: 'friendly'|'professional', flagPressure, flagClosedQuestions, flagAdvice,
 *    flagAcknowledgement, mutedKinds, phrases: [{ match, replaceWith }], neverFlag, offSites }`.
 * Returns a v1-shaped object (still unvalidated: normalize or validate it next).
 */
export function migrateV0(v0: Json): Json {
  const categories: Json = {};
  const flag = (key: string, category: FindingCategory) => {
    if (typeof v0[key] === 'boolean') categories[category] = v0[key];
  };
  flag('flagPressure', 'pressure');
  flag('flagClosedQuestions', 'closed-question');
  flag('flagAdvice', 'advice-without-autonomy');
  flag('flagAcknowledgement', 'missing-acknowledgement');
  const tone = v0.tone === 'professional' ? 'formal' : v0.tone === 'friendly' ? 'warm' : undefined;
  const phrases = Array.isArray(v0.phrases) ? v0.phrases.filter(isObject).map((p) => ({ phrase: p.match, alternative: p.replaceWith ?? '' })) : undefined;
  const engine: Json = { categories };
  if (v0.strictness !== undefined) engine.strictness = v0.strictness;
  if (tone) engine.register = tone;
  if (v0.mutedKinds !== undefined) engine.disabledKinds = v0.mutedKinds;
  if (phrases) engine.customPhrases = phrases;
  if (v0.neverFlag !== undefined) engine.allowList = v0.neverFlag;
  const out: Json = { version: 1, engine };
  if (v0.offSites !== undefined) out.disabledSites = v0.offSites;
  return out;
}

export const V0_KEYS = [
  'version',
  'strictness',
  'tone',
  'flagPressure',
  'flagClosedQuestions',
  'flagAdvice',
  'flagAcknowledgement',
  'mutedKinds',
  'phrases',
  'neverFlag',
  'offSites',
];

/** v0 had no `engine` object; a versionless object that has one is a current shape missing its version. */
export function isV0(raw: Json): boolean {
  return raw.version === 0 || (raw.version === undefined && !('engine' in raw));
}

/** Brings any known older shape up to the current version; unknown/current shapes pass through. */
export function migrate(raw: Json): Json {
  let current = raw;
  if (isV0(current)) current = migrateV0(current);
  // Future: if (current.version === 1) current = migrateV1(current); …
  return current;
}

// ---------------------------------------------------------------------------------------------
// Lenient normalization (our own stored data)

/** Any input → valid Settings. Keeps what is valid, defaults the rest. Never throws. */
export function normalizeSettings(raw: unknown): Settings {
  const out = defaultSettings();
  if (!isObject(raw)) return out;
  let data: Json;
  try {
    data = migrate(raw);
  } catch {
    return out;
  }
  const engine = isObject(data.engine) ? data.engine : {};
  const e = out.engine;
  if (oneOf(STRICTNESS_LEVELS, engine.strictness)) e.strictness = engine.strictness;
  if (oneOf(REGISTERS, engine.register)) e.register = engine.register;
  if (isObject(engine.categories)) {
    for (const c of FINDING_CATEGORIES) {
      const v = engine.categories[c];
      if (typeof v === 'boolean') e.categories[c] = v;
    }
  }
  if (Array.isArray(engine.disabledKinds)) {
    e.disabledKinds = PRESSURE_KINDS.filter((k) => (engine.disabledKinds as unknown[]).includes(k));
  }
  if (Array.isArray(engine.customPhrases)) e.customPhrases = cleanPhrases(engine.customPhrases.filter(isPhrase));
  if (Array.isArray(engine.allowList)) e.allowList = cleanStrings(engine.allowList.filter(isString), LIMITS.allowList);
  if (Array.isArray(engine.ignoredFindingIds)) {
    e.ignoredFindingIds = cleanStrings(engine.ignoredFindingIds.filter(isString), LIMITS.ignoredFindingIds);
  }
  if (Array.isArray(data.disabledSites)) out.disabledSites = cleanStrings(data.disabledSites.filter(isString), LIMITS.sites).map(lower);
  if (Array.isArray(data.customSites)) {
    // Only well-formed origin patterns: these are handed to permissions and scripting APIs.
    const patterns = data.customSites.filter(isString).map((s) => (originPattern(s) === s ? s : null));
    out.customSites = cleanStrings(patterns.filter(isString), LIMITS.sites);
  }
  return out;
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

function lower(s: string): string {
  return s.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Sites

/**
 * A match pattern for one origin ("https://crm.example.com/*") from what the user typed
 * ("crm.example.com", "https://crm.example.com/path"); null when it isn't a web origin.
 */
export function originPattern(input: string): string | null {
  const trimmed = input.trim();
  if (/^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?\/\*$/i.test(trimmed)) return trimmed.toLowerCase().replace(/\/\*$/, '/*');
  const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname || !/^[a-z0-9.-]+$/i.test(url.hostname) || !url.hostname.includes('.')) {
      if (url.hostname !== 'localhost') return null;
    }
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

/** "https://*.zendesk.com/*" → "*.zendesk.com"; the key used in disabledSites. */
export function hostOfPattern(pattern: string): string {
  return pattern
    .replace(/^[a-z*]+:\/\//i, '')
    .replace(/[:/].*$/, '')
    .toLowerCase();
}

/** True when the user (or team) switched Attune off for this hostname. "*.x.com" covers x.com's subdomains. */
export function isSiteDisabled(settings: Pick<Settings, 'disabledSites'>, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return settings.disabledSites.some((site) => {
    if (site.startsWith('*.')) {
      const base = site.slice(2);
      return host === base || host.endsWith(`.${base}`);
    }
    return site === host;
  });
}

// ---------------------------------------------------------------------------------------------
// Team policy (storage.managed)

/** What an organisation may push (see managed_schema.json). Every scalar it sets is locked. */
export interface ManagedPolicy {
  strictness?: Strictness;
  register?: Register;
  categories?: Partial<Record<FindingCategory, boolean>>;
  disabledKinds?: PressureKind[];
  /** Team phrases: added to the user's own, shown locked. */
  customPhrases?: { phrase: string; alternative: string }[];
  allowList?: string[];
  disabledSites?: string[];
}

/** Keys of settings that a policy can lock; the options page disables their controls. */
export type LockKey = 'strictness' | 'register' | `categories.${FindingCategory}` | 'disabledKinds';

/** Lenient: a policy is from the admin, but still untrusted data; drop what doesn't fit. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  const policy: ManagedPolicy = {};
  if (!isObject(raw)) return policy;
  if (oneOf(STRICTNESS_LEVELS, raw.strictness)) policy.strictness = raw.strictness;
  if (oneOf(REGISTERS, raw.register)) policy.register = raw.register;
  if (isObject(raw.categories)) {
    const cats: Partial<Record<FindingCategory, boolean>> = {};
    for (const c of FINDING_CATEGORIES) {
      const v = raw.categories[c];
      if (typeof v === 'boolean') cats[c] = v;
    }
    if (Object.keys(cats).length) policy.categories = cats;
  }
  if (Array.isArray(raw.disabledKinds)) policy.disabledKinds = PRESSURE_KINDS.filter((k) => (raw.disabledKinds as unknown[]).includes(k));
  if (Array.isArray(raw.customPhrases)) policy.customPhrases = cleanPhrases(raw.customPhrases.filter(isPhrase));
  if (isStringArray(raw.allowList)) policy.allowList = cleanStrings(raw.allowList, LIMITS.allowList);
  if (isStringArray(raw.disabledSites)) policy.disabledSites = cleanStrings(raw.disabledSites, LIMITS.sites).map(lower);
  return policy;
}

export function lockedKeysOf(policy: ManagedPolicy): Set<LockKey> {
  const locked = new Set<LockKey>();
  if (policy.strictness) locked.add('strictness');
  if (policy.register) locked.add('register');
  if (policy.disabledKinds) locked.add('disabledKinds');
  for (const c of Object.keys(policy.categories ?? {}) as FindingCategory[]) locked.add(`categories.${c}`);
  return locked;
}

/** The settings every context should act on: the user's, overridden and extended by the team's. */
export function applyManagedPolicy(user: Settings, policy: ManagedPolicy): Settings {
  const out = structuredClone(user);
  const e = out.engine;
  if (policy.strictness) e.strictness = policy.strictness;
  if (policy.register) e.register = policy.register;
  if (policy.categories) Object.assign(e.categories, policy.categories);
  if (policy.disabledKinds) e.disabledKinds = [...policy.disabledKinds];
  if (policy.customPhrases?.length) e.customPhrases = cleanPhrases([...policy.customPhrases, ...e.customPhrases]);
  if (policy.allowList?.length) e.allowList = cleanStrings([...policy.allowList, ...e.allowList], LIMITS.allowList * 2);
  if (policy.disabledSites?.length) out.disabledSites = cleanStrings([...policy.disabledSites, ...out.disabledSites], LIMITS.sites * 2);
  return out;
}

/** A change to the user's settings: top-level fields replace, `engine` fields replace one by one. */
export interface SettingsPatch {
  /** `categories` may name only the categories that change. */
  engine?: Partial<Omit<EngineOptions, 'categories'>> & { categories?: Partial<Record<FindingCategory, boolean>> };
  disabledSites?: string[];
  customSites?: string[];
}

/** Applies a patch, dropping any part a policy locks, and normalizes the result. */
export function applyPatch(user: Settings, patch: SettingsPatch, locked: ReadonlySet<LockKey> = new Set()): Settings {
  const next = structuredClone(user);
  const p = structuredClone(patch);
  if (p.engine) {
    const e = p.engine;
    if (locked.has('strictness')) delete e.strictness;
    if (locked.has('register')) delete e.register;
    if (locked.has('disabledKinds')) delete e.disabledKinds;
    if (e.categories) {
      const cats = { ...next.engine.categories, ...e.categories };
      for (const c of FINDING_CATEGORIES) if (locked.has(`categories.${c}`)) cats[c] = next.engine.categories[c];
      e.categories = cats;
    }
    Object.assign(next.engine, e as Partial<EngineOptions>);
  }
  if (p.disabledSites) next.disabledSites = p.disabledSites;
  if (p.customSites) next.customSites = p.customSites;
  return normalizeSettings(next);
}
