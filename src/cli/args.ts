// The command line, read by hand rather than with node:util's parseArgs: its messages ("Unknown
// option '--foo'. To specify a positional argument starting with a '-', place it at the end of
// the command after '--', as in '-- "--foo"") speak to programmers; ours speak to the writer.
import { UsageError } from './input';

interface OptionSpec {
  short?: string;
  /** What the value looks like, for "needs a value" messages; absent for on/off switches. */
  value?: string;
}

const OPTIONS = {
  help: { short: 'h' },
  version: { short: 'v' },
  quiet: { short: 'q' },
  jsonl: {},
  format: { value: 'text or json' },
  'max-warnings': { value: 'a whole number' },
  thread: { value: 'a file' },
  config: { value: 'a file' },
  strictness: { value: 'gentle, standard or strict' },
  register: { value: 'warm or formal' },
} satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

export interface ParsedArgs {
  options: Partial<Record<OptionName, string | true>>;
  positionals: string[];
}

export function parseArguments(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { options: {}, positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) i = readLong(argv, i, parsed);
    else if (arg.startsWith('-') && arg !== '-') readShorts(arg, parsed);
    else parsed.positionals.push(arg);
  }
  return parsed;
}

/** `--name`, `--name value` or `--name=value`; returns the index of the last argument used. */
function readLong(argv: readonly string[], i: number, parsed: ParsedArgs): number {
  const arg = argv[i];
  const equals = arg.indexOf('=');
  const name = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
  const spec = specOf(name);
  if (!spec) throw new UsageError(`Unknown option --${name}.`);
  if (!spec.value) {
    if (equals >= 0) throw new UsageError(`Option --${name} is a switch and takes no value.`);
    parsed.options[name as OptionName] = true;
    return i;
  }
  if (equals >= 0) {
    parsed.options[name as OptionName] = arg.slice(equals + 1);
    return i;
  }
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`Option --${name} needs a value (${spec.value}).`);
  parsed.options[name as OptionName] = value;
  return i + 1;
}

/** `-h`, `-q`, or several switches together (`-qh`). */
function readShorts(arg: string, parsed: ParsedArgs): void {
  for (const letter of arg.slice(1)) {
    const entry = Object.entries(OPTIONS).find(([, spec]) => 'short' in spec && spec.short === letter);
    if (!entry) throw new UsageError(`Unknown option -${letter}.`);
    parsed.options[entry[0] as OptionName] = true;
  }
}

function specOf(name: string): OptionSpec | undefined {
  return Object.hasOwn(OPTIONS, name) ? (OPTIONS as Record<string, OptionSpec>)[name] : undefined;
}

/** The value given to an option that takes one, if it was given. */
export function stringOption(parsed: ParsedArgs, name: OptionName): string | undefined {
  const value = parsed.options[name];
  return typeof value === 'string' ? value : undefined;
}
