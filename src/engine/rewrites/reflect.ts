// Reflections of a client's concern, built from the client's own topic words: a simple one that
// restates, and a complex one that names the feeling or the value underneath (MITI's simple and
// complex reflections). Pronouns are turned to the writer's side; nothing here pushes, so a
// reflection can be inserted as-is at the top of a reply.
import type { Concern, Register } from '../types';
import { toWriterView } from './pronouns';
import { reportedView, reportedViewClauses } from './reported-view';
import { reportedOwnStep, reportedWhQuestion } from './topic-shape';
import { avoidance, complexClause, parts, requested, sentence, simpleSaid, type Parts } from './reflect-clauses';
import { PLAIN_MONTHS, WEEKDAYS } from '../text';

export type ReflectableConcern = Pick<Concern, 'text' | 'topic' | 'kind'>;

/**
 * `simple` restates, `complex` names the feeling or value. It is also the list
 * [simple, complex] (safest first), which is how draft-findings offers them as suggestions.
 */
export type Reflections = [string, string] & {
  simple: string;
  complex: string;
};

function reflections(simple: string, complex: string): Reflections {
  [simple, complex] = [withCalendarCapitals(simple), withCalendarCapitals(complex)];
  return Object.assign([simple, complex] as [string, string], { simple, complex });
}

/** "saturday" typed in chat is "Saturday" in our sentence ("may" and "march" are left as typed: they are words too). */
const CALENDAR_NAME = new RegExp(String.raw`\b(?:${WEEKDAYS}|${PLAIN_MONTHS})\b`, 'g');

function withCalendarCapitals(text: string): string {
  return text.replace(CALENDAR_NAME, (w) => w[0].toUpperCase() + w.slice(1));
}

// Frames a person varies from one reflection to the next, chosen by the concern's index so the
// same draft always gets the same wording and two reflections in a row never open alike.
const SIMPLE_FRAMES = {
  warm: ['You mentioned {}', 'I hear that {}', 'It sounds like {}', 'I can tell {}'],
  formal: ['You mentioned that {}', 'I understand that {}', 'You noted that {}', 'I appreciate that {}'],
};
const QUESTION_FRAMES = {
  warm: ['You asked {}', "You're wondering {}"],
  formal: ['Thank you for asking {}', 'You asked {}'],
};
const COMPLEX_FRAMES = {
  warm: ['It sounds like {}', 'I get the sense {}', 'I can tell {}', 'I imagine {}'],
  formal: ['I understand that {}', 'I appreciate that {}', 'I recognise that {}'],
};

function framed(frames: string[], index: number, clause: string): string {
  const frame = frames[((index % frames.length) + frames.length) % frames.length];
  return frame.replace('{}', clause);
}

/** "I understand that you would like…, and that you want…": the second "that" belongs only after a "that" frame. */
function fitComplex(frame: string, clause: string): string {
  return /\bthat \{\}$/.test(frame) ? clause : clause.replace(/, and that /, ', and ');
}

function pick(frames: string[], index: number): string {
  return frames[((index % frames.length) + frames.length) % frames.length];
}

/** Frames for a clause about someone other than the client ("your wife would rather wait"). */
const VIEW_FRAMES = {
  warm: ['You mentioned {}', 'It sounds like {}', 'I hear that {}'],
  formal: ['You mentioned that {}', 'I understand that {}', 'You noted that {}'],
};

/** "My wife thinks we should wait": the view and who holds it, reflected as theirs. */
function reportedReflections(p: Parts, formal: boolean, i: number): Reflections | null {
  const view = reportedView(p.text);
  if (!view) return null;
  const [simple, complex] = reportedViewClauses(view, formal, p.unplaceable ? '' : p.topic);
  const register = formal ? 'formal' : 'warm';
  const complexFrame = pick(COMPLEX_FRAMES[register], i);
  return reflections(sentence(framed(VIEW_FRAMES[register], i, simple)), sentence(complexFrame.replace('{}', fitComplex(complexFrame, complex))));
}

