// The clauses a reflection is built from: what the client said, turned to the writer's side
// ("you're worried the premium will go up"), and what lies underneath it (the feeling or value a
// complex reflection names). reflect.ts puts them in frames.
import { concepts, SYNONYM_GROUPS } from '../lemma';
import type { Concern } from '../types';
import type { ReflectableConcern } from './reflect';
import { toWriterView } from './pronouns';
import { fitTopic } from './topic-shape';

type TopicForm = 'noun' | 'gerund' | 'question' | 'state';

const FEELING_WORD =
  /\b(worried|nervous|concerned|anxious|scared|afraid|uneasy|terrified|frustrated|stressed|embarrassed|overwhelmed|hesitant|exhausted|uncomfortable)\b/i;
const EVALUATION =
  /\b(?:is|are|was|were|'s|’s|feels?|seems?|looks?)\s+((?:too|so|really|very|quite|a bit|just|a little)\s+(?:high|low|expensive|steep|generic|complicated|slow|tight|risky|much)|(?:high|low|expensive|steep|generic|complicated|unfair|misleading|tight|risky)|(?:higher|lower|more) than [^,.;!?]+|(?:£|\$|€)?[\d.,]+k? below [^,.;!?]+|a waste of time|not working(?: for (?:me|us))?)/i;
const DOUBT_QUESTION =
  /^(?:and |but |so )?(?:why|should|is it (?:even |really )?worth|do (?:i|we) (?:really|even)|does (?:it|this) really|how is (?:this|that|it) better|are you sure)\b/i;
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
  const head = ws.find((w, i) => i > 0 && /^(of|for|on|in|with|to|from|at)$/.test(w))
    ? ws[ws.findIndex((w, i) => i > 0 && /^(of|for|on|in|with|to|from|at)$/.test(w)) - 1]
    : ws[ws.length - 1];
  return /[^su]s$/.test(head ?? '') || /^(people|these|those|data)$/.test(head ?? '');
}

/** "being exhausted" → "you're exhausted": a state phrase as a clause about the client. */
function stateAsClause(topic: string): string {
  const rest = topic.replace(/^(being|feeling|getting)\s+/i, '');
  if (/^being\b/i.test(topic)) return `you're ${rest}`;
  if (/^feeling\b/i.test(topic)) return `you're feeling ${rest}`;
  return `you're getting ${rest}`;
}

export function sentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const capitalised = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

