// Scratch: print each rule match and its rewrites for the sentences given. Usage: node scripts/dev/rule-debug.mjs "text" …
import { build } from 'rolldown';
import { pathToFileURL } from 'node:url';
await build({
  input: { e: new URL('./entry.ts', import.meta.url).pathname },
  output: { dir: '/tmp/attune-rule-debug', format: 'esm', entryFileNames: '[name].mjs' },
  logLevel: 'silent',
});
const { runRules } = await import(pathToFileURL('/tmp/attune-rule-debug/e.mjs').href);
for (const t of process.argv.slice(2))
  for (const r of ['warm', 'formal'])
    console.log(
      r,
      JSON.stringify(
        runRules(t, r, 'standard').map((m) => ({
          rule: m.rule,
          span: t.slice(m.start, m.end),
          s: m.suggestions.map((s) => t.slice(0, s.start) + s.text + t.slice(s.end)),
        })),
        null,
        1,
      ),
    );
