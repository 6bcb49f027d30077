// Scratch: the rewrites `npm run eval` counts as problems, shown one by one, on any writers' drafts
// (train them only: the sealed split is never read). Usage:
//   node scripts/dev/rewrite-problems.mjs w01,w02 [--engine build/node/engine.js]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const writers = process.argv[2].split(',');
const at = process.argv.indexOf('--engine');
const { createAnalyzer } = await import(pathToFileURL(resolve(at > 0 ? process.argv[at + 1] : 'build/node/engine.js')).href);
const { LocalLinter } = await import('harper.js');
const { binaryInlined } = await import('harper.js/binaryInlined');
const linter = new LocalLinter({ binary: binaryInlined });
await linter.setup();
const analyzer = createAnalyzer();
const lineAround = (text, start, end) => {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to < 0 ? text.length : to);
};
let n = 0;
for (const w of writers) {
  for (const line of readFileSync(`corpus/drafts/${w}.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const item = JSON.parse(line);
    const input = item.thread ? { thread: item.thread } : {};
    const report = analyzer.analyze(item.draft, input);
    const before = new Set(report.findings.filter((x) => x.category === 'pressure').map((x) => item.draft.slice(x.start, x.end)));
    for (const f of report.findings) {
      for (const s of f.suggestions) {
        n++;
        const applied = item.draft.slice(0, s.start) + s.text + item.draft.slice(s.end);
        const end = s.start + s.text.length;
        const was = lineAround(item.draft, s.start, s.end);
        const now = lineAround(applied, s.start, end);
        const again = analyzer
          .analyze(applied, input)
          .findings.filter(
            (x) => x.category === 'pressure' && x.start < Math.max(end, s.start + 1) && x.end > s.start && !before.has(applied.slice(x.start, x.end)),
          );
        if (s.text.trim() && again.length) console.log(`PRESSURE ${item.id} ${f.rule} → ${again.map((x) => x.rule).join(',')}\n  - ${was}\n  + ${now}`);
        if (!s.text.trim()) continue;
        const [b, a] = [await linter.lint(was), await linter.lint(now)];
        const old = new Set(b.map((l) => l.message()));
        const lowerCaseWriter = /^\p{Ll}/u.test(was.trim());
        if (a.some((l) => !old.has(l.message()) && !(lowerCaseWriter && /capital letter/.test(l.message())))) {
          const added = a.filter((l) => !old.has(l.message())).map((l) => `${l.message()} [${now.slice(l.span().start, l.span().end)}]`);
          console.log(`GRAMMAR ${item.id} ${f.rule} ${added.join(' | ')}\n  - ${was}\n  + ${now}`);
        }
      }
    }
  }
}
console.log(`${n} suggestions`);
