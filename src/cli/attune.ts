#!/usr/bin/env node
// The `attune` command: lint drafts for pressure (check) or emit full reports (analyze --jsonl).
// Exit codes: 0 fine, 1 pressure found (beyond --max-warnings), 2 bad usage or unreadable input.
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import type { EngineOptions, Register, Strictness } from '../engine/index';
import { runAnalyzeJsonl } from './analyze-jsonl';
import { runCheck } from './check';
import { UsageError } from './input';

const HELP = `attune ${version} — a motivational-interviewing writing coach for client messages

Usage:
  attune check [options] [files...]     lint drafts (stdin when no file is given)
  attune analyze --jsonl [file]         one JSON object a line in, one report a line out

check options:
  --format text|json    output format (default: text)
  --max-warnings N      exit 1 only when more than N pressure findings (default: 0)
  --thread FILE         the client's previous message, to check its concerns are acknowledged

check and analyze options:
  --strictness gentle|standard|strict   how much counts as pressure (default: standard)
  --register warm|formal                the voice of the rewrites (default: warm)

analyze options:
  --jsonl               required; input lines are { "id", "text", "thread"? }

  -h, --help            show this help
  -v, --version         show the version

Output of check: file:line:col  category/kind  message  → best rewrite
Lines and columns are 1-based; columns count Unicode code points (an emoji is one column).
JSON output and analyze reports give offsets as UTF-16 code units (JavaScript string indices).

Exit codes: 0 no pressure (or at most N), 1 pressure found, 2 bad usage or unreadable input.
Everything runs on this machine; nothing is sent anywhere.
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      format: { type: 'string' },
      'max-warnings': { type: 'string' },
      thread: { type: 'string' },
      jsonl: { type: 'boolean' },
      strictness: { type: 'string' },
      register: { type: 'string' },
    },
  });
  if (values.help) return print(HELP);
  if (values.version) return print(`${version}\n`);

  const [command, ...rest] = positionals;
  const engine = engineOptions(values.strictness, values.register);
  switch (command) {
    case 'check':
      if (values.jsonl) throw new UsageError('--jsonl belongs to "attune analyze"');
      return runCheck(
        { files: rest, format: parseFormat(values.format), maxWarnings: parseMaxWarnings(values['max-warnings']), threadFile: values.thread, engine },
        (s) => process.stdout.write(s),
      );
    case 'analyze':
      if (!values.jsonl) throw new UsageError('analyze needs --jsonl (the only format it speaks)');
      if (values.format || values['max-warnings'] || values.thread) {
        throw new UsageError('analyze takes the thread per line ("thread" field), not --thread/--format/--max-warnings');
      }
      if (rest.length > 1) throw new UsageError('analyze reads one file (or stdin)');
      return runAnalyzeJsonl(rest[0], process.stdout, engine);
    case undefined:
      throw new UsageError('missing command: try "attune check draft.txt" or "attune --help"');
    default:
      throw new UsageError(`unknown command "${command}": try "attune --help"`);
  }
}

function engineOptions(strictness: string | undefined, register: string | undefined): Partial<EngineOptions> {
  const options: Partial<EngineOptions> = {};
  if (strictness !== undefined) options.strictness = oneOf<Strictness>('--strictness', strictness, ['gentle', 'standard', 'strict']);
  if (register !== undefined) options.register = oneOf<Register>('--register', register, ['warm', 'formal']);
  return options;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be ${allowed.join(', ')}; not "${value}"`);
}

function parseFormat(value: string | undefined): 'text' | 'json' {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
  throw new UsageError(`--format must be text or json, not "${value}"`);
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings needs a whole number ≥ 0, not "${value}"`);
  return Number(value);
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

function fail(err: unknown): number {
  const isParseError = (err as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
  const showHelpHint = isParseError || (err instanceof UsageError && err.isUsage);
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`attune: ${message}\n${showHelpHint ? 'Run "attune --help" for usage.\n' : ''}`);
  return 2;
}

// A reader that closes the pipe early (`attune check | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.exitCode = fail(err);
  },
);
