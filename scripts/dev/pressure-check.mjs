// Scratch check for E1's pieces on the dev data: segmentation exact-span rate and pressure
// precision/recall per kind, plus the hard-negative rate. Not part of `npm test`.
// Usage: node scripts/dev/pressure-check.mjs [--seg] [--rules] [--verbose]
import { build } from 'rolldown';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = '/tmp/attune-e1-check/engine-bits.mjs';
await build({
  input: { 'engine-bits': `${root}scripts/dev/entry.ts` },
  output: { dir: '/tmp/attune-e1-check', format: 'esm', entryFileNames: '[name].mjs' },
  logLevel: 'silent',
});
const { segmentSentences, findQuoted, runRules } = await import(pathToFileURL(out).href + `?t=${Date.now()}`);

const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose');
const all = !args.has('--seg') && !args.has('--rules');
const rows = readFileSync(new URL('../../../shared/data/emails-dev.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));

if (all || args.has('--seg')) {
  let hit = 0,
    total = 0,
    predicted = 0;
  for (const r of rows) {
    const q = findQuoted(r.draft);
    const spans = segmentSentences(r.draft, 0, r.draft.length, q);
    predicted += spans.length;
    const got = new Set(spans.map((s) => r.draft.slice(s.start, s.end)));
    for (const s of r.sentences) {
      total++;
      if (got.has(s.text)) hit++;
      else if (verbose)
        console.log('MISS', JSON.stringify(s.text), '\n   got:', JSON.stringify([...got].filter((g) => s.text.includes(g) || g.includes(s.text))));
    }
  }
  console.log(`segmentation: ${hit}/${total} labelled sentences reproduced exactly (${((100 * hit) / total).toFixed(1)}%), ${predicted} predicted`);
}

if (all || args.has('--rules')) {
  const HARD =
    /\b(?:you need to|need to|must|have to|has to|should|obviously|clearly|of course|asap|immediately|right away|don't worry|worry|as i said|as mentioned|trust me|believe me|simple|easy|no choice|honestly|just|now|today|deadline|if you don't|with respect|no need)\b/i;
  const kinds = {};
  let tp = 0,
    fp = 0,
    fn = 0,
    hardN = 0,
    hardF = 0,
    kindOk = 0,
    anyKindOk = 0;
  for (const r of rows) {
    for (const s of r.sentences) {
      const matches = runRules(s.text, 'warm', 'standard');
      const gold = s.codes.includes('pressure');
      const k = (kinds[s.pressure ?? matches[0]?.kind ?? '-'] ??= { tp: 0, fp: 0, fn: 0 });
      if (gold && matches.length) {
        tp++;
        k.tp++;
        if (matches[0].kind === s.pressure) kindOk++;
        else if (verbose) console.log('KIND', s.pressure, 'got', matches.map((m) => m.kind).join(','), '|', s.text);
        if (matches.some((m) => m.kind === s.pressure)) anyKindOk++;
      } else if (gold) {
        fn++;
        k.fn++;
        if (verbose) console.log('FN  ', s.pressure, '|', s.text);
      } else if (matches.length) {
        fp++;
        (kinds[matches[0].kind] ??= { tp: 0, fp: 0, fn: 0 }).fp++;
        if (verbose) console.log('FP  ', matches.map((m) => `${m.rule}[${s.text.slice(m.start, m.end)}]`).join(' '), '|', s.text);
      }
      if (!gold && HARD.test(s.text)) {
        hardN++;
        if (matches.length) hardF++;
      }
    }
  }
  const f1 = (a, b, c) => (2 * a) / (2 * a + b + c || 1);
  console.log(
    `pressure: tp ${tp} fp ${fp} fn ${fn}  P ${(tp / (tp + fp || 1)).toFixed(3)} R ${(tp / (tp + fn || 1)).toFixed(3)} F1 ${f1(tp, fp, fn).toFixed(3)}`,
  );
  console.log(`kind of first finding right: ${kindOk}/${tp}; some finding of the right kind: ${anyKindOk}/${tp}`);
  console.log(`hard negatives flagged: ${hardF}/${hardN} (${((100 * hardF) / (hardN || 1)).toFixed(1)}%)`);
  for (const [kind, c] of Object.entries(kinds)) console.log(`  ${kind.padEnd(14)} tp ${c.tp} fp ${c.fp} fn ${c.fn}  F1 ${f1(c.tp, c.fp, c.fn).toFixed(2)}`);
}
