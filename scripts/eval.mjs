#!/usr/bin/env node
// npm run eval: measures the built engine (build/node/engine.js) against the labelled dev data in
// ../shared/data (never copied into the repo). Prints each figure beside its target with ✓/✗;
// --json prints the same figures as one JSON object. Exit 2 when the data or the build is missing.
//
// Alignment: labelled sentence texts are verbatim substrings of the draft, in order, so each gets a
// span by searching forward from the previous one. A predicted sentence counts toward a labelled one
// when their overlap covers at least half of either; the labelled sentence's predicted codes are the
// union of those sentences' codes. A sentence is flagged for pressure when a pressure finding overlaps it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.env.ATTUNE_DATA_DIR ?? resolve(repoRoot, '../shared/data'));
const engineArg = process.argv.indexOf('--engine');
// --engine <file>: measure another build (e.g. the engine as it was before a round) on the same data.
const engineFile = engineArg > 0 ? resolve(process.argv[engineArg + 1]) : resolve(repoRoot, 'build/node/engine.js');
const asJson = process.argv.includes('--json');
// --corpus-only: just the corpus splits (what a before/after comparison of a round needs).
const corpusOnly = process.argv.includes('--corpus-only');

const CODES = [
  'question.open',
  'question.closed',
  'reflection.simple',
  'reflection.complex',
  'affirmation',
  'autonomy',
  'permission',
  'information',
  'advice',
  'pressure',
  'other',
];
const CHECKLIST_ITEMS = ['acknowledges', 'no_pressure', 'open_question', 'autonomy'];

// Words and phrases that look like pressure out of context; a labelled non-pressure sentence that
// holds one is a hard negative (procedure, negation, reflection of the client's words…).
const PRESSURE_LOOKALIKE = new RegExp(
  '\\b(' +
    [
      'you need to',
      'you must',
      'must',
      'have to',
      'has to',
      'need to',
      'should',
      "shouldn't",
      'obviously',
      'clearly',
      'of course',
      'asap',
      'immediately',
      'right away',
      'urgent(?:ly)?',
      'deadline',
      'last chance',
      'act now',
      "don't wait",
      'hurry',
      "don't worry",
      'nothing to worry',
      'as i said',
      'as i mentioned',
      'as mentioned',
      'as i explained',
      'like i said',
      'like i told you',
      'trust me',
      'believe me',
      'simple',
      'simply',
      'no choice',
      'non-negotiable',
      "if you don't",
      'or else',
      'with all due respect',
      "i'm the expert",
    ].join('|') +
    ')\\b',
  'i',
);

const TARGETS = {
  pressureF1: 0.9,
  hardNegativesFlagged: 0.05, // at most
  checklistItem: 0.9,
  concernF1: 0.85,
  acknowledgement: 0.85,
  openQuestionF1: 0.85,
  reflectionF1: 0.75,
  annomiQuestionF1: 0.9,
  annomiOpenClosed: 0.85,
  annomiReflectionF1: 0.6,
};

main().catch((err) => {
  console.error(`eval: ${err?.stack ?? err}`);
  process.exit(2);
});

async function main() {
  const emailsFile = resolve(dataDir, 'emails-dev.jsonl');
  const annomiFile = resolve(dataDir, 'annomi-dev.jsonl');
  for (const file of [emailsFile, annomiFile]) {
    if (!existsSync(file)) {
      console.error(`eval: labelled data not found: ${file}\n(set ATTUNE_DATA_DIR to the folder holding emails-dev.jsonl and annomi-dev.jsonl)`);
      process.exit(2);
    }
  }
  if (!existsSync(engineFile)) {
    console.error(`eval: ${engineFile} is missing; run "npm run build:node" first (npm run eval does).`);
    process.exit(2);
  }
  const { createAnalyzer } = await import(pathToFileURL(engineFile).href);
  const corpus = evaluateCorpus(createAnalyzer);
  const rewrites = await evaluateCorpusRewrites(createAnalyzer);
  if (asJson && corpusOnly) return console.log(JSON.stringify({ corpus, rewrites }, null, 2));
  if (!asJson) {
    printCorpus(corpus);
    printRewrites(rewrites);
  }
  if (corpusOnly) return;
  const emails = evaluateEmails(createAnalyzer(), readJsonl(emailsFile));
  const annomi = evaluateAnnomi(createAnalyzer(), readJsonl(annomiFile));
  const heldout = evaluateHeldout(createAnalyzer(), readJsonl(resolve(repoRoot, 'tests/fixtures/heldout-pressure.jsonl')));
  // Paraphrases of each pressure kind and their look-alikes, written for the repo; the rules were widened
  // against them, so this is informative only (the held-out line above is the untuned check).
  const paraphrase = evaluateHeldout(createAnalyzer(), readJsonl(resolve(repoRoot, 'tests/fixtures/paraphrase-pressure.jsonl')));
  // A second set written blind after that widening (its before-figure is in its commit message); tuned on since, so informative too.
  const paraphrase2 = evaluateHeldout(createAnalyzer(), readJsonl(resolve(repoRoot, 'tests/fixtures/paraphrase-pressure-2.jsonl')));
  // A third set, written blind across eleven domains before round 3 of widening; tuned on since, so informative too.
  const paraphrase3 = evaluateHeldout(createAnalyzer(), readJsonl(resolve(repoRoot, 'tests/fixtures/paraphrase-pressure-3.jsonl')));
  const results = { data: dataDir, corpus, emails, annomi, heldout, paraphrase, paraphrase2, paraphrase3 };
  if (asJson) console.log(JSON.stringify(results, null, 2));
  else printResults(emails, annomi, heldout, paraphrase, paraphrase2, paraphrase3);
  if (!asJson) {
    const p4 = evaluateHeldout(createAnalyzer(), readJsonl(resolve(repoRoot, 'tests/fixtures/paraphrase-pressure-4.jsonl')));
    console.log(
      `paraphrases, fourth set: ${p4.sentences} sentences of our own (tests/fixtures/paraphrase-pressure-4.jsonl), informative: written blind for the structural families, then tuned on (before: P 0.963, R 0.361, look-alikes flagged 1/31)\n  · pressure F1 ${p4.pressure.f1.toFixed(3)} (P ${p4.pressure.precision.toFixed(3)}, R ${p4.pressure.recall.toFixed(3)}); right kind ${p4.kindAccuracy.toFixed(3)}; non-pressure flagged ${p4.negatives.flagged}/${p4.negatives.total}`,
    );
  }
  if (!asJson) {
    const p5 = evaluateHeldout(createAnalyzer(), readJsonl(resolve(repoRoot, 'tests/fixtures/paraphrase-pressure-5.jsonl')));
    console.log(
      `paraphrases, fifth set: ${p5.sentences} sentences of our own (tests/fixtures/paraphrase-pressure-5.jsonl), informative: written blind for round 5 (wants as orders, lost opportunity, knowing their future, repetition, minimising, closed options, deflected blame), then tuned on (before: P 0.967, R 0.420, look-alikes flagged 1/36)\n  · pressure F1 ${p5.pressure.f1.toFixed(3)} (P ${p5.pressure.precision.toFixed(3)}, R ${p5.pressure.recall.toFixed(3)}); right kind ${p5.kindAccuracy.toFixed(3)}; non-pressure flagged ${p5.negatives.flagged}/${p5.negatives.total}`,
    );
  }
}

