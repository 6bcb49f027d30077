// A finding for a sentence the model judges pushing when no rule names the phrase: pressure that
// lives in the move rather than in a listed word (pulling rank, a consequence stated as a plain
// fact, scarcity). Its span is the sentence; its reason names the move; its only rewrite is
// leaving the sentence out, offered when that loses no fact (no figure, date or name) — a finding
// with an honest reason and no rewrite beats a rewrite that changes the deal.
import type { RuleMatch } from '../rules/rule';
import type { PressureKind } from '../types';
import { PLAIN_MONTHS, WEEKDAYS } from '../text';

/** The id of a pressure finding the learned model makes where no hand-written rule names the phrase. */
export function learnedRuleId(kind: string): string {
  return `pressure/learned-${kind}`;
}

const REASONS: Record<PressureKind, string> = {
  directive: 'This reads as telling the client what to do rather than advising; stating the option and leaving the decision with them keeps their trust.',
  urgency: 'This adds time pressure the client did not ask for; if the timing is real, state it as a fact and leave the choice with them.',
  certainty:
    'This leans on certainty or what "everyone" does, which leaves the client little room to disagree; your reasons, offered as your view, persuade better.',
  repetition: 'This points out that the client has been told before or is to blame; people hear it as a reproach, and it rarely moves them.',
  dismissal: 'This plays down what the client raised; acknowledging it first shows you heard it.',
  ultimatum: 'This states a consequence as a threat; giving the same fact as information, with the choice left to them, keeps the conversation open.',
  defensiveness: 'This defends your standing (experience, effort, authority) instead of answering the question; the client hears it as "don\'t question me".',
};

/** A figure, a date or time, an amount or a capitalised name inside the sentence: facts a deletion would lose. */
const FACT = new RegExp(
  String.raw`\d|[$£€¥]|\b(?:${WEEKDAYS}|today|tomorrow|tonight|yesterday|(?:last|next|this) (?:week|month|year)|${PLAIN_MONTHS}|march)\b`,
  'i',
);
const NAME = /(?<=\s)\p{Lu}\p{Ll}+/u;
const DELETABLE: ReadonlySet<PressureKind> = new Set(['certainty', 'repetition', 'dismissal', 'defensiveness']);

/**
 * Below this the model is not sure enough to take the writer's sentence away: in round 5's blind
 * rating, deletions it judged under 0.7 scored 2.6 (the news "you have been accepted", the answer
 * itself), those above 4.3. The finding stays; only the one-click deletion needs the surer reading.
 */
const SURE_ENOUGH_TO_DELETE = 0.7;

export function modelFinding(sentence: string, kind: PressureKind, probability = 1): RuleMatch {
  const start = sentence.length - sentence.trimStart().length;
  const end = sentence.trimEnd().length;
  const body = sentence.slice(start, end);
  const deletable = DELETABLE.has(kind) && probability >= SURE_ENOUGH_TO_DELETE && !FACT.test(body) && !NAME.test(body);
  const suggestions = deletable ? [{ text: '', start: 0, end: sentence.length, label: 'Leave this sentence out' }] : [];
  return { rule: learnedRuleId(kind), category: 'pressure', kind, start, end, message: REASONS[kind], suggestions };
}
