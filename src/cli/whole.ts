// The engine analyses at most MAX_ANALYSED_CHARS around a caret (the browser wants answers
// near the cursor). A linter must cover the whole file, so long files are walked in
// overlapping windows; each sentence and finding is taken from the window where it sits
// well inside, never from one where it may be cut at the edge.
import { MAX_ANALYSED_CHARS, type AnalyzeInput, type Analyzer, type Report } from '../engine/index';

/** Sentences longer than this may be judged from a cut copy at a window edge. */
const EDGE_MARGIN = 2_000;

export function analyzeWhole(analyzer: Analyzer, text: string, input: AnalyzeInput = {}): Report {
  const first = analyzer.analyze(text, { ...input, focus: 0 });
  if (!first.partial) return first;

  const merged: Report = { ...first, sentences: [], findings: [], partial: null };
  let acceptFrom = 0;
  let window: Report = first;
  for (;;) {
    const region = window.partial ?? { start: 0, end: text.length };
    const isLast = region.end >= text.length;
    const acceptTo = isLast ? Infinity : region.end - EDGE_MARGIN;
    const inside = (start: number) => start >= acceptFrom && start < acceptTo;
    merged.sentences.push(...window.sentences.filter((s) => inside(s.start)));
    merged.findings.push(...window.findings.filter((f) => inside(f.start)));
    if (isLast) break;
    acceptFrom = acceptTo;
    // Centre the next window so that it starts one margin before the accepted boundary.
    window = analyzer.analyze(text, { ...input, focus: acceptFrom - EDGE_MARGIN + MAX_ANALYSED_CHARS / 2 });
  }
  return merged;
}
