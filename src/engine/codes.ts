// Sentence coding in MI terms (MITI 4 adapted to email: ../shared/spec/mi-taxonomy.md).
// Pressure is decided by the rules; this module codes everything else from cue lists kept as
// data in ./codes/. Hand-written patterns over normalised text instead of a tagger: coding
// runs on every keystroke's changed sentence and must stay well under a millisecond, and
// compromise's import and tagging cost more than the whole analysis may.
import type { SentenceCode } from './types';
import { matchesCueSet } from './codes/cue';
import { AFFIRMATION } from './codes/affirmation';
import { AUTONOMY } from './codes/autonomy';
import { OTHER } from './codes/other';
import { PERMISSION } from './codes/permission';
import { CLOSED_QUESTION, OPEN_INVITATION, OPEN_QUESTION, SCALE_QUESTION, TAG_QUESTION, UNMARKED_QUESTION, WH_IN_SITU } from './codes/question';
import { COMPLEX_REFLECTION, REFLECTION, REFLECTION_WITH_ANSWER } from './codes/reflection';

export interface CodeContext {
  /** Whether a pressure rule fired in this sentence. */
  pressured: boolean;
}

type QuestionType = 'open' | 'closed';

export function codeSentence(text: string, ctx: CodeContext): SentenceCode[] {
  // A pushing sentence is coded as pressure alone, as a MITI coder codes Persuade/Confront.
  if (ctx.pressured) return ['pressure'];
  const norm = normalise(text);
  // "No?", "Really?": a one-word check that asks the client to confirm or say more.
  if (/^(?:no|really|maybe|seriously)\s*\?$/.test(norm)) return ['question.closed'];
  if (!norm || isSignatureLine(text) || isBackchannel(norm)) return ['other'];

  if (matchesCueSet(PERMISSION, norm)) return ['permission'];

  const codes: SentenceCode[] = [];
  const { lead, question } = splitQuestion(norm);
  const questionType = question === null ? invitationType(norm) : classifyQuestion(question);
  // A reflection said with a rising voice ("So you're juggling school and work?") is still a
  // reflection; only its own words (the lead before a separate question) are read for one.
  const risingStatement = question !== null && isDeclarative(question);
  const reflectionText = questionType === null || (risingStatement && !lead) ? norm : lead;
  const saidBack = reflectionText ? reflectionCode(reflectionText) : null;
  const reflection = saidBack ?? (reflectionText ? risingReflection(question, risingStatement) : null);
  if (reflection) codes.push(reflection);
  if (questionType === 'open') codes.push('question.open');
  // A short rising statement is heard both ways ("So you've stopped going?" checks a fact as
  // much as it reflects; AnnoMI's coders split it about evenly), so it keeps its closed-question
  // code beside the reflection. A listening frame or a long restatement is a reflection alone.
  if (questionType === 'closed' && !(reflection && risingStatement && heardAsReflection(norm, question))) {
    codes.push('question.closed');
  }
  if (matchesCueSet(AFFIRMATION, norm) && !(reflection && /^(?:congratulations|congrats)\b/.test(norm))) {
    codes.push('affirmation');
  }
  if (!codes.some(isQuestionCode) && matchesCueSet(AUTONOMY, norm)) codes.push('autonomy');
  if (reflection && questionType === null && matchesCueSet(REFLECTION_WITH_ANSWER, norm)) codes.push('advice');

  if (codes.length) return codes;
  if (matchesCueSet(OTHER, norm)) return ['other'];
  // Whatever else a body sentence says gives the client information or a recommendation.
  return wordCount(norm) >= 2 ? ['advice'] : ['other'];
}

/**
 * A rising statement heard as a reflection alone, as MITI codes it: a listening frame ("It
 * sounds like…?", "part of you…?"), a restatement of ten words or more ("The family has come
 * first for so long that you've taken a back seat?"), or a "so…" summary that names what the
 * client feels or wants. On AnnoMI's dev half such sentences are reflections about 3 times
 * in 4; a short "So it's Tuesday?" or "And you accept that?" stays a check of a fact too.
 */