export interface Parts {
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

const ASKS_FOR_ACTION =
  /^(?:and |but |so )?(?:can|could|may|might|shall|would it be (?:ok|okay|possible|alright) if|is it (?:ok|okay|possible|alright) if) (?:we|i)\b/i;

const YES_NO_ABOUT_IT = /^(?:and |but |so )?(is|are|was|were|can|could|will|would|should)\s+(it|this|that|they|there)\s+(.+?)\?*$/i;

const YES_NO_AUX = /^(?:and |but |so )?(is|are|was|were|can|could|will|would|should)\s+(.+?)\?*$/i;

function reportedYesNo(text: string, topic: string): string {
  const asked = text.trim().replace(/[?!.]+$/, '');
  const m = asked.match(YES_NO_ABOUT_IT);
  // "Is the setup fee refundable?" → "whether the setup fee is refundable": the topic is the subject.
  const n = !m && topic ? asked.match(YES_NO_AUX) : null;
  if (n && n[2].toLowerCase().startsWith(`${topic.toLowerCase()} `)) {
    const rest = n[2].slice(topic.length).trim();
    if (/^[\p{L}\d$£€]/u.test(rest) && rest.split(/\s+/).length <= 8)
      return toWriterView(`whether ${n[2].slice(0, topic.length)} ${n[1].toLowerCase()} ${rest}`);
  }
  if (!m) return '';
  const [, aux, subject, rest] = m;
  return toWriterView(`whether ${subject.toLowerCase()} ${aux.toLowerCase().replace(/n't$/, ' not')} ${rest}`);
}

/**
 * What the client says of the topic ("too expensive", "unfair"), when the topic is what they say it
 * of: in "I think this is unfair in an emergency" the unfair thing is "this", and "An emergency
 * feels unfair" misread them (round 6's blind rating).
 */
function evaluationOf(text: string, topic: string): string {
  const m = EVALUATION.exec(text);
  if (!m) return '';
  const head = (topic.toLowerCase().match(/[\p{L}\p{N}£$€]+/gu) ?? []).at(-1);
  if (!head || !toWriterView(text.slice(0, m.index)).toLowerCase().includes(head)) return '';
  return toWriterView(m[1]);
}

export function parts(concern: ReflectableConcern): Parts {
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
    evaluation: evaluationOf(text, topic),
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
const SAID_BEST_AS_IS =
  /\b(?:barely|hardly|rarely|seldom|scarcely)\b|\b(?:feels?|seems?|sounds?) like (?:a|an) (?:very |really )?(?:long|big|huge|major|heavy|serious|steep|risky)\b/i;

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
const WANTS_TO_AVOID =
  /\b(?:don't|do not|doesn't|does not|never|wouldn't|would not|won't)\s+(?:really\s+|particularly\s+)?(?:want|wish|like|intend|plan|fancy)\s+to\b|\b(?:hate|dread) to\b|\bavoid(?:ing)?\b|\brather not\b/i;

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
export function avoidance(p: Parts): boolean {
  return /^not\s+(?!being\b|having\b)\w+ing\b/i.test(p.topic) && WANTS_TO_AVOID.test(p.text);
}

/** "I want to speak to a manager": what the client asks for, as they put it; '' when not a request. */
export function requested(p: Parts, kind: Concern['kind']): string {
  if (p.isQuestion || kind === 'worry') return '';
  const m = p.text.match(
    /^(?:and\s+|but\s+|so\s+)?(?:i|we)\s+(?:really\s+|just\s+)?(?:want|would like|'d like|’d like)\s+to\s+(?!be\b|feel\b|make sure\b|think\b|know\b)([^,;]{3,80}?)[.!]*$/i,
  );
  return m ? toWriterView(m[1]) : '';
}

export function simpleSaid(p: Parts, kind: Concern['kind'], formal: boolean): Said {
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
  if (gap)
    return statement(
      gap.verb === 'know'
        ? `${formal ? 'you would' : "you'd"} like to know ${gap.known}`
        : `${formal ? 'you would' : "you'd"} like a clearer picture of ${gap.known}`,
    );
  if (/^not\s/i.test(p.topic)) return statement(`${formal ? 'you have' : "you've got"} concerns about ${p.topic}`);
  // "I'm not sure I'm cut out for it": a state stays a clause ("you're cut out for it"), not "being cut out".
  if (kind === 'hesitation' && p.unsure && /^being\s/i.test(p.topic))
    return statement(`${formal ? 'you are not yet sure' : "you're not sure"} ${youAre} ${p.topic.replace(/^being\s+/i, '')}`);
  if (kind === 'hesitation' && p.unsure) return statement(formal ? `you are not yet sure about ${p.topic}` : `you're not sure about ${p.topic}`);
  if (/\bnext steps?$/i.test(p.topic))
    return statement(formal ? 'you are not yet sure what the next step should be' : "you're not sure what the next step should be");
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
    : [
        `you've got concerns about ${p.topic}`,
        `${p.topic} ${p.be === 'are' ? 'are' : 'is'} on your mind`,
        `you're not sure about ${p.topic}`,
        `${p.topic} ${p.be === 'are' ? 'are' : 'is'} giving you pause`,
      ];
  let h = 0;
  for (let i = 0; i < p.topic.length; i++) h = (h * 31 + p.topic.charCodeAt(i)) >>> 0;
  return statement(said[h % said.length]);
}

export function complexClause(p: Parts, kind: Concern['kind'], formal: boolean): string {
  const t = p.topic;
  if (/^more time\b/i.test(t)) {
    return formal
      ? 'a little more time would help you reach a decision you are comfortable with'
      : 'a little more time would help you make a decision you feel good about';
  }
  if (p.form === 'state') {
    const state = stateAsClause(t);
    return formal
      ? `${state.replace(/^you're\b/, 'you are')}, and it is understandable that you would want things to feel more manageable`
      : `${state}, and it makes sense that you want things to feel more manageable`;
  }
  const clearAnswer = formal
    ? `you would like a clear answer on ${t}, so that you can plan with confidence`
    : `you'd like a clear answer on ${t}, so you can plan with confidence`;
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
    return formal
      ? `${withoutNot(t)} is what you most want to avoid, and that you want to get this right`
      : `${withoutNot(t)} is what you most want to avoid, and you want to get this right`;
  }
  const waiting = waitedFor(t);
  if (waiting)
    return formal ? `you would rather not decide while you are still waiting ${waiting}` : `you'd rather not decide while you're still waiting ${waiting}`;
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
    return formal
      ? `you would like to be confident that ${t} ${p.be} right for you before committing`
      : `you want to be sure ${t} ${p.be} right for you before you commit`;
  }
  // Several wordings, picked by the topic, so a week of replies does not say the same thing.
  const plural = p.be === 'are';
  const warm = [
    `${t} ${plural ? "aren't" : "isn't"} sitting right with you`,
    `${t} ${plural ? "don't" : "doesn't"} feel right to you`,
    `${t} ${plural ? 'have' : 'has'} left you unconvinced`,
    `${t} ${plural ? "aren't" : "isn't"} what you were hoping for`,
  ];
  const formalOnes = [`${t} ${plural ? 'do' : 'does'} not sit well with you`, `${t} ${plural ? 'are' : 'is'} not what you had hoped for`];
  const list = formal ? formalOnes : warm;
  let h = 0;
  for (let i = 0; i < t.length; i++) h = (h * 31 + t.charCodeAt(i)) >>> 0;
  return list[h % list.length];
}
