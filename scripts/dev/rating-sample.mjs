// The blind rating's sample (issue #11): random suggestions from the given drafts, made by one or more
// engine builds, shuffled together so the rater cannot tell which engine wrote which. The key (item →
// engine) is written apart from the sample; the rater reads only the sample.
//
//   node scripts/dev/rating-sample.mjs --drafts a.jsonl,b.jsonl --engine A=build/node/engine.js \
//     --engine B=/work/before/node/engine.js --per-engine 150 --out /tmp/rating
//
// Writes <out>/sample.jsonl (n, thread, draft, flagged, reason, replaces, insert_at, suggestion,
// draft_after) and <out>/key.json ([{n, engine}]). Score the rater's answers with rating-score.mjs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mulberry32, shuffle } from '../lib/random.mjs';

function args() {
  const out = { drafts: [], engines: [], perEngine: 150, seed: 11, out: '/tmp/rating' };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--drafts') out.drafts.push(...value.split(','));
    else if (flag === '--engine') out.engines.push(value.split('='));
    else if (flag === '--per-engine') out.perEngine = Number(value);
    else if (flag === '--seed') out.seed = Number(value);
    else if (flag === '--out') out.out = value;
    else throw new Error(`rating-sample: unknown argument ${flag}`);
    i++;
  }
  if (!out.drafts.length || !out.engines.length) throw new Error('rating-sample: give --drafts and at least one --engine NAME=path');
  return out;
}

const readJsonl = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));

/** Every suggestion the engine offers on these drafts, as the rater will see it. */
function suggestionsOf(analyzer, drafts) {
  const items = [];
  for (const d of drafts) {
    const report = analyzer.analyze(d.draft, { thread: d.thread });
    for (const f of report.findings) {
      for (const s of f.suggestions ?? []) {
        items.push({
          thread: d.thread,
          draft: d.draft,
          flagged: d.draft.slice(f.start, f.end),
          reason: f.message,
          replaces: s.start === s.end ? null : d.draft.slice(s.start, s.end),
          insert_at: s.start === s.end ? s.start : null,
          suggestion: s.text,
          draft_after: d.draft.slice(0, s.start) + s.text + d.draft.slice(s.end),
        });
      }
    }
  }
  return items;
}

async function main() {
  const opts = args();
  const drafts = opts.drafts.flatMap((file) => readJsonl(resolve(file)));
  const rand = mulberry32(opts.seed);
  const picked = [];
  for (const [name, file] of opts.engines) {
    const { createAnalyzer } = await import(pathToFileURL(resolve(file)).href);
    const all = suggestionsOf(createAnalyzer(), drafts);
    const chosen = shuffle(all, rand).slice(0, opts.perEngine);
    console.error(`${name}: ${all.length} suggestions on ${drafts.length} drafts, ${chosen.length} sampled`);
    picked.push(...chosen.map((item) => ({ engine: name, item })));
  }
  shuffle(picked, rand);
  mkdirSync(opts.out, { recursive: true });
  const sample = picked.map(({ item }, i) => JSON.stringify({ n: i + 1, ...item }));
  writeFileSync(resolve(opts.out, 'sample.jsonl'), `${sample.join('\n')}\n`);
  writeFileSync(resolve(opts.out, 'key.json'), JSON.stringify(picked.map(({ engine }, i) => ({ n: i + 1, engine }))));
  console.error(`wrote ${picked.length} items to ${opts.out}/sample.jsonl (key in key.json)`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(2);
});
