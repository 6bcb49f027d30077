// The closed word classes the topic reader chunks with (auxiliaries, determiners, pronouns,
// prepositions, people), and the small helpers that read a word or a phrase by them.
export const AUX = new Set(
  (
    "am is are was were be been 'm 's 're do does did don't doesn't didn't have has had 've 'd will 'll would " +
    "can could should shall may might must won't can't cannot couldn't wouldn't shouldn't isn't aren't wasn't " +
    "weren't haven't hasn't hadn't"
  ).split(' '),
);
export const ADVERBS = new Set(
  'not never even just really still also actually honestly already ever usually only seriously simply truly mostly probably definitely ever again rather barely hardly rarely seldom scarcely always often sometimes'.split(
    ' ',
  ),
);
/** Finite verbs that commonly follow a subject noun phrase in client messages. */
export const FINITE_VERBS = new Set(
  (
    'feels feel felt seems seem seemed looks look looked sounds sound went goes go keeps keep kept covers cover costs cost ' +
    'makes make made takes take took needs need means mean works work worked terrifies terrify scares scare worries ' +
    'worry puts put gets get got drops drop stalls stall happens happened matters matter told said says want wants ' +
    'love loves think thinks hate hates dread came comes come started start starts stopped stops failed fails ' +
    'wants seem involves involve requires require adds add runs run ran shows show showed has have had creep creeps ' +
    'expired expires rose rise rises fell falls drag drags cover'
  ).split(' '),
);
export const DETERMINERS = new Set('the a an my our your their his her this that these those any some another its each every no'.split(' '));
export const PRONOUNS = new Set(
  'i we you he she they it this that these those there people everyone someone anyone nobody everything anything something nothing one'.split(' '),
);
export const ATTITUDE_VERBS = new Set('hate hates love loves like likes dislike dislikes dread dreads fear fears'.split(' '));
/** Adjectives that follow "is it/that/this …" in questions ("Is that normal?"), so the pronoun stands alone. */
export const PREDICATE_ADJECTIVES = new Set(
  'normal worth right ok okay possible fair true necessary safe wise smart bad good enough too so really likely common usual standard risky reasonable realistic weird'.split(
    ' ',
  ),
);
export const PERSONAL = new Set('i we you he she they it there'.split(' '));
export const PREDICATE_ADJECTIVE_SUFFIX = /(?:able|ible|ful|ous|ive|less|ary|ic|ent|ant)$/;
export const RELATIVE_SUBJECT = /^(?:i|we|you|they|he|she)(?:'(?:ve|d|ll|re|m))?$/;
export const PREPOSITIONS = new Set('of on for in from at with to about into'.split(' '));

/** Where a topic phrase stops: the next clause, an aside, or an explanation. */
export const BOUNDARY =
  /\s*(?:[,;:()]|\s[—–-]\s|\s(?:because|since|when|while|as|so that|so|or|but|if|unless|although|though|given|like it|like last|every time|and then|and (?=i\b|i'm|we\b|we're|my\b|our\b|it\b|it's|the\b|they\b|he\b|she\b|nothing|everything)))\s.*$/i;
export const TRAILING_FILLER =
  /\s+(?:right now|right away|at the moment|this year|anymore|any more|again|first|now|too|as well|though|either|at all|yet|instead|already|really|then|honestly|anyway|please|for me|for us)$/i;
export const LEADING_FILLER =
  /^(?:just|even|really|still|also|actually|honestly|seriously|ever|usually|only|then|so|and|but|maybe|perhaps|mostly|already|now|well|ok|okay|look|to be honest)\b,?\s+/i;

export function words(phrase: string): string[] {
  return phrase.split(/\s+/).filter(Boolean);
}

export function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[^\p{L}\p{N}'$£€%-]/gu, '');
}

/** People and groups: "our team", "my boss", "half of them". A concern is rarely about the people themselves. */
const PEOPLE = new Set(
  (
    'team teams boss manager managers board lead leads partner partners wife husband brother sister mother father mum mom dad ' +
    'parents friend friends family colleague colleagues staff employees neighbour neighbor neighbours neighbors kids children son daughter ' +
    'coworker coworkers co-worker flatmate roommate cousin uncle aunt grandmother grandfather fiance fiancee spouse ' +
    'cfo ceo cto director directors owner owners members half most some all none them us ' +
    'accountant lawyer doctor gp physician therapist dentist nurse surgeon specialist mechanic vet teacher tutor advisor adviser agent broker consultant coach colleague rep chatbot bot website app ' +
    'engineer developer designer analyst auditor contractor supplier vendor client customer buyer seller landlord tenant'
  ).split(' '),
);

export function isPeople(np: string[]): boolean {
  const ws = np.map(bare);
  const head = nounPhraseHead(ws);
  const singular = head.replace(/s$/, '');
  return (PEOPLE.has(head) || PEOPLE.has(singular)) && !/^(it|this|that|i|we|you)$/.test(ws[0] ?? '');
}

const QUANTIFIERS = /^(half|most|some|all|none|many|few|each|both|one|two|three|several|any|part|rest)$/;

/**
 * The head noun of a phrase: "half of the team" → "team" (a quantity of people is people), but
 * "adoption on the team" → "adoption" and "the feedback from my boss" → "feedback" (a thing
 * qualified by a group is still a thing, and the concern is about the thing).
 */
function nounPhraseHead(ws: string[]): string {
  const of = ws.indexOf('of');
  if (of > 0 && QUANTIFIERS.test(ws[of - 1])) return ws[of + 1] === 'the' || DETERMINERS.has(ws[of + 1] ?? '') ? (ws[ws.length - 1] ?? '') : (ws[of + 1] ?? '');
  const preposition = ws.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  return preposition > 0 ? ws[preposition - 1] : (ws[ws.length - 1] ?? '');
}
