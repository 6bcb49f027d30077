// A second reading of a concern's topic, for when the first names nothing the client is
// concerned about: a person alone ("my fiancé"), a discourse word ("unfortunately", "one tiny
// thing tho"), a verb of thinking ("having read up"), or the sentence before's topic carried
// into a sentence with words of its own. The fallback is the first noun phrase of the sentence
// that names a thing — "could you edit out the exit sign" is about the exit sign.
import { phraseCore, readNounPhrase } from './topic';
import { DETERMINERS, bare, isPeople, words } from './word-classes';

const DISCOURSE =
  /^(?:sorry|please|hi|hey+|hiya|hello|hope (?:that's|this is|it's) (?:ok|okay|alright|fine)|one (?:tiny|small|quick|more|last|other) thing|quick one|some days|to be honest)\b|^(?:unfortunately|otherwise|also|anyway|changing|sending|doing|going|getting|that doable)$/i;
const THINKING =
  /^(?:having (?:read|thought|looked|spoken|talked|been|had|chatted)|wondering|being (?:torn|sorry|aware)|thinking|going through|loving|chatting|doing the sums|been chatting)\b/i;
const POINTS_BACK = /\b(?:it|its|it's|that|this|them|they|those|these|one)\b/i;
const NAME_ALONE = /^(?:my |our |your )?\p{Lu}[\p{L}-]+(?:['’]s)?$|^(?:my|our) [\p{L}-]+['’]s$/u;
/** Words a noun phrase may start with when it names a thing. */
const STARTS_PHRASE =
  /^(?:the|a|an|my|our|your|their|his|her|this|these|those|another|extra|any|some|two|three|four|five|six|several|both|\d[\d,.]*\w*|[$£€]\d[\d,.]*\w*)$/;
const GENERIC_HEAD =
  /^(?:thing|things|stuff|bit|one|ones|question|way|lot|time|day|days|week|weeks|today|tomorrow|tonight|morning|afternoon|evening|\d[\d:.]*(?:am|pm)?)$/i;

/** "my fiancé", "my husband's": people, once accents and the possessive are set aside. */
function peopleOnly(phrase: string): boolean {
  const plain = phrase
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s\b/g, '');
  return isPeople(words(plain));
}

export function isWeakTopic(topic: string, sentence: string, previousTopic: string): boolean {
  const t = topic.trim();
  if (!t) return true;
  if (DISCOURSE.test(t) || THINKING.test(t) || NAME_ALONE.test(t)) return true;
  if (peopleOnly(t)) return true;
  // "your mate reckons", "my accountant agrees": whose view, not what it is about.
  const saying = /^(.+?) (?:says|said|reckons|thinks|agrees|feels|wants)$/i.exec(t);
  if (saying && peopleOnly(saying[1])) return true;
  // Carried over from the sentence before although this one neither points back ("is that a bad
  // idea?") nor repeats any of its words.
  if (t !== previousTopic.trim() || POINTS_BACK.test(sentence)) return false;
  return !words(t).some((w) => bare(w).length > 3 && sentence.toLowerCase().includes(bare(w)));
}

/** The first noun phrase of the sentence that names a thing, or '' when there is none. */
export function keyPhrase(sentence: string): string {
  const tokens = words(sentence.replace(/[?!.…]+/gu, ' '));
  for (let i = 0; i < tokens.length; i++) {
    if (!STARTS_PHRASE.test(bare(tokens[i]))) continue;
    const np = readNounPhrase(tokens.slice(i));
    // "my nan's tomorrow instead," → "my nan's": no trailing punctuation, time word or filler.
    const phrase = phraseCore(np.join(' ').replace(/[,;:]+$/, '')).replace(/\s+(?:today|tomorrow|tonight|instead|now|again|too)$/i, '');
    const ws = words(phrase).map(bare);
    const head = ws[ws.length - 1] ?? '';
    if (ws.length < 2 && !/^[$£€\d]/.test(head)) continue;
    if (ws.every((w) => DETERMINERS.has(w)) || GENERIC_HEAD.test(head) || peopleOnly(phrase)) continue;
    // "The exit sign…" opening the client's sentence is "the exit sign" inside ours.
    return i === 0 && DETERMINERS.has(bare(tokens[0])) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
  }
  // "My husband's also sick of mowing": no thing named, but an activity is.
  const activity = tokens.map(bare).find((w, i) => i > 0 && /^[a-z]{3,}ing$/.test(w) && !LIGHT_GERUND.test(w));
  return activity ?? '';
}

/** Gerunds that carry no topic of their own ("wondering", "going", "being"). */
const LIGHT_GERUND =
  /^(?:thinking|wondering|going|getting|doing|being|having|feeling|trying|saying|telling|coming|looking|starting|something|anything|nothing|everything|morning|evening|during|bring|thing|king|sing)$/;
