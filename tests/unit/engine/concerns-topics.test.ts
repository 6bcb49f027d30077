// Topic readings that need more than one clause or the sentence before: pronouns resolved to their
// antecedent, a recalled proposal pushed against, an activity named as hard. Sentences written
// for this test, across professions; none from the evaluation data.
import { describe, expect, it } from 'vitest';
import { detectConcerns, judgeAcknowledgement, ruleReadings } from '../../../src/engine/concerns';
import { antecedentBefore, isHardActivityClause, promisedThenDenied, recalledThenObjected } from '../../../src/engine/concerns/across-clauses';
import { buildReflections } from '../../../src/engine/rewrites/reflect';
import type { SentenceReport } from '../../../src/engine/types';

/** The rules' topic of each concern found (the topic shown may be the topic model's pick: concerns/topic-words.test.ts). */
function topics(thread: string): string[] {
  const readings = ruleReadings(thread);
  return detectConcerns(thread).map((c) => readings.find((r) => r.sentence === c.text)?.ruleTopic ?? c.topic);
}

describe('a recalled proposal, then "but": the concern is about the proposal', () => {
  it('"I know you suggested X, but <circumstance>" → X', () => {
    expect(topics('I know you suggested refinancing the van loan, but cash is short until the harvest.')).toEqual(['refinancing the van loan']);
  });
  it('"I keep saying I\'ll X, but…" and "I know I said I\'d X, but…" → X as a gerund', () => {
    expect(topics("I keep saying I'll book the hearing test, but then the week fills up.")).toEqual(['booking the hearing test']);
    expect(topics("I know I said I'd update the staff handbook, but I keep postponing it.")).toEqual(['updating the staff handbook']);
  });
  it('"I know you want me to X, but…" → X as a gerund', () => {
    expect(topics('I know you want me to renew today, but I need to check with my partner.')).toEqual(['renewing today']);
  });
  it('a property of X named after "but it…" is the objection ("it sounds like a lot of paperwork")', () => {
    expect(recalledThenObjected('You recommended a trust for the cottage, but it sounds like a lot of paperwork.')).toBe('a lot of paperwork');
  });
  it('a vague complement ("it\'s a lot", "a big problem") names nothing: X stays', () => {
    expect(recalledThenObjected("You said the retainer was fixed, but it's a lot.")).toBe('the retainer');
    expect(recalledThenObjected('You proposed the Tuesday slot, but that is a big problem.')).toBe('the Tuesday slot');
  });
  it('a reason with its own object of worry is left to the clause rules', () => {
    expect(recalledThenObjected("I know you recommended the bond fund, but I'm nervous about the lock-in period.")).toBeNull();
    expect(topics("I know you recommended the bond fund, but I'm nervous about the lock-in period.")).toEqual(['the lock-in period']);
  });
  it('no recall, no reading', () => {
    expect(recalledThenObjected('The fee is fine, but the contract is long.')).toBeNull();
  });
});

describe('an activity named as hard carries the concern over background clauses', () => {
  it('recognises the shape, not a "something is hard" subject', () => {
    expect(isHardActivityClause('finding a sitter on weekdays is really hard')).toBe(true);
    expect(isHardActivityClause('something is hard')).toBe(false);
    expect(isHardActivityClause('the form is hard')).toBe(false);
  });
  it('picks the gerund phrase over a clause of history', () => {
    expect(topics("We've had the same supplier for six years, and finding a replacement at short notice is difficult.")).toEqual(['finding a replacement']);
  });
});

describe('pronoun objects resolved to their antecedent', () => {
  it('the nearest thing earlier in the same sentence, cut before a time phrase', () => {
    expect(antecedentBefore("We've had the premium bundle for two years, and I doubt we watch ")).toBe('the premium bundle');
    expect(topics("We've had the premium bundle for two years, and I'm not sure we watch most of it.")).toEqual(['watching most of the premium bundle']);
  });
  it('never people, a span of time or an amount', () => {
    expect(antecedentBefore('My accountant spent a week on ')).toBeNull();
    expect(antecedentBefore('We made a fortune on ')).toBeNull();
  });
  it('"doing it" after a proposed action is that action', () => {
    const t = topics("You suggested moving the launch to spring, but the board meets in March. I don't think we can do it.");
    expect(t[1]).toBe(t[0]);
    expect(t[0]).toMatch(/^moving the launch\b/);
  });
  // KNOWN GAP of the learned judgement (2026-12): listed in the closing note; it.fails turns red once it passes.
  it.fails('"putting it off" is about the thing put off', () => {
    expect(topics('My physio suggested a gait assessment. I keep putting it off.')).toEqual(['a gait assessment']);
  });
  it("with no antecedent at all, the client's words stay", () => {
    expect(topics("Why don't you ever mention it?")).toEqual(['mentioning it']);
  });
  it('a phrase inside the topic itself is not what its "it" means', () => {
    expect(topics("I'm not sure we can get the committee comfortable with it.")).toEqual(['getting the committee comfortable with it']);
  });
  it('an earlier topic that still leans on a pronoun is no antecedent', () => {
    expect(topics("I'm not sure we can get the committee comfortable with it. Could we stage it?")[1]).toBe('staging it');
  });
  it('"this"/"that" as a degree word is not a pronoun object', () => {
    expect(topics('I doubt we can book the venue this late.')).toEqual(['booking the venue this late']);
  });
});

