import { describe, expect, it } from 'vitest';
import { detectConcerns, judgeAcknowledgement } from '../../../../src/engine/concerns';
import { createAnalyzer } from '../../../../src/engine/index';
import { buildReflections, offerableReflections } from '../../../../src/engine/rewrites/reflect';
import { toWriterView } from '../../../../src/engine/rewrites/pronouns';
import type { Register } from '../../../../src/engine/types';

describe('toWriterView: the client\u2019s point of view turned to the writer\u2019s', () => {
  it.each([
    ["I'm worried about my team", "You're worried about your team"],
    ['we can\u2019t afford our current plan', 'you can\u2019t afford your current plan'],
    ["I've read that", "You've read that"],
    ['letting you down', 'letting me down'],
    ['why you think it is broken', 'why I think it is broken'],
    ['what I am earning', 'what you are earning'],
    ['what you have been doing for us', 'what I have been doing for you'],
    ['calling me instead of him', 'calling you instead of him'],
  ])('%s → %s', (client, writer) => {
    expect(toWriterView(client)).toBe(writer);
  });
  it('never throws and leaves other text alone', () => {
    expect(toWriterView('')).toBe('');
    expect(toWriterView('the 😀 fee, مرحبا')).toBe('the 😀 fee, مرحبا');
  });
});

/** Client messages covering each concern kind and form; none is taken from the evaluation data. */
const THREADS = [
  "I'm worried about the cost.",
  "I'm nervous about moving our pension into equities.",
  "We're concerned our team won't have time to learn the new system.",
  "I'm not sure we're ready to expand to a second site.",
  "I don't think I can commit to three sessions a week.",
  "I'm hesitant about switching providers mid-year.",
  'The annual fee is too high for a company our size.',
  "That doesn't work for us, the timeline is too tight.",
  'The new dashboard feels complicated.',
  'Why would we switch now?',
  'Why does the premium keep going up?',
  "I've read that index funds are cheaper.",
  'How is this better than what we have?',
  'Can we wait until after the holidays?',
  'Could I have until Monday?',
  'Is there a cheaper option?',
  'How do I cancel my subscription?',
  'What happens if we miss the deadline?',
  "I'm exhausted and I'm really frustrated.",
  "I'm not sure your team understood what we need.",
];

const REGISTERS: Register[] = ['warm', 'formal'];

function cases() {
  return THREADS.flatMap((thread) => detectConcerns(thread).flatMap((concern) => REGISTERS.map((register) => ({ thread, concern, register }))));
}

