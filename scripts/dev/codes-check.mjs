// Scratch measurement for sentence codes and the checklist (E2a's working tool; the official
// numbers come from `npm run eval`). Bundles src/engine/codes.ts and checklist.ts with rolldown
// into a temp dir, then scores them on the labelled dev sentences.
//   node scripts/dev/codes-check.mjs [--show code] [--annomi-show question|reflection|open|closed]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(tmpdir(), 'attune-codes-check');
mkdirSync(out, { recursive: true });
for (const name of ['codes', 'checklist']) {
  execFileSync('node_modules/.bin/rolldown', [`src/engine/${name}.ts`, '--format', 'esm', '--platform', 'node', '--file', join(out, `${name}.mjs`)], {
    stdio: 'pipe',
  });
}
const { codeSentence } = await import(join(out, 'codes.mjs'));
const { buildChecklist } = await import(join(out, 'checklist.mjs'));

const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : null;
const annomiShow = args.includes('--annomi-show') ? args[args.indexOf('--annomi-show') + 1] : null;
const read = (f) =>
  readFileSync(new URL(`../../../shared/data/${f}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

const f1 = ({ tp, fp, fn }) => {
  const p = tp / (tp + fp || 1),
    r = tp / (tp + fn || 1);
  return { p: +p.toFixed(3), r: +r.toFixed(3), f1: +((2 * p * r) / (p + r || 1)).toFixed(3), n: tp + fn };
};
const tally = () => ({ tp: 0, fp: 0, fn: 0 });
const count = (t, gold, pred) => {
  if (gold && pred) t.tp++;
  else if (pred) t.fp++;
  else if (gold) t.fn++;
};

// Emails: per code, on the given sentences.
const emails = read('emails-dev.jsonl');
const CODES = ['question.open', 'question.closed', 'reflection.simple', 'reflection.complex', 'affirmation', 'autonomy', 'permission', 'advice', 'other'];
const per = Object.fromEntries([...CODES, 'reflection(any)'].map((c) => [c, tally()]));
const checklistHits = { acknowledges: 0, no_pressure: 0, open_question: 0, autonomy: 0 };
for (const e of emails) {
  const reports = [];
  for (const s of e.sentences) {
    const pred = codeSentence(s.text, { pressured: s.codes.includes('pressure') });
    reports.push({ start: 0, end: 0, text: s.text, codes: pred });
    for (const c of CODES) {
      const g = s.codes.includes(c),
        p = pred.includes(c);
      count(per[c], g, p);
      if (show === c && g !== p) console.log(`${g ? 'FN' : 'FP'} ${c}: ${s.text.replace(/\n/g, ' / ')}  [gold ${s.codes}] [pred ${pred}]`);
    }
    const anyR = (cs) => cs.some((c) => c.startsWith('reflection'));
    count(per['reflection(any)'], anyR(s.codes), anyR(pred));
    if (show === 'reflection' && anyR(s.codes) !== anyR(pred)) console.log(`${anyR(s.codes) ? 'FN' : 'FP'} refl: ${s.text}  [gold ${s.codes}] [pred ${pred}]`);
  }
  const findings = e.sentences.some((s) => s.codes.includes('pressure')) ? [{ category: 'pressure' }] : [];
  const concerns = e.concerns.map((c) => ({ ...c, kind: 'worry', acknowledgedBy: null }));
  const cl = buildChecklist(reports, findings, concerns);
  for (const k of Object.keys(checklistHits)) {
    if (cl[k].pass === e.checklist[k]) checklistHits[k]++;
    else if (show === `checklist.${k}`) console.log(`${e.id} ${k}: gold ${e.checklist[k]} pred ${cl[k].pass} — ${cl[k].detail}`);
  }
}
console.log('emails-dev per code:');
for (const [c, t] of Object.entries(per)) console.log(`  ${c.padEnd(20)} ${JSON.stringify(f1(t))}`);
console.log('checklist accuracy:', Object.fromEntries(Object.entries(checklistHits).map(([k, v]) => [k, +(v / emails.length).toFixed(3)])));

// AnnoMI: utterance level. A question utterance holds a question; open if any question in it is open.
const annomi = read('annomi-dev.jsonl');
const split = (t) =>
  t
    .match(/[^.?!]+[.?!]*["')\]]*|[.?!]+/g)
    ?.map((x) => x.trim())
    .filter(Boolean) ?? [];
const q = tally(),
  r = tally(),
  qp = tally();
let ocRight = 0,
  ocAll = 0;
for (const u of annomi) {
  const codes = split(u.text).flatMap((s) => codeSentence(s, { pressured: false }));
  const predQ = codes.some((c) => c.startsWith('question.'));
  const predQP = predQ || codes.includes('permission');
  const predR = codes.some((c) => c.startsWith('reflection.'));
  count(q, u.behaviour === 'question', predQ);
  count(qp, u.behaviour === 'question', predQP);
  count(r, u.behaviour === 'reflection', predR);
  if (annomiShow === 'question' && (u.behaviour === 'question') !== predQ) console.log(`${predQ ? 'FP' : 'FN'} q: ${u.text.slice(0, 160)} [${codes}]`);
  if (annomiShow === 'reflection' && (u.behaviour === 'reflection') !== predR)
    console.log(`${predR ? 'FP' : 'FN'} r(${u.behaviour}): ${u.text.slice(0, 160)} [${codes}]`);
  if (u.behaviour === 'question' && u.question_subtype && predQ) {
    ocAll++;
    const predOpen = codes.includes('question.open');
    if (predOpen === (u.question_subtype === 'open')) ocRight++;
    else if (annomiShow === (u.question_subtype === 'open' ? 'open' : 'closed')) console.log(`gold ${u.question_subtype}: ${u.text.slice(0, 160)} [${codes}]`);
  }
}
console.log('annomi-dev:');
console.log('  question          ', JSON.stringify(f1(q)));
console.log('  question+permission', JSON.stringify(f1(qp)));
console.log('  open/closed acc   ', +(ocRight / ocAll).toFixed(3), `(${ocAll} questions found)`);
console.log('  reflection        ', JSON.stringify(f1(r)));

// The whole pipeline (segmenter, rules, concerns as they stand today) on the email drafts.
if (args.includes('--pipeline')) {
  execFileSync(
    'node_modules/.bin/rolldown',
    ['src/engine/index.ts', '--format', 'esm', '--platform', 'node', '--external', 'compromise', '--file', join(out, 'engine.mjs')],
    { stdio: 'pipe' },
  );
  const { createAnalyzer } = await import(join(out, 'engine.mjs'));
  const analyzer = createAnalyzer();
  const hits = { acknowledges: 0, no_pressure: 0, open_question: 0, autonomy: 0 };
  const findingCounts = {};
  for (const e of emails) {
    const report = analyzer.analyze(e.draft, { thread: e.thread });
    for (const k of Object.keys(hits)) {
      if (report.checklist[k].pass === e.checklist[k]) hits[k]++;
      else if (show === `pipeline.${k}`) console.log(`${e.id} ${k}: gold ${e.checklist[k]} pred ${report.checklist[k].pass} — ${report.checklist[k].detail}`);
    }
    for (const f of report.findings) findingCounts[f.category] = (findingCounts[f.category] ?? 0) + 1;
    if (show === 'findings')
      for (const f of report.findings.filter((x) => x.category !== 'pressure'))
        console.log(
          `${e.id} ${f.category}: ${e.draft.slice(f.start, f.end).replace(/\n/g, ' / ')}\n    → ${f.suggestions.map((s) => s.text).join('\n    → ')}`,
        );
  }
  console.log('pipeline checklist accuracy:', Object.fromEntries(Object.entries(hits).map(([k, v]) => [k, +(v / emails.length).toFixed(3)])));
  console.log('findings per category:', findingCounts);
}
