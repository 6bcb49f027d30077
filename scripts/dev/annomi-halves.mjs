// Scratch check (G2's working tool; the official numbers come from `npm run eval`): runs the
// current scripts/eval.mjs against a fresh bundle of src/engine, on the whole of annomi-dev and
// on two halves split at random by transcript (seeded), so cues tuned on the "dev" half can be
// checked on the "held" half. Data halves are written under the OS temp dir, never the repo.
//   node scripts/dev/annomi-halves.mjs [all|dev|held]…
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const dataDir = resolve(repo, '../shared/data');
const work = join(repo, 'build/g2-eval');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'build/node'), { recursive: true });
mkdirSync(join(work, 'scripts'), { recursive: true });
execFileSync(
  join(repo, 'node_modules/.bin/rolldown'),
  ['src/engine/index.ts', '--format', 'esm', '--platform', 'node', '--file', join(work, 'build/node/engine.js')],
  { cwd: repo, stdio: 'pipe' },
);
copyFileSync(join(repo, 'scripts/eval.mjs'), join(work, 'scripts/eval.mjs'));
symlinkSync(join(repo, 'tests'), join(work, 'tests'));

// A seeded shuffle of transcript ids: the first half is "dev", the rest "held".
const rows = readFileSync(join(dataDir, 'annomi-dev.jsonl'), 'utf8').trim().split('\n');
const ids = [...new Set(rows.map((l) => JSON.parse(l).transcript_id))].sort((a, b) => String(a).localeCompare(String(b)));
let seed = 20240611;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
for (let i = ids.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [ids[i], ids[j]] = [ids[j], ids[i]];
}
const devIds = new Set(ids.slice(0, Math.ceil(ids.length / 2)));
const halves = {
  all: rows,
  dev: rows.filter((l) => devIds.has(JSON.parse(l).transcript_id)),
  held: rows.filter((l) => !devIds.has(JSON.parse(l).transcript_id)),
};
const wanted = process.argv.slice(2).filter((a) => a in halves);
for (const name of wanted.length ? wanted : ['dev', 'held']) {
  const dir = join(tmpdir(), `attune-g2-data-${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'annomi-dev.jsonl'), halves[name].join('\n') + '\n');
  copyFileSync(join(dataDir, 'emails-dev.jsonl'), join(dir, 'emails-dev.jsonl'));
  const out = execFileSync('node', [join(work, 'scripts/eval.mjs')], { env: { ...process.env, ATTUNE_DATA_DIR: dir }, encoding: 'utf8' });
  const lines = out.split('\n');
  const pick = (re) => lines.filter((l) => re.test(l));
  console.log(`== ${name} (${halves[name].length} utterances)`);
  console.log(
    pick(
      /question\.open |question\.closed |reflection\.(simple|complex) |affirmation |autonomy |permission |advice |other |question\.open F1|reflection F1 \(simple|checklist/,
    ).join('\n'),
  );
  console.log(lines.slice(lines.findIndex((l) => l.startsWith('annomi-dev'))).join('\n'));
}
