// Reading the CLI's inputs, with errors people can act on ("cannot read x: no such file").
import { readFile } from 'node:fs/promises';

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
  return new UsageError(`cannot read ${name}: ${describeFsError(err)}`, false);
}

export const STDIN_NAME = '<stdin>';

export async function readInput(name: string): Promise<string> {
  if (name === '-' || name === STDIN_NAME) return readStdin();
  try {
    return await readFile(name, 'utf8');
  } catch (err) {
    throw unreadable(name, err);
  }
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
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
