// How each finding category is named and drawn in the page. The slugs are part of the public
// testing contract (docs/testing.md): highlight names `attune-<slug>` and `data-category="<slug>"`.
import type { Finding, FindingCategory, PressureKind } from '../../engine/types';

export type CategorySlug = 'pressure' | 'closed-question' | 'advice' | 'acknowledgement' | 'custom';

export const CATEGORY_SLUGS: readonly CategorySlug[] = [
  'pressure',
  'closed-question',
  'advice',
  'acknowledgement',
  'custom',
];

const SLUG_OF: Record<FindingCategory, CategorySlug> = {
  pressure: 'pressure',
  'closed-question': 'closed-question',
  'advice-without-autonomy': 'advice',
  'missing-acknowledgement': 'acknowledgement',
  'custom-phrase': 'custom',
};

/** Pressure is the most important thing to see, so it paints over the others where spans overlap. */
export const HIGHLIGHT_PRIORITY: Record<CategorySlug, number> = {
  pressure: 5,
  custom: 4,
  advice: 3,
  'closed-question': 2,
  acknowledgement: 1,
};

const CATEGORY_LABEL: Record<CategorySlug, string> = {
  pressure: 'Pressure',
  'closed-question': 'Closed question',
  advice: 'Advice without choice',
  acknowledgement: 'Concern not acknowledged',
  custom: 'Team phrase',
};

const KIND_LABEL: Record<PressureKind, string> = {
  directive: 'directive',
  urgency: 'urgency',
  certainty: 'certainty',
  repetition: 'repetition',
  dismissal: 'dismissal',
  ultimatum: 'ultimatum',
  defensiveness: 'defensiveness',
};

export function slugOf(category: FindingCategory): CategorySlug {
  return SLUG_OF[category] ?? 'custom';
}

export function highlightName(slug: CategorySlug): string {
  return `attune-${slug}`;
}

/** The small label on the card, e.g. "Pressure · urgency". */
export function kindLabel(finding: Finding): string {
  const base = CATEGORY_LABEL[slugOf(finding.category)];
  const kind = finding.kind ? KIND_LABEL[finding.kind] : undefined;
  return kind ? `${base} · ${kind}` : base;
}
