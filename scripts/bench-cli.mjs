// (f) of npm run bench: the attune CLI end to end, as a user runs it, on 200,000 and 400,000
// characters of prose and of the same words with no sentence punctuation and no line break
// (a pasted log, a list run together). The cost per character must not depend on punctuation
// (no-punctuation time ≤ 2× the prose time) and must stay linear (400k ≤ 2.2× the 200k time).
//
// Each run is a fresh process (spawned node, file in, report out), so the figures include
// reading, analysis and formatting; each is the process's CPU time, steadier than wall time on
// a shared machine. Node's start-up and the engine's import are the same for every size, so the
// ratios are taken on the time above a run on a one-line draft.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CLI_TARGETS = { punctuationRatio: 2, scaling: 2.2 };
const SIZES = [200_000, 400_000];

/** `draft` repeated, each copy's sentences numbered so no two are alike (the sentence cache never helps), cut to `size`. */
export function proseOf(draft, size) {
  let text = '';
  for (let copy = 0; text.length < size; copy++) text += draft.replace(/([.?!])(\s)/g, `$1 (${copy})$2`) + '\n\n';
  return cutAtSpace(text, size);
}

/** The same words with every sentence mark and line break gone: one line of `size` characters. */
export function unpunctuatedOf(prose) {
  return prose.replace(/[.!?\u2026;:]/g, '').replace(/\s+/g, ' ');
}

function cutAtSpace(text, size) {
  const space = text.lastIndexOf(' ', size);
  return text.slice(0, space > size * 0.9 ? space : size);
}

export function benchCli({ cliFile, draft, runs = 3 }) {
  const dir = mkdtempSync(join(tmpdir(), 'attune-bench-cli-'));
  try {
    const files = { startup: write(dir, 'startup.txt', 'Hi Sam, thanks for your note.\n') };
    for (const size of SIZES) {
      files[`prose${size}`] = write(dir, `prose-${size}.txt`, proseOf(draft, size));
      // Stripping the marks shortens the text: start from a little more prose, then cut.
      files[`bare${size}`] = write(dir, `bare-${size}.txt`, cutAtSpace(unpunctuatedOf(proseOf(draft, Math.ceil(size * 1.1))), size));
    }
    const times = Object.fromEntries(Object.keys(files).map((key) => [key, []]));
    // Alternate the inputs run by run, so a load spike on the shared machine hits them alike.
    for (let i = 0; i < runs; i++) for (const [key, file] of Object.entries(files)) times[key].push(timeCli(cliFile, file));
    return summarise(times);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function write(dir, name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// Runs the CLI in a child that reports its own CPU time (user + system) when it exits. On a shared
// machine under load, wall time mostly measures the neighbours; CPU time measures the work.
const CPU_REPORTER = `
const [cliUrl, ...args] = process.argv.slice(1);
process.argv = [process.argv[0], cliUrl, ...args];
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write('\\nattune-bench-cpu-us ' + (user + system) + '\\n');
});
await import(cliUrl);
`;

function timeCli(cliFile, file) {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', CPU_REPORTER, pathToFileURL(cliFile).href, 'check', file], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  // 0 clean, 1 findings: both are a finished check. Anything else is a failure of the bench.
  const cpu = /attune-bench-cpu-us (\d+)/.exec(child.stderr ?? '');
  if ((child.status !== 0 && child.status !== 1) || !cpu) throw new Error(`bench: attune check ${file} failed (${child.status}): ${child.stderr}`);
  return Number(cpu[1]) / 1000;
}

function summarise(times) {
  const ms = Object.fromEntries(Object.entries(times).map(([key, xs]) => [key, median(xs)]));
  const above = (key) => Math.max(ms[key] - ms.startup, 1);
  const [small, big] = SIZES;
  return {
    sizes: SIZES,
    startupMs: ms.startup,
    proseMs: { [small]: ms[`prose${small}`], [big]: ms[`prose${big}`] },
    unpunctuatedMs: { [small]: ms[`bare${small}`], [big]: ms[`bare${big}`] },
    punctuationRatio: above(`bare${small}`) / above(`prose${small}`),
    proseScaling: above(`prose${big}`) / above(`prose${small}`),
    unpunctuatedScaling: above(`bare${big}`) / above(`bare${small}`),
  };
}

function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The lines of (f), in the style of the other bench lines. */
export function cliLines(c, check) {
  const s = (x) => `${(x / 1000).toFixed(2)} s`;
  const [small, big] = c.sizes;
  const k = (n) => `${n / 1000}k`;
  const ok = (x, target) => check(x <= target);
  return [
    `(f) the attune CLI, CPU time of the whole process (file in, report out), on prose and on the same words with no sentence punctuation or line break`,
    `      ${k(small)}: prose ${s(c.proseMs[small])} · no punctuation ${s(c.unpunctuatedMs[small])}   ${k(big)}: prose ${s(c.proseMs[big])} · no punctuation ${s(c.unpunctuatedMs[big])}   (start-up ${s(c.startupMs)}, left out of the ratios)`,
    `    ${ok(c.punctuationRatio, CLI_TARGETS.punctuationRatio)} ${c.punctuationRatio.toFixed(2)}× the prose time without punctuation (${k(small)})   target ≤ ${CLI_TARGETS.punctuationRatio}×`,
    `    ${ok(Math.max(c.proseScaling, c.unpunctuatedScaling), CLI_TARGETS.scaling)} ${k(big)} vs ${k(small)}: prose ${c.proseScaling.toFixed(2)}×, no punctuation ${c.unpunctuatedScaling.toFixed(2)}×   target ≤ ${CLI_TARGETS.scaling}× each (linear ≈ 2×)`,
  ];
}
