// Rule selectors and severities. A config or an inline comment names findings the way a finding
// is labelled: by its rule id ("pressure/urgency-asap"), its pressure kind ("pressure/urgency")
// or its category ("pressure", "closed-question"). The most specific name wins, as in eslint.
import { PRESSURE_KINDS, ruleIds, type Finding } from '../engine/index';
import { FINDING_CATEGORIES } from '../shared/contract/index';

export type Severity = 'error' | 'warning';
export type RuleSetting = Severity | 'off';
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'warning', 'error'];

/** Selector → setting, from the config file. */
export type RuleSettings = ReadonlyMap<string, RuleSetting>;

let known: ReadonlySet<string> | undefined;

/** Every name a config or comment may use. */
export function knownSelectors(): ReadonlySet<string> {
  known ??= new Set([...ruleIds(), ...PRESSURE_KINDS.map((kind) => `pressure/${kind}`), ...FINDING_CATEGORIES]);
  return known;
}

/** The names a finding answers to, most specific first. */
export function selectorsOf(f: Finding): string[] {
  const names = [f.rule];
  if (f.kind) names.push(`${f.category}/${f.kind}`);
  names.push(f.category);
  return names;
}

/** The short label printed for a finding's kind ("pressure/urgency", "closed-question"). */
export function kindLabel(f: Finding): string {
  return f.kind ? `${f.category}/${f.kind}` : f.category;
}

/** Pressure fails a run by default; the other findings are advice, so warnings. */
export function defaultSeverity(f: Finding): Severity {
  return f.category === 'pressure' ? 'error' : 'warning';
}

export function settingFor(f: Finding, settings: RuleSettings): RuleSetting {
  for (const name of selectorsOf(f)) {
    const setting = settings.get(name);
    if (setting) return setting;
  }
  return defaultSeverity(f);
}

/** "Unknown rule "x"", with the nearest known name when there is an obvious one. */
export function unknownSelectorMessage(name: string): string {
  const near = [...knownSelectors()].find((k) => k.endsWith(`/${name}`) || name.endsWith(`/${k}`));
  return `unknown rule "${name}"${near ? ` (did you mean "${near}"?)` : ''}`;
}