describe('buildReflections', () => {
  it('finds a concern in every sample thread', () => {
    for (const thread of THREADS) expect(detectConcerns(thread).length, thread).toBeGreaterThan(0);
  });

  it('restates with the client\u2019s topic words, pronouns turned', () => {
    const [cost] = detectConcerns("I'm worried about the cost.");
    expect(buildReflections(cost, 'warm').simple).toBe("You mentioned you're worried about the cost.");
    expect(buildReflections(cost, 'warm').complex).toBe('It sounds like the cost is weighing on you, and you want to feel sure before going ahead.');
    const [pension] = detectConcerns("I'm nervous about moving our pension into equities.");
    expect(buildReflections(pension, 'warm').simple).toBe("You mentioned you're nervous about moving your pension into equities.");
    const [fee] = detectConcerns('The annual fee is too high for a company our size.');
    expect(buildReflections(fee, 'warm').simple).toBe('You mentioned the annual fee feels too high.');
  });

  it('turns a challenge question into a reflection', () => {
    const [why] = detectConcerns('Why would we switch now?');
    expect(buildReflections(why, 'warm').complex).toBe("It sounds like you're not yet convinced switching is worth it.");
    expect(buildReflections(why, 'warm').simple).toBe('You asked about switching.');
  });

  it('reports yes/no questions about "it" as the question itself', () => {
    const concerns = detectConcerns('We might add a second site. Is that going to be a problem?');
    const last = concerns.at(-1)!;
    expect(buildReflections(last, 'warm').simple).toBe('You asked whether that is going to be a problem.');
  });

  it('has a formal register that differs from the warm one', () => {
    const [cost] = detectConcerns("I'm worried about the cost.");
    const formal = buildReflections(cost, 'formal');
    expect(formal.simple).toBe('You mentioned that you are worried about the cost.');
    expect(formal.complex).not.toMatch(/\b(?:it's|you're|don't|isn't)\b/);
  });

  it('is also the list [simple, complex] for the finding\u2019s suggestions', () => {
    const [cost] = detectConcerns("I'm worried about the cost.");
    const r = buildReflections(cost, 'warm');
    expect([...r]).toEqual([r.simple, r.complex]);
  });

  it.each(cases())('$register reflection of "$thread" reads as a sentence and keeps the topic', ({ concern, register }) => {
    const r = buildReflections(concern, register);
    for (const text of [r.simple, r.complex]) {
      expect(text).toMatch(/^[A-Z].*[.]$/);
      expect(text).not.toMatch(/\s{2,}|\.\.|\bundefined\b|\bnull\b/);
      // The client's first-person plural never survives into the writer's reflection ("my" may be the writer's own).
      expect(text).not.toMatch(/\b(?:our|ours|we|us)\b/i);
    }
    const topicWord = concern.topic
      .split(/\s+/)
      .find((w) => w.length > 4 && !/^(?:their|there|these|those|which|about|being|having|getting|feeling)$/i.test(w));
    if (topicWord && !/^more time$/.test(concern.topic)) expect(`${r.simple} ${r.complex}`.toLowerCase()).toContain(topicWord.toLowerCase());
  });

  it('the analyzer used below does flag plain pressure (otherwise the no-pressure property proves nothing)', () => {
    const report = createAnalyzer().analyze('You need to sign by Friday.');
    expect(report.findings.some((f) => f.category === 'pressure')).toBe(true);
  });

  it.each(cases())('$register reflection of "$thread" adds no pressure', ({ concern, register }) => {
    const analyzer = createAnalyzer({ register });
    const r = buildReflections(concern, register);
    for (const text of [r.simple, r.complex]) {
      const report = analyzer.analyze(text);
      expect(
        report.findings.filter((f) => f.category === 'pressure'),
        text,
      ).toEqual([]);
    }
  });

  it.each(cases())('$register reflection of "$thread" acknowledges the concern once inserted', ({ concern, register }) => {
    const r = buildReflections(concern, register);
    for (const text of [r.simple, r.complex]) {
      const [judged] = judgeAcknowledgement([concern], [{ start: 0, end: text.length, text, codes: [] }]);
      expect(judged.acknowledged, text).toBe(true);
    }
  });

  it('never throws on odd concerns', () => {
    for (const topic of ['', '😀', '<b>x</b>', 'a'.repeat(10_000), 'مرحبا']) {
      expect(() => buildReflections({ text: topic, topic, kind: 'worry' }, 'warm')).not.toThrow();
    }
  });
});

/**
 * The end-to-end promise of a missing-acknowledgement card: insert any of its suggestions where it
 * says, and that concern is acknowledged. Client sentences of our own, all four kinds, many topic
 * shapes (noun phrase, gerund, negated gerund, clause, relative clause, yes/no and wh-questions).
 */
const PROPERTY_THREADS = [
  // worries
  "I'm worried the budget we agreed won't stretch to a second phase.",
  "I'm nervous about switching providers in the middle of the season.",
  "We're concerned about not having enough cover if someone leaves.",
  'The inspection report scares me a little.',
  "I'm anxious that the new rota will upset the night staff.",
  "I'm really stressed about the audit next month.",
  "I'm exhausted and overwhelmed.",
  // hesitations
  "I don't want to lose what we've built with the current agency.",
  "We're hesitant to sign another long contract.",
  "I'm not sure the coaching calls are helping me.",
  "We'd rather not commit to a three-year term.",
  'Our partners are split on whether to expand.',
  "I'm not convinced we need a second warehouse.",
  'I keep putting off the conversation with my landlord.',
  'Can we push the kickoff back a month?',
  // objections
  'The per-seat price is too high for a charity our size.',
  'The onboarding plan you sent feels rushed.',
  'The delivery was late again this month.',
  'The new portal is confusing for older members.',
  'I was billed for a repair nobody carried out.',
  // challenges
  'Why would we change suppliers now?',
  "I've read that fixed-rate deals are a bad idea this year.",
  'Is the setup fee refundable?',
  'Are the new dashboards compatible with Safari?',
  'How long will the migration take?',
  'What happens if we miss the filing date?',
  'How is this better than doing it ourselves?',
  'Will the premium go up after a claim?',
];

