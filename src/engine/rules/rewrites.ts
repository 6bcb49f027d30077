// Sentence-level reframes per pressure kind, in two registers. The runner first replaces every
// pressuring phrase in the sentence with its rule's neutral wording, then wraps the result in
// one of these frames, and keeps a frame only if the result raises no pressure finding.
import type { PressureKind, Register } from '../types';
import { capitalize, decapitalize } from '../text';
import { AUTONOMY } from './shared';

export interface Frame {
  label: string;
  build(body: string, terminal: string): string;
}

/**
 * A lead-in before the body; an opening "But"/"And"/"So" (and an "honestly" after it) stays in
 * front: "But honestly, X" → "But in my experience, X", not "In my experience, but honestly, X".
 */
const lead = (leadIn: string) => (body: string) => {
  const m = body.match(/^(but|and|so),?\s+(?:(?:honestly|frankly|really),?\s+)?/i);
  if (!m) return leadIn + decapitalize(body);
  return `${capitalize(m[1].toLowerCase())} ${decapitalize(leadIn)}${decapitalize(body.slice(m[0].length))}`;
};
const asked = (terminal: string) => terminal === '?';

/**
 * A card shows the whole rewrite: a tail goes only on a body that has room for it. A body that is
 * already long, or already has a dash clause of its own, gets no second clause piled on.
 */
