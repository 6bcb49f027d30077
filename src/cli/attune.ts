#!/usr/bin/env node
// The `attune` command: lint drafts for pressure (check) or emit full reports (analyze --jsonl).
// Exit codes: 0 no error-severity finding (or at most --max-warnings N), 1 findings at error
// severity, 2 bad usage or unusable input (unreadable, binary, broken config).
import { version } from '../../package.json';
import type { EngineOptions, Register, Strictness } from '../engine/index';
import { runAnalyzeJsonl } from './analyze-jsonl';
import { parseArguments, stringOption, type OptionName, type ParsedArgs } from './args';
import { runCheck } from './check';
import { loadConfig } from './config';
import { HELP } from './help';
import { UsageError } from './input';

const CHECK_ONLY: OptionName[] = ['format', 'max-warnings', 'thread', 'quiet'];

async function main(argv: string[]): Promise<number> {
  const args = parseArguments(argv);
  // Help and version answer whatever else the line holds, and print once.
  if (args.options.help) return print(HELP);
  if (args.options.version) return print(`${version}\n`);

  const [command, ...rest] = args.positionals;
  switch (command) {
    case 'check':
      return check(args, rest);
    case 'analyze':
      return analyze(args, rest);
    case 'help':
      return print(HELP);
    case undefined:
      throw new UsageError('Missing command: try "attune check draft.txt".');
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

function check(args: ParsedArgs, files: string[]): Promise<number> {
  if (args.options.jsonl) throw new UsageError('--jsonl belongs to "attune analyze".');
  return runCheck(
    {
      files,
      format: parseFormat(stringOption(args, 'format')),
      maxErrors: parseCount(stringOption(args, 'max-warnings')),
      quiet: Boolean(args.options.quiet),
      threadFile: stringOption(args, 'thread'),
      configFile: stringOption(args, 'config'),
      engine: engineOptions(args),
    },
    { out: (s) => process.stdout.write(s), warn: (s) => process.stderr.write(`attune: warning: ${s}\n`) },
  );
}

async function analyze(args: ParsedArgs, files: string[]): Promise<number> {
  if (!args.options.jsonl) throw new UsageError('analyze needs --jsonl (the only format it speaks).');
  const misplaced = CHECK_ONLY.filter((name) => args.options[name] !== undefined);
  if (misplaced.length) {
    const threadHint = misplaced.includes('thread') ? ' (analyze reads the thread from each line\'s "thread" field)' : '';
    throw new UsageError(`--${misplaced.join(', --')} belong${misplaced.length === 1 ? 's' : ''} to "attune check"${threadHint}.`);
  }
  if (files.length > 1) throw new UsageError('analyze reads one file (or stdin).');
  const configFile = stringOption(args, 'config');
  const config = configFile ? await loadConfig(configFile) : undefined;
  return runAnalyzeJsonl(files[0], process.stdout, { ...config?.engine, ...engineOptions(args) }, config?.rules);
}

function engineOptions(args: ParsedArgs): Partial<EngineOptions> {
  const options: Partial<EngineOptions> = {};
  const strictness = stringOption(args, 'strictness');
  const register = stringOption(args, 'register');
  if (strictness !== undefined) options.strictness = oneOf<Strictness>('--strictness', strictness, ['gentle', 'standard', 'strict']);
  if (register !== undefined) options.register = oneOf<Register>('--register', register, ['warm', 'formal']);
  return options;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be ${allowed.join(', ')}; not "${value}".`);
}

function parseFormat(value: string | undefined): 'text' | 'json' {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
  throw new UsageError(`--format must be text or json, not "${value}".`);
}

function parseCount(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings needs a whole number ≥ 0, not "${value}".`);
  return Number(value);
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

function fail(err: unknown): number {
  if (err instanceof UsageError) {
    process.stderr.write(`attune: ${err.message}${err.isUsage ? ' Run attune --help for usage.' : ''}\n`);
  } else {
    // A bug of ours, not the user's input: say so, with what we know.
    process.stderr.write(`attune: unexpected error (please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
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
