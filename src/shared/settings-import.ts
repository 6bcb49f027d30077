// Importing and exporting settings files. Kept apart from settings.ts so that the content script
// and the worker, which only read settings, don't load the strict validator.
import { DEFAULT_ENGINE_OPTIONS, FINDING_CATEGORIES, PRESSURE_KINDS, REGISTERS, STRICTNESS_LEVELS } from './contract/index';
import { LIMITS, SETTINGS_VERSION, V0_KEYS, isObject, isV0, migrate, normalizeSettings, oneOf, originPattern, type Json, type Settings } from './settings';

export const IMPORT_ERROR_CODES = [
  'too-large',
  'not-json',
  'not-object',
  'forbidden-key',
  'unknown-key',
  'wrong-type',
  'bad-value',
  'too-many',
  'too-long',
  'newer-version',
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  code: ImportErrorCode;
  /** Where in the file, e.g. "engine.customPhrases[3].phrase" ("" for the whole file). */
  path: string;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; errors: ImportError[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_ERRORS = 10;

/** Finds prototype-pollution keys anywhere in a parsed JSON value (JSON.parse keeps them as own keys). */
function findForbiddenKeys(v: unknown, path: string, errors: ImportError[], depth = 0): void {
  if (errors.length >= MAX_ERRORS || depth > 20) return;
  if (Array.isArray(v)) {
    // Only the first few elements: huge arrays are rejected by their own length check.
    v.slice(0, LIMITS.allowList).forEach((item, i) => findForbiddenKeys(item, `${path}[${i}]`, errors, depth + 1));
  } else if (isObject(v)) {
    for (const key of Object.keys(v)) {
      const p = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) errors.push({ code: 'forbidden-key', path: p });
      else findForbiddenKeys(v[key], p, errors, depth + 1);
    }
  }
}

class Checker {
  readonly errors: ImportError[] = [];
  fail(code: ImportErrorCode, path: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ code, path });
  }
  keys(obj: Json, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) this.fail('unknown-key', path ? `${path}.${key}` : key);
    }
  }
  text(v: unknown, path: string): v is string {
    if (typeof v !== 'string') return (this.fail('wrong-type', path), false);
    if (v.length > LIMITS.textLength) return (this.fail('too-long', path), false);
    return true;
  }
  list(v: unknown, max: number, path: string): v is unknown[] {
    if (!Array.isArray(v)) return (this.fail('wrong-type', path), false);
    if (v.length > max) return (this.fail('too-many', path), false);
    return true;
  }
  texts(v: unknown, max: number, path: string): void {
    if (this.list(v, max, path)) v.forEach((s, i) => this.text(s, `${path}[${i}]`));
  }
}

const TOP_KEYS = ['version', 'engine', 'disabledSites', 'customSites'] as const;
const ENGINE_KEYS = Object.keys(DEFAULT_ENGINE_OPTIONS);

function checkEngine(c: Checker, engine: unknown): void {
  if (engine === undefined) return;
  if (!isObject(engine)) return c.fail('wrong-type', 'engine');
  c.keys(engine, ENGINE_KEYS, 'engine');
  if (engine.strictness !== undefined && !oneOf(STRICTNESS_LEVELS, engine.strictness)) c.fail('bad-value', 'engine.strictness');
  if (engine.register !== undefined && !oneOf(REGISTERS, engine.register)) c.fail('bad-value', 'engine.register');
  if (engine.categories !== undefined) {
    if (!isObject(engine.categories)) c.fail('wrong-type', 'engine.categories');
    else {
      c.keys(engine.categories, FINDING_CATEGORIES, 'engine.categories');
      for (const cat of FINDING_CATEGORIES) {
        const v = engine.categories[cat];
        if (v !== undefined && typeof v !== 'boolean') c.fail('wrong-type', `engine.categories.${cat}`);
      }
    }
  }
  if (engine.disabledKinds !== undefined && c.list(engine.disabledKinds, PRESSURE_KINDS.length, 'engine.disabledKinds')) {
    engine.disabledKinds.forEach((k, i) => {
      if (!oneOf(PRESSURE_KINDS, k)) c.fail('bad-value', `engine.disabledKinds[${i}]`);
    });
  }
  if (engine.customPhrases !== undefined && c.list(engine.customPhrases, LIMITS.phrases, 'engine.customPhrases')) {
    engine.customPhrases.forEach((p, i) => {
      const path = `engine.customPhrases[${i}]`;
      if (!isObject(p)) return c.fail('wrong-type', path);
      c.keys(p, ['phrase', 'alternative'], path);
      c.text(p.phrase, `${path}.phrase`);
      c.text(p.alternative, `${path}.alternative`);
    });
  }
  if (engine.allowList !== undefined) c.texts(engine.allowList, LIMITS.allowList, 'engine.allowList');
  if (engine.ignoredFindingIds !== undefined) c.texts(engine.ignoredFindingIds, LIMITS.ignoredFindingIds, 'engine.ignoredFindingIds');
}

/** Strictly checks a parsed settings object (any known version). All-or-nothing. */
export function validateSettings(raw: unknown): ImportResult {
  const c = new Checker();
  if (!isObject(raw)) return { ok: false, errors: [{ code: 'not-object', path: '' }] };
  findForbiddenKeys(raw, '', c.errors);
  if (c.errors.length) return { ok: false, errors: c.errors };
  if (typeof raw.version === 'number' && raw.version > SETTINGS_VERSION) {
    return { ok: false, errors: [{ code: 'newer-version', path: 'version' }] };
  }
  const looksV0 = isV0(raw);
  if (looksV0) c.keys(raw, V0_KEYS, '');
  else if (raw.version !== undefined && raw.version !== SETTINGS_VERSION) c.fail('bad-value', 'version');
  const data = looksV0 ? migrate(raw) : raw;
  c.keys(data, TOP_KEYS, '');
  checkEngine(c, data.engine);
  if (data.disabledSites !== undefined) c.texts(data.disabledSites, LIMITS.sites, 'disabledSites');
  if (data.customSites !== undefined) {
    if (c.list(data.customSites, LIMITS.sites, 'customSites')) {
      data.customSites.forEach((s, i) => {
        if (c.text(s, `customSites[${i}]`) && !originPattern(s)) c.fail('bad-value', `customSites[${i}]`);
      });
    }
  }
  if (c.errors.length) return { ok: false, errors: c.errors };
  return { ok: true, settings: normalizeSettings(data) };
}

/** Parses the text of an imported file. Rejects > 100 KB before parsing anything. */
export function parseSettingsFile(text: string): ImportResult {
  if (new TextEncoder().encode(text).length > LIMITS.fileBytes) {
    return { ok: false, errors: [{ code: 'too-large', path: '' }] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ code: 'not-json', path: '' }] };
  }
  return validateSettings(parsed);
}

/** The export file: the stored settings, pretty-printed, round-trippable through parseSettingsFile. */
export function exportSettings(settings: Settings): string {
  return JSON.stringify(normalizeSettings(settings), null, 2) + '\n';
}