const MAX_BODY_FOR_TAIL = 110;
const roomForTail = (body: string) => body.length <= MAX_BODY_FOR_TAIL && !/\s[\u2014\u2013]\s/.test(body);
/** The frame's tail, or the body as it is when there is no room for one. */
const tail = (build: (b: string, t: string) => string) => (b: string, t: string) => (roomForTail(b) ? build(b, t) : b + (t || '.'));
/** A body the rule's wording already made the writer's own view needs no second lead-in. */
const OWN_VIEW = /^\W*(?:I think|I believe|in my (?:view|experience)|I'd be curious|I would be interested)\b|\bto me\b/i;
/** A body the rule's wording already made unhurried needs no second "whenever you're ready". */
const UNHURRIED = /\b(?:whenever (?:suits you|you're ready|you feel ready)|when you're ready|at a time that suits you|at your convenience)\b/i;
/** A body the rule's own wording already turned into a recap or a follow-up needs no second lead-in. */
const ALREADY_RECAP =
  /^\W*(?:to recap|to summarise|in hindsight|I'm (?:following up|resending|happy to go over)|I am (?:following up|resending|happy to go over))\b/i;

export const KIND_FRAMES: Record<PressureKind, Record<Register, Frame[]>> = {
  directive: {
    // MI's order for advice in one breath: offered as the writer's view, the choice handed back.
    // (A stock "Would it help if I shared what I'd suggest?" pasted before advice that follows at
    // once is not asking; testers rated it among the worst rewrites.)
    warm: [
      { label: 'Leave the choice with them', build: tail((b, t) => (asked(t) ? b + t : `${b} — it's entirely your call.`)) },
      { label: 'Offer it as a suggestion', build: tail((b, t) => (asked(t) ? b + t : `For what it's worth, ${decapitalize(b)} — but it's up to you.`)) },
    ],
    formal: [
      { label: 'Leave the choice with them', build: tail((b, t) => (asked(t) ? b + t : `${b}; the decision is yours.`)) },
      {
        label: 'Offer it as a suggestion',
        build: tail((b, t) => (asked(t) ? b + t : `If it is helpful, ${decapitalize(b)}; the decision is, of course, yours.`)),
      },
    ],
  },
  urgency: {
    warm: [
      {
        label: 'Take the rush out',
        build: tail((b) => (UNHURRIED.test(b) ? `${b} — there's no rush from my side.` : `${b} — whenever you're ready, and there's no rush from my side.`)),
      },
    ],
    formal: [{ label: 'Take the rush out', build: tail((b) => `${b}. Please take the time you need to decide.`) }],
  },
  certainty: {
    warm: [
      {
        label: 'Offer it as your view',
        build: (b, t) => {
          const view = OWN_VIEW.test(b) ? b : lead('In my experience, ')(b);
          return roomForTail(view) ? `${view} — how does it look to you?` : view + (t || '.');
        },
      },
    ],
    formal: [
      {
        label: 'Offer it as your view',
        build: (b, t) => {
          const view = OWN_VIEW.test(b) ? b : lead('In my experience, ')(b);
          return roomForTail(view) ? `${view}; I would welcome your thoughts on it.` : view + (t || '.');
        },
      },
    ],
  },
  repetition: {
    warm: [
      {
        label: 'Recap without blame',
        build: (b, t) =>
          ALREADY_RECAP.test(b)
            ? b + t
            : roomForTail(b)
              ? `${lead('To recap, ')(b)} — I know that may not be what you hoped.`
              : lead('To recap, ')(b) + (t || '.'),
      },
    ],
    formal: [
      {
        label: 'Recap without blame',
        build: (b, t) =>
          ALREADY_RECAP.test(b)
            ? b + t
            : roomForTail(b)
              ? `${lead('To summarise, ')(b)}; I appreciate this may not be the answer you hoped for.`
              : lead('To summarise, ')(b) + (t || '.'),
      },
    ],
  },
  dismissal: {
    warm: [{ label: 'Take the concern seriously', build: tail((b) => `${b} — it makes sense to want to be sure; what worries you most?`) }],
    formal: [{ label: 'Take the concern seriously', build: tail((b) => `${b}. Your concern is understandable, and I am happy to go through it in detail.`) }],
  },
  ultimatum: {
    // The runner has already rebuilt a threat as information ending in the client's choice;
    // only a sentence that still lacks that choice gets it here.
    warm: [
      {
        label: 'State the stakes, keep the choice',
        build: (b, t) => (AUTONOMY.test(b) ? b + t : `${b} — I'm mentioning it so you have the full picture, and the decision is yours.`),
      },
    ],
    formal: [
      {
        label: 'State the stakes, keep the choice',
        build: (b, t) => (AUTONOMY.test(b) ? b + t : `${b}. I mention this so that you have the full picture; the decision is yours.`),
      },
    ],
  },
  defensiveness: {
    warm: [{ label: 'Welcome the question', build: (b, t) => `That's a fair question — ${decapitalize(b)}${t}` }],
    formal: [{ label: 'Welcome the question', build: (b, t) => `That is a reasonable question; ${decapitalize(b)}${t}` }],
  },
};

/** Last resort when no in-place rewrite comes out clean: a neutral move of the same kind. */
export const KIND_FALLBACKS: Record<PressureKind, Record<Register, string[]>> = {
  directive: { warm: ["Here's what I'd suggest — it's entirely your call."], formal: ['Here is what I would suggest; the decision is yours.'] },
  urgency: { warm: ["Whenever you're ready, let me know — there's no rush from my side."], formal: ['Please take the time you need to decide.'] },
  certainty: {
    warm: ['In my experience this tends to work well — how does it look to you?'],
    formal: ['In my experience this tends to work well; I would value your view.'],
  },
  repetition: {
    warm: ['To recap the key point — I know it may not be what you hoped.'],
    formal: ['To summarise the key point; I appreciate it may not be what you hoped.'],
  },
  dismissal: {
    warm: ['It makes sense to want to be sure — what worries you most about it?'],
    formal: ['Your concern is understandable; I am happy to go through it in detail.'],
  },
  ultimatum: {
    warm: ["Here's what's at stake either way — it's your decision, and I'll support whichever way you go."],
    formal: ['Here is what is at stake either way; the decision is yours.'],
  },
  defensiveness: {
    warm: ["That's a fair question — here's what I'm basing my advice on."],
    formal: ['That is a reasonable question; here is what my advice is based on.'],
  },
};
