// The UI's two style sheets. The card and overlays live in a shadow root whose host resets every
// inherited property, so page CSS cannot reach in; the only rule that reaches the page is the
// `::highlight(attune-…)` set, which styles nothing but Attune's own highlights.
import { CATEGORY_SLUGS, highlightName, type CategorySlug } from './categories';

/** Muted, distinct colours: readable on light and dark pages, none of them alarm-red. */
export const COLOUR: Record<CategorySlug, string> = {
  pressure: '#cf7436',
  'closed-question': '#4f82c4',
  advice: '#2f968a',
  acknowledgement: '#8b6cc9',
  custom: '#8190a5',
};

/**
 * One line shape per category, so the categories are told apart without colour (colour-blind
 * readers, greyscale screens): wavy, dotted, dashed, double, solid.
 */
export const DECORATION: Record<CategorySlug, string> = {
  pressure: 'wavy',
  'closed-question': 'dotted',
  advice: 'dashed',
  acknowledgement: 'double',
  custom: 'solid',
};

/** Line thickness per shape: a double line is two lines and a gap, so each is drawn thinner. */
const THICKNESS: Record<string, string> = { wavy: '1.5px', double: '1px' };

/** Document-level rules for the CSS Custom Highlight API (adopted into each editor's document). */
export const HIGHLIGHT_CSS = CATEGORY_SLUGS.map(
  (slug) =>
    `::highlight(${highlightName(slug)}){text-decoration:underline ${DECORATION[slug]} ${COLOUR[slug]};` +
    `text-decoration-thickness:${THICKNESS[DECORATION[slug]] ?? '2px'};text-underline-offset:3px;` +
    `text-decoration-skip-ink:none}`,
).join('\n');

// Written one rule per line without indentation: it ships verbatim in the content script (15 KB gzipped budget).
export const SHADOW_CSS = `
:host {
all: initial !important;
display: block !important;
position: fixed !important;
inset: 0 auto auto 0 !important;
width: 0 !important;
height: 0 !important;
overflow: visible !important;
z-index: 2147483647 !important;
pointer-events: none !important;
visibility: visible !important;
opacity: 1 !important;
transform: none !important;
contain: none !important;
}
[data-attune-box] { display: none; }
`;
