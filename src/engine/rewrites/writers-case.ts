// A rewrite in the writer's own register: in a sentence typed in lower case with no full stop
// (chat), the replacement does not arrive capitalised and full-stopped.
import type { Finding, Suggestion } from '../types';

const OWN_CAPITALS = /^(?:I|I'm|I'd|I'll|I've)\b/;

export function inWritersCase(findings: Finding[], draft: string): Finding[] {
  return findings.map((f) => (f.suggestions.some((s) => s.end > s.start && s.text) ? { ...f, suggestions: f.suggestions.map((s) => fitted(s, draft)) } : f));
}

function fitted(s: Suggestion, draft: string): Suggestion {
  if (s.end <= s.start || !s.text) return s;
  const replaced = draft.slice(s.start, s.end).trim();
  let text = s.text;
  const firstWord = text.trimStart().match(/^[\p{L}']+/u)?.[0] ?? '';
  // Lower-cased only when the word was not capitalised in the writer's own sentence (a name stays).
  if (/^\p{Ll}/u.test(replaced) && /^\p{Lu}\p{Ll}/u.test(firstWord) && !OWN_CAPITALS.test(firstWord) && !replaced.includes(firstWord)) {
    const at = text.indexOf(firstWord);
    text = text.slice(0, at) + firstWord.charAt(0).toLowerCase() + text.slice(at + 1);
  }
  if (!/[.!?…]["'’”)]*$/u.test(replaced) && /[^.]\.$/.test(text.trimEnd())) text = text.trimEnd().slice(0, -1);
  return text === s.text ? s : { ...s, text };
}
