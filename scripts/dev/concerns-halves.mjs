#!/usr/bin/env node
// Scratch check (G3's working tool; the official numbers come from `npm run eval`): concern
// detection and acknowledgement on the dev drafts that have a thread, split into two fixed halves
// by a hash of `id` ("dev" to tune on, "held" to check generalisation). Bundles src/engine afresh
// into build/g3-eval (never committed); the data stays in ../shared/data.
//   node scripts/dev/concerns-halves.mjs            figures for both halves (eval.mjs's match rule)
//   node scripts/dev/concerns-halves.mjs --show dev mismatches of the dev half, to read
//   node scripts/dev/concerns-halves.mjs --official runs scripts/eval.mjs itself on each half
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = resolve(import.meta.dirname, '../..');
const dataDir = resolve(repo, '../shared/data');
const work = join(repo, 'build/g3-eval');
mkdirSync(work, { recursive: true });
const bundle = join(work, 'engine.js');
execFileSync(join(repo, 'node_modules/.bin/rolldown'), ['src/engine/index.ts', '--format', 'esm', '--platform', 'node', '--file', bundle], {
  cwd: repo,
  stdio: 'pipe',
});
const { createAnalyzer } = await import(pathToFileURL(bundle).href + `?t=${Date.now()}`);

/** FNV-1a of the id: a fixed split that does not depend on file order. */
function half(id) {
  let h = 0x811c9dc5;
  for (const ch of String(id)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'dev' : 'held';
}

const rows = readFileSync(join(dataDir, 'emails-dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const threaded = rows.filter((r) => r.thread);
const halves = { dev: threaded.filter((r) => half(r.id) === 'dev'), held: threaded.filter((r) => half(r.id) === 'held') };

if (process.argv.includes('--official')) {
  for (const [name, items] of Object.entries(halves)) {
    const dir = join(work, `data-${name}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'emails-dev.jsonl'), items.map((r) => JSON.stringify(r)).join('\n') + '\n');
    copyFileSync(join(dataDir, 'annomi-dev.jsonl'), join(dir, 'annomi-dev.jsonl'));
    const out = execFileSync('node', [join(repo, 'scripts/eval.mjs')], { env: { ...process.env, ATTUNE_DATA_DIR: dir }, encoding: 'utf8' });
    console.log(`== ${name} (${items.length} drafts)`);
    console.log(
      out
        .split('\n')
        .filter((l) => /concern detection|acknowledgement accuracy|end to end|P \d|missed:/.test(l))
        .join('\n'),
    );
  }
  process.exit(0);
}

// ---- the same match rule as scripts/eval.mjs (copied so the mismatches can be printed) ----
const STOP_WORDS = new Set(
  (
    'a an the of to in on for and or but with about into onto from by at as is are be been being was were it its this that ' +
    'these those my our your their his her we you i they me us them any some all more most much many very so such than ' +
    'then there here what which who how why when whether if not no do does did can could would should will just up out'
  ).split(' '),
);
const crudeStem = (word) => {
  let w = word.replace(/'s$/, '');
  if (w.length <= 3) return w;
  w = w.replace(/iness$/, 'y').replace(/(?:ies|ied)$/, 'y');
  w = w.replace(/(?<=\w{3})(?:ness|ing|ed|es|s)$/, '');
  return w.replace(/(?<=\w{3})e$/, '');
};
const contentWords = (t) =>
  new Set(
    String(t ?? '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
      .map(crudeStem),
  );
const share = (a, b) => [...contentWords(a)].some((w) => contentWords(b).has(w));
const spanIn = (thread, text) => {
  const t = String(text ?? '').trim();
  const at = t ? thread.indexOf(t) : -1;
  return at < 0 ? null : { start: at, end: at + t.length };
};
const overlaps = (a, b) => !!a && !!b && a.start < b.end && b.start < a.end;

const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : null;
const analyzer = createAnalyzer();
for (const [name, items] of Object.entries(halves)) {
  const c = { tp: 0, fp: 0, fn: 0, topic: 0, ackOk: 0, ackN: 0 };
  const notes = [];
  for (const item of items) {
    const report = analyzer.analyze(item.draft, { thread: item.thread });
    const detected = report.concerns;
    const used = new Set();
    for (const g of item.concerns) {
      const gs = spanIn(item.thread, g.text);
      const m = detected.findIndex((d, i) => !used.has(i) && overlaps(gs, spanIn(item.thread, d.text)) && share(g.topic, d.topic));
      if (m < 0) {
        c.fn++;
        const near = detected.find((d, i) => !used.has(i) && overlaps(gs, spanIn(item.thread, d.text)));
        if (near) c.topic++;
        notes.push(near ? `TOPIC  ${item.id}: gold "${g.topic}" vs "${near.topic}"  | ${g.text}` : `MISS   ${item.id}: "${g.topic}" | ${g.text}`);
        continue;
      }
      used.add(m);
      c.tp++;
      c.ackN++;
      if (detected[m].acknowledged === g.acknowledged) c.ackOk++;
      else notes.push(`ACK    ${item.id}: gold ${g.acknowledged} got ${detected[m].acknowledged} "${detected[m].topic}" | ${g.text}`);
    }
    for (const [i, d] of detected.entries()) if (!used.has(i)) notes.push(`EXTRA  ${item.id}: "${d.topic}" [${d.kind}] | ${d.text}`);
    c.fp += detected.length - used.size;
  }
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  const f1 = (2 * p * r) / (p + r || 1);
  console.log(
    `${name.padEnd(5)} ${items.length} drafts  concern F1 ${f1.toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)}; tp ${c.tp} fp ${c.fp} fn ${c.fn}, ${c.topic} topic-only)  ack ${(c.ackOk / (c.ackN || 1)).toFixed(3)} (${c.ackOk}/${c.ackN})`,
  );
  if (show === name) console.log(notes.sort().join('\n'));
}
