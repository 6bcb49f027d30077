// `attune check`: lint drafts like eslint or Vale do, one line per finding, then a summary.
import { dirname } from 'node:path';
import { createAnalyzer, type Analyzer, type EngineOptions } from '../engine/index';
import { NO_CONFIG, findConfigFile, loadConfig, type CliConfig } from './config';
import { isSwitchedOff, readDirectives } from './directives';
import { formatJson } from './format-json';
import { formatText, type Tally } from './format-text';
import { STDIN_NAME, readInput } from './input';
import { locateFindings, type FileResult } from './located';
import { positionsOf } from './positions';
import { settingFor, type Severity } from './rules';
import { isBlank } from './text-input';

export interface CheckOptions {
  files: string[];
  format: 'text' | 'json';
  /** Exit 1 only when more than this many findings are errors. */
  maxErrors: number;
  /** Report errors only (by default: pressure). */
  quiet: boolean;
  threadFile?: string;
  /** `--config`: this file for every input, no search. */
  configFile?: string;
  /** `--strictness` / `--register`: over whatever the config says. */
  engine?: Partial<EngineOptions>;
}

export interface Output {
  out: (s: string) => void;
  /** Warnings for the user (stderr): they never change the report or the exit code. */
  warn: (s: string) => void;
}

interface CheckInput {
  file: string;
  text: string;
  config: CliConfig;
}

/** Runs the check and returns the exit code: 1 when error findings exceed maxErrors. */
export async function runCheck(options: CheckOptions, io: Output): Promise<number> {
  // Read everything first, so an unreadable file or a broken config stops the run before any
  // output (exit 2).
  const inputs = await readInputs(options);
  const thread = options.threadFile ? await readInput(options.threadFile) : undefined;
  for (const { file, text } of inputs) if (isBlank(text)) io.warn(`${file} is empty; there is nothing to check.`);

  const analyzers = new Map<CliConfig, Analyzer>();
  const analyzerFor = (config: CliConfig) => {
    let analyzer = analyzers.get(config);
    if (!analyzer) analyzers.set(config, (analyzer = createAnalyzer({ ...config.engine, ...options.engine })));
    return analyzer;
  };
  let hidden = 0;
  const results = inputs.map((input) => {
    const result = checkText(analyzerFor(input.config), input, thread, io);
    if (!options.quiet) return result;
    const errorsOnly = result.findings.filter((f) => f.severity === 'error');
    hidden += result.findings.length - errorsOnly.length;
    return { ...result, findings: errorsOnly };
  });

  const tally = tallyOf(results, hidden);
  io.out(options.format === 'json' ? formatJson(results, tally) : formatText(results, tally));
  return tally.errors > options.maxErrors ? 1 : 0;
}

async function readInputs(options: CheckOptions): Promise<CheckInput[]> {
  const names = options.files.length ? options.files : [STDIN_NAME];
  const texts = await Promise.all(names.map((name) => readInput(name)));
  const configs = await configsFor(names, options.configFile);
  return names.map((file, i) => ({ file, text: texts[i], config: configs[i] }));
}

/** Each input's config: the one given, or the nearest `.attunerc.json`, each file read once. */
async function configsFor(names: string[], explicit: string | undefined): Promise<CliConfig[]> {
  const loaded = new Map<string, Promise<CliConfig>>();
  const load = (path: string | null) => {
    if (!path) return Promise.resolve(NO_CONFIG);
    if (!loaded.has(path)) loaded.set(path, loadConfig(path));
    return loaded.get(path)!;
  };
  return Promise.all(names.map((name) => load(explicit ?? findConfigFile(name === STDIN_NAME || name === '-' ? process.cwd() : dirname(name)))));
}

function checkText(analyzer: Analyzer, { file, text, config }: CheckInput, thread: string | undefined, io: Output): FileResult {
  const directives = readDirectives(text);
  warnAboutDirectives(file, directives.text, directives.problems, io);
  // A linter checks the whole file, not the window around a caret that the browser analyses.
  const report = analyzer.analyze(directives.text, { thread, maxChars: Infinity });
  const kept: { finding: (typeof report.findings)[number]; severity: Severity }[] = [];
  for (const finding of report.findings) {
    const setting = settingFor(finding, config.rules);
    if (setting === 'off' || isSwitchedOff(finding, directives.ranges)) continue;
    kept.push({ finding, severity: setting });
  }
  return { file, text: directives.text, findings: locateFindings(directives.text, file, kept), report };
}

function warnAboutDirectives(file: string, text: string, problems: { offset: number; message: string }[], io: Output): void {
  const places = positionsOf(
    text,
    problems.map((p) => p.offset),
  );
  problems.forEach((p, i) =>
    io.warn(`${file}:${places[i].line}:${places[i].column}: attune-disable/enable comment names an ${p.message}; it switches nothing.`),
  );
}

function tallyOf(results: FileResult[], hidden: number): Tally {
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  return { files: results.length, errors, warnings: all.length - errors, hidden };
}