/** "I want to speak to a manager": the request in the client's words, and what is behind it. */
function requestReflections(p: Parts, kind: Concern['kind'], formal: boolean, i: number): Reflections | null {
  const wanted = requested(p, kind);
  if (!wanted) return null;
  const register = formal ? 'formal' : 'warm';
  const simple = `${formal ? 'you would' : "you'd"} like to ${wanted}`;
  const complex = formal
    ? `you would like to ${wanted} because it matters to you that this is properly resolved`
    : `you'd like to ${wanted} because it really matters to you that this gets put right`;
  const complexFrame = pick(COMPLEX_FRAMES[register], i);
  return reflections(sentence(framed(SIMPLE_FRAMES[register], i, simple)), sentence(complexFrame.replace('{}', complex)));
}

/**
 * A topic that can't be placed ("doing the same thing", "the next one"): the client's own sentence
 * is reflected instead, turned to the writer's view — a reported question ("You asked why you have
 * to…"), or a short statement said back ("You mentioned the last two sessions went badly"). Only
 * when neither can be formed does the reflection acknowledge without quoting.
 */
function quotingLess(p: Parts, kind: Concern['kind'], formal: boolean, i: number): Reflections {
  const register = formal ? 'formal' : 'warm';
  const complexFrame = pick(COMPLEX_FRAMES[register], i);
  const complexOf = (clause: string) => sentence(complexFrame.replace('{}', fitComplex(complexFrame, clause)));
  const wouldLike = formal ? 'you would like' : "you'd like";
  const asked = p.isQuestion ? p.askedWhether || reportedWhQuestion(p.text, toWriterView) || reportedOwnStep(p.text, toWriterView) : '';
  if (asked) {
    const want = /^whether\b/.test(asked) ? `${wouldLike} a clear answer on ${asked}` : `${wouldLike} to understand ${asked}`;
    return reflections(sentence(framed(QUESTION_FRAMES[register], i, asked)), complexOf(want));
  }
  const said = p.isQuestion ? '' : saidBack(p.text);
  if (said) {
    const last = said.split(/,\s+(?:and|but|so)\s+|\s+(?:and|but)\s+(?=(?:you|your|it|this|that|the)\b)|,\s+|;\s+/).pop() ?? said;
    return reflections(sentence(framed(SIMPLE_FRAMES[register], i, said)), complexOf(`${last}, and ${GENERAL_VALUE[register][kind]}`));
  }
  return reflections(sentence(framed(SIMPLE_FRAMES[register], i, GENERAL_SIMPLE[register][kind])), complexOf(GENERAL_COMPLEX[register][kind]));
}

