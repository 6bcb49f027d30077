// A concern the client reports from someone else: "My wife thinks we should wait until next year",
// "My accountant says the fees are too high", "I read that bonds are safer". Reflecting it as the
// client's own worry ("you've got concerns about waiting") misses who holds the view; a person
// would reflect the view and the weight it has for the client.
import { toWriterView } from './pronouns';

export interface ReportedView {
  /** Who holds the view, in the writer's words: "your wife", "your accountant"; '' for something read. */
  holder: string;
  /** "your wife's", "your accountant's". */
  possessive: string;
  /** The view as a clause in the writer's words: "you should wait until next year". */
  view: string;
  /** What the holder would rather happen ("wait until next year"), when the view proposes an action. */
  rather: string;
  /** The holder as the client named them ("my wife"), for messages that speak of the client. */
  clientHolder: string;
  /** The reporting verb as the client used it ("thinks", "says"), or "read"/"heard"/"seen" for something read. */
  verb: string;
}

const HOLDER = String.raw`(?:my|our)\s+(?:[a-z-]+\s+)?(?:wife|husband|partner|spouse|accountant|adviser|advisor|lawyer|solicitor|attorney|doctor|gp|therapist|boss|manager|director|board|team|family|kids|children|son|daughter|parents?|mother|father|mum|mom|dad|brother|sister|friend|friends|colleague|colleagues|cfo|ceo|cto|coo|co-founder|cofounder|business partner|banker|broker|consultant|coach)`;
const VERB = String.raw`(?:thinks|think|says|say|said|feels|feel|reckons|reckon|believes|believe|suggested|suggests|would prefer|prefers|prefer|wants|want|keeps saying|has said|have said|told me|told us)`;
const REPORTED = new RegExp(
  String.raw`^(?:and\s+|but\s+|also,?\s+|plus,?\s+)?(?<holder>${HOLDER})\s+(?:also\s+|really\s+|still\s+)?(?<verb>${VERB})\s+(?:that\s+)?(?<view>[^;]{3,160}?)[.!]*$`,
  'i',
);
const READ =
  /^(?:and\s+|but\s+|also,?\s+)?(?:i|we)(?:'ve| have)?\s+(?<how>read|heard|seen|saw)\s+(?:online\s+|somewhere\s+|recently\s+)?that\s+(?<view>[^;]{3,160}?)[.!]*$/i;

/**
 * "we should wait until next year" → "wait until next year" (the holder is one of "we"); "I should
 * sell" → "you sold"… is past tense we can't form, so "you" + bare verb: "would rather you sell".
 */
function proposedAction(view: string): string {
  const m = view.match(/^(we|i|you)\s+(?:should|ought to|need to|must|could|had better|'d better)\s+(?!be\b|not\b)(.+)$/i);
  if (!m) return '';
  return m[1].toLowerCase() === 'we' ? m[2] : `${m[1]} ${m[2]}`;
}

/** The view of someone the client quotes, or null when the concern is the client's own. */
export function reportedView(text: string): ReportedView | null {
  const t = (text ?? '').trim().replace(/\s+/g, ' ');
  if (!t || /\?\s*$/.test(t) || t.length > 200) return null;
  const read = t.match(READ);
  if (read?.groups) {
    const view = toWriterView(read.groups.view);
    const how = read.groups.how.toLowerCase() === 'saw' ? 'seen' : read.groups.how.toLowerCase();
    return view ? { holder: '', clientHolder: '', possessive: '', view, rather: '', verb: how } : null;
  }
  const m = t.match(REPORTED);
  if (!m?.groups) return null;
  // "My wife and I think…" is the client's own view.
  if (/^\s*and\s+(?:i|we)\b/i.test(t.slice((m.index ?? 0) + m[0].indexOf(m.groups.holder) + m.groups.holder.length))) return null;
  const holder = toWriterView(m.groups.holder.toLowerCase()).replace(/\b(gp|cfo|ceo|cto|coo)\b/g, (w) => w.toUpperCase());
  const rawView = m.groups.view.replace(/[.!]+$/, '');
  const verb = m.groups.verb.toLowerCase();
  // "wants us to wait" / "would prefer we waited": the view is an action the holder prefers.
  const viewWords = /^(?:wants?|would prefer|prefers?)$/.test(verb) ? rawView.replace(/^(?:us|me)\s+to\s+/i, 'we should ') : rawView;
  const view = toWriterView(viewWords);
  if (!view || !/\p{L}/u.test(view)) return null;
  const rather = toWriterView(proposedAction(viewWords));
  const possessive = /s$/i.test(holder) && !/\b(?:boss|business)$/i.test(holder) ? `${holder}'` : `${holder}'s`;
  return {
    holder,
    clientHolder: m.groups.holder.toLowerCase(),
    possessive,
    view,
    rather,
    verb: /^(?:wants?|would prefer|prefers?)$/.test(verb) ? 'thinks' : verb,
  };
}

/** A plural holder ("your parents") takes "would rather" and "think" alike, but "says"/"thinks" must agree. */
function agreed(holder: string, verb: string): string {
  const plural = /(?:s|children|kids|family|team|board)$/i.test(holder) && !/\b(?:boss|business)$/i.test(holder);
  if (!plural) return verb;
  return verb
    .replace(/^thinks$/, 'think')
    .replace(/^says$/, 'say')
    .replace(/^feels$/, 'feel')
    .replace(/^reckons$/, 'reckon')
    .replace(/^believes$/, 'believe');
}

/** [simple clause, complex clause] for a reflection frame ("It sounds like {}"). */
export function reportedViewClauses(r: ReportedView, formal: boolean, topic = ''): [string, string] {
  if (!r.holder) {
    // "what you've read about bonds": the topic named, so the reflection is about this concern.
    const what = `what ${formal ? 'you have' : "you've"} ${r.verb}${topic ? ` about ${topic}` : ''}`;
    return [
      `${formal ? 'you have' : "you've"} ${r.verb} that ${r.view}`,
      formal
        ? `${what} has given you pause, and you would like to be confident this still makes sense for you`
        : `${what} has given you pause, and you want to be sure this still makes sense for you`,
    ];
  }
  const simple = r.rather ? `${r.holder} would rather ${r.rather}` : `${r.holder} ${agreed(r.holder, r.verb)} ${r.view}`;
  const complex = formal
    ? `${r.possessive} view matters a great deal to you here, and you would like to take it properly into account`
    : `${r.possessive} view matters a lot to you here, and you want to be sure you've both been heard`;
  return [simple, complex];
}
