// Findings placed in their file: line:column of the finding and of its best rewrite, and the
// severity the config gives it.
import type { Finding, Report } from '../engine/index';
import { positionsOf, type Position } from './positions';
import type { Severity } from './rules';

/** Where the best rewrite goes, in line:column terms, for the text report. */
export interface FixPlace {
  start: Position;
  end: Position;
  /** An insertion at the very start of a line (nothing before it on that line). */
  atLineStart: boolean;
}

export interface LocatedFinding extends Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  /** Position of suggestions[0]; not part of the JSON output. */
  fix?: FixPlace;
}

export interface FileResult {
  file: string;
  /** The checked text (directive comments blanked), for quoting spans in the text report. */
  text: string;
  findings: LocatedFinding[];
  report: Report;
}

/** Places every finding (and its best rewrite) with one sweep over the text. */
export function locateFindings(text: string, file: string, findings: { finding: Finding; severity: Severity }[]): LocatedFinding[] {
  const offsets = findings.flatMap(({ finding }) => {
    const best = finding.suggestions[0];
    return [finding.start, finding.end, best?.start ?? finding.start, best?.end ?? finding.end];
  });
  const places = positionsOf(text, offsets);
  return findings.map(({ finding, severity }, i) => {
    const [start, end, fixStart, fixEnd] = places.slice(i * 4, i * 4 + 4);
    const best = finding.suggestions[0];
    const located: LocatedFinding = { ...finding, file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity };
    if (best) located.fix = { start: fixStart, end: fixEnd, atLineStart: fixStart.column === 1 };
    return located;
  });
}