describe('acknowledging a concern that only points back', () => {
  const sentence = (text: string, codes: SentenceReport['codes'] = []): SentenceReport => ({ start: 0, end: text.length, text, codes });
  // KNOWN GAP of the learned judgement (2026-12): listed in the closing note; it.fails turns red once it passes.
  it.fails('what acknowledges the antecedent concern acknowledges "I can\'t do it right now" too', () => {
    const concerns = detectConcerns("I know you suggested hiring a second chef, but wages are stretched. I don't think I can do it right now.");
    expect(concerns).toHaveLength(2);
    const judged = judgeAcknowledgement(concerns, [sentence('It sounds like the wages are already stretched thin.', ['reflection.simple'])]);
    expect(judged.map((c) => c.acknowledged)).toEqual([true, true]);
  });
});

describe('reflections read well on the new topic shapes', () => {
  it('a resolved gerund topic and a property topic fit the frames', () => {
    const [a] = detectConcerns("We've had the premium bundle for two years, and I'm not sure we watch most of it.");
    expect(buildReflections(a).simple).toMatch(/not sure about watching most of the premium bundle\.$/);
    const r = buildReflections({
      text: 'You recommended a trust for the cottage, but it sounds like a lot of paperwork.',
      topic: 'a lot of paperwork',
      kind: 'objection',
    });
    expect(r.simple).toMatch(/a lot of paperwork/);
  });
});

describe('question shapes whose topic is not their grammatical subject', () => {
  it('"Is it odd to X…?" is about X-ing, not about the hedge that follows', () => {
    expect(topics("Is it odd to apply if I'm not sure I want to move?")).toEqual(['applying']);
    expect(topics('Would it be rude to ask for a discount?')).toEqual(['asking for a discount']);
  });
  it('a request for an alternative names the thing in its asked-for state', () => {
    expect(topics('Could the follow-up be online instead?')).toEqual(['the follow-up being online']);
    expect(topics('Can the deposit be split into two payments?')).toEqual(['the deposit being split into two payments']);
  });
});

describe('reported third-party advice is a challenge, its topic the advised action', () => {
  it('"X said I should…", "X told me to…"', () => {
    const a = detectConcerns('My sister says we should just sell the flat.');
    expect(a.map((c) => [c.kind, c.topic])).toEqual([['challenge', 'selling the flat']]);
    const b = detectConcerns('A neighbour told me to wait until the spring.');
    expect(b.map((c) => [c.kind, c.topic])).toEqual([['challenge', 'waiting until the spring']]);
  });
  // KNOWN GAP of the learned judgement (2026-12): listed in the closing note; it.fails turns red once it passes.
  it.fails("the advisor's own advice recalled is not, on its own, a concern", () => {
    expect(detectConcerns('You told me to bring the receipts, so I have them here.')).toEqual([]);
    expect(detectConcerns('You said I should start with the smaller plan.')).toEqual([]);
  });
});

describe('feelings stated as "I feel like I\'m…" are worries about that', () => {
  it('names the verb phrase', () => {
    expect(detectConcerns("I feel like I'm falling behind.").map((c) => [c.kind, c.topic])).toEqual([['worry', 'falling behind']]);
    expect(detectConcerns("Honestly I feel like I'm letting the team down.").map((c) => c.kind)).toEqual(['worry']);
  });
  // KNOWN GAP of the learned judgement (2026-12): listed in the closing note; it.fails turns red once it passes.
  it.fails('a good feeling is not a worry', () => {
    expect(detectConcerns("I feel like I'm finally making progress.")).toEqual([]);
  });
});

describe('refined topics that keep what the sentence is about', () => {
  it('a wait keeps what is waited for', () => {
    expect(topics("I'm still waiting to hear back from the landlord.")).toEqual(['the wait to hear back from the landlord']);
    expect(topics("It's taking so long.")).toEqual(['the wait']);
  });
  it('a figure said of "it" is the cost of the thing before', () => {
    expect(topics("Do we need the extended warranty? It's another $300 a year.")).toEqual(['the extended warranty', 'the cost of the extended warranty']);
    expect(topics("That's an extra £40 a month.")).toEqual(['the extra £40 a month']);
  });
  // KNOWN GAP of the learned judgement (2026-12): listed in the closing note; it.fails turns red once it passes.
  it.fails('"They look cluttered" is the cluttered look of the thing before', () => {
    expect(topics('We reviewed the brochure layouts. They look cluttered.')).toEqual(['the cluttered look of the brochure layouts']);
    expect(topics('I read the report summary. It feels rushed.')).toEqual(['the rushed feel of the report summary']);
  });
});

