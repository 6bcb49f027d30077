// `.attunerc.json`: a team's settings for checking drafts, found like eslint finds its config.
// From the checked file's directory up to the filesystem root, the nearest file wins (no merging);
// stdin starts from the working directory; `--config <path>` skips the search.
//
// The engine settings are the extension's own (strictness, register, team phrases, allow list)
// and are validated by the extension's strict importer, so a file that works in one works in
// the other. `rules` is the CLI's: a severity per rule, kind or category.
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { EngineOptions } from '../engine/index';
import { LIMITS, SETTINGS_VERSION, isObject, type Json } from '../shared/settings';
import { REGISTERS, STRICTNESS_LEVELS } from '../shared/contract/index';
import { validateSettings, type ImportError } from '../shared/settings-import';
import { UsageError, describeFsError } from './input';
import { RULE_SETTINGS, knownSelectors, unknownSelectorMessage, type RuleSetting } from './rules';

export const CONFIG_FILE_NAME = '.attunerc.json';

/** The engine settings a config may set, named as in the extension's settings. */
const ENGINE_KEYS = ['strictness', 'register', 'customPhrases', 'allowList'] as const;
const CONFIG_KEYS = [...ENGINE_KEYS, 'rules'];
const MAX_PROBLEMS_SHOWN = 5;

export interface CliConfig {
  /** Where it came from; null for the defaults (no file found). */
  path: string | null;
  engine: Partial<EngineOptions>;
  rules: Map<string, RuleSetting>;
}

export const NO_CONFIG: CliConfig = { path: null, engine: {}, rules: new Map() };

/** The nearest `.attunerc.json` from `startDir` up to the root, or null. */
export function findConfigFile(startDir: string): string | null {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Reads and validates a config; anything wrong ends the run (exit 2) naming the file and the fault. */
export async function loadConfig(path: string): Promise<CliConfig> {
  const raw = await readConfigJson(path);
  const problems: string[] = [];
  if (!isObject(raw)) throw broken(path, ['the file must hold one JSON object, like { "strictness": "gentle" }']);
  for (const key of Object.keys(raw)) {
    if (!CONFIG_KEYS.includes(key)) problems.push(`unknown setting "${key}" (known: ${CONFIG_KEYS.join(', ')})`);
  }
  const engine = engineSettings(raw, problems);
  const rules = ruleSettings(raw.rules, problems);
  if (problems.length) throw broken(path, problems);
  return { path, engine, rules };
}

async function readConfigJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`Cannot read the config ${path}: ${describeFsError(err)}.`, false);
  }
  if (Buffer.byteLength(text) > LIMITS.fileBytes) throw broken(path, [`it is larger than ${LIMITS.fileBytes / 1024} KB`]);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw broken(path, [`it is not valid JSON (${err instanceof Error ? err.message : String(err)})`]);
  }
}

function broken(path: string, problems: string[]): UsageError {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more` : '';
  return new UsageError(`Broken config ${path}: ${shown.join('; ')}${more}.`, false);
}

/** The engine part, checked by the extension's importer (the same rules as an imported settings file). */
function engineSettings(raw: Json, problems: string[]): Partial<EngineOptions> {
  const engine: Json = {};
  for (const key of ENGINE_KEYS) if (raw[key] !== undefined) engine[key] = raw[key];
  const result = validateSettings({ version: SETTINGS_VERSION, engine });
  if (!result.ok) {
    problems.push(...result.errors.map(describeImportError));
    return {};
  }
  const picked: Json = {};
  for (const key of ENGINE_KEYS) if (engine[key] !== undefined) picked[key] = result.settings.engine[key];
  return picked as Partial<EngineOptions>;
}

function describeImportError({ code, path }: ImportError): string {
  const where = path.replace(/^engine\./, '') || 'the file';
  switch (code) {
    case 'bad-value':
      if (where === 'strictness') return `strictness must be ${orList(STRICTNESS_LEVELS)}`;
      if (where === 'register') return `register must be ${orList(REGISTERS)}`;
      return `${where} has a value Attune does not know`;
    case 'wrong-type':
      return `${where} has the wrong type (customPhrases is a list of { "phrase", "alternative" }, allowList a list of texts)`;
    case 'too-many':
      return `${where} has too many entries`;
    case 'too-long':
      return `${where} is longer than ${LIMITS.textLength} characters`;
    case 'unknown-key':
      return `${where} is not a setting Attune knows`;
    case 'forbidden-key':
      return `${where} is not allowed`;
    default:
      return `${where}: ${code}`;
  }
}

/** `"rules": { "pressure/urgency": "off", "custom-phrase": "error" }` → selector → setting. */
function ruleSettings(value: unknown, problems: string[]): Map<string, RuleSetting> {
  const rules = new Map<string, RuleSetting>();
  if (value === undefined) return rules;
  if (!isObject(value)) {
    problems.push('rules must be an object, like { "pressure/urgency-asap": "off" }');
    return rules;
  }
  for (const [name, setting] of Object.entries(value)) {
    if (!knownSelectors().has(name)) problems.push(`rules: ${unknownSelectorMessage(name)}`);
    else if (!(RULE_SETTINGS as readonly unknown[]).includes(setting)) problems.push(`rules["${name}"] must be ${orList(RULE_SETTINGS.map((s) => `"${s}"`))}`);
    else rules.set(name, setting as RuleSetting);
  }
  return rules;
}

/** "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
