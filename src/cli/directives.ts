// Inline switches for templates, as HTML comments so they vanish from a rendered email:
//   <!-- attune-disable -->                      every rule off from here
//   <!-- attune-disable pressure/urgency, mi/closed-question -->   only those (ids, kinds or categories)
//   <!-- attune-enable -->                       everything back on
//   <!-- attune-enable pressure/urgency -->      that one back on
// A disable with no enable lasts to the end of the file. Findings that start inside a disabled
// stretch are dropped. The comments themselves are blanked (same length, so every offset and
// line:column stays true) before the engine reads the text, so they are never judged as prose.
import type { Finding } from '../engine/index';
import { knownSelectors, selectorsOf, unknownSelectorMessage } from './rules';

export interface DisabledRange {
  start: number;
  end: number;
  /** null: every rule. */
  selectors: ReadonlySet<string> | null;
}

export interface Directives {
  /** The text with each directive comment replaced by spaces (newlines kept). */
  text: string;
  ranges: DisabledRange[];
  /** Problems worth a warning: unknown rule names, with the offset of their comment. */
  problems: { offset: number; message: string }[];
}

// Bounded body: an unclosed "<!-- attune-disable" must not make the scan run to the end of the
// file from every later comment.
const DIRECTIVE = /<!--[ \t]*attune-(disable|enable)(?=[\s,]|-->)([^<>]{0,1000}?)-->/g;
const ALL = '*';

export function readDirectives(text: string): Directives {
  const ranges: DisabledRange[] = [];
  const problems: Directives['problems'] = [];
  const open = new Map<string, number>(); // selector (or ALL) → where its disable began
  const blankedParts: string[] = [];
  let copiedUpTo = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    const at = m.index ?? 0;
    const names = namesIn(m[2]);
    for (const name of names) if (!knownSelectors().has(name)) problems.push({ offset: at, message: unknownSelectorMessage(name) });
    if (m[1] === 'disable') disable(open, names, at);
    else enable(open, names, at, ranges);
    blankedParts.push(text.slice(copiedUpTo, at), blank(m[0]));
    copiedUpTo = at + m[0].length;
  }
  if (copiedUpTo === 0) return { text, ranges, problems };
  for (const key of [...open.keys()]) close(open, key, text.length, ranges);
  blankedParts.push(text.slice(copiedUpTo));
  return { text: blankedParts.join(''), ranges, problems };
}

function namesIn(body: string): string[] {
  return body.split(/[\s,]+/).filter(Boolean);
}

function disable(open: Map<string, number>, names: string[], at: number): void {
  for (const key of names.length ? names : [ALL]) if (!open.has(key)) open.set(key, at);
}

function enable(open: Map<string, number>, names: string[], at: number, ranges: DisabledRange[]): void {
  for (const key of names.length ? names : [...open.keys()]) close(open, key, at, ranges);
}

function close(open: Map<string, number>, key: string, at: number, ranges: DisabledRange[]): void {
  const start = open.get(key);
  if (start === undefined) return;
  open.delete(key);
  ranges.push({ start, end: at, selectors: key === ALL ? null : new Set([key]) });
}

function blank(comment: string): string {
  return comment.replace(/[^\n]/g, ' ');
}

/** Whether a finding starts inside a stretch where one of its names (or every rule) is switched off. */
export function isSwitchedOff(f: Finding, ranges: readonly DisabledRange[]): boolean {
  if (!ranges.length) return false;
  const names = selectorsOf(f);
  return ranges.some((r) => f.start >= r.start && f.start < r.end && (r.selectors === null || names.some((n) => r.selectors!.has(n))));
}