describe('reflections of these shapes read as a person would write them', () => {
  it('a wait is reflected as the client waiting', () => {
    const [c] = detectConcerns("I'm still waiting to hear back from the landlord.");
    const r = buildReflections(c);
    expect(r.simple).toBe("You mentioned you're still waiting to hear back from the landlord.");
    expect(r.complex).toBe("It sounds like you'd rather not decide while you're still waiting to hear back from the landlord.");
  });
  it('"Is it odd to X?" is not reflected as if X were a request for room', () => {
    const [c] = detectConcerns("Is it odd to apply if I'm not sure I want to move?");
    expect(buildReflections(c).complex).not.toMatch(/give you more room/);
    const [d] = detectConcerns('Could we pause the membership for a month?');
    expect(buildReflections(d).complex).toMatch(/pausing the membership/);
  });
  // KNOWN GAP of the learned judgement (2026-12): listed in the closing note; it.fails turns red once it passes.
  it.fails('a plural topic takes a plural verb in the formal register', () => {
    const r = buildReflections({ text: 'The new logos are not what we hoped for, frankly.', topic: 'the new logos', kind: 'objection' }, 'formal', 1);
    expect(r.complex).toMatch(/the new logos do not sit well/);
  });
});

describe('a promise set against what is said now: the promised thing is the topic', () => {
  it('"X told me I\'d get Y, and now you\'re saying…"', () => {
    expect(promisedThenDenied("The agent promised me I'd get a replacement handset, and now you're saying it's out of stock.")).toBe('a replacement handset');
    expect(topics('Your website told us we would receive free delivery, but now we are being charged $40.')).toEqual(['free delivery']);
  });
  it('a promise alone is no such reading', () => {
    expect(promisedThenDenied("You told me I'd get an answer by Friday.")).toBeNull();
  });
});

describe('odd input never throws', () => {
  const odd = [
    '',
    '😀😀 but it 😀',
    'אני לא בטוח לגבי המחיר, but I know you said it.',
    '<p>I know you suggested <b>the plan</b>, but it&nbsp;is a lot.</p>',
    'I know you said \u0000\u0007 X, but \u001b it.',
    `${'I know you said the plan, but '.repeat(2000)}it is a lot of admin.`,
    `We've had the ${'very '.repeat(5000)}plan, and I'm not sure we use it.`,
    'Is it odd to ' + 'x '.repeat(50_000) + '?',
  ];
  it.each(odd.map((t) => [t.slice(0, 40), t]))('%s', (_, thread) => {
    expect(() => detectConcerns(thread)).not.toThrow();
    expect(() => recalledThenObjected(thread)).not.toThrow();
    expect(() => antecedentBefore(thread)).not.toThrow();
    for (const c of detectConcerns(thread)) expect(() => buildReflections(c)).not.toThrow();
  });
});

describe('what someone said or left unsaid', () => {
  // KNOWN GAP of the learned judgement (2026-12): listed in the closing note; it.fails turns red once it passes.
  it.fails('any subject that "suggested" or "told" speaks: what was said is the topic', () => {
    expect(topics('My physio suggested a gait assessment. Is that really necessary?')).toEqual(['a gait assessment']);
  });
  it('"Nobody told us there would be X" is about X', () => {
    expect(topics('Nobody told us there would be a cleaning fee.')).toEqual(['a cleaning fee']);
  });
  it('an existential names its thing', () => {
    expect(topics('There are too many forms in the sign-up process.')).toEqual(['too many forms in the sign-up process']);
  });
});

