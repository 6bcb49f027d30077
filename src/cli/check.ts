// `attune check`: lint drafts like alex or eslint do, one line per finding.
import { createAnalyzer, type EngineOptions, type Finding, type Report } from '../engine/index';
import { readInput, STDIN_NAME } from './input';
import { LineIndex, type Position } from './positions';

export interface CheckOptions {
  files: string[];
  format: 'text' | 'json';
  maxWarnings: number;
  threadFile?: string;
  engine?: Partial<EngineOptions>;
}

export interface LocatedFinding extends Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

interface FileResult {
  file: string;
  findings: LocatedFinding[];
  report: Report;
}

/** Runs the check and returns the exit code: 1 when pressure findings exceed maxWarnings. */
export async function runCheck(options: CheckOptions, write: (s: string) => void): Promise<number> {
  // Read everything first, so an unreadable file stops the run before any output (exit 2).
  const thread = options.threadFile ? await readInput(options.threadFile) : undefined;
  const names = options.files.length ? options.files : [STDIN_NAME];
  const texts = await Promise.all(names.map((name) => readInput(name)));

  const analyzer = createAnalyzer(options.engine);
  const results = names.map((file, i) => checkText(analyzer, file, texts[i], thread));
  const all = results.flatMap((r) => r.findings);
  const pressureCount = all.filter((f) => f.category === 'pressure').length;

  if (options.format === 'json') write(JSON.stringify(jsonOutput(results, pressureCount), null, 2) + '\n');
  else write(textOutput(results, all.length, pressureCount));
  return pressureCount > options.maxWarnings ? 1 : 0;
}

function checkText(analyzer: ReturnType<typeof createAnalyzer>, file: string, text: string, thread?: string): FileResult {
  // A linter checks the whole file, not the window around a caret that the browser analyses.
  const report = analyzer.analyze(text, { thread, maxChars: Infinity });
  const lines = new LineIndex(text);
  const findings = report.findings.map((f) => locate(f, file, lines.positionOf(f.start), lines.positionOf(f.end)));
  return { file, findings, report };
}

function locate(f: Finding, file: string, start: Position, end: Position): LocatedFinding {
  return { ...f, file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

export function findingLabel(f: Finding): string {
  return f.kind ? `${f.category}/${f.kind}` : f.category;
}

function textOutput(results: FileResult[], total: number, pressureCount: number): string {
  const lines: string[] = [];
  for (const { findings } of results) {
    for (const f of findings) {
      const best = f.suggestions[0];
      const rewrite = best ? `  → ${oneLine(best.text)}` : '';
      lines.push(`${f.file}:${f.line}:${f.column}  ${findingLabel(f)}  ${oneLine(f.message)}${rewrite}`);
    }
  }
  lines.push(summaryLine(results.length, total, pressureCount));
  return lines.join('\n') + '\n';
}

function summaryLine(fileCount: number, total: number, pressureCount: number): string {
  const files = `${fileCount} ${fileCount === 1 ? 'file' : 'files'}`;
  if (total === 0) return `✓ no findings in ${files}`;
  const plural = total === 1 ? 'finding' : 'findings';
  return `${total} ${plural} (${pressureCount} pressure) in ${files}`;
}

function jsonOutput(results: FileResult[], pressureCount: number) {
  return {
    files: results.map(({ file, findings, report }) => ({
      file,
      findings,
      sentences: report.sentences,
      checklist: report.checklist,
      concerns: report.concerns,
      metrics: report.metrics,
      threadSource: report.threadSource,
    })),
    summary: { files: results.length, findings: results.reduce((n, r) => n + r.findings.length, 0), pressure: pressureCount },
  };
}

/** Messages and rewrites stay on one output line whatever the draft held. */
function oneLine(s: string): string {
  return s.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '').trim();
}
