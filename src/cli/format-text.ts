// The text report, in the shape eslint and Vale print, so editors and CI logs read it:
//
//   reply.txt:3:1   error    “You need to sign by Friday” — Telling the client…  pressure/directive-you-need-to
//                            ↳ replace 3:1–3:26 with “You could sign by Friday”
//   reply.txt:4:1   warning  “Is the plan ok?” — A yes/no question lets…          mi/closed-question
//
//   ✖ 2 findings (1 error, 1 warning) in 1 file.
//
// Columns are aligned; quotes, reasons and rewrites are shortened with "…" so no line is wider
// than a few hundred characters whatever the draft holds (--format json has everything whole).
import { displayWidth, padEnd, shorten, shortenQuotes } from './display';
import type { FileResult, LocatedFinding } from './located';

/** Longest quote of the flagged words. */
const SPAN_MAX = 40;
/** Longest reason; the engine's reasons are shorter, so only client quotes inside them get cut. */
const REASON_MAX = 220;
/** Longest client sentence quoted inside a reason. */
const QUOTE_MAX = 50;
/** Longest rewrite shown. */
const FIX_MAX = 120;

export interface Tally {
  files: number;
  errors: number;
  warnings: number;
  /** Warnings left out by --quiet. */
  hidden: number;
}

interface Row {
  location: string;
  severity: string;
  message: string;
  rule: string;
  fix: string | null;
}

export function formatText(results: FileResult[], tally: Tally): string {
  const rows = results.flatMap(({ text, findings }) => findings.map((f) => rowOf(f, text)));
  const locationWidth = Math.max(0, ...rows.map((r) => displayWidth(r.location)));
  const severityWidth = Math.max(0, ...rows.map((r) => r.severity.length));
  const messageWidth = Math.max(0, ...rows.map((r) => displayWidth(r.message)));
  const fixIndent = ' '.repeat(locationWidth + 2 + severityWidth + 2);
  const lines: string[] = [];
  for (const r of rows) {
    lines.push(`${padEnd(r.location, locationWidth)}  ${padEnd(r.severity, severityWidth)}  ${padEnd(r.message, messageWidth)}  ${r.rule}`);
    if (r.fix) lines.push(`${fixIndent}↳ ${r.fix}`);
  }
  if (lines.length) lines.push('');
  lines.push(summaryLine(tally));
  return lines.join('\n') + '\n';
}

function rowOf(f: LocatedFinding, text: string): Row {
  return { location: `${f.file}:${f.line}:${f.column}`, severity: f.severity, message: messageOf(f, text), rule: f.rule, fix: describeFix(f) };
}

/** The flagged words in quotes, then the reason. */
function messageOf(f: LocatedFinding, text: string): string {
  const reason = shorten(shortenQuotes(f.message, QUOTE_MAX), REASON_MAX);
  // A missing acknowledgement's span is where the reply should answer, not words at fault.
  if (f.category === 'missing-acknowledgement' || f.end <= f.start) return reason;
  return `“${shorten(text.slice(f.start, f.end), SPAN_MAX)}” — ${reason}`;
}

/** The best rewrite as an edit: an insertion reads as one, never as replacing nothing. */
function describeFix(f: LocatedFinding): string | null {
  const best = f.suggestions[0];
  if (!best || !f.fix) return null;
  const { start, end, atLineStart } = f.fix;
  const words = `“${shorten(best.text, FIX_MAX)}”`;
  if (best.start === best.end) {
    const where = atLineStart ? `before ${start.line}:${start.column}` : `after ${start.line}:${start.column - 1}`;
    return `insert ${where}: ${words}`;
  }
  const range = rangeOf(start, end);
  return best.text.trim() ? `replace ${range} with ${words}` : `delete ${range}`;
}

/** "3:1–3:26", inclusive of the last character, as people count. */
function rangeOf(start: { line: number; column: number }, end: { line: number; column: number }): string {
  const last = end.column > 1 ? `${end.line}:${end.column - 1}` : `${end.line}:${end.column}`;
  return `${start.line}:${start.column}–${last}`;
}

export function summaryLine({ files, errors, warnings, hidden }: Tally): string {
  const where = `in ${count(files, 'file')}`;
  const notShown = hidden ? ` (${count(hidden, 'warning')} not shown: --quiet)` : '';
  const total = errors + warnings;
  if (total === 0) return `✓ No findings ${where}${notShown}.`;
  const mark = errors ? '✖' : '⚠';
  return `${mark} ${count(total, 'finding')} (${count(errors, 'error')}, ${count(warnings, 'warning')}) ${where}${notShown}.`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