function heardAsReflection(norm: string, question: string | null): boolean {
  if (LISTENING.test(norm)) return true;
  // "…, or?" leaves the alternatives open for the client to pick: a question.
  if (question === null || /\bor\s*\?$/.test(question)) return false;
  // "You wrote here that…?", "You ticked the box for…?": checking a fact on a form.
  if (/\byou (?:wrote|checked|ticked|marked|circled|filled|indicated|answered)\b/.test(question)) return false;
  return wordCount(question) >= 10 || (/^so\b/.test(norm) && INNER_STATE.test(norm));
}

const LISTENING =
  /\b(?:sounds?|sounded|seems?|seemed|hear|hearing|heard|sense|understand|understanding|what you'?re saying|part of you|on (?:the )?one hand)\b/;
const INNER_STATE =
  /\b(?:feel|feels|felt|feeling|want|wants|wanted|wanting|like|love|hate|worried|worry|worries|frustrat\w*|important|think|thinking|hoping|hope|sick of|glad|scared|afraid|tired|enjoy|miss|need)\b/;
const isQuestionCode = (c: SentenceCode) => c === 'question.open' || c === 'question.closed';

/** Lower case, straight quotes, single spaces, and no spoken fillers at the start. */
export function normalise(text: string): string {
  let s = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  s = collapseStutters(s);
  s = stripFillers(s);
  return s;
}

/**
 * Spoken repairs: "you-you've" → "you've", "wh-what" → "what", "I-I" → "i". Only a fragment
 * that begins the next word is dropped, so "e-mail" and "follow-up" are left alone.
 */
function collapseStutters(s: string): string {
  if (!s.includes('-')) return s;
  return s.replace(/\b([a-z']{1,12})-(?=([a-z']+))/g, (whole, part: string, next: string) => (next.startsWith(part) ? '' : whole));
}

