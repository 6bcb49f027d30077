// Reflections of a client's concern, ready to insert at the top of a reply.
// PLACEHOLDER by E2a so draft-findings can call it: E2b owns this file and replaces it
// (pronoun turning, simple + complex reflections from the client's own words).
import type { Concern, Register } from '../types';

export type ReflectableConcern = Pick<Concern, 'text' | 'topic' | 'kind'>;

/** A simple and a complex reflection of one concern, best first. */
export function buildReflections(concern: ReflectableConcern, register: Register): string[] {
  const topic = turnPronouns(concern.topic.trim());
  if (!topic) return [];
  return register === 'formal'
    ? [`I understand that ${topic} is a concern for you.`, `I appreciate that ${topic} matters a great deal to you.`]
    : [`It sounds like ${topic} is worrying you.`, `I hear you on ${topic} — it makes sense to want to get that right.`];
}

function turnPronouns(phrase: string): string {
  const map: Record<string, string> = { i: 'you', me: 'you', my: 'your', mine: 'yours', we: 'you', us: 'you', our: 'your', ours: 'yours', myself: 'yourself' };
  return phrase.replace(/\b(?:i|me|my|mine|we|us|our|ours|myself)\b/gi, (w) => map[w.toLowerCase()] ?? w);
}