function readJsonl(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

// ---------- emails ----------

function evaluateEmails(analyzer, items) {
  const perCode = Object.fromEntries(CODES.map((c) => [c, counts()]));
  const reflection = counts();
  const pressure = counts();
  const kinds = {};
  const hardNegatives = { total: 0, flagged: 0, examples: [] };
  const checklist = Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, { correct: 0, total: 0 }]));
  const concerns = counts();
  const ack = { correct: 0, total: 0, endToEndCorrect: 0, endToEndTotal: 0 };
  let unlocated = 0;
  const good = { drafts: 0, findings: 0, clean: 0 };

  for (const item of items) {
    const report = analyzer.analyze(item.draft, item.thread ? { thread: item.thread } : {});
    const pressureFindings = report.findings.filter((f) => f.category === 'pressure');
    let cursor = 0;
    for (const gold of item.sentences) {
      const at = item.draft.indexOf(gold.text, cursor);
      if (at < 0) {
        unlocated++;
        continue;
      }
      const span = { start: at, end: at + gold.text.length };
      cursor = span.end;
      const predicted = new Set(report.sentences.filter((s) => aligned(s, span)).flatMap((s) => s.codes));
      for (const code of CODES) tally(perCode[code], predicted.has(code), gold.codes.includes(code));
      tally(reflection, [...predicted].some(isReflection), gold.codes.some(isReflection));

      const hits = pressureFindings.filter((f) => f.start < span.end && f.end > span.start);
      const goldPressure = gold.codes.includes('pressure');
      tally(pressure, hits.length > 0, goldPressure);
      if (goldPressure && gold.pressure) {
        const k = (kinds[gold.pressure] ??= { total: 0, detected: 0, kindCorrect: 0 });
        k.total++;
        if (hits.length) k.detected++;
        if (hits.some((f) => f.kind === gold.pressure)) k.kindCorrect++;
        if (hits.length && hits[0].kind === gold.pressure) k.firstKindCorrect = (k.firstKindCorrect ?? 0) + 1;
      }
      if (!goldPressure && PRESSURE_LOOKALIKE.test(gold.text)) {
        hardNegatives.total++;
        if (hits.length) {
          hardNegatives.flagged++;
          if (hardNegatives.examples.length < 5) hardNegatives.examples.push(`${item.id}: ${gold.text}`);
        }
      }
    }
    const goldChecklist = item.checklist ?? checklistFromLabels(item);
    for (const key of CHECKLIST_ITEMS) {
      if (typeof goldChecklist[key] !== 'boolean') continue;
      checklist[key].total++;
      if (report.checklist[key]?.pass === goldChecklist[key]) checklist[key].correct++;
    }
    if (!item.sentences.some((s) => s.codes.includes('pressure'))) {
      good.drafts++;
      good.findings += report.findings.length;
      if (CHECKLIST_ITEMS.every((k) => report.checklist[k]?.pass)) good.clean++;
    }
    scoreConcerns(item, report.concerns, concerns, ack);
  }

  return {
    items: items.length,
    unlocatedSentences: unlocated,
    perCode: Object.fromEntries(CODES.map((c) => [c, prf(perCode[c])])),
    reflection: prf(reflection),
    pressure: prf(pressure),
    pressureKinds: kinds,
    kindAccuracy: ratio(
      Object.values(kinds).reduce((a, k) => a + (k.firstKindCorrect ?? 0), 0),
      Object.values(kinds).reduce((a, k) => a + k.detected, 0),
    ),
    goodDrafts: { ...good, findingsPerDraft: ratio(good.findings, good.drafts), cleanShare: ratio(good.clean, good.drafts) },
    hardNegatives: { ...hardNegatives, rate: ratio(hardNegatives.flagged, hardNegatives.total) },
    checklist: Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, { ...checklist[k], accuracy: ratio(checklist[k].correct, checklist[k].total) }])),
    concerns: prf(concerns),
    acknowledgement: {
      ...ack,
      accuracy: ratio(ack.correct, ack.total),
      endToEndAccuracy: ratio(ack.endToEndCorrect, ack.endToEndTotal),
    },
  };
}