// "Um" and "uh" are fillers before any word; "and", "but", "or" only before a word that can
// start a question ("And do you…", "Or is there…"), so "And yes, …" keeps its shape.
const FILLER =
  /^(?:[-—–…"'(\s]+|(?:um+|uh+|er+|erm)\s+|(?:and|but|or) (?=(?:do|does|did|is|are|was|were|can|could|would|will|have|has|had|when|where|who|which)\b)|(?:okay|ok|and|but|well|right|yeah|yes|um+|uh+|er+|erm|hmm+|mm+|mm-hmm|mhm|uh-huh|alright|all right|oh|now|anyway|great|good|sure|wow|hey|look|listen)(?:[,.!]+\s*|\s*[-—–]+\s*|\s+(?=(?:so|you|it|that|the|i|what|how|why|and|but)\b)))/;

function stripFillers(s: string): string {
  for (let i = 0; i < 8; i++) {
    const m = FILLER.exec(s);
    if (!m || m[0].length === 0 || m[0].length === s.length) break;
    s = s.slice(m[0].length);
  }
  return s;
}

/** "Yeah?", "Okay.", "Mm-hmm": listening noises, not questions or statements. */
function isBackchannel(norm: string): boolean {
  return /^(?:(?:yeah|yes|yep|yup|no|nope|okay|ok|oh|right|really|sure|mm+|mm-hmm|mhm|uh-huh|hmm+|huh|wow|great|good|cool|alright|all right)[\s,.!?-]*)+$/.test(
    norm,
  );
}

/** Lines like "Alana", "Coach Nate", "Patient Services, Harbour Clinic": a name, not a sentence. */
function isSignatureLine(text: string): boolean {
  const t = text.trim();
  if (/[.?!:;]$/.test(t)) return false;
  const words = t.split(/[\s,/&]+/).filter(Boolean);
  if (words.length > 6) return false;
  return words.every((w) => /^[\p{Lu}\d—–-]/u.test(w) || /^(?:of|the|and|for|at|de|van|von)$/.test(w));
}

/**
 * The question part of a sentence: the clause holding the final '?', after the last dash,
 * semicolon or colon before it. `lead` is what comes before (a reflection, an affirmation).
 */
function splitQuestion(norm: string): { lead: string; question: string | null } {
  const q = norm.lastIndexOf('?');
  // A question in quotation marks voices someone ("…it's almost, "How would I manage?"").
  if (q < 0 || isQuoted(norm, q)) return { lead: norm, question: null };
  const body = norm.slice(0, q + 1);
  const cut = Math.max(
    body.lastIndexOf(' — '),
    body.lastIndexOf(' – '),
    body.lastIndexOf(' - '),
    body.lastIndexOf('; '),
    body.lastIndexOf(': '),
    body.lastIndexOf('. '),
  );
  if (cut < 0) return { lead: '', question: questionCore(body) };
  return { lead: norm.slice(0, cut).trim(), question: questionCore(body.slice(cut + 2).trim()) };
}

function isQuoted(norm: string, at: number): boolean {
  return /^["']/.test(norm.slice(at + 1)) && norm.lastIndexOf('"', at) >= 0;
}

/** Open or closed, judged where the question starts: the clause start or after a comma. */
function classifyQuestion(question: string): QuestionType {
  // "On a scale of 1 to 10, how ready are you?" asks for a number, however it is worded.
  if (TAG_QUESTION.test(question) || SCALE_QUESTION.test(question) || WH_IN_SITU.test(question)) return 'closed';
  for (const start of questionStarts(question)) {
    if (matchesCueSet(OPEN_INVITATION, start) || matchesCueSet(OPEN_QUESTION, start)) return 'open';
    if (matchesCueSet(CLOSED_QUESTION, start)) return 'closed';
  }
  // A statement with a question mark ("You got family out here?") asks for a yes or no.
  return 'closed';
}

/** "Tell me…", "I'm curious what…": open questions even without a question mark. */
function invitationType(norm: string): QuestionType | null {
  for (const start of questionStarts(norm)) if (matchesCueSet(OPEN_INVITATION, start)) return 'open';
  // A question typed without its question mark still asks one.
  const core = questionCore(norm);
  return matchesCueSet(UNMARKED_QUESTION, core) ? classifyQuestion(core) : null;
}

function questionCore(clause: string): string {
  return stripFillers(stripFillers(clause).replace(/^so,?\s+/, ''));
}

function questionStarts(clause: string): string[] {
  const restarts: string[] = [];
  const later: string[] = [];
  // Spoken restarts ("What was-- what was her name?", "Tell me- tell me what…") begin a new
  // attempt at the question, and the last attempt is the one asked: they are read first.
  // A clause after a comma or "so"/"and"/"or", or an embedded question after a lead-in ("I'm
  // trying to picture what do you think…?"), is read after the clause start.
  const re = /(?:,\s?|\bso |\band |\bor |--\s?|—\s?|–\s?|(?<=\w)- | (?=(?:what|how|why) (?:do|does|did|would|could|might|will) you\b))/g;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    const start = stripFillers(clause.slice(m.index + m[0].length));
    (/^(?:-|—|–)/.test(m[0].trimStart()) ? restarts : later).push(start);
  }
  return [...restarts.reverse(), clause, ...later];
}

/** A question clause that does not start like an interrogative: a statement said with a rising voice. */
function isDeclarative(question: string): boolean {
  if (TAG_QUESTION.test(question) || WH_IN_SITU.test(question)) return false;
  // "You mentioned the anxiety, have you talked to anyone?" asks after the comma.
  return !questionStarts(question).some((start) => matchesCueSet(CLOSED_QUESTION, start) || matchesCueSet(OPEN_QUESTION, start));
}

/**
 * A statement about the client said with a rising voice ("So the drinking helps you unwind
 * after work?") offers back what the client said for them to confirm: MITI codes it as a
 * reflection. Short rising fragments ("Every day?", "For your family?") ask for a fact.
 */
function risingReflection(question: string | null, rising: boolean): SentenceCode | null {
  if (!rising || question === null || wordCount(question) < 6) return null;
  if (!/\b(?:you|your|you'?re|you'?ve|yourself)\b/.test(question)) return null;
  return wordCount(question) >= 10 || matchesCueSet(COMPLEX_REFLECTION, question) ? 'reflection.complex' : 'reflection.simple';
}

function reflectionCode(text: string): SentenceCode | null {
  if (!matchesCueSet(REFLECTION, text)) return null;
  return matchesCueSet(COMPLEX_REFLECTION, text) ? 'reflection.complex' : 'reflection.simple';
}

function wordCount(s: string): number {
  return s.split(' ').filter((w) => /\p{L}/u.test(w)).length;
}
