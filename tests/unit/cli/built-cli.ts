// Builds the CLI from the current source and runs it as users do: a file spawned with node,
// files and stdin in, text out, exit codes checked. Each test file builds into its own folder
// (inside the repo, so `compromise` still resolves from node_modules): files running in
// parallel never race over one build, nor over build/node.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, vi } from 'vitest';
import { build } from 'vite';

export const repoRoot = resolve(__dirname, '../../..');

// One push among calm sentences: its rewrite is offered (in a draft of pushes, a rewrite that would
// still read as pushing amid them is withheld — see the gate).
export const PRESSURING = 'Hi Sam,\n\nYou need to sign the contract by Friday. The fee covers the setup and the first month of support.\n';
export const CALM = 'Hi Sam,\n\nThanks for your note. What matters most to you in this decision?\n\nBest,\nPriya\n';

export interface BuiltCli {
  readonly cli: string;
  /** A fresh temporary folder per test file, the working directory of every run. */
  readonly work: string;
  run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string };
  /** Writes a file into the work folder and returns its path. */
  file(name: string, text: string): string;
}

export function useBuiltCli(name: string): BuiltCli {
  // Some tests spawn a dozen processes; on a loaded machine that outlasts vitest's 5 s default.
  // What they check is behaviour, not speed (speed lives in npm run bench).
  vi.setConfig({ testTimeout: 60_000 });
  const outDir = resolve(repoRoot, `node_modules/.cache/${name}`);
  let work = '';
  beforeAll(async () => {
    await build({ configFile: resolve(repoRoot, 'vite.node.config.ts'), root: repoRoot, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    work = mkdtempSync(join(tmpdir(), 'attune-cli-'));
  }, 120_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });
  const cli = join(outDir, 'cli.js');
  return {
    cli,
    get work() {
      return work;
    },
    run(args, input) {
      const child = spawnSync(process.execPath, [cli, ...args], { cwd: work, input, encoding: 'utf8', timeout: 60_000 });
      return { code: child.status, stdout: child.stdout, stderr: child.stderr };
    },
    file(fileName, text) {
      const path = join(work, fileName);
      writeFileSync(path, text);
      return path;
    },
  };
}

/** The widest line of an output, in code points (as a terminal counts columns). */
export function widest(output: string): number {
  return Math.max(...output.split('\n').map((line) => [...line].length));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