/** The taxonomy's draft-level checks, computed from a draft's sentence codes and concerns (the corpus has no checklist field). */
function checklistFromLabels(item) {
  const codes = item.sentences.flatMap((s) => s.codes);
  const concerns = item.concerns ?? [];
  return {
    acknowledges: concerns.length ? concerns.every((c) => c.acknowledged) : codes.some(isReflection),
    no_pressure: !codes.includes('pressure'),
    open_question: codes.includes('question.open'),
    autonomy: !codes.includes('advice') || codes.includes('autonomy') || codes.includes('permission'),
  };
}

// ---------- rewrites (issue 11): what a suggestion does to the draft it is applied to ----------

const REWRITE_TARGETS = { factsLost: 0, aboveGreeting: 0, doubled: 0, pressure: 0.005, grammarWorse: 0.02, repeatedPhrase: 0.05 };
const GREETING_LINE = /^\s*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|greetings)\b[^\n]{0,60}$/i;
const FACT =
  /[$£€¥]?\d[\d,.:]*|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\b/gi;

/** The line(s) a suggestion touches, before and after it is applied. */
function touchedLines(draft, s) {
  const from = draft.lastIndexOf('\n', s.start - 1) + 1;
  let to = draft.indexOf('\n', s.end);
  if (to < 0) to = draft.length;
  return { before: draft.slice(from, to), after: draft.slice(from, s.start) + s.text + draft.slice(s.end, to) };
}

async function harperLinter() {
  try {
    const { LocalLinter } = await import('harper.js');
    const { binaryInlined } = await import('harper.js/binaryInlined');
    const linter = new LocalLinter({ binary: binaryInlined });
    await linter.setup();
    return linter;
  } catch {
    return null; // harper.js is a dev dependency; without it the grammar line says so
  }
}

async function evaluateCorpusRewrites(createAnalyzer) {
  const splitsFile = resolve(repoRoot, 'corpus/splits.json');
  if (!existsSync(splitsFile)) return {};
  const splits = JSON.parse(readFileSync(splitsFile, 'utf8'));
  const linter = await harperLinter();
  const out = {};
  for (const name of process.argv.includes('--sealed') ? ['validation', 'sealed'] : ['validation']) {
    const items = (splits[name] ?? []).flatMap((w) => readJsonl(resolve(repoRoot, 'corpus/drafts', `${w}.jsonl`)));
    if (!items.length) continue;
    const analyzer = createAnalyzer();
    const r = {
      findings: 0,
      suggestions: 0,
      withheld: {},
      factsLost: 0,
      aboveGreeting: 0,
      doubled: 0,
      pressure: 0,
      grammarChecked: 0,
      grammarWorse: 0,
      phrases: new Map(),
    };
    for (const item of items) {
      const input = item.thread ? { thread: item.thread } : {};
      const report = analyzer.analyze(item.draft, input);
      for (const [reason, n] of Object.entries(report.withheld ?? {})) r.withheld[reason] = (r.withheld[reason] ?? 0) + n;
      const pressureBefore = new Set(report.findings.filter((x) => x.category === 'pressure').map((x) => item.draft.slice(x.start, x.end)));
      const firstLine = item.draft.split('\n')[0];
      const greetingEnd = GREETING_LINE.test(firstLine) ? firstLine.length : 0;
      for (const f of report.findings) {
        r.findings++;
        for (const s of f.suggestions) {
          r.suggestions++;
          const replaced = item.draft.slice(s.start, s.end);
          const facts = (replaced.match(FACT) ?? []).map((x) => x.replace(/[.,:]+$/, ''));
          if (facts.some((x) => !s.text.includes(x))) r.factsLost++;
          if (s.start === s.end && s.start < greetingEnd) r.aboveGreeting++;
          const { before, after } = touchedLines(item.draft, s);
          if (/\b(\w+)\s+\1\b/i.test(after) && !/\b(\w+)\s+\1\b/i.test(before)) r.doubled++;
          const applied = item.draft.slice(0, s.start) + s.text + item.draft.slice(s.end);
          const end = s.start + s.text.length;
          // A pressure finding in the rewritten text that was not there before (a span-only fix leaves the sentence's other findings, which do not count).
          const again = analyzer
            .analyze(applied, input)
            .findings.filter(
              (x) => x.category === 'pressure' && x.start < Math.max(end, s.start + 1) && x.end > s.start && !pressureBefore.has(applied.slice(x.start, x.end)),
            );
          if (s.text.trim() && again.length) r.pressure++;
          if (linter && s.text.trim()) {
            r.grammarChecked++;
            const [b, a] = [await linter.lint(before), await linter.lint(after)];
            // Worse = a kind of problem the writer's own line did not have. A lower-case line added to
            // lower-case chat repeats the writer's style (Harper flags both), it is not a new error.
            const own = new Set(b.map((l) => l.message()));
            // Harper does not flag the first sentence of a text, so a lower-case writer's own line shows its lint only once a line is added above it.
            const lowerCaseWriter = /^\p{Ll}/u.test(before.trim());
            if (a.some((l) => !own.has(l.message()) && !(lowerCaseWriter && /capital letter/.test(l.message())))) r.grammarWorse++;
          }
          const words = s.text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
          const grams = new Set();
          for (let i = 0; i + 4 <= words.length; i++) grams.add(words.slice(i, i + 4).join(' '));
          for (const g of grams) r.phrases.set(g, (r.phrases.get(g) ?? 0) + 1);
        }
      }
    }
    const top = [...r.phrases].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    out[name] = {
      drafts: items.length,
      findings: r.findings,
      suggestions: r.suggestions,
      perFinding: ratio(r.suggestions, r.findings),
      withheld: r.withheld,
      factsLost: r.factsLost,
      aboveGreeting: r.aboveGreeting,
      doubled: r.doubled,
      pressureShare: ratio(r.pressure, r.suggestions),
      grammarWorseShare: linter ? ratio(r.grammarWorse, r.grammarChecked) : null,
      topPhrase: name === 'sealed' ? null : top[0],
      topPhraseShare: ratio(top[1], r.suggestions),
    };
  }
  return out;
}

