// `attune analyze --jsonl`: one JSON object a line in, one report a line out with the same id.
// Streams line by line, so a file of any size runs in constant memory; a bad line yields an
// error object for that line and the run goes on.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { createAnalyzer, type EngineOptions } from '../engine/index';
import { unreadable } from './input';

type JsonlId = string | number | null;

export async function runAnalyzeJsonl(file: string | undefined, out: Writable, engine: Partial<EngineOptions> = {}): Promise<number> {
  const input = file && file !== '-' ? await openFile(file) : process.stdin;
  const analyzer = createAnalyzer(engine);
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      const result = analyzeLine(analyzer, line);
      if (!out.write(JSON.stringify(result) + '\n')) await once(out, 'drain');
    }
  } catch (err) {
    // Read errors (a directory, a vanished file) end the run: exit 2, like an unreadable file.
    throw unreadable(file ?? '<stdin>', err);
  }
  return 0;
}

function analyzeLine(analyzer: ReturnType<typeof createAnalyzer>, line: string): object {
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch (err) {
    return { id: null, error: `malformed JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return { id: null, error: 'expected a JSON object { "id", "text", "thread"? }' };
  }
  const record = item as Record<string, unknown>;
  const id = idOf(record.id);
  if (typeof record.text !== 'string') return { id, error: '"text" must be a string' };
  if (record.thread !== undefined && record.thread !== null && typeof record.thread !== 'string') {
    return { id, error: '"thread", when given, must be a string' };
  }
  const thread = typeof record.thread === 'string' ? record.thread : undefined;
  return { id, ...analyzer.analyze(record.text, { thread, maxChars: Infinity }) };
}

function idOf(value: unknown): JsonlId {
  return typeof value === 'string' || typeof value === 'number' ? value : null;
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
