// Reading the CLI's inputs, with errors people can act on ("Cannot read x: no such file.").
import { readFile } from 'node:fs/promises';
import { decodeText } from './text-input';

/** Ends the run with exit code 2. `isUsage` says the command line was wrong (not the input). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly isUsage = true,
  ) {
    super(message);
  }
}

export function unreadable(name: string, err: unknown): UsageError {
  return new UsageError(`Cannot read ${name}: ${describeFsError(err)}.`, false);
}

export const STDIN_NAME = '<stdin>';

/** The UTF-8 text of a file (or stdin for "-" / "<stdin>"); binary input is refused (exit 2). */
export async function readInput(name: string): Promise<string> {
  const bytes = await readBytes(name);
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UsageError(`${name} ${decoded.reason}.`, false);
  return decoded.text;
}

async function readBytes(name: string): Promise<Uint8Array> {
  if (name === '-' || name === STDIN_NAME) return readStdin();
  try {
    return await readFile(name);
  } catch (err) {
    throw unreadable(name, err);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  } catch (err) {
    throw unreadable(STDIN_NAME, err);
  }
  return Buffer.concat(chunks);
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