function printRewrites(rewrites) {
  const out = [];
  for (const [name, r] of Object.entries(rewrites)) {
    const t = REWRITE_TARGETS;
    out.push(`rewrites on the ${name} split: ${r.suggestions} suggestions on ${r.findings} findings (${fmt(r.perFinding)} per finding) in ${r.drafts} drafts`);
    out.push(
      `    withheld by the gate: ${
        Object.entries(r.withheld)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ') || 'none'
      }`,
    );
    out.push(line('suggestions that lose a number or a date', r.factsLost, t.factsLost, true));
    out.push(line('insertions above the greeting', r.aboveGreeting, t.aboveGreeting, true));
    out.push(line('doubled words', r.doubled, t.doubled, true));
    out.push(line('rewrites that are pressure once applied', r.pressureShare, t.pressure, true));
    out.push(
      r.grammarWorseShare === null
        ? '  · grammar: harper.js not installed (npm ci installs it)'
        : line('grammar worse than the original (Harper)', r.grammarWorseShare, t.grammarWorse, true),
    );
    out.push(line(`most repeated 4-word phrase${r.topPhrase ? ` ("${r.topPhrase}")` : ''}, share`, r.topPhraseShare, t.repeatedPhrase, true));
    out.push('');
  }
  console.log(out.join('\n'));
}

// ---------- our corpus (corpus/, split by writer) ----------

const CORPUS_TARGETS = {
  pressureF1: 0.85,
  pressurePrecision: 0.9,
  lookalikes: 0.05,
  kindAccuracy: 0.8,
  reflectionF1: 0.8,
  affirmationF1: 0.75,
  informationF1: 0.8,
  adviceF1: 0.8,
  openQuestionF1: 0.9,
  concernsFound: 0.85,
  acknowledgement: 0.85,
  checklistItem: 0.9,
  goodFindingsPerDraft: 0.3,
  goodClean: 0.7,
};

function evaluateCorpus(createAnalyzer) {
  const splitsFile = resolve(repoRoot, 'corpus/splits.json');
  if (!existsSync(splitsFile)) return {};
  const splits = JSON.parse(readFileSync(splitsFile, 'utf8'));
  const out = {};
  // The sealed split is scored only when asked (--sealed), once per round: a figure looked at while
  // tuning would make it one more tuned-on set.
  for (const name of process.argv.includes('--sealed') ? ['validation', 'sealed'] : ['validation']) {
    const items = (splits[name] ?? []).flatMap((w) => readJsonl(resolve(repoRoot, 'corpus/drafts', `${w}.jsonl`)));
    if (items.length) out[name] = evaluateEmails(createAnalyzer(), items);
  }
  return out;
}

/** Figures only: a printed sentence of the sealed split would be a read sentence. */
function printCorpus(corpus) {
  const out = [`Attune evaluation, engine ${engineFile}`, ''];
  const labels = {
    validation: 'corpus validation split (model family and thresholds chosen here, and the shipped model is then retrained with it: an upper bound)',
    sealed: 'corpus SEALED split (written by writers whose drafts nobody tuning the engine reads; scored once per round)',
  };
  for (const [name, e] of Object.entries(corpus)) {
    const t = CORPUS_TARGETS;
    out.push(`${labels[name]}: ${e.items} drafts`);
    out.push(line('pressure F1', e.pressure.f1, t.pressureF1));
    out.push(line('pressure precision', e.pressure.precision, t.pressurePrecision));
    out.push(`      P ${fmt(e.pressure.precision)}  R ${fmt(e.pressure.recall)}  (tp ${e.pressure.tp}, fp ${e.pressure.fp}, fn ${e.pressure.fn})`);
    out.push(
      line(`non-pressure with pressure-looking words flagged (${e.hardNegatives.flagged}/${e.hardNegatives.total})`, e.hardNegatives.rate, t.lookalikes, true),
    );
    out.push(line('pressure kind accuracy (detected sentences)', e.kindAccuracy, t.kindAccuracy));
    out.push(line('reflection F1 (simple or complex)', e.reflection.f1, t.reflectionF1));
    out.push(line('affirmation F1', e.perCode.affirmation.f1, t.affirmationF1));
    out.push(line('information F1', e.perCode.information.f1, t.informationF1));
    out.push(line('advice F1', e.perCode.advice.f1, t.adviceF1));
    out.push(line('open-question F1', e.perCode['question.open'].f1, t.openQuestionF1));
    out.push(line('concerns found (recall: sentence and topic)', e.concerns.recall, t.concernsFound));
    out.push(
      `      concern F1 ${fmt(e.concerns.f1)} (P ${fmt(e.concerns.precision)}); by sentence alone R ${fmt(prf(e.concerns.bySentence ?? counts()).recall)}`,
    );
    out.push(line(`acknowledgement judged right (${e.acknowledgement.correct}/${e.acknowledgement.total})`, e.acknowledgement.accuracy, t.acknowledgement));
    for (const [key, c] of Object.entries(e.checklist)) out.push(line(`checklist ${key} (${c.correct}/${c.total})`, c.accuracy, t.checklistItem));
    const g = e.goodDrafts;
    out.push(line(`good drafts (${g.drafts}, no pressure labelled): findings per draft`, g.findingsPerDraft, t.goodFindingsPerDraft, true));
    out.push(line('good drafts with a clean checklist', g.cleanShare, t.goodClean));
    out.push(`    all codes (P / R / F1):`);
    for (const [code, m] of Object.entries(e.perCode))
      out.push(`      ${code.padEnd(20)} ${fmt(m.precision)} ${fmt(m.recall)} ${fmt(m.f1)}   ${m.tp}/${m.fp}/${m.fn}`);
    out.push('');
  }
  console.log(out.join('\n'));
}

