// How each finding category is named and drawn in the page. The slugs are part of the public
// testing contract (docs/testing.md): highlight names `attune-<slug>` and `data-category="<slug>"`.
import type { FindingCategory } from '../../shared/contract/index';

export type CategorySlug = 'pressure' | 'closed-question' | 'advice' | 'acknowledgement' | 'custom';

export const CATEGORY_SLUGS: readonly CategorySlug[] = ['pressure', 'closed-question', 'advice', 'acknowledgement', 'custom'];

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

export function slugOf(category: FindingCategory): CategorySlug {
  return SLUG_OF[category] ?? 'custom';
}

export function highlightName(slug: CategorySlug): string {
  return `attune-${slug}`;
}
