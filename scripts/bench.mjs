#!/usr/bin/env node
// npm run bench: the engine's speed and memory beside compromise's own tagging and write-good,
// measured in one run on the same synthetic drafts (tests/fixtures/draft-*.txt), and the CLI end
// to end on long inputs with and without punctuation (scripts/bench-cli.mjs).
//
// The machine is shared and noisy, so each comparison alternates its two sides run by run, takes
// medians after a warm-up, and judges ratios rather than absolute times. --json for machine output.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchCli, cliLines } from './bench-cli.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const engineFile = resolve(repoRoot, 'build/node/engine.js');
const cliFile = resolve(repoRoot, 'build/node/cli.js');
const asJson = process.argv.includes('--json');

const TARGETS = { fullSpeedup: 2, editSpeedup: 10, coldSpeedup: 2, heapMB: 40 };
// Words "typed" into the draft for the one-edit measure; each run types a new one so the edited
// sentence is always a cache miss.
const TYPED_WORDS = ['really', 'also', 'perhaps', 'still', 'gently', 'honestly', 'today', 'soon', 'together', 'carefully'];

if (!existsSync(engineFile)) {
  console.error(`bench: ${engineFile} is missing; run "npm run build:node" first (npm run bench does).`);
  process.exit(2);
}

const long = readFileSync(resolve(repoRoot, 'tests/fixtures/draft-2000.txt'), 'utf8');
const short = readFileSync(resolve(repoRoot, 'tests/fixtures/draft-300.txt'), 'utf8');
const { createAnalyzer } = await import(pathToFileURL(engineFile).href);
const { default: nlp } = await import('compromise');
const { default: writeGood } = await import('write-good');

const results = {
  words: { long: wordCount(long), short: wordCount(short) },
  full: benchFull(),
  edit: benchEdit(),
  cold: benchCold(),
  heap: benchHeap(),
  scaling: benchScaling(),
  cli: benchCli({ cliFile, draft: long }),
};
if (asJson) console.log(JSON.stringify(results, null, 2));
else printResults(results);

// (a) Full analysis of the long draft with an empty cache, vs tagging it with compromise.
function benchFull() {
  const [engine, tagging, lint] = alternate([() => createAnalyzer().analyze(long), () => nlp(long), () => writeGood(long)], { warmup: 3, runs: 15 });
  return { engineMs: engine, compromiseMs: tagging, writeGoodMs: lint, speedup: tagging / engine };
}

// (b) One word typed into one sentence of the short draft, same analyzer (warm cache),
// vs compromise tagging the whole short draft (what a tagger-first design redoes per keystroke).
function benchEdit() {
  const analyzer = createAnalyzer();
  analyzer.analyze(short);
  const sentences = analyzer.analyze(short).sentences;
  let typed = 0;
  const typeOneWord = () => {
    const sentence = sentences[typed % sentences.length];
    const word = TYPED_WORDS[Math.floor(typed / sentences.length) % TYPED_WORDS.length];
    typed++;
    const at = sentence.text.indexOf(' ') + 1 || sentence.text.length;
    const edited = short.slice(0, sentence.start + at) + `${word}${typed} ` + short.slice(sentence.start + at);
    return analyzer.analyze(edited);
  };
  const [engine, tagging] = alternate([typeOneWord, () => nlp(short)], { warmup: 20, runs: 200 });
  const full = median(repeat(() => createAnalyzer().analyze(short), 30));
  return { engineMs: engine, compromiseMs: tagging, fullReanalysisMs: full, speedup: tagging / engine };
}

// (c) A fresh process importing the engine and analysing once, vs one importing compromise and
// tagging once. Timed inside the child, so Node's own start-up (paid by both) is left out.
function benchCold() {
  const engineChild = `const t0 = performance.now();
const { createAnalyzer } = await import(process.env.ENGINE_URL);
createAnalyzer().analyze(process.env.TEXT);
console.log(performance.now() - t0);`;
  const compromiseChild = `const t0 = performance.now();
const { default: nlp } = await import('compromise');
nlp(process.env.TEXT);
console.log(performance.now() - t0);`;
  const runs = 7;
  const engineTimes = [];
  const compromiseTimes = [];
  const engineWall = [];
  const compromiseWall = [];
  for (let i = 0; i < runs; i++) {
    const e = spawnTimed(engineChild);
    const c = spawnTimed(compromiseChild);
    engineTimes.push(e.inner);
    engineWall.push(e.wall);
    compromiseTimes.push(c.inner);
    compromiseWall.push(c.wall);
  }
  const engineMs = median(engineTimes);
  const compromiseMs = median(compromiseTimes);
  return {
    engineMs,
    compromiseMs,
    speedup: compromiseMs / engineMs,
    engineProcessMs: median(engineWall),
    compromiseProcessMs: median(compromiseWall),
  };
}