function aligned(predicted, gold) {
  const overlap = Math.min(predicted.end, gold.end) - Math.max(predicted.start, gold.start);
  if (overlap <= 0) return false;
  return overlap * 2 >= predicted.end - predicted.start || overlap * 2 >= gold.end - gold.start;
}

const isReflection = (code) => code.startsWith('reflection.');

// A detected concern matches a labelled one when their client sentences overlap in the thread
// and their topics share a content word. Matching is one-to-one, in order.
const CONCERN_MATCH_RULE =
  'a detected concern matches a labelled one when their sentences overlap in the thread and their topics share a content word (stop words dropped; words compared by a crude stem: -s, -es, -ed, -ing, -ness and a final -e removed, -ies/-ied/-iness → y); one-to-one';

function scoreConcerns(item, detected, c, ack) {
  const thread = item.thread ?? '';
  const gold = item.concerns ?? [];
  const used = new Set();
  for (const g of gold) {
    const gSpan = spanIn(thread, g.text);
    const match = detected.findIndex((d, i) => !used.has(i) && spansOverlap(gSpan, spanIn(thread, d.text)) && shareContentWord(g.topic, d.topic));
    ack.endToEndTotal++;
    if (match < 0) {
      c.fn++;
      const sentenceFound = detected.some((d, i) => !used.has(i) && spansOverlap(gSpan, spanIn(thread, d.text)));
      if (sentenceFound) c.topicMismatch = (c.topicMismatch ?? 0) + 1;
      continue;
    }
    used.add(match);
    c.tp++;
    ack.total++;
    if (detected[match].acknowledged === g.acknowledged) {
      ack.correct++;
      ack.endToEndCorrect++;
    }
  }
  c.fp += detected.length - used.size;
  scoreConcernSentences(thread, gold, detected, c);
}

/** The same one-to-one match on the client's sentence alone (topic wording not compared). */
function scoreConcernSentences(thread, gold, detected, c) {
  const s = (c.bySentence ??= { tp: 0, fp: 0, fn: 0 });
  const used = new Set();
  for (const g of gold) {
    const gSpan = spanIn(thread, g.text);
    const match = detected.findIndex((d, i) => !used.has(i) && spansOverlap(gSpan, spanIn(thread, d.text)));
    if (match < 0) s.fn++;
    else {
      used.add(match);
      s.tp++;
    }
  }
  s.fp += detected.length - used.size;
}

function spanIn(thread, text) {
  const t = String(text ?? '').trim();
  const at = t ? thread.indexOf(t) : -1;
  return at < 0 ? null : { start: at, end: at + t.length };
}

function spansOverlap(a, b) {
  return !!a && !!b && a.start < b.end && b.start < a.end;
}

const STOP_WORDS = new Set(
  (
    'a an the of to in on for and or but with about into onto from by at as is are be been being was were it its this that ' +
    'these those my our your their his her we you i they me us them any some all more most much many very so such than ' +
    'then there here what which who how why when whether if not no do does did can could would should will just up out'
  ).split(' '),
);

