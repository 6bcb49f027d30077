// Reflections of a client's concern, built from the client's own topic words: a simple one that
// restates, and a complex one that names the feeling or the value underneath (MITI's simple and
// complex reflections). Pronouns are turned to the writer's side; nothing here pushes, so a
// reflection can be inserted as-is at the top of a reply.
import { concepts, SYNONYM_GROUPS } from '../lemma';
import type { Concern, Register } from '../types';
import { toWriterView } from './pronouns';
import { reportedView, reportedViewClauses } from './reported-view';
import { fitTopic, reportedOwnStep, reportedWhQuestion } from './topic-shape';

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
  return Object.assign([simple, complex] as [string, string], { simple, complex });
}

type TopicForm = 'noun' | 'gerund' | 'question' | 'state';

const FEELING_WORD = /\b(worried|nervous|concerned|anxious|scared|afraid|uneasy|terrified|frustrated|stressed|embarrassed|overwhelmed|hesitant|exhausted|uncomfortable)\b/i;
const EVALUATION =
  /\b(?:is|are|was|were|'s|’s|feels?|seems?|looks?)\s+((?:too|so|really|very|quite|a bit|just|a little)\s+(?:high|low|expensive|steep|generic|complicated|slow|tight|risky|much)|(?:high|low|expensive|steep|generic|complicated|unfair|misleading|tight|risky)|(?:higher|lower|more) than [^,.;!?]+|(?:£|\$|€)?[\d.,]+k? below [^,.;!?]+|a waste of time|not working(?: for (?:me|us))?)/i;
const DOUBT_QUESTION = /^(?:and |but |so )?(?:why|should|is it (?:even |really )?worth|do (?:i|we) (?:really|even)|does (?:it|this) really|how is (?:this|that|it) better|are you sure)\b/i;
const ABOUT_WRITER = /^(?:and |but |so )?why (?:didn't|did|don't|haven't|hasn't|wasn't|weren't|won't|can't|couldn't) you\b/i;
const PRICE_GROUP = SYNONYM_GROUPS.findIndex((g) => g.includes('price'));

const UNSURE = /\b(not (?:so |really |entirely )?(?:sure|convinced|certain)|unsure|hesitant|(?:don't|do not) think|wonder(?:ing)?|doubt|second thoughts)\b/i;

function topicForm(topic: string, text: string): TopicForm {
  const first = topic.split(/\s+/)[0]?.toLowerCase() ?? '';
  // "being exhausted" is a state of the client's; "being charged twice" is something done to them.
  if (/^(being|getting|feeling)$/.test(first) && FEELING_WORD.test(text) && topic.split(/\s+/).length <= 6) return 'state';
  if (/^(what|how|why|whether|when|where|which|who)$/.test(first)) return 'question';
  if (/ing$/.test(first) || first === 'not') return 'gerund';
  return 'noun';
}

/** "the HOA fees" are plural; "switching providers" (a gerund phrase) is singular. */
function isPlural(topic: string, form: TopicForm): boolean {
  if (form !== 'noun') return false;
  const ws = topic.toLowerCase().split(/\s+/);
  if (/^(a|an|this|that|another|each|every)$/.test(ws[0] ?? '')) return false;
  const head = ws.find((w, i) => i > 0 && /^(of|for|on|in|with|to|from|at)$/.test(w)) ? ws[ws.findIndex((w, i) => i > 0 && /^(of|for|on|in|with|to|from|at)$/.test(w)) - 1] : ws[ws.length - 1];
  return /[^su]s$/.test(head ?? '') || /^(people|these|those|data)$/.test(head ?? '');
}

/** "being exhausted" → "you're exhausted": a state phrase as a clause about the client. */
function stateAsClause(topic: string): string {
  const rest = topic.replace(/^(being|feeling|getting)\s+/i, '');
  if (/^being\b/i.test(topic)) return `you're ${rest}`;
  if (/^feeling\b/i.test(topic)) return `you're feeling ${rest}`;
  return `you're getting ${rest}`;
}

function sentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const capitalised = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

interface Parts {
  topic: string;
  /** The client's sentence, trimmed. */
  text: string;
  form: TopicForm;
  be: 'is' | 'are';
  isQuestion: boolean;
  feeling: string;
  evaluation: string;
  aboutCost: boolean;
  /** "Why would we…?", "Should I…?", "Is it worth…?": the client doubts the thing itself. */
  doubting: boolean;
  /** The client said they are unsure ("I'm not sure…", "I don't think…"). */
  unsure: boolean;
  /** "Is that a bad idea?" → "whether that is a bad idea": the question itself, reported. */
  askedWhether: string;
  /** The topic can't be placed in a frame grammatically (or says nothing alone): quote less. */
  unplaceable: boolean;
}

const ASKS_FOR_ACTION = /^(?:and |but |so )?(?:can|could|may|might|shall|would it be (?:ok|okay|possible|alright) if|is it (?:ok|okay|possible|alright) if) (?:we|i)\b/i;

const YES_NO_ABOUT_IT = /^(?:and |but |so )?(is|are|was|were|can|could|will|would|should)\s+(it|this|that|they|there)\s+(.+?)\?*$/i;

const YES_NO_AUX = /^(?:and |but |so )?(is|are|was|were|can|could|will|would|should)\s+(.+?)\?*$/i;

function reportedYesNo(text: string, topic: string): string {
  const asked = text.trim().replace(/[?!.]+$/, '');
  const m = asked.match(YES_NO_ABOUT_IT);
  // "Is the setup fee refundable?" → "whether the setup fee is refundable": the topic is the subject.
  const n = !m && topic ? asked.match(YES_NO_AUX) : null;
  if (n && n[2].toLowerCase().startsWith(`${topic.toLowerCase()} `)) {
    const rest = n[2].slice(topic.length).trim();
    if (/^[\p{L}\d$£€]/u.test(rest) && rest.split(/\s+/).length <= 8) return toWriterView(`whether ${n[2].slice(0, topic.length)} ${n[1].toLowerCase()} ${rest}`);
  }
  if (!m) return '';
  const [, aux, subject, rest] = m;
  return toWriterView(`whether ${subject.toLowerCase()} ${aux.toLowerCase().replace(/n't$/, ' not')} ${rest}`);
}

function parts(concern: ReflectableConcern): Parts {
  const raw = (concern.topic || concern.text || '').replace(/[.!?]+$/, '').trim();
  const fit = fitTopic(toWriterView(raw));
  const topic = fit.ok ? fit.topic : toWriterView(raw);
  const text = concern.text ?? '';
  const form = topicForm(topic, text);
  return {
    topic,
    text: text.trim(),
    form,
    be: isPlural(topic, form) ? 'are' : 'is',
    isQuestion: /\?["'”’)]*\s*$/.test(text),
    feeling: (text.match(FEELING_WORD)?.[1] ?? '').toLowerCase(),
    evaluation: toWriterView(text.match(EVALUATION)?.[1] ?? ''),
    aboutCost: form === 'noun' && concepts(raw).has(`#${PRICE_GROUP}`),
    unsure: UNSURE.test(text),
    askedWhether: reportedYesNo(text, raw),
    // "Why didn't you include it?" asks about what the writer did, not whether the thing is worth it.
    doubting: DOUBT_QUESTION.test(text.trim()) && !ABOUT_WRITER.test(text.trim()),
    unplaceable: !fit.ok || SAID_BEST_AS_IS.test(text),
  };
}

/**
 * Statements whose point is in how the client put it, not in a topic: "We barely use the
 * reporting features" ("concerns about using the reporting features" would invert it), "Three
 * years feels like a long commitment". They are said back, turned to the writer's view.
 */
const SAID_BEST_AS_IS = /\b(?:barely|hardly|rarely|seldom|scarcely)\b|\b(?:feels?|seems?|sounds?) like (?:a|an) (?:very |really )?(?:long|big|huge|major|heavy|serious|steep|risky)\b/i;

/** What a simple reflection says, before a frame is put on it: a clause, or what was asked. */
interface Said {
  /** "you're worried about the cost" (after "You mentioned"), or "about the cost" (after "You asked"). */
  clause: string;
  asked: boolean;
}

function statement(clause: string): Said {
  return { clause, asked: false };
}

function question(clause: string): Said {
  return { clause, asked: true };
}

/** "not losing what you've built" → "losing what you've built": for frames that say the avoiding themselves. */
function withoutNot(topic: string): string {
  return topic.replace(/^not\s+/i, '');
}

/** "the wait to hear back from X" → "to hear back from X" (what the client is waiting for), else null. */
function waitedFor(topic: string): string | null {
  const m = topic.match(/^the wait ((?:to|for|on) .+)$/i);
  return m ? m[1] : null;
}

/** "I don't want to lose…": the "not" is something the client wants to keep clear of. */
const WANTS_TO_AVOID = /\b(?:don't|do not|doesn't|does not|never|wouldn't|would not|won't)\s+(?:really\s+|particularly\s+)?(?:want|wish|like|intend|plan|fancy)\s+to\b|\b(?:hate|dread) to\b|\bavoid(?:ing)?\b|\brather not\b/i;

/** "not understanding the difference" / "not knowing what happens next": a gap in what the client knows. */
function unclear(topic: string): { known: string; verb: 'understand' | 'know' } | null {
  const m = topic.match(/^not (understanding|knowing|following|getting(?= (?:how|why|what|where|which|who|when)\b)) (.+)$/i);
  if (!m) return null;
  return { known: m[2], verb: /^know/i.test(m[1]) ? 'know' : 'understand' };
}

/** "not seeing the point of another survey": a doubt about its worth, not something to avoid. */
function doubtedPoint(topic: string): string | null {
  return topic.match(/^not (?:seeing|getting) the point (?:of|in) (.+)$/i)?.[1] ?? null;
}

/** "not <doing>" as something to avoid, said only when the client said they don't want it. */
function avoidance(p: Parts): boolean {
  return /^not\s+(?!being\b|having\b)\w+ing\b/i.test(p.topic) && WANTS_TO_AVOID.test(p.text);
}

/** "I want to speak to a manager": what the client asks for, as they put it; '' when not a request. */
function requested(p: Parts, kind: Concern['kind']): string {
  if (p.isQuestion || kind === 'worry') return '';
  const m = p.text.match(/^(?:and\s+|but\s+|so\s+)?(?:i|we)\s+(?:really\s+|just\s+)?(?:want|would like|'d like|’d like)\s+to\s+(?!be\b|feel\b|make sure\b|think\b|know\b)([^,;]{3,80}?)[.!]*$/i);
  return m ? toWriterView(m[1]) : '';
}

function simpleSaid(p: Parts, kind: Concern['kind'], formal: boolean): Said {
  const youAre = formal ? 'you are' : "you're";
  if (p.form === 'state') return statement(formal ? stateAsClause(p.topic).replace(/^you're\b/, 'you are') : stateAsClause(p.topic));
  if (p.isQuestion && p.askedWhether) return question(p.askedWhether);
  if (p.isQuestion) return question(p.form === 'question' ? p.topic : `about ${p.topic}`);
  if (kind === 'worry') {
    const feeling = p.feeling && p.feeling !== 'exhausted' ? p.feeling : 'worried';
    return statement(`${youAre} ${feeling} about ${p.topic}`);
  }
  // "the wait to hear back from the bank": said as the client's own waiting, not as a thing weighed.
  const waiting = waitedFor(p.topic);
  if (waiting) return statement(`${youAre} still waiting ${waiting}`);
  // "I don't want to lose what we've built": the client wants to keep clear of it.
  // "Maybe I'm just not a natural salesperson": a doubt about who they are, not something to avoid.
  const doubtedSelf = p.topic.match(/^not being (.+)$/i);
  if (doubtedSelf && kind === 'hesitation') return statement(`${youAre} wondering whether ${youAre} ${doubtedSelf[1]}`);
  if (avoidance(p)) return statement(`${formal ? 'you would' : "you'd"} rather avoid ${withoutNot(p.topic)}`);
  // "I don't really understand the difference": something to make clear, not something to avoid.
  const point = doubtedPoint(p.topic);
  if (point) return statement(formal ? `you are not yet sure what ${point} would add` : `you're not sure what ${point} would add`);
  const gap = unclear(p.topic);
  if (gap) return statement(gap.verb === 'know' ? `${formal ? 'you would' : "you'd"} like to know ${gap.known}` : `${formal ? 'you would' : "you'd"} like a clearer picture of ${gap.known}`);
  if (/^not\s/i.test(p.topic)) return statement(`${formal ? 'you have' : "you've got"} concerns about ${p.topic}`);
  // "I'm not sure I'm cut out for it": a state stays a clause ("you're cut out for it"), not "being cut out".
  if (kind === 'hesitation' && p.unsure && /^being\s/i.test(p.topic)) return statement(`${formal ? 'you are not yet sure' : "you're not sure"} ${youAre} ${p.topic.replace(/^being\s+/i, '')}`);
  if (kind === 'hesitation' && p.unsure) return statement(formal ? `you are not yet sure about ${p.topic}` : `you're not sure about ${p.topic}`);
  if (/\bnext steps?$/i.test(p.topic)) return statement(formal ? 'you are not yet sure what the next step should be' : "you're not sure what the next step should be");
  // "Our board is split on whether to renew": still weighing it, in the writer's words.
  if (kind === 'hesitation') return statement(`${youAre} still weighing ${p.form === 'gerund' ? 'up ' : ''}${p.topic}`);
  if (p.evaluation && p.form === 'noun') {
    if (formal) return statement(`${p.topic} ${p.be} ${p.evaluation}`);
    // A measured comparison ("£8k below what you're earning") is a fact, not a feeling.
    if (/\b(?:below|than)\b/i.test(p.evaluation)) return statement(`${p.topic} ${p.be} ${p.evaluation}`);
    return statement(`${p.topic} ${p.be === 'are' ? 'feel' : 'feels'} ${p.evaluation}`);
  }
  // Several plain ways to say it, picked by the topic: a draft (and a week of drafts) should not
  // read "you've got concerns about" every time.
  const said = formal
    ? [`you have concerns about ${p.topic}`, `${p.topic} ${p.be === 'are' ? 'are' : 'is'} on your mind`, `you have reservations about ${p.topic}`]
    : [`you've got concerns about ${p.topic}`, `${p.topic} ${p.be === 'are' ? 'are' : 'is'} on your mind`, `you're not sure about ${p.topic}`, `${p.topic} ${p.be === 'are' ? 'are' : 'is'} giving you pause`];
  let h = 0;
  for (let i = 0; i < p.topic.length; i++) h = (h * 31 + p.topic.charCodeAt(i)) >>> 0;
  return statement(said[h % said.length]);
}

function complexClause(p: Parts, kind: Concern['kind'], formal: boolean): string {
  const t = p.topic;
  if (/^more time\b/i.test(t)) {
    return formal ? 'a little more time would help you reach a decision you are comfortable with' : 'a little more time would help you make a decision you feel good about';
  }
  if (p.form === 'state') {
    const state = stateAsClause(t);
    return formal
      ? `${state.replace(/^you're\b/, 'you are')}, and it is understandable that you would want things to feel more manageable`
      : `${state}, and it makes sense that you want things to feel more manageable`;
  }
  const clearAnswer = formal ? `you would like a clear answer on ${t}, so that you can plan with confidence` : `you'd like a clear answer on ${t}, so you can plan with confidence`;
  if (p.form === 'question') return clearAnswer;
  // "not losing what you've built": what they want to protect, named as mattering to them.
  const doubtedSelf = t.match(/^not being (.+)$/i);
  if (doubtedSelf && kind === 'hesitation') {
    return formal ? `you have some doubts about whether you are ${doubtedSelf[1]}` : `part of you doubts you're ${doubtedSelf[1]}`;
  }
  // "not being able to afford it" is a fear, not something wished away: only "not <doing>" is avoidance.
  const point = doubtedPoint(t);
  if (point) return formal ? `you are not yet convinced ${point} is worth your time` : `you're not convinced ${point} is worth your time`;
  const gap = unclear(t);
  if (gap) {
    return gap.verb === 'know'
      ? `not knowing ${gap.known} is hard, and ${formal ? 'you would' : "you'd"} like some clarity`
      : `${formal ? 'you would' : "you'd"} like more clarity on ${gap.known} before deciding`;
  }
  if (/^not\s+(?!being\b|having\b)/i.test(t) && WANTS_TO_AVOID.test(p.text)) {
    return formal ? `${withoutNot(t)} is what you most want to avoid, and that you want to get this right` : `${withoutNot(t)} is what you most want to avoid, and you want to get this right`;
  }
  const waiting = waitedFor(t);
  if (waiting) return formal ? `you would rather not decide while you are still waiting ${waiting}` : `you'd rather not decide while you're still waiting ${waiting}`;
  if (kind === 'hesitation' && !p.unsure && !p.isQuestion) {
    return formal
      ? `you are weighing ${p.form === 'gerund' ? 'up ' : ''}${t} carefully, and that you want to get this right for yourself`
      : `you're weighing ${p.form === 'gerund' ? 'up ' : ''}${t} carefully, and you want to get this right for yourself`;
  }
  const doubtsTheThing = p.isQuestion && p.doubting && !/^(being|having)\b/i.test(t);
  if (p.isQuestion && kind !== 'hesitation' && !doubtsTheThing) return clearAnswer;
  if (doubtsTheThing) {
    return formal
      ? `you are not yet convinced that ${t} ${p.be} worth it, and that you want good reasons before going further`
      : `you're not yet convinced ${t} ${p.be} worth it`;
  }
  // "Can we pause the plan?" asks for the action itself; "Is it odd to apply…?" does not.
  if (p.isQuestion && kind === 'hesitation' && p.form === 'gerund' && ASKS_FOR_ACTION.test(p.text)) {
    return `${t} would give you more room to feel sure about the decision`;
  }
  if (kind === 'worry') {
    return formal
      ? `${t} ${p.be} a real concern for you, and that you want to feel confident before going ahead`
      : `${t} ${p.be} weighing on you, and you want to feel sure before going ahead`;
  }
  if (p.aboutCost && kind === 'objection') {
    return formal
      ? `${t} ${p.be} a real sticking point, and that you want to be confident this is worth what it costs`
      : `${t} ${p.be} a real sticking point, and you want to be sure this is worth what it costs`;
  }
  if (kind === 'hesitation' && /^being\s/i.test(t)) {
    const state = t.replace(/^being\s+/i, '');
    return formal ? `you would like to feel confident that you are ${state} before committing` : `you want to feel sure you're ${state} before you commit`;
  }
  if (kind === 'hesitation' || p.isQuestion) {
    return formal ? `you would like to be confident that ${t} ${p.be} right for you before committing` : `you want to be sure ${t} ${p.be} right for you before you commit`;
  }
  // Several wordings, picked by the topic, so a week of replies does not say the same thing.
  const plural = p.be === 'are';
  const warm = [`${t} ${plural ? "aren't" : "isn't"} sitting right with you`, `${t} ${plural ? "don't" : "doesn't"} feel right to you`, `${t} ${plural ? 'have' : 'has'} left you unconvinced`, `${t} ${plural ? "aren't" : "isn't"} what you were hoping for`];
  const formalOnes = [`${t} ${plural ? 'do' : 'does'} not sit well with you`, `${t} ${plural ? 'are' : 'is'} not what you had hoped for`];
  const list = formal ? formalOnes : warm;
  let h = 0;
  for (let i = 0; i < t.length; i++) h = (h * 31 + t.charCodeAt(i)) >>> 0;
  return list[h % list.length];
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
  const complex = formal ? `you would like to ${wanted} because it matters to you that this is properly resolved` : `you'd like to ${wanted} because it really matters to you that this gets put right`;
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
  warm: { worry: "that's been weighing on you", hesitation: 'you want to get this right for yourself', objection: 'it matters to you that this works', challenge: 'you want a straight answer' },
  formal: { worry: 'that this has been weighing on you', hesitation: 'that you would like to get this right', objection: 'that it matters to you that this works', challenge: 'that you would like a clear answer' },
};

const GENERAL_SIMPLE: Record<Register, Record<Concern['kind'], string>> = {
  warm: { worry: 'this has been worrying you', hesitation: "you're not sure about this yet", objection: "this isn't sitting right with you", challenge: "you're questioning whether this is right" },
  formal: { worry: 'this has been a worry for you', hesitation: 'you are not yet sure about this', objection: 'this does not sit well with you', challenge: 'you are questioning whether this is right' },
};
const GENERAL_COMPLEX: Record<Register, Record<Concern['kind'], string>> = {
  warm: { worry: "this has been weighing on you, and you want to feel sure before going ahead", hesitation: 'you want to get this right for yourself before you commit', objection: 'it matters to you that this works, and right now it doesn\'t feel like it does', challenge: "you want a straight answer before going any further" },
  formal: { worry: 'this has been weighing on you, and that you want to feel confident before going ahead', hesitation: 'you would like to be confident this is right for you before committing', objection: 'it matters to you that this works, and that it does not yet feel that way', challenge: 'you would like a clear answer before going further' },
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
