// Turning the client's point of view into the writer's: what the client called "my team" the
// writer calls "your team", and the client's "you" (the writer) becomes "I" or "me".
// Done word by word in one pass, so nothing is swapped twice.
import { matchCase, own } from '../text';

const CLIENT_TO_WRITER: Record<string, string> = {
  "i'm": "you're",
  "i've": "you've",
  "i'll": "you'll",
  "i'd": "you'd",
  "we're": "you're",
  "we've": "you've",
  "we'll": "you'll",
  "we'd": "you'd",
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  our: 'your',
  ours: 'yours',
  ourselves: 'yourselves',
  me: 'you',
  us: 'you',
  we: 'you',
  "you're": "I'm",
  "you've": "I've",
  "you'll": "I'll",
  "you'd": "I'd",
  your: 'my',
  yours: 'mine',
  yourself: 'myself',
};

/** Words after which "you" is an object ("told you", "for you"), so it becomes "me". */
const OBJECT_CONTEXT =
  /^(to|for|with|about|from|at|of|by|than|like|let|letting|tell|told|telling|ask|asked|asking|give|gave|giving|call|calling|help|send|sent|pay|paid|paying|trust|thank|see|hear|email|emailed|show|showed|meet|owe|owed|let|made|make|pushing|push|hold|holding|need|want|and|or)$/i;

const TOKEN = /[\p{L}’']+|[^\p{L}’']+/gu;

function previousWord(tokens: string[], i: number): string {
  for (let k = i - 1; k >= 0; k--) if (/\p{L}/u.test(tokens[k])) return tokens[k].toLowerCase();
  return '';
}

function nextWord(tokens: string[], i: number): string {
  for (let k = i + 1; k < tokens.length; k++) if (/\p{L}/u.test(tokens[k])) return tokens[k].toLowerCase();
  return '';
}

function turnWord(tokens: string[], i: number): string {
  const original = tokens[i];
  const w = original.toLowerCase().replace(/’/g, "'");
  if (w === 'i') return previousWord(tokens, i) ? 'you' : 'You';
  if (w === 'you') return OBJECT_CONTEXT.test(previousWord(tokens, i)) || !nextWord(tokens, i) ? 'me' : 'I';
  const mapped = own(CLIENT_TO_WRITER, w);
  if (!mapped) return original;
  if (/^I'/.test(mapped)) return mapped.replace(/'/g, original.includes('’') ? '’' : "'");
  if (/^i['’]/.test(w))
    return (previousWord(tokens, i) ? mapped : mapped.charAt(0).toUpperCase() + mapped.slice(1)).replace(/'/g, original.includes('’') ? '’' : "'");
  const apostrophe = original.includes('’') ? '’' : "'";
  return matchCase(mapped.replace(/'/g, apostrophe), original);
}

/** Verb agreement after the swap: "you am" → "you are", "I are" → "I am". */
function fixAgreement(text: string): string {
  return text
    .replace(/\byou am\b/g, 'you are')
    .replace(/\bYou am\b/g, 'You are')
    .replace(/\byou was\b/g, 'you were')
    .replace(/\bYou was\b/g, 'You were')
    .replace(/\bI are\b/g, 'I am')
    .replace(/\bI were\b/g, 'I was');
}

/** The client's words as the writer would say them back ("I'm worried about my team" → "you're worried about your team"). */
export function toWriterView(text: string): string {
  if (typeof text !== 'string' || !text) return '';
  const tokens = text.match(TOKEN) ?? [];
  const turned = tokens.map((t, i) => (/\p{L}/u.test(t) ? turnWord(tokens, i) : t));
  return fixAgreement(turned.join(''));
}

const CLIENT_TO_THIRD: Record<string, string> = {
  i: 'they',
  "i'm": "they're",
  "i've": "they've",
  "i'll": "they'll",
  "i'd": "they'd",
  we: 'they',
  "we're": "they're",
  "we've": "they've",
  "we'll": "they'll",
  "we'd": "they'd",
  my: 'their',
  our: 'their',
  mine: 'theirs',
  ours: 'theirs',
  me: 'them',
  us: 'them',
  myself: 'themselves',
  ourselves: 'themselves',
};

/**
 * The client's words told to the writer about the client ("moving my savings" → "moving their
 * savings"), for messages that speak of the client in the third person. The client's "you" is the
 * writer, who reads the message, so it stays "you".
 */
export function toThirdPerson(text: string): string {
  if (typeof text !== 'string' || !text) return '';
  const tokens = text.match(TOKEN) ?? [];
  const turned = tokens.map((t) => {
    if (!/\p{L}/u.test(t)) return t;
    const w = t.toLowerCase().replace(/’/g, "'");
    const mapped = own(CLIENT_TO_THIRD, w);
    if (!mapped) return t;
    const apostrophe = t.includes('’') ? '’' : "'";
    return matchCase(mapped.replace(/'/g, apostrophe), t === 'I' ? 'i' : t);
  });
  return turned
    .join('')
    .replace(/\bthey am\b/g, 'they are')
    .replace(/\bthey was\b/g, 'they were');
}