/** A short statement of the client's, turned to the writer's view, or '' when too long to say back. */
function saidBack(text: string): string {
  const t = text
    .trim()
    .replace(/^(?:and|but|so|also|honestly|to be honest|frankly|look|well),?\s+/i, '')
    .replace(/[.!…\s]+$/u, '');
  if (!t || /[?"“”:]/.test(t) || t.split(/\s+/).length > 18) return '';
  const turned = toWriterView(t);
  return turned.charAt(0) === 'I' && /^I\b/.test(turned) ? turned : turned.charAt(0).toLowerCase() + turned.slice(1);
}

const GENERAL_VALUE: Record<Register, Record<Concern['kind'], string>> = {
  warm: {
    worry: "that's been weighing on you",
    hesitation: 'you want to get this right for yourself',
    objection: 'it matters to you that this works',
    challenge: 'you want a straight answer',
  },
  formal: {
    worry: 'that this has been weighing on you',
    hesitation: 'that you would like to get this right',
    objection: 'that it matters to you that this works',
    challenge: 'that you would like a clear answer',
  },
};

const GENERAL_SIMPLE: Record<Register, Record<Concern['kind'], string>> = {
  warm: {
    worry: 'this has been worrying you',
    hesitation: "you're not sure about this yet",
    objection: "this isn't sitting right with you",
    challenge: "you're questioning whether this is right",
  },
  formal: {
    worry: 'this has been a worry for you',
    hesitation: 'you are not yet sure about this',
    objection: 'this does not sit well with you',
    challenge: 'you are questioning whether this is right',
  },
};
const GENERAL_COMPLEX: Record<Register, Record<Concern['kind'], string>> = {
  warm: {
    worry: 'this has been weighing on you, and you want to feel sure before going ahead',
    hesitation: 'you want to get this right for yourself before you commit',
    objection: "it matters to you that this works, and right now it doesn't feel like it does",
    challenge: 'you want a straight answer before going any further',
  },
  formal: {
    worry: 'this has been weighing on you, and that you want to feel confident before going ahead',
    hesitation: 'you would like to be confident this is right for you before committing',
    objection: 'it matters to you that this works, and that it does not yet feel that way',
    challenge: 'you would like a clear answer before going further',
  },
};

/**
 * A simple and a complex reflection of one concern, in the chosen register. `index` is the
 * concern's place among those reflected, so consecutive reflections open with different frames.
 */
export function buildReflections(concern: ReflectableConcern, register: Register = 'warm', index = 0): Reflections {
  const p = parts(concern ?? { text: '', topic: '', kind: 'objection' });
  const formal = register === 'formal';
  if (!p.topic) {
    return formal
      ? reflections('Thank you for setting out your concerns.', 'I understand this matters to you, and I want to make sure we get it right.')
      : reflections('I hear your concerns.', 'It sounds like this really matters to you, and you want to get it right.');
  }
  const kind = concern.kind ?? 'objection';
  const i = Number.isFinite(index) ? Math.trunc(index) : 0;
  const special = reportedReflections(p, formal, i) ?? requestReflections(p, kind, formal, i) ?? (p.unplaceable ? quotingLess(p, kind, formal, i) : null);
  if (special) return special;
  const said = simpleSaid(p, kind, formal);
  const simple = framed(said.asked ? QUESTION_FRAMES[register === 'formal' ? 'formal' : 'warm'] : SIMPLE_FRAMES[formal ? 'formal' : 'warm'], i, said.clause);
  const complexFrames = COMPLEX_FRAMES[formal ? 'formal' : 'warm'];
  const frame = complexFrames[((i % complexFrames.length) + complexFrames.length) % complexFrames.length];
  const complex = frame.replace('{}', fitComplex(frame, complexClause(p, kind, formal)));
  return reflections(sentence(simple), sentence(complex));
}

/**
 * What the client's sentence itself says is wrong, doubtful or wanted. A reflection that names a
 * worry the client never voiced ("Neighbours are fine with it" → "…isn't sitting right with you")
 * misreads them, so without one of these nothing is offered.
 */
const VOICED_CONCERN =
  /\b(?:worr\w*|concern\w*|nervous|anxious|afraid|scared|frightened|fear\w*|unsure|not (?:so |really |entirely |too )?(?:sure|convinced|certain|happy|keen|comfortable|confident)|hesitant|doubt\w*|second thoughts|(?:don't|do not|doesn't|does not|wouldn't|won't|never) (?:really )?(?:want|like|think|trust|agree|understand|fancy)|rather not|can't afford|cannot afford|too (?:high|much|expensive|steep|long|slow|risky|big|soon|early|late|complicated)|expensive|steep|unfair|frustrat\w*|disappoint\w*|upset|annoy\w*|struggl\w*|overwhelm\w*|stress\w*|confus\w*|(?:i|we)(?:'d| would) like to|(?:i|we) want to)\b/i;

/** A want that is a request of the writer: to meet, talk, call, see them or go through something together. */
const ASKS_THE_WRITER =
  /^(?:meet|discuss|talk|speak|call|chat|see|catch up|go through|go over|come in|pop in|arrange|book|have a (?:call|chat|meeting|word))\b/i;

/** Wordings that say a concern exists without saying what the client said: stock, and often wrong. */
const GENERIC_SAYING =
  /\b(?:concerns about|reservations about|on your mind|giving you pause|still weighing|sitting right|sit well|left you unconvinced|what you were hoping for|what you had hoped for|been worrying you|been a worry|not sure about this yet|not yet sure about this|questioning whether this is right|I hear your concerns|setting out your concerns)\b/i;

/**
 * The reflections worth offering as a suggestion: only the simple one (what the client said, turned
 * to the writer's side), only when the client voiced the concern in so many words, and never for a
 * question (which wants an answer, not "You asked…"). A complex reflection guesses at what lies
 * underneath; in a one-click suggestion a wrong guess reads as not having listened.
 */
export function offerableReflections(concern: ReflectableConcern, register: Register = 'warm', index = 0): string[] {
  const p = parts(concern ?? { text: '', topic: '', kind: 'objection' });
  if (!p.topic || p.isQuestion) return [];
  // "I'm not sure this plan is right for us": the doubt and its clause, said back whole.
  const doubted = doubtSaidBack(p.text, register);
  if (doubted) return [doubted];
  const { simple } = buildReflections(concern, register, index);
  // Only a feeling, an evaluation or a want the client put into words: "not sure about X" over an
  // extracted topic misread the client too often in the blind rating ("not sure about yesterday").
  const wanted = requested(p, concern.kind ?? 'objection');
  // "We'd like to meet to discuss it first" asks for a reply (yes, when), not to be said back: in
  // round 6's blind rating "I can tell you'd like to meet…" read as parroting the request.
  if (wanted && !p.feeling && !p.evaluation && ASKS_THE_WRITER.test(wanted)) return [];
  const named = Boolean(p.feeling || (p.evaluation && p.form === 'noun') || wanted || avoidance(p));
  if (named && VOICED_CONCERN.test(p.text) && !GENERIC_SAYING.test(simple) && sayableSentence(simple)) return [simple];
  // Said back word for word, a client's sentence read as a redundant echo (blind rating, round 4): none.
  return [];
}

const DOUBT_CLAUSE =
  /^(?:(?:honestly|to be honest|tbh|but|and|so|also|still),?\s+)*(?:i'?m|i am|we'?re|we are)\s+(?:still\s+|just\s+|really\s+)?not\s+(?:really\s+|entirely\s+|totally\s+|fully\s+)?(sure|convinced)\s+(?:that\s+)?((?:this|the|our|my|it|we|i|a|an|your)\b[^?!;]{3,90}?)[.!…]*$/i;

/** "I'm not sure this plan is right for us." → "You mentioned you're not sure this plan is right for you." */
function doubtSaidBack(text: string, register: Register): string {
  const m = DOUBT_CLAUSE.exec(text.trim());
  if (!m) return '';
  const clause = toWriterView(m[2].trim());
  if (/\b(?:lol|haha|tbh)\b/i.test(clause) || clause.split(/\s+/).length > 14) return '';
  const said =
    register === 'formal' ? `You mentioned that you are not ${m[1].toLowerCase()} ${clause}` : `You mentioned you're not ${m[1].toLowerCase()} ${clause}`;
  const out = sentence(said);
  return sayableSentence(out) ? out : '';
}

/** Short, one sentence, no client capital mid-sentence ("…would rather You…"), no dangling word before the verb. */
function sayableSentence(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 20 || /[.!?]\s+\S/.test(text.trim())) return false;
  if (/\s(?:You|Your|I'm|My|We)\b/.test(text.slice(1))) return false;
  // "not sure about to insure your new", "about having received": a clause where a topic should be.
  if (
    /\babout (?:to|having|having been|feels?|is|are|was|were|seems?|looks?|sounds?|has|have|considering|plus)\b|\bwondering whether\b|\b(?:your|the|a) new\.$/i.test(
      text,
    )
  )
    return false;
  return !/\b(?:nor|or|and|but|between|the|a|an|of|to|with|your|my)\s+(?:isn't|is|are|aren't|has|have|feels?)\b/i.test(text);
}
