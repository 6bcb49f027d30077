// The blind rating's result per engine: mean, distribution, share rated 1–2, and the five worst and
// best items with the rater's reasons (issue #11).
//
//   node scripts/dev/rating-score.mjs /tmp/rating        (reads sample.jsonl, key.json, ratings.jsonl)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = process.argv[2] ?? '/tmp/rating';
const readJsonl = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));

const sample = new Map(readJsonl(resolve(dir, 'sample.jsonl')).map((s) => [s.n, s]));
const engineOf = new Map(JSON.parse(readFileSync(resolve(dir, 'key.json'), 'utf8')).map((k) => [k.n, k.engine]));
const ratings = readJsonl(resolve(dir, 'ratings.jsonl'));

const byEngine = new Map();
for (const r of ratings) {
  const engine = engineOf.get(r.n);
  if (!engine) throw new Error(`rating-score: item ${r.n} is not in key.json`);
  if (!byEngine.has(engine)) byEngine.set(engine, []);
  byEngine.get(engine).push(r);
}

const shorten = (text, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const show = (r) => {
  const s = sample.get(r.n);
  const change =
    s.replaces === null
      ? `insert ${JSON.stringify(shorten(s.suggestion))}`
      : `${JSON.stringify(shorten(s.replaces))} → ${JSON.stringify(shorten(s.suggestion))}`;
  return `    [${r.score}] #${r.n} ${change}\n        rater: ${r.why}`;
};

for (const [engine, rs] of [...byEngine].sort()) {
  const mean = rs.reduce((sum, r) => sum + r.score, 0) / rs.length;
  const counts = [1, 2, 3, 4, 5].map((score) => rs.filter((r) => r.score === score).length);
  const low = (counts[0] + counts[1]) / rs.length;
  console.log(
    `engine ${engine}: ${rs.length} rated, mean ${mean.toFixed(2)}, rated 1–2 ${(100 * low).toFixed(1)}%, rated 4–5 ${((100 * (counts[3] + counts[4])) / rs.length).toFixed(1)}%`,
  );
  console.log(`  distribution 1..5: ${counts.join(' / ')}`);
  const sorted = [...rs].sort((a, b) => a.score - b.score || a.n - b.n);
  console.log('  five worst:');
  for (const r of sorted.slice(0, 5)) console.log(show(r));
  console.log('  five best:');
  for (const r of sorted.slice(-5).reverse()) console.log(show(r));
}
