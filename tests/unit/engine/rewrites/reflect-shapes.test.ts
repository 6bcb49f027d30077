// Reflections whose topic has an awkward shape, or whose concern is someone else's view: each must
// read as a sentence a person would write, keep the client's words, add no pressure and still
// acknowledge the concern once inserted. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../../src/engine/index';
import { judgeAcknowledgement } from '../../../../src/engine/concerns';
import { buildReflections, type ReflectableConcern } from '../../../../src/engine/rewrites/reflect';
import { toThirdPerson } from '../../../../src/engine/rewrites/pronouns';
import { fitTopic, reportedWhQuestion } from '../../../../src/engine/rewrites/topic-shape';
import { toWriterView } from '../../../../src/engine/rewrites/pronouns';
import type { Register } from '../../../../src/engine/types';

const both = (c: ReflectableConcern, register: Register = 'warm') => {
  const r = buildReflections(c, register);
  return `${r.simple} ${r.complex}`;
};

describe('a view the client reports from someone else', () => {
  const husband: ReflectableConcern = {
    text: 'My husband thinks we should hold off until the spring.',
    topic: 'holding off until the spring',
    kind: 'challenge',
  };
  const lawyer: ReflectableConcern = { text: 'My lawyer says the indemnity clause is too broad.', topic: 'the indemnity clause', kind: 'objection' };
  const read: ReflectableConcern = { text: "I've heard that variable rates are about to drop.", topic: 'variable rates', kind: 'challenge' };

  it('reflects the holder’s preference, not a worry of the client’s', () => {
    const r = buildReflections(husband, 'warm');
    expect(r.simple).toBe('You mentioned your husband would rather hold off until the spring.');
    expect(r.complex).toMatch(/your husband's view matters/);
    expect(both(husband)).not.toMatch(/concerns about|worried/);
  });

  it('keeps what the holder said, with the verb the client used', () => {
    expect(buildReflections(lawyer, 'warm').simple).toBe('You mentioned your lawyer says the indemnity clause is too broad.');
    expect(buildReflections(read, 'warm').simple).toBe("You mentioned you've heard that variable rates are about to drop.");
  });

  it('is not used when the client shares the view ("my wife and I think…") or asks', () => {
    const own: ReflectableConcern = { text: 'My wife and I think the premium is too high.', topic: 'the premium', kind: 'objection' };
    expect(both(own)).not.toMatch(/your wife/);
    const asked: ReflectableConcern = { text: 'My partner thinks we should wait — should we?', topic: 'waiting', kind: 'challenge' };
    expect(both(asked)).not.toMatch(/your partner would rather/);
  });
});

describe('topics that would not fit the frame as cut', () => {
  it('a "not <doing>" the client lacks is not something they avoid', () => {
    const c: ReflectableConcern = {
      text: "I don't fully understand how the exit fees work.",
      topic: 'not understanding how the exit fees work',
      kind: 'hesitation',
    };
    expect(both(c)).not.toMatch(/avoid/);
    expect(buildReflections(c, 'warm').simple).toBe("You mentioned you'd like a clearer picture of how the exit fees work.");
    const lose: ReflectableConcern = {
      text: "I don't want to lose the discount we negotiated.",
      topic: 'not losing the discount we negotiated',
      kind: 'hesitation',
    };
    expect(buildReflections(lose, 'warm').simple).toMatch(/rather avoid losing the discount you negotiated/);
  });

  it('drops a dangling "and see" from a gerund topic', () => {
    const c: ReflectableConcern = {
      text: "I'm thinking we hold off a quarter and see how sales go.",
      topic: 'holding off a quarter and see',
      kind: 'hesitation',
    };
    expect(both(c)).toMatch(/holding off a quarter\b/);
    expect(both(c)).not.toMatch(/and see/);
  });

  it('gives "the committee comfortable with it" its verb, and quotes less when a wrong verb is already there', () => {
    expect(fitTopic('the committee comfortable with it')).toEqual({ ok: true, topic: 'getting the committee comfortable with it' });
    expect(fitTopic('staging the committee comfortable with it').ok).toBe(false);
  });

  it('a topic with nothing of its own ("doing the same thing", "it") reports the question or the statement instead', () => {
    const why: ReflectableConcern = { text: 'Why do we have to keep repeating the same drill?', topic: 'doing the same thing', kind: 'challenge' };
    const r = buildReflections(why, 'warm');
    expect(r.simple).toBe("You asked why you're being asked to keep repeating the same drill.");
    expect(r.complex).toMatch(/understand why you're being asked to keep repeating the same drill\.$/);
    const dread: ReflectableConcern = { text: 'The first two workshops dragged and I dread the next one.', topic: 'the next one', kind: 'worry' };
    expect(buildReflections(dread, 'warm').simple).toBe('You mentioned the first two workshops dragged and you dread the next one.');
  });

  it('names a bare singular with its article, and a feeling noun gives way to its object', () => {
    expect(fitTopic('way to settle this out of court')).toEqual({ ok: true, topic: 'a way to settle this out of court' });
    expect(fitTopic('anxiety about the scan results')).toEqual({ ok: true, topic: 'the scan results' });
  });

  it('a request is reflected as what the client would like', () => {
    const c: ReflectableConcern = { text: 'I want to talk to someone more senior.', topic: 'talking to someone more senior', kind: 'objection' };
    expect(buildReflections(c, 'warm').simple).toMatch(/you'd like to talk to someone more senior\.$/);
    expect(buildReflections(c, 'formal').simple).toMatch(/you would like to talk to someone more senior\.$/);
  });

  it('reports wh-questions in statement order, pronouns turned', () => {
    expect(reportedWhQuestion("Why don't you ever mention the exit fee?", toWriterView)).toBe("why I don't ever mention the exit fee");
    expect(reportedWhQuestion('How is this taking so long?', toWriterView)).toBe('how this is taking so long');
    expect(reportedWhQuestion('Why did you change it?', toWriterView)).toBe('');
    expect(reportedWhQuestion('What exactly have you been doing about it?', toWriterView)).toBe('what I have been doing about it');
  });

  it('a question about the client\u2019s own step, with a topic cut badly, is reported whole', () => {
    const c: ReflectableConcern = { text: 'Could we stagger it?', topic: 'staggering the committee comfortable with it', kind: 'hesitation' };
    expect(buildReflections(c, 'warm').simple).toBe('You asked whether you could stagger it.');
  });
});

describe('every shaped reflection reads calmly and still acknowledges', () => {
  const concerns: ReflectableConcern[] = [
    { text: 'My husband thinks we should hold off until the spring.', topic: 'holding off until the spring', kind: 'challenge' },
    { text: 'My lawyer says the indemnity clause is too broad.', topic: 'the indemnity clause', kind: 'objection' },
    { text: "I've heard that variable rates are about to drop.", topic: 'variable rates', kind: 'challenge' },
    { text: "I don't fully understand how the exit fees work.", topic: 'not understanding how the exit fees work', kind: 'hesitation' },
    { text: 'Why do we have to keep repeating the same drill?', topic: 'doing the same thing', kind: 'challenge' },
    { text: 'The first two workshops dragged and I dread the next one.', topic: 'the next one', kind: 'worry' },
    { text: 'I want to talk to someone more senior.', topic: 'talking to someone more senior', kind: 'objection' },
    { text: "I'm thinking we hold off a quarter and see how sales go.", topic: 'holding off a quarter and see', kind: 'hesitation' },
  ];
  for (const register of ['warm', 'formal'] as Register[]) {
    it(`${register}: no pressure, acknowledged, one sentence each`, () => {
      const analyzer = createAnalyzer({ register });
      for (const c of concerns) {
        for (const text of buildReflections(c, register)) {
          expect(
            analyzer.analyze(text).findings.filter((f) => f.category === 'pressure'),
            text,
          ).toEqual([]);
          const [judged] = judgeAcknowledgement([{ ...c, topic: c.topic }], [{ start: 0, end: text.length, text, codes: [] }]);
          expect(judged.acknowledged, text).toBe(true);
          expect(text, text).toMatch(/^[A-Z][^.?!]*[.?!]$/u);
        }
      }
    });
  }
});

describe('messages speak of the client in the third person', () => {
  it('turns the client’s pronouns in the topic', () => {
    expect(toThirdPerson('moving my savings')).toBe('moving their savings');
    expect(toThirdPerson("what we've built for our kids")).toBe("what they've built for their kids");
    expect(toThirdPerson('including my home office on your return')).toBe('including their home office on your return');
  });

  it('in the missing-acknowledgement finding', () => {
    const draft = 'Hi Dana,\n\nThe transfer form is attached.\n\nBest,\nLee';
    const report = createAnalyzer().analyze(draft, {
      thread: "I'm anxious about moving my pension before the summer. My brother thinks we should wait until the autumn.",
    });
    const messages = report.findings.filter((f) => f.category === 'missing-acknowledgement').map((f) => f.message);
    expect(messages.join(' ')).toMatch(/moving their pension/);
    expect(messages.join(' ')).not.toMatch(/concern about moving my pension/);
    expect(messages.join(' ')).toMatch(/what their brother thinks/);
  });
});
