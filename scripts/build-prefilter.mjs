// npm run prefilter: regenerate src/engine/generated/prefilter-requirements.ts (see build-prefilter-table.mjs).
// Run it after adding or changing a pattern anywhere in src/engine; tests/unit/engine/regex-prefilter-table.test.ts
// fails until you do (a pattern it does not know still works, read at run time, only slower to start).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { collectPatterns, engineSourceFiles, renderModule, requirementEntries } from './build-prefilter-table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const engineDir = join(root, 'src/engine');
const files = engineSourceFiles(engineDir);

// One virtual module that re-exports every engine module, so they load in a single runner.
const ENTRY = 'virtual:prefilter-engine-modules';
const entryCode = files.map((f, i) => `export * as m${i} from ${JSON.stringify(f)};`).join('\n');
const { module } = await runnerImport(ENTRY, {
  root,
  logLevel: 'error',
  plugins: [{ name: 'prefilter-entry', resolveId: (id) => (id === ENTRY ? '\0' + ENTRY : null), load: (id) => (id === '\0' + ENTRY ? entryCode : null) }],
});
const namespaces = files.map((_, i) => module[`m${i}`]);
const prefilter = namespaces[files.indexOf(join(engineDir, 'regex-prefilter.ts'))];
const patterns = collectPatterns(
  namespaces,
  files.map((f) => [relative(root, f), readFileSync(f, 'utf8')]),
);
const entries = requirementEntries(patterns, prefilter);
writeFileSync(join(engineDir, 'generated/prefilter-requirements.ts'), renderModule(entries));
console.log(
  `prefilter-requirements.ts: ${entries.length} patterns (${entries.filter(([, c]) => c === null).length} never skipped) from ${files.length} modules`,
);
