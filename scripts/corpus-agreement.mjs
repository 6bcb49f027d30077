#!/usr/bin/env node
// npm run agreement: how far two independent annotators agree on the corpus, per code (Cohen's κ
// over sentences, each code present or absent), on the pressure kind (where both saw pressure) and
// on whether a concern was acknowledged (where both listed the same client sentence). The first
// pass is the writer's, the second an annotator's blind pass (corpus/passes/); corpus/drafts/ holds
// the adjudicated labels.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(root, 'corpus/passes');
const CODES = [
  'question.open',
  'question.closed',
  'reflection.simple',
  'reflection.complex',
  'affirmation',
  'autonomy',
  'permission',
  'information',
  'advice',
  'pressure',
  'other',
];
const read = (f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

function kappa(pairs) {
  const n = pairs.length;
  if (!n) return null;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const pa = pairs.filter(([a]) => a).length / n;
  const pb = pairs.filter(([, b]) => b).length / n;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}

const writers = readdirSync(dir)
  .filter((f) => f.endsWith('.second.jsonl'))
  .map((f) => f.replace('.second.jsonl', ''))
  .sort();
const byCode = Object.fromEntries(CODES.map((c) => [c, []]));
const kinds = { same: 0, total: 0 };
const acks = [];
let drafts = 0;
let sentences = 0;
for (const w of writers) {
  const first = new Map(read(resolve(dir, `${w}.first.jsonl`)).map((d) => [d.id, d]));
  for (const b of read(resolve(dir, `${w}.second.jsonl`))) {
    const a = first.get(b.id);
    if (!a || a.sentences.length !== b.sentences.length) continue;
    drafts++;
    a.sentences.forEach((sa, i) => {
      const sb = b.sentences[i];
      sentences++;
      for (const c of CODES) byCode[c].push([sa.codes.includes(c), (sb.codes ?? []).includes(c)]);
      if (sa.codes.includes('pressure') && (sb.codes ?? []).includes('pressure')) {
        kinds.total++;
        if (sa.pressure === sb.pressure) kinds.same++;
      }
    });
    const theirs = new Map((b.concerns ?? []).map((c) => [c.text.trim(), c.acknowledged]));
    for (const c of a.concerns ?? []) if (theirs.has(c.text.trim())) acks.push([c.acknowledged, theirs.get(c.text.trim())]);
  }
}
if (!existsSync(dir) || !drafts) {
  console.error('agreement: no second passes in corpus/passes');
  process.exit(2);
}
console.log(`Agreement between writer and blind second annotator: ${drafts} drafts, ${sentences} sentences (${writers.join(', ')})`);
console.log('  code                  κ      writer / annotator positives');
for (const c of CODES) {
  const pairs = byCode[c];
  console.log(`  ${c.padEnd(20)} ${kappa(pairs).toFixed(3)}   ${pairs.filter(([a]) => a).length} / ${pairs.filter(([, b]) => b).length}`);
}
console.log(`  pressure kind, where both saw pressure: ${(kinds.same / kinds.total).toFixed(3)} (${kinds.same}/${kinds.total})`);
console.log(`  concern acknowledged κ ${kappa(acks).toFixed(3)} over ${acks.length} concerns both listed`);
