// The contract every context speaks: what a report, a finding and the engine's options look like,
// with the few lists and defaults that go with them. The engine produces these (src/engine), the
// worker carries them (src/background), and the content script, popup, options page and CLI read
// them, so change them deliberately. This file is plain data and types: it imports nothing, and
// the engine imports it, never the reverse (eslint.config.js checks both).
//
// Offsets are JavaScript string indices (UTF-16 code units) into the draft passed to the engine's
// `analyze`; `start` is inclusive and `end` exclusive, and always 0 <= start <= end <= draft.length.

/** Sentence codes from ../shared/spec/mi-taxonomy.md (MITI 4 adapted to email). */
export type SentenceCode =
  | 'question.open'
  | 'question.closed'
  | 'reflection.simple'
  | 'reflection.complex'
  | 'affirmation'
  | 'autonomy'
  | 'permission'
  | 'information'
  | 'advice'
  | 'pressure'
  | 'other';

export const SENTENCE_CODES: readonly SentenceCode[] = [
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

/** Pressure kinds, each a family of rules with its own message and rewrites. */
export type PressureKind = 'directive' | 'urgency' | 'certainty' | 'repetition' | 'dismissal' | 'ultimatum' | 'defensiveness';

export const PRESSURE_KINDS: readonly PressureKind[] = ['directive', 'urgency', 'certainty', 'repetition', 'dismissal', 'ultimatum', 'defensiveness'];

/** What a finding is about; each category has its own underline style and can be switched off. */
export type FindingCategory = 'pressure' | 'closed-question' | 'advice-without-autonomy' | 'missing-acknowledgement' | 'custom-phrase';

export type Register = 'warm' | 'formal';
export type Strictness = 'gentle' | 'standard' | 'strict';

/** Every category, in the order the options page lists them. */
export const FINDING_CATEGORIES: readonly FindingCategory[] = [
  'pressure',
  'closed-question',
  'advice-without-autonomy',
  'missing-acknowledgement',
  'custom-phrase',
];

export const STRICTNESS_LEVELS: readonly Strictness[] = ['gentle', 'standard', 'strict'];
export const REGISTERS: readonly Register[] = ['warm', 'formal'];

export interface Span {
  start: number;
  end: number;
}

/** A rewrite: replace draft[start, end) with `text`. start === end means "insert at start". */
export interface Suggestion extends Span {
  text: string;
  /** Short label for the card button, e.g. "Ask permission first". */
  label?: string;
}

export interface Finding extends Span {
  /** Stable across re-analysis of the same sentence text: rule id + normalized span text. */
  id: string;
  /** Rule id, e.g. "pressure/directive-you-need-to". */
  rule: string;
  category: FindingCategory;
  kind?: PressureKind;
  /** One plain sentence: what this does to the client, in MI terms. */
  message: string;
  /** 1–3 rewrites, best first. Each carries the range it replaces (the span or its sentence). */
  suggestions: Suggestion[];
}

export interface SentenceReport extends Span {
  text: string;
  codes: SentenceCode[];
}

export interface ChecklistItem {
  pass: boolean;
  /** The sentence that decided the item (passing or failing), when there is one. */
  sentence: SentenceReport | null;
  /** Why, in a few plain words, for the popup. */
  detail: string;
}

export interface Checklist {
  acknowledges: ChecklistItem;
  no_pressure: ChecklistItem;
  open_question: ChecklistItem;
  autonomy: ChecklistItem;
}

export type ConcernKind = 'hesitation' | 'objection' | 'worry' | 'challenge';

export interface Concern {
  /** The client's sentence, verbatim from the thread. */
  text: string;
  /** The noun phrase it is about, in the client's words ("the monthly fee"). */
  topic: string;
  kind: ConcernKind;
  acknowledged: boolean;
  /** The draft sentence that acknowledged it, when acknowledged. */
  acknowledgedBy: Span | null;
}

export interface Metrics {
  /** These ratios borrow MITI's summary scores; they are informative, not a MITI rating. */
  label: 'MITI-informed';
  counts: Record<SentenceCode, number>;
  /** reflections / questions; null when there is no question. MITI: ≥1 fair, ≥2 good. */
  reflectionToQuestion: number | null;
  /** open / all questions; null when there is no question. */
  percentOpenQuestions: number | null;
}

export interface Report {
  /** Length of the draft analysed (a guard for stale reports in the UI). */
  length: number;
  sentences: SentenceReport[];
  findings: Finding[];
  checklist: Checklist;
  concerns: Concern[];
  metrics: Metrics;
  /** Ranges of the draft that are quoted client text or signature: never judged. */
  quoted: Span[];
  /** Where the thread used for concerns came from. */
  threadSource: 'option' | 'quoted' | 'none';
  /** Set when the draft was too long to analyse whole; only this range was analysed. */
  partial: Span | null;
  /** Rewrites the quality gate withheld (lost a fact, broken seam, pushing, repeated wording), by reason. */
  withheld?: Record<string, number>;
}

/** User and team preferences the engine honours. Defaults in `DEFAULT_ENGINE_OPTIONS`. */
export interface EngineOptions {
  strictness: Strictness;
  register: Register;
  categories: Record<FindingCategory, boolean>;
  /** Pressure kinds switched off individually. */
  disabledKinds: PressureKind[];
  /** Phrases the user wants flagged, with a preferred alternative. */
  customPhrases: { phrase: string; alternative: string }[];
  /** Phrases never flagged (matched case-insensitively against a finding's span). */
  allowList: string[];
  /** Finding ids the user chose "don't flag this again" for. */
  ignoredFindingIds: string[];
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  strictness: 'standard',
  register: 'warm',
  categories: {
    pressure: true,
    'closed-question': true,
    'advice-without-autonomy': true,
    'missing-acknowledgement': true,
    'custom-phrase': true,
  },
  disabledKinds: [],
  customPhrases: [],
  allowList: [],
  ignoredFindingIds: [],
};
