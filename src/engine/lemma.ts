// A small, fast lemmatiser and a table of close synonyms, so that "fees", "fee" and "pricing"
// can be recognised as the same topic. Suffix rules here, irregular forms from compromise's
// lexicon at build time (generated/irregular-forms.ts, by scripts/build-lexicon.mjs): the service
// worker pays compromise's import (~300 ms) on every wake, and topic matching only needs word
// stems, not parts of speech.
import { own } from './text';
import { IRREGULAR_FORMS } from './generated/irregular-forms';

/** Words that carry no topic: function words, auxiliaries, pronouns, fillers and vague nouns. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here it its itself ' +
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his she her hers ' +
    'they them their theirs one ones someone anyone everyone something anything everything nothing ' +
    'am is are was were be been being do does did doing done have has had having will would shall should ' +
    'can could may might must ought need to of in on at by for with about from into onto over under up down ' +
    'out off as just also too very really quite even still again already ever never not no yes only more most ' +
    'much many some any all each every both either neither such own same other another what which who whom ' +
    'whose why how when where while because since until till though although whether like get got getting ' +
    'go going gone went make made making lot lots kind sort thing things way right now today honestly ' +
    'actually maybe perhaps bit well okay ok oh hi hello thanks thank please think know feel feeling felt ' +
    'seem seems seemed sure say said tell told want wanted wanting'
  ).split(' '),
);

/** Irregular forms whose stem a suffix rule would get wrong. */
const IRREGULAR: Record<string, string> = {
  went: 'go',
  gone: 'go',
  paid: 'pay',
  bought: 'buy',
  sold: 'sell',
  lost: 'lose',
  spent: 'spend',
  told: 'tell',
  thought: 'think',
  felt: 'feel',
  kept: 'keep',
  left: 'leave',
  met: 'meet',
  ran: 'run',
  children: 'child',
  people: 'person',
  men: 'man',
  women: 'woman',
  teeth: 'tooth',
  feet: 'foot',
  mice: 'mouse',
  taxes: 'tax',
  fees: 'fee',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  understood: 'understand',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  chose: 'choose',
  chosen: 'choose',
  began: 'begin',
  begun: 'begin',
  wrote: 'write',
  written: 'write',
  broke: 'break',
  broken: 'break',
  drove: 'drive',
  driven: 'drive',
  fell: 'fall',
  fallen: 'fall',
  worse: 'bad',
  worst: 'bad',
  better: 'good',
  best: 'good',
  higher: 'high',
  highest: 'high',
  lower: 'low',
  lowest: 'low',
  cheaper: 'cheap',
  cheapest: 'cheap',
  bigger: 'big',
  larger: 'large',
  longer: 'long',
  charged: 'charge',
  analyses: 'analysis',
  crises: 'crisis',
  data: 'data',
  news: 'news',
  series: 'series',
  business: 'business',
  less: 'less',
  process: 'process',
  access: 'access',
  loss: 'loss',
  stress: 'stress',
  this: 'this',
  was: 'be',
  is: 'be',
  are: 'be',
  has: 'have',
  does: 'do',
  its: 'it',
  us: 'us',
  bus: 'bus',
  plus: 'plus',
  focus: 'focus',
  status: 'status',
  bonus: 'bonus',
  campus: 'campus',
  virus: 'virus',
  census: 'census',
};

const VOWEL = /[aeiouy]/;

/**
 * The matching key of one word: plural, past, gerund, adverb and comparative endings removed,
 * and a final silent e dropped, so "move", "moves", "moved" and "moving" all give "mov".
 * It is a key for comparing words, not a dictionary form.
 */
export function lemma(word: string): string {
  const w = normaliseWord(word);
  const base = own(IRREGULAR_FORMS, w);
  return base === undefined ? regularLemma(w) : regularLemma(base);
}

/** `lemma` without compromise's irregular forms: the hand-written exceptions and suffix rules only. */
export function regularLemma(word: string): string {
  const w = normaliseWord(word);
  if (w.length <= 3) return w;
  const base = own(IRREGULAR, w) ?? stripSuffix(w);
  return base.length > 3 && base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : base;
}

function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
}

function stripSuffix(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ied') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('ation') && w.length > 7) return w.slice(0, -3);
  if (w.endsWith('tion') && w.length > 6) return w.slice(0, -3);
  if (w.endsWith('ing') && w.length > 4 && !/^(?:th|br|spr|str|s|k|r|st|sw|w|p|d|cl|sl)ing$/.test(w)) return restoreStem(w.slice(0, -3));
  if (w.endsWith('ed') && w.length > 3 && !w.endsWith('eed')) return restoreStem(w.slice(0, -2));
  if (w.endsWith('ly') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('s') && w.length > 3) return w.slice(0, -1);
  return w;
}

/** After removing -ing/-ed: undo a doubled consonant ("putting" → "put"). */
function restoreStem(stem: string): string {
  if (!VOWEL.test(stem)) return stem;
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  return stem;
}

