// Scratch audit of the pressure rules' robustness to surface variants: every pressure row of the
// paraphrase sets (and the held-out file) is rewritten with contractions expanded or contracted,
// curly apostrophes, and an intensifier inserted after "you"/"I"; a variant that loses its
// detection, or a look-alike variant that gains one, is printed. Not part of `npm test`.
// Usage: node scripts/dev/variant-check.mjs [files…]
import { build } from 'rolldown';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = `/tmp/attune-variants-${process.pid}`;
await build({
  input: { engine: `${root}src/engine/index.ts` },
  output: { dir, format: 'esm', entryFileNames: '[name].mjs' },
  external: [/^compromise/, /^node:/],
  logLevel: 'silent',
});
const { createAnalyzer } = await import(pathToFileURL(`${dir}/engine.mjs`).href);
const analyzer = createAnalyzer();
const flagged = (text) => analyzer.analyze(text).findings.some((f) => f.category === 'pressure');

// Pairs read both ways: contracted ⇄ expanded.
const PAIRS = [
  ["you'll", 'you will'],
  ["we'll", 'we will'],
  ["I'll", 'I will'],
  ["it'll", 'it will'],
  ["that'll", 'that will'],
  ["you're", 'you are'],
  ["we're", 'we are'],
  ["they're", 'they are'],
  ["I'm", 'I am'],
  ["you've", 'you have'],
  ["we've", 'we have'],
  ["I've", 'I have'],
  ["you'd", 'you would'],
  ["I'd", 'I would'],
  ["we'd", 'we would'],
  ["don't", 'do not'],
  ["doesn't", 'does not'],
  ["didn't", 'did not'],
  ["won't", 'will not'],
  ["can't", 'cannot'],
  ["isn't", 'is not'],
  ["aren't", 'are not'],
  ["haven't", 'have not'],
  ["shouldn't", 'should not'],
  ["wouldn't", 'would not'],
  ["it's", 'it is'],
  ["that's", 'that is'],
  ["there's", 'there is'],
  ["let's", 'let us'],
  ["should've", 'should have'],
];
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function variants(text) {
  const out = new Set();
  for (const [a, b] of PAIRS) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ]) {
      const re = new RegExp(`\\b${esc(from)}\\b`, 'i');
      if (re.test(text)) out.add(text.replace(re, (m) => (m[0] === m[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to)));
    }
  }
  if (text.includes("'")) out.add(text.replaceAll("'", '\u2019'));
  for (const adv of ['really', 'just', 'honestly']) {
    const m = /\b(you|I|we)( (?:need|have|must|should|can't|cannot|don't|won't|will|'ll|know|keep))/i.exec(text);
    if (m) out.add(text.slice(0, m.index) + `${m[1]} ${adv}${m[2]}` + text.slice(m.index + m[0].length));
  }
  out.delete(text);
  return [...out];
}

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['tests/fixtures/paraphrase-pressure.jsonl', 'tests/fixtures/paraphrase-pressure-2.jsonl', 'tests/fixtures/heldout-pressure.jsonl'];
let tried = 0,
  lost = 0,
  gained = 0;
for (const file of files) {
  for (const line of readFileSync(`${root}${file}`, 'utf8').trim().split('\n')) {
    const row = JSON.parse(line);
    const base = flagged(row.text);
    if (row.pressure !== null && !base) continue; // a plain miss: paraphrase-check reports it
    for (const v of variants(row.text)) {
      tried++;
      const got = flagged(v);
      if (row.pressure !== null && !got) {
        lost++;
        console.log(`LOST ${row.pressure} | ${v}`);
      }
      if (row.pressure === null && got) {
        gained++;
        console.log(`GAINED | ${v}`);
      }
    }
  }
}
console.log(`variants tried ${tried}: pressure lost ${lost}, look-alikes flagged ${gained}`);
