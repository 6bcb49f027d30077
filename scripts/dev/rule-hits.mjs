// Scratch: which rules fire on each sentence given as an argument (strict, warm), with the span.
// Usage: node scripts/dev/rule-hits.mjs 'sentence' ['sentence' …]
import { build } from 'rolldown';
import { pathToFileURL } from 'node:url';
const dir = `/tmp/attune-rule-hits-${process.pid}`;
await build({
  input: { r: new URL('../../src/engine/rules/rule.ts', import.meta.url).pathname },
  output: { dir, format: 'esm', entryFileNames: '[name].mjs' },
  external: [/^compromise/],
  logLevel: 'silent',
});
const { runRules } = await import(pathToFileURL(`${dir}/r.mjs`).href);
for (const t of process.argv.slice(2)) console.log(JSON.stringify(runRules(t, 'warm', 'strict').map((m) => `${m.rule}[${t.slice(m.start, m.end)}]`)), '|', t);
