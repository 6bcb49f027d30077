// The textarea overlay's style sheet, shipped in the overlay's lazily loaded chunk (./overlay.ts).
import { CATEGORY_SLUGS, type CategorySlug } from './categories';
import { COLOUR, DECORATION } from './styles';

// A wave drawn with two radial-gradient masks (no images: page CSPs may forbid data: URLs).
const WAVE_MASK = `--s: 2px; --b: 1.5px; --r: calc(var(--s) * 1.4142 + var(--b) / 2); --g: #0000 calc(99% - var(--b)), #000 calc(101% - var(--b)) 99%, #0000 101%; height: calc(2 * var(--r)); bottom: calc(-1 * var(--r) - 1.5px); mask: radial-gradient(var(--r) at left 50% bottom calc(-1 * var(--s)), var(--g)) calc(50% - 2 * var(--s)) calc(50% - var(--s) / 2 - var(--b) / 2) / calc(4 * var(--s)) calc(var(--s) + var(--b)) repeat-x, radial-gradient(var(--r) at left 50% top calc(-1 * var(--s)), var(--g)) 50% calc(50% + var(--s) / 2 + var(--b) / 2) / calc(4 * var(--s)) calc(var(--s) + var(--b)) repeat-x;`;

function overlayUnderline(slug: CategorySlug): string {
  const c = COLOUR[slug];
  const sel = `[data-attune-underline][data-category="${slug}"]::after`;
  switch (DECORATION[slug]) {
    case 'wavy':
      return `${sel}{background:${c};${WAVE_MASK}}`;
    case 'dotted':
      return `${sel}{height:2px;bottom:-1px;background:radial-gradient(circle,${c} 0.9px,transparent 1.2px) 0 50%/4px 2px repeat-x}`;
    case 'double':
      return `${sel}{height:4px;bottom:-2px;background:linear-gradient(${c} 0 1px,transparent 1px 3px,${c} 3px 4px)}`;
    case 'dashed':
      return `${sel}{height:2px;bottom:-1px;background:linear-gradient(90deg,${c} 0 60%,transparent 60%) 0 0/6px 2px repeat-x}`;
    default:
      return `${sel}{height:1.5px;bottom:-1px;background:${c};border-radius:1px}`;
  }
}

export const OVERLAY_CSS = `
.clip { position: fixed; overflow: hidden; pointer-events: none; }
.layer { position: absolute; left: 0; top: 0; }
[data-attune-underline] { position: absolute; pointer-events: none; }
[data-attune-underline]::after { content: ""; position: absolute; left: 0; right: 0; }
${CATEGORY_SLUGS.map(overlayUnderline).join('\n')}
`;