// (d) Heap in use after analysing the long draft, in a fresh process, after a full GC.
function benchHeap() {
  const child = `const { createAnalyzer } = await import(process.env.ENGINE_URL);
const analyzer = createAnalyzer();
const report = analyzer.analyze(process.env.TEXT);
globalThis.gc(); globalThis.gc();
console.log(process.memoryUsage().heapUsed, report.sentences.length);`;
  const baseline = `globalThis.gc(); globalThis.gc(); console.log(process.memoryUsage().heapUsed, 0);`;
  const [after] = runChild(child, long, ['--expose-gc']).split(' ').map(Number);
  const [bare] = runChild(baseline, long, ['--expose-gc']).split(' ').map(Number);
  const mb = (b) => b / (1024 * 1024);
  return { heapMB: mb(after), bareNodeHeapMB: mb(bare), engineHeapMB: mb(after - bare) };
}

// (e) Nothing per-draft may be quadratic: the whole-file analysis the CLI runs on 10× the text
// should take about 10× the time. Repeated fixture text would hit the sentence cache, so each
// copy is made unique by a number in every sentence, and every run uses a fresh analyzer.
function benchScaling() {
  const numbered = (copies) => Array.from({ length: copies }, (_, i) => long.replace(/([.?!])(\s)/g, `$1 (${i})$2`)).join('\n\n');
  const small = numbered(1);
  const big = numbered(10);
  const [smallMs, bigMs] = alternate(
    [() => createAnalyzer().analyze(small, { maxChars: Infinity }), () => createAnalyzer().analyze(big, { maxChars: Infinity })],
    { warmup: 1, runs: 5 },
  );
  return { smallChars: small.length, bigChars: big.length, smallMs, bigMs, ratio: bigMs / smallMs };
}

function spawnTimed(source) {
  const t0 = performance.now();
  const out = runChild(source, short);
  return { inner: Number(out), wall: performance.now() - t0 };
}

function runChild(source, text, flags = []) {
  const child = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', source], {
    cwd: repoRoot,
    env: { ...process.env, ENGINE_URL: pathToFileURL(engineFile).href, TEXT: text },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
  return child.stdout.trim();
}

/** Runs the functions in turn, run after run, so load spikes hit all of them alike; medians in ms. */
function alternate(fns, { warmup, runs }) {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const times = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, j) => times[j].push(timeOnce(fn)));
  }
  return times.map(median);
}

function repeat(fn, runs) {
  return Array.from({ length: runs }, () => timeOnce(fn));
}

function timeOnce(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function wordCount(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

function printResults(r) {
  const ms = (x) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;
  const check = (ok) => (ok ? '✓' : '✗');
  const lines = [
    `Attune bench (medians; node ${process.version}; texts: ${r.words.long} and ${r.words.short} words)`,
    '',
    `(a) full analysis, ${r.words.long} words, empty cache`,
    `      attune ${ms(r.full.engineMs)} · compromise nlp() ${ms(r.full.compromiseMs)} · write-good ${ms(r.full.writeGoodMs)}`,
    `    ${check(r.full.speedup >= TARGETS.fullSpeedup)} ${r.full.speedup.toFixed(1)}× faster than compromise tagging   target ≥ ${TARGETS.fullSpeedup}×`,
    `(b) one word typed into one sentence of the ${r.words.short}-word draft, warm cache`,
    `      attune ${ms(r.edit.engineMs)} (full re-analysis ${ms(r.edit.fullReanalysisMs)}) · compromise nlp() of the draft ${ms(r.edit.compromiseMs)}`,
    `    ${check(r.edit.speedup >= TARGETS.editSpeedup)} ${r.edit.speedup.toFixed(1)}× faster than tagging the draft   target ≥ ${TARGETS.editSpeedup}×`,
    `(c) fresh process: import + first analysis of the ${r.words.short}-word draft (timed inside the process)`,
    `      attune ${ms(r.cold.engineMs)} · import compromise + nlp() ${ms(r.cold.compromiseMs)}   (whole process: ${ms(r.cold.engineProcessMs)} vs ${ms(r.cold.compromiseProcessMs)})`,
    `    ${check(r.cold.speedup >= TARGETS.coldSpeedup)} ${r.cold.speedup.toFixed(1)}× faster cold start   target ≥ ${TARGETS.coldSpeedup}×`,
    `(d) heap used after a ${r.words.long}-word analysis (fresh process, after gc)`,
    `    ${check(r.heap.heapMB <= TARGETS.heapMB)} ${r.heap.heapMB.toFixed(1)} MB (bare node ${r.heap.bareNodeHeapMB.toFixed(1)} MB, engine + report ${r.heap.engineHeapMB.toFixed(1)} MB)   target ≤ ${TARGETS.heapMB} MB`,
    `(e) scaling: whole analysis of ${r.scaling.bigChars} vs ${r.scaling.smallChars} characters (10× the text)`,
    `    ${check(r.scaling.ratio <= 20)} ${r.scaling.ratio.toFixed(1)}× the time (${ms(r.scaling.bigMs)} vs ${ms(r.scaling.smallMs)})   target ≤ 20× (linear ≈ 10×)`,
    ...cliLines(r.cli, check),
  ];
  console.log(lines.join('\n'));
}
