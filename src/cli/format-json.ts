// The JSON report: everything whole (no shortening), offsets in UTF-16 code units as the engine
// gives them, and line:column in code points as the text report prints them.
import type { FileResult, LocatedFinding } from './located';
import type { Tally } from './format-text';

export function formatJson(results: FileResult[], tally: Tally): string {
  const output = {
    files: results.map(({ file, findings, report }) => ({
      file,
      findings: findings.map(jsonFinding),
      sentences: report.sentences,
      checklist: report.checklist,
      concerns: report.concerns,
      metrics: report.metrics,
      threadSource: report.threadSource,
    })),
    summary: {
      files: tally.files,
      findings: tally.errors + tally.warnings,
      errors: tally.errors,
      warnings: tally.warnings,
      pressure: results.reduce((n, r) => n + r.findings.filter((f) => f.category === 'pressure').length, 0),
    },
  };
  return JSON.stringify(output, null, 2) + '\n';
}

/** The finding without the text report's placement of its rewrite. */
function jsonFinding({ fix: _fix, ...finding }: LocatedFinding): Omit<LocatedFinding, 'fix'> {
  return finding;
}
