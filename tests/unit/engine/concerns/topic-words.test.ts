// The topic shown for a concern: the rules' phrase, or the client's own words the topic model rates
// clearly higher. The chooser is tested with word scores given by hand (what it does with them);
// the shipped model is tested for the promise the card relies on (a topic is the client's words).
import { describe, expect, it } from 'vitest';
import { chooseTopic, topicTokens, looseStem, stemCounts, type TopicChoice } from '../../../../src/engine/concerns/topic-words';
import { detectConcerns, ruleReadings } from '../../../../src/engine/concerns';

/** Word scores by hand: `scores` maps a lower-case word to its probability; function words score 0. */
function choice(sentence: string, scores: Record<string, number>): TopicChoice {
  const tokens = topicTokens(sentence);
  return { tokens, probs: tokens.map((t) => (t.content ? (scores[t.lower] ?? 0.05) : 0)) };
}

describe('chooseTopic', () => {
  const sentence = "I don't think it's fair to bill the whole £120 for a cancelled lesson.";

  it('keeps the rules’ phrase when it holds a word rated about as high as the best', () => {
    const scored = choice(sentence, { '£120': 0.8, lesson: 0.75, cancelled: 0.3 });
    expect(chooseTopic(sentence, 'the cancelled lesson', scored, 0.15)).toBe('the cancelled lesson');
  });

  it('otherwise shows the client’s words around the best word, with their determiner', () => {
    const scored = choice(sentence, { '£120': 0.8, whole: 0.4, lesson: 0.1 });
    expect(chooseTopic(sentence, 'thinking', scored, 0.15)).toBe('the whole £120');
  });

  it('leaves the rules’ phrase when the model trusts no word', () => {
    expect(chooseTopic(sentence, 'the cancelled lesson', choice(sentence, {}), 0.15)).toBe('the cancelled lesson');
  });

  it('does not run a phrase across a comma', () => {
    const s = 'The van is booked, the crates are not.';
    const scored = choice(s, { van: 0.6, booked: 0.5, crates: 0.9 });
    expect(chooseTopic(s, '', scored, 0.15)).toBe('the crates');
  });

  it('does not start a topic on the verb after its subject', () => {
    const s = 'Should I cancel the viewing?';
    const scored = choice(s, { cancel: 0.9, viewing: 0.6 });
    expect(chooseTopic(s, '', scored, 0.15)).toBe('the viewing');
  });
});

describe('topic words', () => {
  it('reads money, decimals and apostrophes as one word', () => {
    expect(topicTokens("We can't do £1,250.50 by 2.5% tonight").map((t) => t.word)).toEqual(['We', "can't", 'do', '£1,250.50', 'by', '2.5%', 'tonight']);
  });

  it('stems loosely so a verb and its noun meet', () => {
    expect(looseStem('charged')).toBe(looseStem('charge'));
    expect(looseStem('waiting')).toBe(looseStem('wait'));
  });

  it('counts what the client comes back to', () => {
    expect(stemCounts('The deposit is late. Can the deposit wait?').get(looseStem('deposit'))).toBe(2);
  });
});

describe('the shipped topic model', () => {
  const threads = [
    'We loved the first draft of the logo. The colours feel a bit loud for a law firm though, could we tone them down?',
    'Honestly the monthly retainer is more than we budgeted. Is there a lighter package?',
    "my daughter's been crying before every swim lesson 😕 should we take a break till spring?",
  ];

  it.each(threads)('shows a topic in the client’s words or the rules’ phrase: %s', (thread) => {
    const readings = ruleReadings(thread);
    for (const c of detectConcerns(thread)) {
      const rule = readings.find((r) => r.sentence === c.text)?.ruleTopic;
      expect(c.topic === rule || c.text.toLowerCase().includes(c.topic.toLowerCase())).toBe(true);
      expect(c.topic.trim().length).toBeGreaterThan(0);
    }
  });
});
