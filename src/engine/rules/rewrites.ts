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
const UNHURRIED = /\b(?:whenever (?:suits you|you're ready|you feel ready)|when you're ready|at a time that suits you|at your convenience|no rush|no hurry)\b/i;
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
        build: (b, t) => (UNHURRIED.test(b) ? b + (t || '.') : tail((x) => `${x} — there's no rush from my side.`)(b, t)),
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
  // "To recap, …" keeps the reproach and splices badly mid-sentence (blind rating): the phrase itself is taken out instead.
  repetition: { warm: [], formal: [] },
  // A stock "what worries you most?" pasted after the sentence asks about a worry the client has usually already named.
  dismissal: { warm: [], formal: [] },
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
  // "That's a fair question —" lands where no question was asked (blind rating): the defensive line is taken out or reworded instead.
  defensiveness: { warm: [], formal: [] },
};

/**
 * Last resort when no in-place rewrite comes out clean. None: a stock sentence in place of the
 * writer's ("Here's what I'd suggest — it's entirely your call.") loses what they said, and blind
 * raters score it lowest; the finding keeps its reason instead.
 */
export const KIND_FALLBACKS: Record<PressureKind, Record<Register, string[]>> = {
  directive: { warm: [], formal: [] },
  urgency: { warm: [], formal: [] },
  certainty: { warm: [], formal: [] },
  repetition: { warm: [], formal: [] },
  dismissal: { warm: [], formal: [] },
  ultimatum: { warm: [], formal: [] },
  defensiveness: { warm: [], formal: [] },
};