/** Simple grammar checks a reader would notice at a glance. */
function readsAsWritten(text: string): string[] {
  const problems: string[] = [];
  if (!/^[A-Z]/.test(text)) problems.push('no capital start');
  if (!/[.!?]$/.test(text)) problems.push('no final punctuation');
  if (/\b(\w+) \1\b/i.test(text)) problems.push('doubled word');
  if (/\b(?:we|the|a|an|of|to|about|and)[.!?]$/i.test(text)) problems.push('dangling last word');
  // "…for you." is whole; "the budget you." is a relative clause cut short.
  if (/(?<!\b(?:for|with|to|on|about|at|from|by|help|helps|helping|suit|suits|thank))\s+you[.!?]$/i.test(text)) problems.push('dangling "you."');
  if (/\bworried about\b[^.]*\byou\.$/i.test(text)) problems.push('"worried about … you"');
  if (/\b(?:our|ours|we|us)\b/i.test(text)) problems.push("the client's we/our kept");
  if (/\s{2,}|\bundefined\b|\bnull\b/.test(text)) problems.push('stray text');
  return problems;
}

describe('every missing-acknowledgement suggestion, once inserted, acknowledges its concern', () => {
  const property = PROPERTY_THREADS.flatMap((thread) => REGISTERS.map((register) => ({ thread, register })));

  // KNOWN GAPS of the learned judgement (2026-12), listed in the closing note: no reflection offered,
  // or one not judged to acknowledge its concern. it.fails turns red once one passes.
  const GAPS = new Set<string>([]);
  const isGap = ({ thread, register }: { thread: string; register: string }) => GAPS.has(`${register}:${thread}`);
  it.fails.each(property.filter(isGap))('known gap — $register: "$thread"', ({ thread, register }) => {
    const analyzer = createAnalyzer({ register });
    const draft = 'Hi Sam,\nThe revised schedule is attached, with the costs broken down by month.\nBest,\nAlex';
    const before = analyzer.analyze(draft, { thread });
    const cards = before.findings.filter((f) => f.category === 'missing-acknowledgement');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card.suggestions.length).toBeGreaterThanOrEqual(2);
  });
  it.each(property.filter((p) => !isGap(p)))('$register: "$thread"', ({ thread, register }) => {
    const analyzer = createAnalyzer({ register });
    const draft = 'Hi Sam,\nThe revised schedule is attached, with the costs broken down by month.\nBest,\nAlex';
    const before = analyzer.analyze(draft, { thread });
    expect(before.concerns.length, 'a concern is found').toBeGreaterThan(0);
    const cards = before.findings.filter((f) => f.category === 'missing-acknowledgement');
    expect(cards.length, 'each unacknowledged concern has a card').toBe(before.concerns.filter((c) => !c.acknowledged).length);
    const pressureBefore = before.findings.filter((f) => f.category === 'pressure').length;
    cards.forEach((card, i) => {
      const concern = before.concerns.filter((c) => !c.acknowledged)[i];
      // A question wants an answer, which only the writer can give: the card keeps its reason and offers no "You asked…".
      // A statement gets one reflection, in the client's own terms.
      // A statement said back word for word is withheld by the gate as pasted (coverage is checked below).
      if (/\?\s*$/.test(concern.text)) expect(card.suggestions).toEqual([]);
      for (const s of card.suggestions) {
        const after = draft.slice(0, s.start) + s.text + draft.slice(s.end);
        const report = analyzer.analyze(after, { thread });
        const judged = report.concerns.find((c) => c.text === concern.text);
        expect(judged?.acknowledged, `"${s.text.trim()}" acknowledges "${concern.topic}"`).toBe(true);
        expect(report.findings.filter((f) => f.category === 'pressure').length, s.text).toBe(pressureBefore);
        expect(readsAsWritten(s.text.trim()), s.text).toEqual([]);
        expect(after.startsWith('Hi Sam,\n'), 'the greeting stays first').toBe(true);
      }
    });
  });

  it('statements naming a feeling, an evaluation or a want get a reflection (questions get an answer from the writer instead)', () => {
    for (const register of REGISTERS) {
      const statements = PROPERTY_THREADS.filter((t) => !/\?\s*$/.test(t));
      const offered = statements.filter((thread) =>
        createAnalyzer({ register })
          .analyze('Hi Sam,\nThe revised schedule is attached, with the costs broken down by month.\nBest,\nAlex', { thread })
          .findings.some((f) => f.category === 'missing-acknowledgement' && f.suggestions.length > 0),
      );
      // A feeling, an evaluation or a want named in the client's words; not a bare fact (an echo) nor a doubt over an extracted topic.
      expect(offered.length / statements.length, register).toBeGreaterThanOrEqual(0.4);
    }
  });

  it('consecutive reflections open with different frames', () => {
    const thread = "I'm nervous about switching providers. I'm also worried about the monthly fee.";
    for (const register of REGISTERS) {
      const report = createAnalyzer({ register }).analyze('Hi Sam,\nThe plan is attached.\nBest,\nAlex', { thread });
      const cards = report.findings.filter((f) => f.category === 'missing-acknowledgement');
      expect(cards).toHaveLength(2);
      const opening = (text: string) => text.trim().split(/\s+/).slice(0, 2).join(' ');
      expect(opening(cards[0].suggestions[0].text)).not.toBe(opening(cards[1].suggestions[0].text));
    }
  });

  it('a reflection of one worry does not acknowledge another', () => {
    const thread = "I'm nervous about switching providers. I'm also worried about the monthly fee.";
    const report = createAnalyzer().analyze("Hi Sam,\nYou mentioned you're nervous about switching providers.\nBest,\nAlex", { thread });
    expect(report.concerns.map((c) => c.acknowledged)).toEqual([true, false]);
  });

  it('a general "I hear you" still counts for the checklist when no thread is known', () => {
    const report = createAnalyzer().analyze('Hi Sam,\nI hear you, and that is a fair question.\nBest,\nAlex');
    expect(report.checklist.acknowledges.pass).toBe(true);
  });
});

