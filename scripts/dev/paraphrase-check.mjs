// Scratch check for the pressure rules' generalisation: bundles the engine from src/ (private
// output dir, so it never races another engineer's build/node), then prints P/R per kind on
// tests/fixtures/paraphrase-pressure.jsonl and the held-out file, and a sentence-level proxy of
// dev pressure F1 and hard negatives (npm run eval is the real figure). Not part of `npm test`.
// Usage: node scripts/dev/paraphrase-check.mjs [--verbose] [--no-dev] [--src DIR] [--file extra.jsonl]
import { build } from 'rolldown';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
// --src: measure another checkout of src/ (e.g. an older commit unpacked with git archive).
const srcDir = option('--src') ?? `${root}src`;
const dir = `/tmp/attune-paraphrase-${process.pid}`;
await build({
  input: { engine: `${srcDir}/engine/index.ts` },
  output: { dir, format: 'esm', entryFileNames: '[name].mjs' },
  external: [/^compromise/, /^node:/],
  logLevel: 'silent',
});
const { createAnalyzer } = await import(pathToFileURL(`${dir}/engine.mjs`).href);
const analyzer = createAnalyzer();
const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose');
const readJsonl = (file) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const pressureOf = (text) => analyzer.analyze(text).findings.filter((f) => f.category === 'pressure');
const f1 = ({ tp, fp, fn }) => (2 * tp) / (2 * tp + fp + fn || 1);
const fmt = (x) => x.toFixed(3);

function check(name, rows) {
  const all = { tp: 0, fp: 0, fn: 0 };
  const kinds = {};
  let kindOk = 0;
  const lines = [];
  for (const row of rows) {
    const found = pressureOf(row.text);
    const gold = row.pressure !== null;
    const k = (kinds[row.pressure ?? found[0]?.kind ?? '-'] ??= { tp: 0, fp: 0, fn: 0 });
    if (gold && found.length) {
      all.tp++;
      k.tp++;
      if (found.some((f) => f.kind === row.pressure)) kindOk++;
      else lines.push(`  KIND ${row.pressure} got ${found.map((f) => f.kind)} | ${row.text}`);
    } else if (gold) {
      all.fn++;
      k.fn++;
      lines.push(`  MISS ${row.pressure} | ${row.text}`);
    } else if (found.length) {
      all.fp++;
      (kinds[found[0].kind] ??= { tp: 0, fp: 0, fn: 0 }).fp++;
      lines.push(`  FLAG ${found.map((f) => `${f.rule}[${row.text.slice(f.start, f.end)}]`).join(' ')} | ${row.text}`);
    }
  }
  const neg = rows.filter((r) => r.pressure === null).length;
  console.log(
    `${name}: P ${fmt(all.tp / (all.tp + all.fp || 1))} R ${fmt(all.tp / (all.tp + all.fn || 1))} F1 ${fmt(f1(all))}  right kind ${kindOk}/${all.tp}  non-pressure flagged ${all.fp}/${neg}`,
  );
  for (const [kind, c] of Object.entries(kinds)) console.log(`  ${kind.padEnd(14)} tp ${c.tp} fp ${c.fp} fn ${c.fn}`);
  if (verbose) console.log(lines.join('\n'));
}

check('paraphrase', readJsonl(`${root}tests/fixtures/paraphrase-pressure.jsonl`));
check('held-out', readJsonl(`${root}tests/fixtures/heldout-pressure.jsonl`));
if (option('--file')) check(option('--file'), readJsonl(option('--file')));

if (!args.has('--no-dev')) {
  // Same look-alike list as scripts/eval.mjs (its hard negatives); judged sentence by sentence here.
  const LOOKALIKE =
    /\b(you need to|you must|must|have to|has to|need to|should|shouldn't|obviously|clearly|of course|asap|immediately|right away|urgent(?:ly)?|deadline|last chance|act now|don't wait|hurry|don't worry|nothing to worry|as i said|as i mentioned|as mentioned|as i explained|like i said|like i told you|trust me|believe me|simple|simply|no choice|non-negotiable|if you don't|or else|with all due respect|i'm the expert)\b/i;
  const c = { tp: 0, fp: 0, fn: 0 };
  let hard = 0,
    hardFlagged = 0;
  const fps = [];
  for (const r of readJsonl(`${root}../shared/data/emails-dev.jsonl`)) {
    for (const s of r.sentences) {
      const found = pressureOf(s.text).length > 0;
      const gold = s.codes.includes('pressure');
      if (found && gold) c.tp++;
      else if (found) {
        c.fp++;
        fps.push(s.text);
      } else if (gold) c.fn++;
      if (!gold && LOOKALIKE.test(s.text)) {
        hard++;
        if (found) hardFlagged++;
      }
    }
  }
  console.log(`dev (sentence proxy): tp ${c.tp} fp ${c.fp} fn ${c.fn} F1 ${fmt(f1(c))}  hard negatives flagged ${hardFlagged}/${hard}`);
  if (verbose) for (const t of fps) console.log(`  DEV-FP | ${t}`);
}
