// The topic of a client's concern: the noun phrase (or gerund phrase) it is about, in the
// client's own words. Hand-written chunking over a few dozen closed word classes instead of a
// tagger: client messages are short and formulaic ("I'm worried about X", "Can we X?",
// "The X is too high"), and the service worker cannot afford compromise's import on each wake.
import { gerund } from '../lemma';
import {
  AUX,
  ADVERBS,
  FINITE_VERBS,
  DETERMINERS,
  PRONOUNS,
  ATTITUDE_VERBS,
  PREDICATE_ADJECTIVES,
  PERSONAL,
  PREDICATE_ADJECTIVE_SUFFIX,
  RELATIVE_SUBJECT,
  PREPOSITIONS,
  BOUNDARY,
  TRAILING_FILLER,
  LEADING_FILLER,
  words,
  bare,
  isPeople,
} from './word-classes';

/** Trims a phrase to its core: no trailing clause, filler, or punctuation. */
export function phraseCore(phrase: string): string {
  let out = phrase
    .replace(/[“”"]/g, '')
    .replace(BOUNDARY, '')
    .replace(/[.!?…]+$/u, '')
    .trim();
  for (let i = 0; i < 4; i++) {
    const next = out.replace(TRAILING_FILLER, '').replace(LEADING_FILLER, '').trim();
    if (next === out) break;
    out = next;
  }
  return out;
}

function isPronoun(phrase: string): boolean {
  const t = phrase.trim().replace(/’/g, "'");
  return (
    PRONOUNS.has(bare(t)) || /^(this|that|it|they|them|those|these)( one| ones| thing)?$/i.test(t) || /^(it|that|this|they|there)('s|'re| is| are)$/i.test(t)
  );
}

/** Reads a noun phrase from the start of `tokens`; stops at a verb, auxiliary or clause word. */
function readNounPhrase(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length && out.length < 9; i++) {
    const w = bare(tokens[i]);
    if (!w || (out.length === 0 && AUX.has(w))) break;
    const next = bare(tokens[i + 1] ?? '');
    // "money's tight": the noun ends where the verb is glued on.
    if (
      /^[\p{L}-]+'s$/u.test(w) &&
      !/^(it|that|this|there|what|he|she|who)'s$/.test(w) &&
      /^(tight|high|low|hard|gone|been|too|so|not|really|going|already|getting|short)$/.test(next)
    ) {
      out.push(tokens[i].replace(/['’]s$/, ''));
      break;
    }
    if (out.length === 1 && PERSONAL.has(bare(out[0]))) break;
    if (
      out.length === 1 &&
      PRONOUNS.has(bare(out[0])) &&
      (DETERMINERS.has(w) || AUX.has(w) || ADVERBS.has(w) || /(ing|ed)$/.test(w) || PREDICATE_ADJECTIVES.has(w))
    )
      break;
    if (out.length > 0 && ADVERBS.has(w)) break;
    // "the budget we agreed", "the plan you sent": a relative clause without "that" starts at its subject.
    if (out.length > 0 && RELATIVE_SUBJECT.test(w) && !PREPOSITIONS.has(bare(out[out.length - 1])) && !DETERMINERS.has(bare(out[out.length - 1]))) break;
    // "the licensing cost is": a verb-looking word followed by a verb is the noun's head.
    // "the roadside cover." at the end of the clause: a verb-looking last word after a determiner is the head.
    const nounHead = FINITE_VERBS.has(w) && !AUX.has(w) && (AUX.has(next) || (!next && DETERMINERS.has(bare(out[0] ?? '')) && !/s$/.test(w)));
    if (out.length > 0 && !nounHead && (AUX.has(w) || FINITE_VERBS.has(w) || /^(that|which|who|than|because|and|or|but|if|so|too|when)$/.test(w))) break;
    if (out.length > 0 && /'(s|re|ll|d|ve|m)$/.test(w) && !/^\p{Lu}/u.test(tokens[i]) && !/s'$/.test(w)) {
      // "money's tight": the noun ends here and the verb is glued on.
      if (
        /'s$/.test(w) &&
        i + 1 < tokens.length &&
        !AUX.has(bare(tokens[i + 1])) &&
        /^(tight|high|low|hard|gone|been|too|so|not|really|going|already|getting)$/.test(bare(tokens[i + 1]))
      ) {
        out.push(tokens[i].replace(/['’]s$/, ''));
        break;
      }
    }
    if (out.length > 0 && PREPOSITIONS.has(w)) {
      if (!next || AUX.has(next) || (w !== 'of' && !DETERMINERS.has(next) && !/^[\p{Lu}$£€\d]/u.test(tokens[i + 1]))) break;
    }
    // "the vendor grasped our style guide": a past-tense verb right after the noun ends the phrase.
    if (out.length > 0 && /ed$/.test(w) && !DETERMINERS.has(bare(tokens[i - 1])) && !/^(of|a|an)$/.test(bare(tokens[i - 1]))) break;
    if (out.length > 0 && /^(understood|sold|got|made|told|said|took|went|came|gave|knew|thought|felt|left|lost|paid|sent|spent|became)$/.test(w)) break;
    if (out.length > 0 && /^(higher|lower|more|less|bigger|smaller|worse|better)$/.test(w)) break;
    // "the fee 10% higher" ends at the figure; "my 401k contribution", "a raise to 10%" do not.
    if (out.length > 0 && /^[$£€\d]/.test(w) && !PREPOSITIONS.has(bare(tokens[i - 1])) && !DETERMINERS.has(bare(tokens[i - 1]))) break;
    out.push(tokens[i]);
    if (/[,;:]$/.test(tokens[i])) break;
  }
  return out;
}

/** "I'm cut out for …" → "being cut out for …": a first-person clause as a gerund phrase. */
function verbPhraseAsGerund(tokens: string[]): string | null {
  let i = 0;
  let negated = false;
  let mode: 'base' | 'be' | 'have' = 'base';
  let able = false;
  for (; i < tokens.length; i++) {
    const w = bare(tokens[i]);
    const prev = i > 0 ? bare(tokens[i - 1]) : '';
    if (/^(do|does|did)$/.test(w) && (i === 0 || /^(to|can|could|will|would|should|must|might|may|'ll|'d)$/.test(prev) || /'(ll|d)$/.test(prev))) break;
    if (/^(have|has|had)$/.test(w) && /^(a|an|the|my|our|no|any|some|\d.*)$/.test(bare(tokens[i + 1] ?? ''))) break;
    if (w === 'able' && bare(tokens[i + 1] ?? '') === 'to') {
      able = true;
      i++;
      mode = 'base';
      continue;
    }
    if (/n't$|^not$|^never$|^cannot$/.test(w)) negated = true;
    if (['am', 'is', 'are', 'was', 'were', "'m", "'s", "'re", 'be', 'been'].includes(w) || /^(i|we|you|it|that|he|she|they)('m|'s|'re)$/.test(w)) mode = 'be';
    else if (['have', 'has', 'had', "'ve", "haven't", "hasn't", "hadn't"].includes(w) || /^(i|we|they)'ve$/.test(w)) mode = 'have';
    else if (AUX.has(w) || ADVERBS.has(w) || /^(i|we|you|they)('ll|'d)$/.test(w))
      continue; // modals and adverbs keep the mode
    else if (
      /^(want|wants|need|needs|have|has|going|able|try|trying|tried|got|keep|keeps|start|started|starting)$/.test(w) &&
      /^to$/i.test(tokens[i + 1] ?? '')
    ) {
      i++;
      mode = 'base';
    } else if (w === 'to') mode = 'base';
    else if (/^(keep|keeps|kept|start|starts|started|stop|stops)$/.test(w) && /ing$/.test(bare(tokens[i + 1] ?? ''))) mode = 'base';
    else break;
  }
  const rest = tokens.slice(i);
  if (rest.length === 0) return null;
  const head = bare(rest[0]);
  const not = (negated ? 'not ' : '') + (able ? 'being able to ' : '');
  if (able) return `${not}${rest.join(' ')}`;
  if (mode === 'be') return /ing$/.test(head) ? `${not}${rest.join(' ')}` : `${not}being ${rest.join(' ')}`;
  if (mode === 'have') return `${not}having ${rest.join(' ')}`;
  if (/^(think|thinks|know|knows|believe|guess|suppose|reckon|mean)$/.test(head)) return null;
  if (ATTITUDE_VERBS.has(head) && rest.length > 1) return rest.slice(1).join(' ');
  // "We got the renewal quote": receiving something makes the thing the topic. Only the past: "can
  // get the board comfortable with it" is making something happen, so it keeps its verb.
  if (/^(got|received|had)$/.test(head) && rest.length > 1 && DETERMINERS.has(bare(rest[1]))) return rest.slice(1).join(' ');
  if (/^(need|needs|want|wants)$/.test(head) && rest.length > 1 && bare(rest[1]) !== 'to') return rest.slice(1).join(' ');
  if (/ed$/.test(head) || /^(sent|paid|told|kept|got|went|made|took|lost|left|bought|sold|spent|heard|read|saw|did|had|thought|felt)$/.test(head)) {
    return `${not}having ${rest.join(' ')}`;
  }
  const base = head.replace(/^(\w+?)(?:es|s)$/, (m, s: string) => (/(ss|us|is)$/.test(m) ? m : /(ch|sh|x|z|o)$/.test(s) ? s : m.slice(0, -1)));
  return `${not}${gerund(base)}${rest.length > 1 ? ' ' + rest.slice(1).join(' ') : ''}`;
}

/** The topic of a clause: its subject when that is a real noun phrase, otherwise what it does. */
export function clauseTopic(clause: string): string {
  const text = phraseCore(clause)
    .replace(/^(it|that|this|there|what|he|she)['’]s\b/i, '$1 is')
    .replace(/^(they|we|you)['’]re\b/i, '$1 are');
  if (/^(what|how|whether|why|when|where|which|who)\b/i.test(text)) return text;
  // "there would be extra charges": an existential names its thing after the verb.
  const existential = text.match(/^there (?:is|are|was|were|(?:would|will|could|might|may) be|'d be|’d be) (?:(?:any|some|no) )?(.+)$/i);
  if (existential) {
    const thing = phraseCore(readNounPhrase(words(existential[1])).join(' '));
    if (thing) return thing;
  }
  const tokens = words(text);
  if (tokens.length === 0) return '';
  const first = bare(tokens[0]);
  if (first === 'that' && tokens.length > 1 && !AUX.has(bare(tokens[1])) && !FINITE_VERBS.has(bare(tokens[1]))) tokens.shift();
  const np = readNounPhrase(tokens);
  const npText = np.join(' ');
  const rest = tokens.slice(np.length);
  // Whoever "suggested", "told me" or "reckons" something speaks: what they said is the topic, as for people.
  const speaks =
    rest.length > 1 &&
    !isPronoun(npText) &&
    /^(suggested|suggests|recommended|recommends|advised|advises|told|tells|reckons|insists|insisted)$/.test(bare(rest[0]));
  if (np.length > 0 && (isPeople(np) || speaks) && rest.length > 0) return predicateTopic(npText, rest) || capacityOf(npText, rest);
  if (np.length > 0 && !isPronoun(npText) && !/^(i|we|you)'/.test(bare(np[0]))) return phraseCore(npText);
  const pronounSubject = /^(i|we|you|i'm|we're|you're|i've|we've|i'll|we'll|i'd|we'd)$/.test(first) || /^(i|we|you)'/.test(first);
  if (pronounSubject) return phraseCore(verbPhraseAsGerund(pronounSubject && !/'/.test(first) ? tokens.slice(1) : tokens) ?? '');
  // "people won't manage to load the maps": a generic subject; what they do is the topic.
  if (/^(people|everyone|everybody|someone|anyone|nobody)$/.test(bare(npText)) && rest.length > 0 && !/^(is|are|was|were)$/.test(bare(rest[0]))) {
    // "Nobody told us there would be a setup fee": what went unsaid is the topic, not the telling.
    const unsaid = SAYING.test(bare(rest[0])) ? predicateTopic(npText, rest) : '';
    return unsaid && !isPronoun(unsaid) ? unsaid : phraseCore(verbPhraseAsGerund(rest) ?? '');
  }
  // "It's a lot of paperwork", "Those are people I've known": the complement carries the topic.
  if (isPronoun(npText) && rest.length > 1 && /^(is|are|was|were|'s|seems|feels|looks|isn't|wasn't|aren't|weren't)$/.test(bare(rest[0]))) {
    // "it was never in the signed brief": a place or part the thing belongs to is the topic.
    const after = /^(in|within|part|outside)$/.test(bare(rest[1])) ? rest.slice(bare(rest[1]) === 'part' && bare(rest[2]) === 'of' ? 3 : 2) : rest.slice(1);
    const complement = readNounPhrase(after);
    if (complement.length > 0 && DETERMINERS.has(bare(complement[0]))) return phraseCore(after.join(' '));
  }
  if (/^(it's|that's|this's|there's|they're)$/.test(first)) {
    const complement = tokens.slice(1);
    if (complement.length > 0 && DETERMINERS.has(bare(complement[0]))) return phraseCore(complement.join(' '));
  }
  return phraseCore(npText);
}

/** "my team can execute it" → "my team's capacity": what a group can or cannot do, when the object says nothing. */
function capacityOf(np: string, rest: string[]): string {
  if (!/^(can|can't|cannot|could|couldn't|will|won't)$/.test(bare(rest[0] ?? '')) && !rest.slice(0, 3).some((w) => bare(w) === 'able')) return '';
  return `${phraseCore(np)}'s capacity`;
}

const SAYING =
  /^(says|said|say|told|tells|thinks|thought|think|reckons|claims|claimed|suggested|suggests|recommended|recommends|mentioned|promised|insists|insisted)$/;

/** What a clause with a person for subject is about: the thing they do something to ("the vendor grasped our style guide" → "our style guide"). */
function predicateTopic(subject: string, rest: string[]): string {
  let i = 0;
  while (i < rest.length && (AUX.has(bare(rest[i])) || ADVERBS.has(bare(rest[i])))) i++;
  // "my manager wants me to lead the offsite", "a friend told me to wait": what they want done is the topic.
  if (
    /^(wants|want|wanted|asked|asks|expects|expected|needs|told|pushing|pushes)$/.test(bare(rest[i] ?? '')) &&
    /^(me|us)$/.test(bare(rest[i + 1] ?? '')) &&
    bare(rest[i + 2] ?? '') === 'to'
  ) {
    return phraseCore(verbPhraseAsGerund(rest.slice(i + 3)) ?? '');
  }
  if (SAYING.test(bare(rest[i] ?? ''))) {
    // "my accountant says I can claim X": what they said is the topic.
    const said = rest.slice(i + 1);
    while (said.length > 0 && /^(me|us|that)$/.test(bare(said[0]))) said.shift();
    return said.length > 0 ? clauseTopic(said.join(' ')) : '';
  }
  // "the vendor grasped our style guide": doubting what someone understood is about their understanding of it.
  const understanding = /^(understood|understand|understands|get|gets|got|grasp|grasped|know|knows|knew)$/.test(bare(rest[i] ?? ''));
  i++; // the verb itself
  while (i < rest.length && (PREPOSITIONS.has(bare(rest[i])) || ADVERBS.has(bare(rest[i])) || /^(split|divided|torn|keen|sure)$/.test(bare(rest[i])))) i++;
  const tail = rest.slice(i);
  if (tail.length === 0) return '';
  const object = /^(whether|what|how|why|when|where|which|who)$/i.test(bare(tail[0]))
    ? phraseCore(tail.join(' '))
    : DETERMINERS.has(bare(tail[0])) && !/^(this|that|it)$/i.test(phraseCore(tail.join(' ')))
      ? phraseCore(readNounPhrase(tail).join(' '))
      : '';
  return object && understanding ? `${phraseCore(subject)}'s understanding of ${object}` : object;
}

interface TopicPattern {
  pattern: RegExp;
  topic: (m: RegExpMatchArray) => string;
}

const asGerund = (m: RegExpMatchArray) => phraseCore(verbPhraseAsGerund(words(phraseCore(m[1]))) ?? '');
/** A whole clause ("managed funds underperform"): a phrase that ran to its end swallowed an unknown verb. */
const asClause = (m: RegExpMatchArray) => {
  const topic = clauseTopic(m[1]);
  const ws = words(topic);
  const ranToEnd =
    ws.length >= 3 &&
    !DETERMINERS.has(bare(ws[0])) &&
    m[1]
      .replace(/[.!?…]+$/u, '')
      .trim()
      .endsWith(topic) &&
    !/ing$/.test(ws[0]) &&
    !DETERMINERS.has(bare(ws[ws.length - 2]));
  return ranToEnd && !/^(what|how|why|whether|when|where|which|who)$/i.test(ws[0]) && !/^(not|being|having)$/i.test(ws[0]) ? ws.slice(0, -1).join(' ') : topic;
};
const asPhrase = (m: RegExpMatchArray) => phraseCore(m[1]);

/** The first pattern that matches a clause gives its topic; order matters (specific first). */
const TOPIC_PATTERNS: readonly TopicPattern[] = [
  // "Is it odd to apply if I might stay?": the extraposed infinitive is what the client asks about.
  {
    pattern:
      /^(?:is|isn't|would|wouldn't|will|was) (?:it|that) (?:be )?(?:even |really |too |a bit |kind of |very )?(?:weird|odd|strange|ok|okay|normal|bad|wrong|crazy|silly|smart|wise|sensible|rude|unusual|unreasonable|selfish|risky|realistic|possible|allowed|a mistake|a bad idea|a good idea|too late|too early|too soon)(?: of me| for me| for us| of us)? to (.+)/i,
    topic: asGerund,
  },
  {
    pattern: /\b(?:can|could|may|might) (?:i|we) (?:please )?(?:have|get|take) (?:until|till|a few more|a bit more|more time|some more time|an extra)\b/i,
    topic: () => 'more time',
  },
  {
    pattern:
      /\b(?:can|could|would|will) you (?:please )?(?:give|allow|let) (?:us|me) (?:until|till|more time|a few more|a bit more|an extra|some more time)\b/i,
    topic: () => 'more time',
  },
  { pattern: /^i(?:'ve| have)? (?:been )?(?:read|reading|heard|seen) (?:that|online that|somewhere that) (.+)/i, topic: asClause },
  { pattern: /^(?:you|your team|your colleague) (?:suggested|recommended|proposed|advised|said) (?:that )?(?:i|we) (?:should )?(.+)/i, topic: asGerund },
  {
    pattern: /^(?:you|your team|your colleague) (?:suggested|recommended|proposed|advised) (.+)/i,
    topic: (m) => (/^\w+ing\b/i.test(m[1]) ? phraseCore(m[1]) : clauseTopic(m[1])),
  },
  { pattern: /\b(?:the )?(?:idea|thought|prospect) of (.+)/i, topic: (m) => phraseCore(readNounPhrase(words(m[1])).join(' ')) },
  {
    pattern:
      /\b(?:worried|nervous|concerned|anxious|scared|afraid|uneasy|hesitant|unsure|sure|second thoughts|uncomfortable|comfortable|stressed|frustrated|confused|embarrassed|thinking|wondering|worry|concerns?|doubts?|convinced|clear|happy|keen|excited)\s+(?:about|with|over|regarding|of|on|by)\s+(.+)/i,
    topic: asPhrase,
  },
  {
    pattern:
      /\b(?:worried|nervous|concerned|anxious|scared|afraid|uneasy|terrified|not sure|unsure|not convinced|don't think|do not think|don't know|do not know|no idea|not certain|wonder(?:ing)?|doubt|embarrassed to say|sad to say|(?<=\b(?:i|we) )feel like)\s+(?:if |whether |that (?=i\b|we\b|the\b|my\b|our\b|your\b|it\b|they\b|this\b|people\b))?(.+)/i,
    topic: asClause,
  },
  {
    pattern:
      /^(?:can|could|may|might|shall|should|do|does|did|would|will|must) (?:i|we) (?:really |still |just |even |also |ever )*(?:have to |need to |ever )?(.+)/i,
    topic: asGerund,
  },
  { pattern: /^(?:can|could|would|will) you (?:please )?(.+)/i, topic: asGerund },
  {
    pattern: /^(?:is|are|isn't|aren't|was) there (?:any |some )?(.+)/i,
    topic: (m) => phraseCore(/^(anything|something) (i|we) can do\b/i.test(m[1]) ? `what ${m[1].split(/\s+/)[1]} can do` : m[1]),
  },
  {
    pattern: /^why (?:do|does|did|is|are|am|was|were|should|would|can't|don't|didn't|doesn't|isn't|aren't|won't|must|has|have|haven't|hasn't) (.+)/i,
    topic: asClause,
  },
  { pattern: /^what (?:happens|would happen|will happen|if)(?: to me)? (?:if|when) (.+)/i, topic: asClause },
  { pattern: /^how (?:do|can|should|would|could|will) (?:i|we) (.+)/i, topic: asGerund },
  { pattern: /^(?:does|did|will|would) (?:this|that|it) (?:mean|affect|change) (?:that )?(.+)/i, topic: asClause },
  { pattern: /^(?:is|are|was|were|isn't) (?:it|this|that) (?:even |really |still |actually )?worth (.+)/i, topic: asPhrase },
  { pattern: /^what(?:'s| is| are| was) ((?:your|the|our|my) .+)/i, topic: asPhrase },
  // "Could the visit be online instead?": asking for an alternative; the thing in its asked-for state is the topic.
  {
    pattern: /^(?:could|can|would|might|should) ((?:the|my|our|your|their) [\w'’-]+(?: [\w'’-]+){0,3}?) (?:be|become|stay) (.+)/i,
    topic: (m) => `${phraseCore(m[1])} being ${phraseCore(m[2])}`,
  },
  { pattern: /^(?:is|are|was|were|isn't|aren't|will|would|has|have) (.+)/i, topic: (m) => subjectOfQuestion(m[1]) },
  { pattern: /^(?:can|could|should|would|will|may|might|must|do|does|did) (.+)/i, topic: (m) => subjectOfQuestion(m[1]) },
  { pattern: /^i (?:know|understand|realise|realize|get|think|believe|guess|suppose|reckon) (?:that )?(.+)/i, topic: asClause },
];

/** "Is the fee refundable?" → "the fee"; "Is that a bad idea?" → "that" (to be resolved from context). */
function subjectOfQuestion(afterAux: string): string {
  const all = words(phraseCore(afterAux));
  const np = readNounPhrase(all);
  // "Is the setup fee refundable?": the last word, when it is an adjective, is what is asked about the subject.
  // "Are the dashboards compatible with Safari?": likewise when a preposition follows it.
  const cut = np.findIndex((w, k) => k >= 2 && PREDICATE_ADJECTIVE_SUFFIX.test(bare(w)) && (k === all.length - 1 || PREPOSITIONS.has(bare(all[k + 1] ?? ''))));
  if (cut >= 2) np.length = cut;
  return phraseCore(np.join(' '));
}

/** An indirect question ("what I need to send you") for wh-questions no pattern understood. */
function indirectQuestion(clause: string): string | null {
  const m = phraseCore(clause).match(
    /^(what|why|how(?: long| much| many| soon| often)?|when|where|which|who)(?: exactly)? (do|does|did|is|are|can|should|will|would|have|has) (\S+)(.*)$/i,
  );
  if (!m) return null;
  const [, wh, aux, subject, rest] = m;
  const keepAux = /^(do|does|did)$/i.test(aux) ? '' : ` ${aux.toLowerCase()}`;
  let verbRest = rest;
  if (/^(does)$/i.test(aux))
    verbRest = rest.replace(/^((?:\s+(?:usually|really|normally|typically|actually|ever|even|still|always|generally))*\s+\S+?)(?=\s|$)/, (v) =>
      /(s|sh|ch|x)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`,
    );
  return `${wh.toLowerCase()} ${subject}${keepAux}${verbRest}`.trim();
}

/** The topic of one client sentence (the clause that carries the concern, already chosen). */
export function extractTopic(clause: string): string {
  const text = clause
    .replace(/[.!?…]+["'”’)]*\s*$/u, '')
    .replace(LEADING_FILLER, '')
    .replace(/^(?:honestly|also|and|so|but|plus|frankly)\b,?\s*/i, '')
    .trim();
  let anaphoric = '';
  for (const { pattern, topic } of TOPIC_PATTERNS) {
    const m = text.match(pattern);
    if (!m) continue;
    const t = topic(m);
    if (t && !isAnaphoric(t)) return t;
    anaphoric ||= t;
  }
  const own = clauseTopic(text);
  return indirectQuestion(text) || (own && !isAnaphoric(own) ? own : anaphoric || own);
}

/** Whether a topic only points back ("it", "that") and needs the previous sentence's topic. */
export function isAnaphoric(topic: string): boolean {
  return !topic || isPronoun(topic);
}

/** Chunking pieces that the cross-clause readings (concerns/across-clauses.ts) build on. */
export { readNounPhrase, verbPhraseAsGerund };