describe('offerableReflections: only what the client said, never a guessed feeling', () => {
  const offer = (text: string, topic: string, kind: 'worry' | 'hesitation' | 'objection' | 'challenge' = 'objection') =>
    offerableReflections({ text, topic, kind }, 'warm');

  it('a voiced worry is said back in its own terms', () => {
    expect(offer("I'm nervous about the solo.", 'the solo', 'worry')).toEqual(["You mentioned you're nervous about the solo."]);
  });
  it('a complaint stated as a fact is not echoed back word for word (it read as redundant in the blind rating)', () => {
    expect(offer('The delivery was late again this month.', 'the delivery')).toEqual([]);
  });
  it("a want in the client's words is said back as theirs", () => {
    expect(offer('We would like to move the install to March.', 'moving the install', 'hesitation')).toEqual([
      "You mentioned you'd like to move the install to March.",
    ]);
  });
  it('a reassurance is not turned into a worry ("Neighbours are fine with it" → "…isn\'t sitting right")', () => {
    for (const r of offer('Neighbours are fine with it, we are all friends.', 'being friends')) expect(r).not.toMatch(/sitting right|concerns|pause|hoping/);
  });
  it('a question is left for the writer to answer: no "You asked…"', () => {
    expect(offer('Can you do the service at the same time?', 'the service', 'hesitation')).toEqual([]);
  });
  it('never a fragment where the topic should be ("not sure about to see")', () => {
    for (const r of offer("honestly I'm not sure about to see it", 'to see', 'hesitation')) expect(r).not.toMatch(/about to\b/);
  });
});

describe('a doubt said back whole', () => {
  it('"I\'m not sure this plan is right for us." becomes "You mentioned you\'re not sure this plan is right for you."', () => {
    expect(offerableReflections({ text: "I'm not sure this plan is right for us.", topic: 'this plan', kind: 'hesitation' }, 'warm')).toEqual([
      "You mentioned you're not sure this plan is right for you.",
    ]);
  });
  it('a doubt over a bare topic ("not sure about yesterday") is not said back', () => {
    expect(offerableReflections({ text: 'Not sure about yesterday tbh.', topic: 'yesterday', kind: 'hesitation' }, 'warm')).toEqual([]);
  });
});
