// The rule layer's own pressure findings over a whole draft, with draft offsets: what tests of
// rule spans and rewrites judge by. The learned model decides which sentences are pressure in the
// product; these tests check what the rules say and offer once a sentence is judged, so they must
// not move when the model is retrained.
import { findQuoted } from '../../../../src/engine/quoted';
import { segmentSentences } from '../../../../src/engine/segment';
import { runRules, type RuleMatch } from '../../../../src/engine/rules/rule';
import type { Register } from '../../../../src/engine/types';

export function rulePressureIn(draft: string, register: Register = 'warm'): RuleMatch[] {
  return segmentSentences(draft, 0, draft.length, findQuoted(draft)).flatMap((span) =>
    runRules(draft.slice(span.start, span.end), register, 'standard')
      .filter((m) => (m.category ?? 'pressure') === 'pressure')
      .map((m) => ({
        ...m,
        rule: m.rule,
        start: m.start + span.start,
        end: m.end + span.start,
        suggestions: m.suggestions.map((s) => ({ ...s, start: s.start + span.start, end: s.end + span.start })),
      })),
  );
}
