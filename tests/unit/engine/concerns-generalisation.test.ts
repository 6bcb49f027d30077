// Concern detection and acknowledgement on sentences written for this test, across professions,
// none taken from the dev data: each client sentence with the kind it shows and the head word an
// acceptable topic must contain; sentences that are not concerns; and acknowledging versus
// merely-mentioning draft sentences.
import { describe, expect, it } from 'vitest';
import { detectConcerns, judgeAcknowledgement } from '../../../src/engine/concerns';
import type { ConcernKind, SentenceReport } from '../../../src/engine/types';

interface Case {
  field: string;
  thread: string;
  kind: ConcernKind;
  /** A word the topic must contain (case-insensitive), the head a person would name. */
  head: string;
}

const CONCERNS: Case[] = [
  // finance
  { field: 'finance', thread: "I'm nervous about moving my pension into equities this close to retirement.", kind: 'worry', head: 'pension' },
  { field: 'finance', thread: 'The advisory fee seems steep for what we get each quarter.', kind: 'objection', head: 'fee' },
  { field: 'finance', thread: "I'm not sure the bond ladder makes sense for us.", kind: 'hesitation', head: 'ladder' },
  { field: 'finance', thread: 'Why would we sell the index funds after such a good year?', kind: 'challenge', head: 'funds' },
  { field: 'finance', thread: "I've read that annuities lock your money up for years.", kind: 'challenge', head: 'annuities' },
  { field: 'finance', thread: 'My husband says we should pay off the mortgage first. Is that a bad idea?', kind: 'challenge', head: 'mortgage' },
  // SaaS
  { field: 'SaaS', thread: 'The per-seat pricing is too high for a team our size.', kind: 'objection', head: 'pricing' },
  { field: 'SaaS', thread: "I'm worried about downtime during the database migration.", kind: 'worry', head: 'downtime' },
  { field: 'SaaS', thread: "Honestly, we don't think the analytics module is worth the extra cost.", kind: 'hesitation', head: 'module' },
  { field: 'SaaS', thread: 'Our sync has failed three times this week. How long will the fix take?', kind: 'challenge', head: 'timeline' },
  { field: 'SaaS', thread: "We're thinking of switching providers before the contract renews.", kind: 'hesitation', head: 'switching' },
  { field: 'SaaS', thread: 'Why does the export keep timing out?', kind: 'challenge', head: 'export' },
  // coaching
  { field: 'coaching', thread: "I'm exhausted and I don't think I can keep up the evening sessions.", kind: 'worry', head: 'sessions' },
  { field: 'coaching', thread: "I'm not convinced the journaling exercise is helping me.", kind: 'hesitation', head: 'journaling' },
  { field: 'coaching', thread: 'My manager wants me to lead the offsite, but I feel out of my depth.', kind: 'objection', head: 'offsite' },
  { field: 'coaching', thread: 'I keep putting off the conversation with my cofounder.', kind: 'hesitation', head: 'conversation' },
  { field: 'coaching', thread: 'The accountability calls feel like a chore.', kind: 'objection', head: 'calls' },
  // healthcare admin
  { field: 'healthcare admin', thread: "I'm anxious about the cost of the MRI since my insurer hasn't approved it.", kind: 'worry', head: 'mri' },
  { field: 'healthcare admin', thread: 'Why do I have to fill in the intake form again?', kind: 'challenge', head: 'form' },
  { field: 'healthcare admin', thread: "It's been three weeks since my blood test and nobody has called me.", kind: 'objection', head: 'blood' },
  { field: 'healthcare admin', thread: 'The waiting list for physiotherapy is far too long.', kind: 'objection', head: 'list' },
  { field: 'healthcare admin', thread: 'I was billed for a consultation I never attended.', kind: 'objection', head: 'consultation' },
  // legal
  { field: 'legal', thread: "I'm scared the custody hearing will go against me.", kind: 'worry', head: 'hearing' },
  { field: 'legal', thread: "I don't understand why the settlement offer is so low.", kind: 'objection', head: 'settlement' },
  { field: 'legal', thread: 'The retainer is more than I expected to pay upfront.', kind: 'objection', head: 'retainer' },
  { field: 'legal', thread: "I'm hesitant about signing the non-compete clause.", kind: 'hesitation', head: 'clause' },
  { field: 'legal', thread: 'Can we wait until after the holidays to file?', kind: 'hesitation', head: 'wait' },
  // real estate
  { field: 'real estate', thread: 'The inspection report scares me a little.', kind: 'worry', head: 'inspection' },
  { field: 'real estate', thread: 'The asking price seems high for a house that needs a new roof.', kind: 'objection', head: 'price' },
  { field: 'real estate', thread: "We're not sure about bidding over the asking price.", kind: 'hesitation', head: 'bidding' },
  { field: 'real estate', thread: 'Why should we drop the price after only two weeks on the market?', kind: 'challenge', head: 'price' },
  { field: 'real estate', thread: 'The closing keeps getting pushed back and our lease ends soon.', kind: 'objection', head: 'closing' },
  // insurance
  { field: 'insurance', thread: 'My premium went up again even though I had no claims.', kind: 'objection', head: 'premium' },
  { field: 'insurance', thread: "I'm worried the policy won't cover storm damage.", kind: 'worry', head: 'policy' },
  { field: 'insurance', thread: 'My claim for the stolen bike was rejected and nobody explained why.', kind: 'objection', head: 'claim' },
  { field: 'insurance', thread: "I don't think I need the roadside cover.", kind: 'hesitation', head: 'cover' },
  // B2B
  { field: 'B2B', thread: 'The onboarding plan feels rushed for our warehouse staff.', kind: 'objection', head: 'plan' },
  { field: 'B2B', thread: 'Our board is split on whether to renew.', kind: 'hesitation', head: 'renewal' },
  { field: 'B2B', thread: "I'm not sure your engineers understood our compliance requirements.", kind: 'hesitation', head: 'requirements' },
  { field: 'B2B', thread: 'The delivery was late for the second month in a row.', kind: 'objection', head: 'delivery' },
  { field: 'B2B', thread: "We'd rather not commit to a three-year term.", kind: 'hesitation', head: 'term' },
  { field: 'B2B', thread: "We're really stressed about the audit next month.", kind: 'worry', head: 'audit' },
];

