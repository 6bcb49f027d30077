// `attune analyze --jsonl`: one JSON object a line in, one report a line out with the same id.
// Streams line by line, so a file of any size runs in constant memory; a bad line yields an
// error object for that line, carrying its line number, and the run goes on.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { createAnalyzer, type Analyzer, type EngineOptions, type Report } from '../engine/index';
import { unreadable } from './input';
import { settingFor, type RuleSettings } from './rules';

type JsonlId = string | number | null;

export async function runAnalyzeJsonl(
  file: string | undefined,
  out: Writable,
  engine: Partial<EngineOptions> = {},
  rules: RuleSettings = new Map(),
): Promise<number> {
  const input = file && file !== '-' ? await openFile(file) : process.stdin;
  const analyzer = createAnalyzer(engine);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      const result = analyzeLine(analyzer, line, lineNumber, rules);
      if (!out.write(JSON.stringify(result) + '\n')) await once(out, 'drain');
    }
  } catch (err) {
    // Read errors (a directory, a vanished file) end the run: exit 2, like an unreadable file.
    throw unreadable(file ?? '<stdin>', err);
  }
  return 0;
}

function analyzeLine(analyzer: Analyzer, line: string, lineNumber: number, rules: RuleSettings): object {
  const failed = (id: JsonlId, error: string) => ({ id, line: lineNumber, error });
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch (err) {
    return failed(null, `malformed JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return failed(null, 'expected a JSON object { "id", "text", "thread"? }');
  }
  const record = item as Record<string, unknown>;
  // Without an id the report could not be matched to its draft: an error, not a report for null.
  if (record.id === undefined || record.id === null) return failed(null, '"id" is missing: each line needs a string or number "id"');
  if (typeof record.id !== 'string' && typeof record.id !== 'number') return failed(null, '"id" must be a string or a number');
  const id = record.id;
  if (typeof record.text !== 'string') return failed(id, '"text" must be a string');
  if (record.thread !== undefined && record.thread !== null && typeof record.thread !== 'string') {
    return failed(id, '"thread", when given, must be a string');
  }
  const thread = typeof record.thread === 'string' ? record.thread : undefined;
  return { id, ...withoutRulesOff(analyzer.analyze(record.text, { thread, maxChars: Infinity }), rules) };
}

/** Drops the findings a `--config` switches off; the report is otherwise the engine's. */
function withoutRulesOff(report: Report, rules: RuleSettings): Report {
  if (!rules.size) return report;
  return { ...report, findings: report.findings.filter((f) => settingFor(f, rules) !== 'off') };
}

/** Opens the file, turning "not found" into a usage error before any output is written. */
async function openFile(file: string): Promise<Readable> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  try {
    await once(stream, 'open');
  } catch (err) {
    throw unreadable(file, err);
  }
  return stream;
}
