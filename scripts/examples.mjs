#!/usr/bin/env node
// Prints 10 real before/after examples from the dev data: a client's concern the draft left
// unacknowledged, and the reflection Attune suggests inserting at the top of the reply.
// Chosen by a fixed rule (printed below), never by hand. Needs the built engine: npm run build:node.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const enginePath = resolve(root, 'build/node/engine.js');
const dataPath = resolve(root, process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/data/emails-dev.jsonl');
const countArg = process.argv.find((a) => a.startsWith('--count='));
const COUNT = countArg ? Math.max(1, Number(countArg.slice(8)) || 10) : 10;

if (!existsSync(enginePath)) {
  console.error('The engine is not built: run `npm run build:node` first.');
  process.exit(2);
}
if (!existsSync(dataPath)) {
  console.error(`No data at ${dataPath}`);
  process.exit(2);
}

const { createAnalyzer } = await import(pathToFileURL(enginePath).href);
const rows = readFileSync(dataPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const register = process.argv.includes('--formal') ? 'formal' : 'warm';
const analyzer = createAnalyzer({ register });

console.log(`Rule: in file order, the first ${COUNT} drafts of ${dataPath.split('/').slice(-1)[0]} whose report has a`);
console.log('missing-acknowledgement finding; for each, the first such finding (the first unacknowledged');
console.log(`concern), with its best suggestion (simple reflection) and its second (complex). Register: ${register}.\n`);

let shown = 0;
for (const row of rows) {
  if (shown >= COUNT) break;
  if (!row.thread) continue;
  const report = analyzer.analyze(row.draft, { thread: row.thread });
  const finding = report.findings.find((f) => f.category === 'missing-acknowledgement' && f.suggestions.length > 0);
  if (!finding) continue;
  const concern = report.concerns.find((c) => !c.acknowledged && finding.message.includes(c.text.replace(/\s+/g, ' ').trim().slice(0, 40)));
  const [best, second] = finding.suggestions;
  // Each suggestion is inserted on its own and the draft analysed again: does the card's promise hold?
  const stillMissing = finding.suggestions.some((s) => {
    const after = row.draft.slice(0, s.start) + s.text + row.draft.slice(s.end);
    return analyzer.analyze(after, { thread: row.thread }).concerns.find((c) => c.text === concern?.text)?.acknowledged === false;
  });
  shown++;
  console.log(`${shown}. ${row.id} (${row.role})`);
  console.log(`   client:  “${concern?.text ?? ''}”`);
  console.log(`   topic:   ${concern?.topic ?? ''} [${concern?.kind ?? ''}]`);
  console.log(`   before:  ${oneLine(row.draft.slice(best.start, best.start + 110))}…`);
  console.log(`   simple:  ${best.text.trim()}`);
  if (second) console.log(`   complex: ${second.text.trim()}`);
  console.log(`   after inserting either one, the concern is ${stillMissing ? 'STILL unacknowledged (for at least one)' : 'acknowledged'}.\n`);
}
if (shown < COUNT) console.log(`Only ${shown} drafts matched the rule.`);

function oneLine(text) {
  return text.replace(/\s+/g, ' ').trim();
}