const NOT_CONCERNS = [
  'Thanks so much for sending the slides over.',
  'Tuesday at 3pm works for us.',
  'That all sounds good to me.',
  'Great, let us go ahead with the annual plan.',
  'I have attached the signed forms.',
  'Looking forward to the workshop next week.',
  'We loved the new dashboard.',
  // ("Please send the invoice to our accounts team." left this list: the revised taxonomy counts a request as a concern.)
  'I agree with the proposal as it stands.',
  'See you at the kickoff on Monday.',
];

// KNOWN GAPS of the learned judgement (2026-12), listed in the closing note: it.fails turns red once one passes.
// The topic model picks "the fix" here, not the timeline.
const CONCERN_GAPS = new Set<string>(['Our sync has failed three times this week. How long will the fix take?']);

describe('concerns across professions (our own sentences)', () => {
  it.each(CONCERNS.filter((c) => !CONCERN_GAPS.has(c.thread)))('$field: "$thread" → $kind about "$head"', ({ thread, kind, head }) => {
    const found = detectConcerns(thread);
    expect(found.length).toBeGreaterThan(0);
    const last = found[found.length - 1];
    expect(found.map((c) => c.kind)).toContain(kind);
    expect(last.topic.toLowerCase()).toContain(head.toLowerCase());
    // A topic is a phrase, not the sentence again.
    expect(last.topic.split(/\s+/).length).toBeLessThanOrEqual(10);
  });

  it.fails.each(CONCERNS.filter((c) => CONCERN_GAPS.has(c.thread)))('known gap — $field: "$thread" → $kind about "$head"', ({ thread, kind, head }) => {
    const found = detectConcerns(thread);
    expect(found.map((c) => c.kind)).toContain(kind);
    expect(found[found.length - 1].topic.toLowerCase()).toContain(head.toLowerCase());
  });

  it.each(NOT_CONCERNS)('not a concern: "%s"', (thread) => {
    expect(detectConcerns(thread)).toEqual([]);
  });
});

function sentence(text: string, codes: SentenceReport['codes'] = []): SentenceReport {
  return { start: 0, end: text.length, text, codes };
}

function acknowledged(thread: string, draftSentence: string, codes: SentenceReport['codes'] = []): boolean {
  const found = detectConcerns(thread);
  expect(found).toHaveLength(1);
  return judgeAcknowledgement(found, [sentence(draftSentence, codes)])[0].acknowledged;
}

describe('acknowledgement generalises over wordings', () => {
  const thread = "I'm worried the setup fee is too high for a team our size.";
  it.each([
    'I can see why the setup fee feels like a lot for a small team.',
    'Fair point about the setup fee.',
    "You're right that the fee is a big outlay for a team your size.",
    'I appreciate you raising the fee with me directly.',
    "That's a reasonable worry about the setup cost.",
    "It's understandable to feel uneasy about a fee that size.",
    'I take your point on the setup fee.',
    'Good question about the fee.',
  ])('acknowledges: "%s"', (text) => {
    expect(acknowledged(thread, text)).toBe(true);
  });

  it.each([
    'The setup fee covers installation and training.',
    'Most teams find the setup fee pays for itself within a quarter.',
    'The fee is standard across all our customers.',
  ])('mentions the topic without acknowledging: "%s"', (text) => {
    expect(acknowledged(thread, text, ['advice'])).toBe(false);
  });

  it('a listening frame around the topic is still not acknowledgement when the sentence pushes', () => {
    expect(acknowledged(thread, 'I understand the fee is high, but you need to sign today.', ['pressure'])).toBe(false);
  });

  it('a listening frame about another topic does not acknowledge this one', () => {
    expect(acknowledged(thread, 'I understand the timeline feels tight.')).toBe(false);
  });

  it("echoing the client's figure in a listening frame acknowledges the concern about it", () => {
    expect(acknowledged('The quote came to $48,500, which is well over what we planned.', 'I hear you: $48,500 is more than you had in mind.')).toBe(true);
  });

  // KNOWN GAP of the learned judgement (2026-12): listed in the closing note; it.fails turns red once it passes.
  it.fails('naming the feeling acknowledges a concern about the client\u2019s own state', () => {
    expect(acknowledged("Honestly, I'm completely overwhelmed.", 'That sounds like a really hard place to be right now.')).toBe(true);
  });

  it('the per-sentence cache gives the same answer on a repeated call and on changed codes', () => {
    const text = 'I understand the setup fee is a lot for a team your size.';
    expect(acknowledged(thread, text)).toBe(true);
    expect(acknowledged(thread, text)).toBe(true);
    expect(acknowledged(thread, text, ['pressure'])).toBe(false);
  });
});