describe('negated states are not avoidances', () => {
  it('"not comfortable <doing>" is about the doing', () => {
    expect(topics("I'm not comfortable sharing our payroll data with a new vendor.")).toEqual(['sharing our payroll data with a new vendor']);
  });
  it('"maybe I\'m not X" is reflected as a doubt about being X', () => {
    const [c] = detectConcerns("Maybe I'm just not a natural salesperson.");
    const r = buildReflections(c);
    expect(r.simple).toMatch(/wondering whether you're a natural salesperson\.$/);
    expect(r.complex).not.toMatch(/avoid/);
  });
  it('"not being able to afford it" is a worry, never "what you most want to avoid"', () => {
    const r = buildReflections({ text: "I'm frightened I won't be able to afford it.", topic: 'not being able to afford it', kind: 'worry' });
    expect(r.complex).not.toMatch(/avoid/);
    expect(buildReflections({ text: "I don't want to lose the clients we have.", topic: 'not losing the clients we have', kind: 'hesitation' }).simple).toMatch(
      /rather avoid losing the clients you have/,
    );
  });
});

describe('a fear word echoed back acknowledges the one concern that voiced a fear', () => {
  const sentence = (text: string, codes: SentenceReport['codes'] = []): SentenceReport => ({ start: 0, end: text.length, text, codes });
  const echo = sentence("After last winter's outage, it would be strange if you weren't nervous.", ['reflection.complex']);
  // KNOWN GAP of the learned judgement (2026-12): listed in the closing note; it.fails turns red once it passes.
  it.fails('one fearful concern: the echo acknowledges it, and only it', () => {
    const concerns = detectConcerns("I'm nervous about the cutover weekend. Also, can the invoice go to our Leeds office?");
    const judged = judgeAcknowledgement(concerns, [echo]);
    expect(judged[0]!.acknowledged).toBe(true);
    expect(judged.slice(1).every((c) => !c.acknowledged)).toBe(true);
  });
  // KNOWN GAP of the learned judgement (2026-12): listed in the closing note; it.fails turns red once it passes.
  it.fails('two fearful concerns: the echo alone cannot tell which, so neither is ticked off', () => {
    const concerns = detectConcerns("I'm nervous about the cutover weekend. I'm also worried about the new invoicing module.");
    expect(concerns).toHaveLength(2);
    expect(judgeAcknowledgement(concerns, [echo]).map((c) => c.acknowledged)).toEqual([false, false]);
  });
});

describe('an open question about the very thing they raised takes it up', () => {
  const sentence = (text: string, codes: SentenceReport['codes']): SentenceReport => ({ start: 0, end: text.length, text, codes });
  const concerns = () => detectConcerns("I don't really get how the tiered pricing works.");
  it('an open question naming the topic acknowledges it', () => {
    const asked = sentence('What part of the tiered pricing would you like me to walk through first?', ['question.open']);
    expect(judgeAcknowledgement(concerns(), [asked])[0]!.acknowledged).toBe(true);
  });
  // KNOWN GAP of the learned judgement (2026-12): listed in the closing note; it.fails turns red once it passes.
  it.fails('a closed question on it, or an open one about something else, does not', () => {
    const closed = sentence('Shall I send the tiered pricing sheet again?', ['question.closed']);
    const elsewhere = sentence('What does your team need from the onboarding?', ['question.open']);
    expect(judgeAcknowledgement(concerns(), [closed, elsewhere])[0]!.acknowledged).toBe(false);
  });
});

describe('not following something is a concern, reflected as wanting clarity', () => {
  // KNOWN GAP of the learned judgement (2026-12): listed in the closing note; it.fails turns red once it passes.
  it.fails('"don\'t get how", "don\'t follow", "don\'t see the point of" are concerns; "I get it" is not', () => {
    expect(topics("I don't really get how the tiered pricing works.")).toEqual(['not getting how the tiered pricing works']);
    expect(topics("I don't follow the new billing rules.")).toEqual(['not following the new billing rules']);
    expect(topics("I don't see the point of another survey.")).toEqual(['not seeing the point of another survey']);
    expect(topics('I get how the tiered pricing works now.')).toEqual([]);
  });
  it('the reflections ask for clarity or name the doubt about its worth, never "concerns about not getting…"', () => {
    const reflect = (thread: string) => [...buildReflections(detectConcerns(thread)[0]!, 'warm')];
    expect(reflect("I don't really get how the tiered pricing works.")).toEqual([
      "You mentioned you'd like a clearer picture of how the tiered pricing works.",
      "It sounds like you'd like more clarity on how the tiered pricing works before deciding.",
    ]);
    expect(reflect("I don't see the point of another survey.")).toEqual([
      "You mentioned you're not sure what another survey would add.",
      "It sounds like you're not convinced another survey is worth your time.",
    ]);
  });
});

describe('under-use and weighty commitments are objections, said back as the client put them', () => {
  // KNOWN GAP of the learned judgement (2026-12): listed in the closing note; it.fails turns red once it passes.
  it.fails('"barely use", "feels like a long commitment" are concerns', () => {
    expect(topics('We barely use the scheduling module.')).toEqual(['using the scheduling module']);
    expect(detectConcerns('Two years feels like a long commitment for a small studio.')).toHaveLength(1);
    expect(topics('It was a big step for us, and it paid off.')).toEqual([]);
  });
  it('the reflection keeps "barely" rather than inverting it into "concerns about using…"', () => {
    const [simple] = buildReflections(detectConcerns('We barely use the scheduling module.')[0]!, 'warm');
    expect(simple).toBe('You mentioned you barely use the scheduling module.');
  });
});