function contentWords(topic) {
  return new Set(
    String(topic ?? '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
      .map(crudeStem),
  );
}

/** Enough to let "charge"/"charged", "wait"/"waiting", "ready"/"readiness" meet; not a real stemmer. */
function crudeStem(word) {
  let w = word.replace(/'s$/, '');
  if (w.length <= 3) return w;
  w = w.replace(/iness$/, 'y').replace(/(?:ies|ied)$/, 'y');
  w = w.replace(/(?<=\w{3})(?:ness|ing|ed|es|s)$/, '');
  return w.replace(/(?<=\w{3})e$/, '');
}

function shareContentWord(a, b) {
  const words = contentWords(b);
  return [...contentWords(a)].some((w) => words.has(w));
}

// ---------- AnnoMI ----------

// AnnoMI gives one behaviour per therapist turn; the engine codes each sentence. The turn's
// behaviour is read the way a MITI coder reads a turn (printed with the figures):
const ANNOMI_RULE = [
  'a turn is a question when one of its sentences is a question, or asks permission with "?" (MITI codes "Is it OK if I…?" as a question);',
  'a question that only checks a reflection ("…, is that right?") leaves the turn a reflection, and one that only checks information',
  '("…, okay?", "Does that make sense?") leaves it information; otherwise a question outranks a reflection in the same turn.',
  "Open/closed: the turn is open when any of its questions is open. Each turn is analysed with the client's previous words as the thread.",
];
// Check-ins that ask about the therapist's own words, not for the client's material.
const REFLECTION_CHECK =
  /^(?:[\s\W]*(?:and|so|um|uh|okay|ok)[,\s]+)*(?:is that (?:right|correct|true|fair|accurate)|(?:did|have) i (?:get|got) (?:that|it|this)(?: right)?|am i right|does that (?:sound|seem) (?:right|about right|accurate)|would that be (?:right|true|fair)|(?:is|was) that (?:it|what you meant))\b/i;
const INFORMATION_CHECK =
  /^(?:[\s\W]*(?:and|so|um|uh)[,\s]+)*(?:okay|ok|all right|alright|right|does (?:that|this) make sense|make sense|you know what i mean|does that help|got it)\s*\?/i;
const TAG_CHECK = /,\s*(?:okay|ok|all right|alright|right)\s*\?\s*$/i;

function annomiBehaviour(sentences) {
  const asks = (s) => s.codes.some((c) => c.startsWith('question.')) || (s.codes.includes('permission') && /\?\s*["')\]]*\s*$/.test(s.text));
  const reflects = (s) => s.codes.some(isReflection);
  const informs = (s) => s.codes.includes('advice') || s.codes.includes('pressure');
  const questions = sentences.filter(asks);
  const reflection = sentences.some(reflects);
  if (questions.length) {
    const onlyReflectionChecks = reflection && questions.every((s) => REFLECTION_CHECK.test(s.text.trim()) || (reflects(s) && TAG_CHECK.test(s.text)));
    const onlyInformationChecks =
      sentences.some(informs) && questions.every((s) => INFORMATION_CHECK.test(s.text.trim()) || (informs(s) && TAG_CHECK.test(s.text)));
    if (onlyReflectionChecks) return { behaviour: 'reflection', questions: [] };
    if (!onlyInformationChecks) return { behaviour: 'question', questions };
  }
  return { behaviour: reflection ? 'reflection' : 'other', questions: [] };
}

function evaluateAnnomi(analyzer, rows) {
  const question = counts();
  const reflection = counts();
  const openClosed = { correct: 0, total: 0, detected: 0, correctWhenDetected: 0 };
  const simpleComplex = { correct: 0, total: 0, detected: 0, correctWhenDetected: 0 };
  // The judged reading (issue 2's definition): the engine's own codes, no eval-side rules.
  const plain = { question: counts(), reflection: counts(), openClosed: { correct: 0, total: 0, detected: 0, correctWhenDetected: 0 } };
  for (const row of rows) {
    const sentences = analyzer.analyze(String(row.text ?? ''), { thread: String(row.prev_client_text ?? '') }).sentences;
    const allCodes = sentences.flatMap((s) => s.codes);
    const questionCodes = allCodes.filter((c) => c.startsWith('question.'));
    tally(plain.question, questionCodes.length > 0, row.behaviour === 'question');
    tally(plain.reflection, allCodes.some(isReflection), row.behaviour === 'reflection');
    if (row.behaviour === 'question' && row.question_subtype) {
      const predicted = questionCodes.length === 0 ? undefined : questionCodes.includes('question.open') ? 'open' : 'closed';
      subtypeTally(plain.openClosed, predicted, row.question_subtype);
    }
    const turn = annomiBehaviour(sentences);
    tally(question, turn.behaviour === 'question', row.behaviour === 'question');
    tally(reflection, turn.behaviour === 'reflection', row.behaviour === 'reflection');
    if (row.behaviour === 'question' && row.question_subtype) {
      const codes = turn.questions.flatMap((s) => s.codes);
      const predicted = turn.behaviour !== 'question' ? undefined : codes.includes('question.open') ? 'open' : 'closed';
      subtypeTally(openClosed, predicted, row.question_subtype);
    }
    if (row.behaviour === 'reflection' && row.reflection_subtype) {
      const codes = turn.behaviour === 'reflection' ? sentences.flatMap((s) => s.codes).filter(isReflection) : [];
      const predicted = codes.length === 0 ? undefined : codes.includes('reflection.complex') ? 'complex' : 'simple';
      subtypeTally(simpleComplex, predicted, row.reflection_subtype);
    }
  }
  const withAccuracy = (t) => ({ ...t, accuracy: ratio(t.correct, t.total), accuracyWhenDetected: ratio(t.correctWhenDetected, t.detected) });
  return {
    utterances: rows.length,
    plain: { question: prf(plain.question), reflection: prf(plain.reflection), openClosed: withAccuracy(plain.openClosed) },
    rule: ANNOMI_RULE.join(' '),
    question: prf(question),
    reflection: prf(reflection),
    openClosed: {
      ...openClosed,
      accuracy: ratio(openClosed.correct, openClosed.total),
      accuracyWhenDetected: ratio(openClosed.correctWhenDetected, openClosed.detected),
    },
    simpleComplex: {
      ...simpleComplex,
      accuracy: ratio(simpleComplex.correct, simpleComplex.total),
      accuracyWhenDetected: ratio(simpleComplex.correctWhenDetected, simpleComplex.detected),
    },
  };
}

/** Undetected items count as wrong in `accuracy`; `accuracyWhenDetected` leaves them out. */
function subtypeTally(t, predicted, gold) {
  t.total++;
  if (!predicted) return;
  t.detected++;
  if (predicted === gold) {
    t.correct++;
    t.correctWhenDetected++;
  }
}

// ---------- held-out sentences of our own ----------

// Sentences written for this repo (never taken from the dev data) and never used to tune rules:
// a rough check that the pressure rules generalise beyond the sentences they were built on.
function evaluateHeldout(analyzer, rows) {
  const pressure = counts();
  let kindCorrect = 0;
  const negatives = { total: 0, flagged: 0, examples: [] };
  const missed = [];
  for (const row of rows) {
    const found = analyzer.analyze(row.text).findings.filter((f) => f.category === 'pressure');
    tally(pressure, found.length > 0, row.pressure !== null);
    if (row.pressure && found.some((f) => f.kind === row.pressure)) kindCorrect++;
    if (row.pressure && !found.length) missed.push(`${row.pressure}: ${row.text}`);
    if (!row.pressure) {
      negatives.total++;
      if (found.length) {
        negatives.flagged++;
        negatives.examples.push(`${found[0].kind}: ${row.text}`);
      }
    }
  }
  const positives = rows.filter((r) => r.pressure).length;
  return {
    sentences: rows.length,
    pressure: prf(pressure),
    kindAccuracy: ratio(kindCorrect, positives),
    negatives: { ...negatives, rate: ratio(negatives.flagged, negatives.total) },
    missed,
  };
}

// ---------- arithmetic ----------

function counts() {
  return { tp: 0, fp: 0, fn: 0 };
}

function tally(c, predicted, gold) {
  if (predicted && gold) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
}

function prf({ tp, fp, fn, ...extra }) {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision === null || recall === null || precision + recall === 0 ? (tp + fp + fn ? 0 : null) : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, ...extra, precision, recall, f1 };
}

function ratio(a, b) {
  return b ? a / b : null;
}

// ---------- printing ----------

function fmt(x) {
  return x === null || x === undefined ? '  n/a' : x.toFixed(3);
}

function mark(value, target, atMost = false) {
  if (value === null || value === undefined) return '✗';
  return (atMost ? value <= target : value >= target) ? '✓' : '✗';
}

function line(label, value, target, atMost = false) {
  // Three places for a target under 1% (0.005 would print as 0.01).
  const goal = `${atMost ? '≤' : '≥'} ${target > 0 && target < 0.01 ? target.toFixed(3) : target.toFixed(2)}`;
  return `  ${mark(value, target, atMost)} ${label.padEnd(56)} ${fmt(value)}   target ${goal}`;
}

function printResults(e, a, h, para, para2, para3) {
  const out = [];
  out.push(`Attune evaluation on ${dataDir}`);
  out.push('');
  out.push(`emails-dev.jsonl: ${e.items} drafts${e.unlocatedSentences ? ` (${e.unlocatedSentences} labelled sentences not found verbatim)` : ''}`);
  out.push('  sentence codes (a predicted sentence counts toward a labelled one when they overlap by half of either):');
  out.push(`    ${'code'.padEnd(20)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp/fp/fn`);
  for (const [code, m] of Object.entries(e.perCode)) {
    out.push(`    ${code.padEnd(20)} ${fmt(m.precision).padStart(6)} ${fmt(m.recall).padStart(6)} ${fmt(m.f1).padStart(6)}   ${m.tp}/${m.fp}/${m.fn}`);
  }
  out.push(line('pressure F1 (a pressure finding overlaps it)', e.pressure.f1, TARGETS.pressureF1));
  out.push(`      P ${fmt(e.pressure.precision)}  R ${fmt(e.pressure.recall)}  (tp ${e.pressure.tp}, fp ${e.pressure.fp}, fn ${e.pressure.fn})`);
  out.push(line(`hard negatives flagged (${e.hardNegatives.flagged}/${e.hardNegatives.total})`, e.hardNegatives.rate, TARGETS.hardNegativesFlagged, true));
  for (const ex of e.hardNegatives.examples) out.push(`      flagged: ${ex.slice(0, 110)}`);
  out.push('    pressure kinds (detected / right kind / labelled):');
  for (const [kind, k] of Object.entries(e.pressureKinds).sort()) {
    out.push(`      ${kind.padEnd(14)} ${k.detected}/${k.kindCorrect}/${k.total}   kind accuracy ${fmt(ratio(k.kindCorrect, k.total))}`);
  }
  out.push(line('question.open F1', e.perCode['question.open'].f1, TARGETS.openQuestionF1));
  out.push(line('reflection F1 (simple or complex)', e.reflection.f1, TARGETS.reflectionF1));
  for (const [key, c] of Object.entries(e.checklist)) {
    out.push(line(`checklist ${key} accuracy (${c.correct}/${c.total})`, c.accuracy, TARGETS.checklistItem));
  }
  out.push(line('concern detection F1', e.concerns.f1, TARGETS.concernF1));
  out.push(`      P ${fmt(e.concerns.precision)}  R ${fmt(e.concerns.recall)}  (tp ${e.concerns.tp}, fp ${e.concerns.fp}, fn ${e.concerns.fn})`);
  out.push(
    `      missed: ${e.concerns.fn - (e.concerns.topicMismatch ?? 0)} with no detected sentence there, ${e.concerns.topicMismatch ?? 0} found but with a topic sharing no word`,
  );
  out.push(`      match rule: ${CONCERN_MATCH_RULE}`);
  const bySentence = prf(e.concerns.bySentence ?? { tp: 0, fp: 0, fn: 0 });
  out.push(
    `  · informative: the client's sentence alone (topic wording not compared): F1 ${fmt(bySentence.f1)} (P ${fmt(bySentence.precision)}, R ${fmt(bySentence.recall)})`,
  );
  out.push(
    line(`acknowledgement accuracy, matched (${e.acknowledgement.correct}/${e.acknowledgement.total})`, e.acknowledgement.accuracy, TARGETS.acknowledgement),
  );
  out.push(
    `      end to end (missed concerns count as wrong): ${fmt(e.acknowledgement.endToEndAccuracy)} (${e.acknowledgement.endToEndCorrect}/${e.acknowledgement.endToEndTotal})`,
  );
  out.push('');
  out.push(`annomi-dev.jsonl: ${a.utterances} therapist utterances (spoken; expect lower than email)`);
  const p = a.plain;
  out.push("  judged on the engine's own codes (a turn holds a question / reflection code; open when any question is open):");
  out.push(line('question F1 (any question code vs behaviour=question)', p.question.f1, TARGETS.annomiQuestionF1));
  out.push(`      P ${fmt(p.question.precision)}  R ${fmt(p.question.recall)}`);
  out.push(line(`open/closed accuracy (${p.openClosed.correct}/${p.openClosed.total})`, p.openClosed.accuracy, TARGETS.annomiOpenClosed));
  out.push(
    `      among detected questions: ${fmt(p.openClosed.accuracyWhenDetected)} (${p.openClosed.correctWhenDetected}/${p.openClosed.detected}); undetected count as wrong above`,
  );
  out.push(line('reflection F1 (any reflection code)', p.reflection.f1, TARGETS.annomiReflectionF1));
  out.push(`      P ${fmt(p.reflection.precision)}  R ${fmt(p.reflection.recall)}`);
  out.push('  informative, not judged: one behaviour per turn, read with eval-side rules (these regexes live here, not in the engine):');
  for (const rule of ANNOMI_RULE) out.push(`    ${rule}`);
  out.push(
    `  · question F1 ${fmt(a.question.f1)} (P ${fmt(a.question.precision)}, R ${fmt(a.question.recall)}); open/closed ${fmt(a.openClosed.accuracy)}; reflection F1 ${fmt(a.reflection.f1)} (P ${fmt(a.reflection.precision)}, R ${fmt(a.reflection.recall)})`,
  );
  out.push(
    `  · simple/complex accuracy (${a.simpleComplex.correct}/${a.simpleComplex.total}): ${fmt(a.simpleComplex.accuracy)}; among detected: ${fmt(a.simpleComplex.accuracyWhenDetected)} (no target)`,
  );
  out.push('');
  out.push(`held-out: ${h.sentences} sentences of our own (tests/fixtures/heldout-pressure.jsonl), not used for tuning; no targets, a check on generalisation`);
  out.push(
    `  · pressure F1 ${fmt(h.pressure.f1)} (P ${fmt(h.pressure.precision)}, R ${fmt(h.pressure.recall)}); right kind ${fmt(h.kindAccuracy)}; non-pressure flagged ${h.negatives.flagged}/${h.negatives.total}`,
  );
  for (const m of h.missed) out.push(`      missed ${m}`);
  for (const x of h.negatives.examples) out.push(`      flagged ${x}`);
  if (para) {
    out.push(
      `paraphrases: ${para.sentences} sentences of our own (tests/fixtures/paraphrase-pressure.jsonl), informative: the rules were widened against them`,
    );
    out.push(
      `  · pressure F1 ${fmt(para.pressure.f1)} (P ${fmt(para.pressure.precision)}, R ${fmt(para.pressure.recall)}); right kind ${fmt(para.kindAccuracy)}; non-pressure flagged ${para.negatives.flagged}/${para.negatives.total}`,
    );
    for (const m of para.missed) out.push(`      missed ${m}`);
    for (const x of para.negatives.examples) out.push(`      flagged ${x}`);
  }
  if (para2) {
    out.push(
      `paraphrases, second set: ${para2.sentences} sentences of our own (tests/fixtures/paraphrase-pressure-2.jsonl), informative: written blind, then tuned on (before: P 0.976, R 0.764, look-alikes flagged 2/42)`,
    );
    out.push(
      `  · pressure F1 ${fmt(para2.pressure.f1)} (P ${fmt(para2.pressure.precision)}, R ${fmt(para2.pressure.recall)}); right kind ${fmt(para2.kindAccuracy)}; non-pressure flagged ${para2.negatives.flagged}/${para2.negatives.total}`,
    );
    for (const m of para2.missed) out.push(`      missed ${m}`);
    for (const x of para2.negatives.examples) out.push(`      flagged ${x}`);
  }
  if (para3) {
    out.push(
      `paraphrases, third set: ${para3.sentences} sentences of our own (tests/fixtures/paraphrase-pressure-3.jsonl), informative: written blind, then tuned on (before: P 0.988, R 0.783, look-alikes flagged 1/43)`,
    );
    out.push(
      `  · pressure F1 ${fmt(para3.pressure.f1)} (P ${fmt(para3.pressure.precision)}, R ${fmt(para3.pressure.recall)}); right kind ${fmt(para3.kindAccuracy)}; non-pressure flagged ${para3.negatives.flagged}/${para3.negatives.total}`,
    );
    for (const m of para3.missed) out.push(`      missed ${m}`);
    for (const x of para3.negatives.examples) out.push(`      flagged ${x}`);
  }
  console.log(out.join('\n'));
}
