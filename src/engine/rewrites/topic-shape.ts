// Whether a concern's topic can be dropped into a reflection's frame as it stands, after a small
// repair, or not at all. A topic is the client's phrase cut out of their sentence; the cut is
// sometimes rough ("waiting a year and see", "the board comfortable with it", "recommending it"),
// and a reflection that quotes a rough cut reads as a broken sentence. Such topics get a repair
// when one is safe, and otherwise the caller uses a frame that quotes less.
import { contentLemmas } from '../lemma';

/** A bare verb after "and" in a gerund phrase: "waiting a year and see (if…)". */
const DANGLING_BARE_VERB = /\s+and\s+(?:see|wait|decide|think|check|try|go|come|do|make|take|let|hope|find out)\b.*$/i;

/** "the board comfortable with it": a subject and a state with no verb between them. */
const VERBLESS_STATE =
  /^(?:\w+ing\s+)?((?:the|my|our|your|his|her|their|this|that)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:comfortable|happy|ready|confident|on board|aligned|okay|ok)\b/i;

/** A word that stands for something named elsewhere: with it, the topic says nothing by itself. */
const STAND_IN = /\b(?:it|this|that|them|these|those|one|ones|thing|things|stuff)$/i;

/** Singular nouns clients use without an article ("Is there any way to…" cut to "way to…"). */
const NEEDS_ARTICLE = /^(?:way|option|chance|reason|guarantee|alternative|discount|refund|possibility|workaround)\b/i;

/** Feelings named as nouns in front of what they are about: "anxiety about the wait" is about the wait. */
const FEELING_NOUN = /^(?:anxiety|worry|worries|concern|concerns|fear|fears|stress|nerves|doubts?)\s+(?:about|over|around|regarding)\s+/i;

export type TopicFit = { ok: true; topic: string } | { ok: false };

/**
 * The topic ready for a frame (possibly repaired), or `{ ok: false }` when it can't be placed
 * grammatically or says nothing on its own. Expects the topic already turned to the writer's view.
 */
export function fitTopic(topic: string): TopicFit {
  let t = topic.replace(/\s+/g, ' ').trim();
  if (!t) return { ok: false };
  t = t.replace(FEELING_NOUN, '');
  // "having tried the morning routine": the concern is the routine, not the trying.
  t = t.replace(/^having (?:tried|used|done|followed|started)\s+/i, '');
  if (/^\w+ing\b/i.test(t)) t = t.replace(DANGLING_BARE_VERB, '');
  const state = t.match(VERBLESS_STATE);
  if (state) {
    // With a gerund before it the cut has lost the real verb ("phasing the board comfortable…").
    if (/^\w+ing\s/i.test(t)) return { ok: false };
    t = `getting ${t}`;
  }
  if (NEEDS_ARTICLE.test(t)) t = `a ${t}`;
  // "what you have been doing" is a clause: it reads whole in "You asked {}" even with no noun in it.
  if (/^(?:what|how|why|whether|when|where|which|who)\s+\S+\s+\S+/i.test(t)) return { ok: true, topic: t };
  // "doing the same thing", "recommending it", "the next one": nothing of the client's own left to quote.
  const content = contentLemmas(t);
  if (content.length === 0) return { ok: false };
  if (content.length === 1 && STAND_IN.test(t)) return { ok: false };
  return { ok: true, topic: t };
}

/**
 * "Why do I have to keep filling in the same form?" → "why you have to keep filling in the same form":
 * a wh-question turned into a reported one (the client's words, in the writer's view), or '' when
 * its word order can't be undone safely (past "did", "does" that would need the verb changed).
 */
/** "Could we phase it?" → "whether you could phase it": a yes/no question the client asks about their own step. */
export function reportedOwnStep(text: string, turn: (s: string) => string): string {
  const q = text
    .trim()
    .replace(/^(?:and|but|so|also|then),?\s+/i, '')
    .replace(/[?!.\s]+$/, '');
  const m = q.match(/^(can|could|may|might|should|shall|would|will)\s+(i|we)\s+(.{2,80})$/i);
  return m ? turn(`whether ${m[2]} ${m[1].toLowerCase()} ${m[3]}`) : '';
}

export function reportedWhQuestion(text: string, turn: (s: string) => string): string {
  const q = text
    .trim()
    .replace(/^(?:and|but|so|also|then),?\s+/i, '')
    .replace(/[?!.\s]+$/, '');
  const m = q
    .replace(/^(why|how|what|when|where|who)\s+(?:exactly|really|even|on earth)\s+/i, '$1 ')
    .match(
      /^(why|how|what|when|where|who)\s+(do|don't|doesn't|didn't|can|can't|could|should|shouldn't|would|will|won't|is|isn't|are|aren't|was|were|have|has|haven't|hasn't)\s+(i|we|you|it|this|that|they|there|my \w+|our \w+|your \w+|the \w+)\s+(.+)$/i,
    );
  if (!m) return '';
  const [, wh, aux, subject, rest] = m;
  const a = aux.toLowerCase();
  // "why do I have to…" → "why I have to…"; a negation stays ("why don't you…" → "why I don't…").
  // Plain "does"/"did" are not in the pattern: undoing them would need the verb's form changed.
  const reported = turn(`${wh.toLowerCase()} ${subject} ${a === 'do' ? '' : `${a} `}${rest}`);
  // "why you have to keep…" said by the writer reads as their own demand; it is what the client is asked.
  return reported.replace(/\byou (?:have to|need to|must|have got to|'ve got to)\b/g, "you're being asked to");
}