/**
 * Close synonyms and paraphrases: words in one group stand for the same topic when deciding
 * whether a draft sentence acknowledges a client's concern. Each group is a family a client and
 * a professional commonly swap ("the fee is high" / "I hear the cost worries you"). Words are
 * written as lemmas (what `lemma()` returns).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  [
    'price',
    'cost',
    'fee',
    'expensive',
    'pricing',
    'pay',
    'payment',
    'charge',
    'rate',
    'premium',
    'money',
    'afford',
    'budget',
    'spend',
    'cheap',
    'invoice',
    'bill',
    'billing',
    'quote',
    'dollar',
  ],
  ['timeline', 'deadline', 'timing', 'schedule', 'time', 'delay', 'late', 'soon', 'rush', 'fast', 'slow', 'quick', 'queue'],
  ['risk', 'volatility', 'downturn', 'recession', 'crash', 'market', 'risky', 'loss', 'lose', 'safe', 'safety'],
  [
    'worry',
    'worried',
    'nervous',
    'concern',
    'concerned',
    'anxious',
    'anxiety',
    'scare',
    'scared',
    'afraid',
    'fear',
    'uneasy',
    'unease',
    'terrify',
    'dread',
    'panic',
    'stress',
    'weigh',
    'frighten',
  ],
  ['frustrate', 'frustration', 'annoy', 'patience', 'fed', 'upset', 'anger', 'angry', 'unfair', 'misleading'],
  ['hesitate', 'hesitant', 'unsure', 'doubt', 'convince', 'ready', 'readiness'],
  ['switch', 'change', 'move', 'migrate', 'migration', 'transfer', 'relocate', 'relocation', 'roll', 'rollover'],
  ['cancel', 'cancellation', 'quit', 'leave', 'stop', 'drop'],
  ['refund', 'reimburse', 'duplicate', 'twice', 'double'],
  ['contract', 'agreement', 'term', 'terms', 'renewal', 'renew'],
  ['team', 'staff', 'colleague', 'employee', 'morale'],
  ['workload', 'busy', 'exhaust', 'tired', 'overwhelm', 'burnout', 'crazy'],
  ['baby', 'newborn', 'child', 'kid', 'family'],
  ['complicate', 'complicated', 'complex', 'confusing', 'difficult', 'hard'],
  ['guarantee', 'promise', 'assure', 'assurance', 'certain', 'confident', 'confidence'],
  ['paperwork', 'admin', 'form', 'forms', 'hassle', 'bureaucracy'],
  ['logout', 'log', 'session'],
  ['downtime', 'outage', 'down', 'offline'],
  ['trial', 'court', 'courtroom', 'lawsuit', 'sue', 'litigation', 'testify', 'testimony'],
];

const GROUP_OF = new Map<string, number>();
SYNONYM_GROUPS.forEach((group, i) => {
  for (const word of group) if (!GROUP_OF.has(lemma(word))) GROUP_OF.set(lemma(word), i);
});

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of a text, lower-cased, in order. */
function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** Lemmas of the words that carry meaning (stopwords and contractions dropped). */
export function contentLemmas(text: string): string[] {
  const out: string[] = [];
  for (const raw of words(text)) {
    // "the team's" is about the team; other contractions ("we're", "don't") carry no topic.
    for (const w of raw.replace(/(?<=\p{L}{2})'s$/u, '').split('-')) {
      if (!w || STOPWORDS.has(w) || w.includes("'") || /^\d/.test(w)) continue;
      const l = lemma(w);
      if (!STOPWORDS.has(l) && l.length > 1) out.push(l);
    }
  }
  return out;
}

/** A lemma's concept key: its synonym group when it has one, the lemma itself otherwise. */
function concept(lemmaWord: string): string {
  const group = GROUP_OF.get(lemmaWord);
  return group === undefined ? lemmaWord : `#${group}`;
}

/** The set of concepts a text talks about. */
export function concepts(text: string): Set<string> {
  return new Set(contentLemmas(text).map(concept));
}

/** Verbs whose final consonant doubles before -ing although they have two syllables. */
const DOUBLING = new Set([
  'reset',
  'offset',
  'admit',
  'begin',
  'cancel',
  'commit',
  'control',
  'equip',
  'forget',
  'occur',
  'omit',
  'prefer',
  'refer',
  'regret',
  'submit',
  'permit',
  'transfer',
  'travel',
  'label',
  'model',
  'level',
  'signal',
  'total',
  'upset',
]);
const GERUND_IRREGULAR: Record<string, string> = {
  be: 'being',
  see: 'seeing',
  die: 'dying',
  lie: 'lying',
  tie: 'tying',
  flee: 'fleeing',
  agree: 'agreeing',
  dye: 'dyeing',
};

/** The -ing form of a bare verb ("move" → "moving", "put" → "putting", "pay" → "paying"). */
export function gerund(verb: string): string {
  const v = verb.toLowerCase();
  const irregular = own(GERUND_IRREGULAR, v);
  if (irregular) return irregular;
  if (v.endsWith('ing') && v.length > 4) return v;
  if (v.endsWith('ie')) return v.slice(0, -2) + 'ying';
  if (/[^aeiouy]e$/.test(v) && v.length > 2) return v.slice(0, -1) + 'ing';
  if (DOUBLING.has(v) || /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(v)) return v + v[v.length - 1] + 'ing';
  return v + 'ing';
}
