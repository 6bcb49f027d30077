// In-place pressure rewrites read as a person would write them: each case is a sentence shape whose
// one-click fix used to leave broken text ("It would help to hear from you the discount", "The
// window."). The fix applied must equal a sentence written by hand and raise no pressure finding.
// Sentences are written for these tests, not taken from any data set.
import { describe, expect, it } from 'vitest';
import type { Register } from '../../../../src/engine/types';
import { rulePressureIn } from './rule-pressure';

const pressureIn = (text: string) => rulePressureIn(text, 'warm');

/** The sentence with the first suggestion of `rule`'s finding applied. */
function fixed(sentence: string, rule: string, register: Register = 'warm'): string {
  const finding = rulePressureIn(sentence, register).find((f) => f.rule === `pressure/${rule}`);
  expect(finding, `${rule} should flag: ${sentence}`).toBeDefined();
  const s = finding!.suggestions[0];
  expect(s, `${rule} should offer a rewrite: ${sentence}`).toBeDefined();
  return sentence.slice(0, s.start) + s.text + sentence.slice(s.end);
}

/** Each row: [sentence, warm fix, formal fix]. */
function expectFixes(rule: string, rows: [string, string, string][]) {
  for (const [sentence, warm, formal] of rows) {
    expect(fixed(sentence, rule, 'warm')).toBe(warm);
    expect(fixed(sentence, rule, 'formal')).toBe(formal);
    expect(pressureIn(warm).map((f) => f.rule)).toEqual([]);
    expect(pressureIn(formal).map((f) => f.rule)).toEqual([]);
  }
}

describe('urgency rewrites keep what was asked for', () => {
  it('a demanded document or decision stays named', () => {
    expectFixes('urgency-deadline-demand', [
      [
        'I need the signed lease back by Tuesday.',
        'It would help to have the signed copy back by Tuesday.',
        'It would be helpful to have the signed copy back by Tuesday.',
      ],
      [
        'We will need your decision before the 9th.',
        'It would help to have your decision before the 9th.',
        'It would be helpful to have your decision before the 9th.',
      ],
      [
        'I need the receipts by the end of the month.',
        'It would help to have the receipts by the end of the month.',
        'It would be helpful to have the receipts by the end of the month.',
      ],
    ]);
  });

  it('"can only hold X until" keeps X and its date, without the squeeze', () => {
    expectFixes('urgency-deadline-demand', [
      [
        'We can only hold the corner plot until the 3rd.',
        "We're able to hold the corner plot until the 3rd.",
        'We are able to hold the corner plot until the 3rd.',
      ],
      ['I can only offer this fee until the spring.', "I'm able to offer this fee until the spring.", 'I am able to offer this fee until the spring.'],
    ]);
  });
});

describe('scarcity rewrites keep the sentence whole', () => {
  it('a removed phrase that carried the verb is replaced, not deleted', () => {
    expectFixes('urgency-scarcity', [
      ['Rooms like these are gone within a day.', 'Rooms like these are popular.', 'Rooms like these are popular.'],
      ['The workshop is already 70% subscribed.', 'The workshop is well subscribed.', 'The workshop is well subscribed.'],
      ['Seats at this price will be snapped up in a few days.', 'Seats at this price will likely be popular.', 'Seats at this price will likely be popular.'],
      ['Bookings are first come, first served.', 'Bookings are allocated in order of request.', 'Bookings are allocated in order of request.'],
    ]);
  });

  it('"won\'t last" agrees with a plural subject', () => {
    expectFixes('urgency-scarcity', [
      [
        "Fixed rates like these won't last long.",
        'Fixed rates like these may not be available indefinitely.',
        'Fixed rates like these may not be available indefinitely.',
      ],
    ]);
  });
});

describe('act-now rewrites keep a verb and the facts', () => {
  it('"the time to X is now" does not lose its verb', () => {
    expectFixes('urgency-act-now', [
      [
        'Fees go up in April, so the time to commit is now.',
        'Fees go up in April, so this could be a good time.',
        'Fees go up in April, so this may be a good time.',
      ],
    ]);
  });

  it('"I\'d hate for you to lose / waste / miss X" keeps X', () => {
    expectFixes('urgency-act-now', [
      [
        "I'd hate for you to lose the progress on your squat.",
        "I'd like to help you keep the progress on your squat.",
        'I would like to help you keep the progress on your squat.',
      ],
      [
        "I'd hate for you to waste the groundwork we've done.",
        "I'd like to help you make the most of the groundwork we've done.",
        "I would like to help you make the most of the groundwork we've done.",
      ],
      [
        "I'd hate for you to miss the enrolment date.",
        'I want to make sure you know about the enrolment date.',
        'I want to ensure you are aware of the enrolment date.',
      ],
    ]);
  });

  it('phrases that were the whole clause are replaced, not deleted', () => {
    expectFixes('urgency-act-now', [
      ["There's no time to lose with the planning appeal.", 'Timing matters with the planning appeal.', 'Timing matters with the planning appeal.'],
      [
        "We're running out of time on the grant application.",
        "There's a timeline to keep in mind on the grant application.",
        'There is a timeline to keep in mind on the grant application.',
      ],
      [
        'The longer you wait, the harder the damp gets to fix.',
        "The longer it's left, the harder the damp gets to fix.",
        'The longer it is left, the harder the damp gets to fix.',
      ],
      ["I'd strike while the iron is hot.", "I'd consider it while the timing is good.", "I'd consider it while the timing is favourable."],
    ]);
  });
});

describe('dismissal and defensiveness rewrites keep the subject and its verb', () => {
  it('"X is easy, though" keeps X with a verb', () => {
    expectFixes('dismissal-its-simple', [
      [
        'The VAT return is easy, though; we file dozens a month.',
        'The VAT return should be manageable, and I can walk you through it, though; we file dozens a month.',
        'The VAT return should be manageable, and I am glad to guide you through it, though; we file dozens a month.',
      ],
    ]);
  });

  it('"it\'s only a small X Y" keeps the whole noun phrase together', () => {
    expectFixes('dismissal-its-simple', [
      [
        "It's only a minor wording change.",
        "I know it still matters, but it's a minor wording change.",
        'I appreciate it still matters, but it is a minor wording change.',
      ],
    ]);
  });

  it('"I\'m the one who\'s been / with" becomes a plain statement of fact', () => {
    expectFixes('defensiveness-im-the-expert', [
      ["I'm the one who's been handling your claims since 2019.", "I've been handling your claims since 2019.", 'I have been handling your claims since 2019.'],
      ["I'm the one with the surveying licence.", 'I have the surveying licence.', 'I have the surveying licence.'],
    ]);
  });

  it('a taken-personally phrase after "It\'s" or at the start of the sentence still reads', () => {
    expectFixes('defensiveness-taken-personally', [
      [
        "It's tiring when you keep questioning the quotes.",
        "It's natural to have questions about this, and I'm glad to explain my reasoning.",
        "It's natural to have questions about this, and I am glad to explain my reasoning.",
      ],
      [
        "Whatever you've read online, the bond ladder is sound.",
        "With what you've read in mind, the bond ladder is sound.",
        'With what you have read in mind, the bond ladder is sound.',
      ],
    ]);
  });
});

describe('defensive openers replaced by a verb that still leads into the rest', () => {
  it('"I don\'t appreciate / resent / take exception to X" keeps X as an object', () => {
    expectFixes('defensiveness-with-respect', [
      [
        "I don't appreciate the wording of your review.",
        "I'd like to talk about the wording of your review.",
        'I would like to discuss the wording of your review.',
      ],
      [
        'I resent the claim that the survey was rushed.',
        "I'd like to clear up the claim that the survey was rushed.",
        'I would like to clarify the claim that the survey was rushed.',
      ],
      [
        'I take exception to the comments about my team.',
        "I'd like to respond to the comments about my team.",
        'I would like to respond to the comments about my team.',
      ],
    ]);
  });

  it('"what else you want me to", "not going to chase", "not my fault" keep what follows', () => {
    expectFixes('defensiveness-why-you-keep', [
      [
        "I don't know what else you want me to do about the boiler.",
        "I'd like to understand what you'd like me to do about the boiler.",
        'I would like to understand what you would like me to do about the boiler.',
      ],
      [
        "I'm not going to chase every new trend in the sector.",
        "I'd rather not chase every new trend in the sector.",
        'I would prefer not to chase every new trend in the sector.',
      ],
      [
        "It's not my fault the courier lost the parcel.",
        'I understand the frustration — the courier lost the parcel.',
        'I understand the frustration — the courier lost the parcel.',
      ],
    ]);
  });
});

describe('no-need-to-fret rewrites lead into what the worry is about', () => {
  it('a span ending in "about" keeps its object', () => {
    expectFixes('dismissal-no-need-to-fret', [
      [
        'Quit panicking about the valuation.',
        'It makes sense to think carefully about the valuation.',
        'It is sensible to think carefully about the valuation.',
      ],
      [
        "You shouldn't be so nervous about the interview.",
        'It makes sense to feel unsure about the interview.',
        'It is understandable to feel unsure about the interview.',
      ],
    ]);
  });

  it('a phrase that was the whole clause, or a noun after its determiner, still reads', () => {
    expectFixes('dismissal-no-need-to-fret', [
      [
        'The reminder is automatic, so put it out of your mind.',
        "The reminder is automatic, so I'm happy to handle it.",
        'The reminder is automatic, so I am happy to handle it.',
      ],
      [
        "That worry doesn't apply to a firm your size.",
        'That worry is worth checking against your situation.',
        'That worry is worth reviewing against your situation.',
      ],
    ]);
  });
});

describe('repetition rewrites lead into what was repeated', () => {
  it('"the third time I\'m explaining / telling you X" keeps X', () => {
    expectFixes('repetition-count', [
      ["This is the third time I'm explaining the notice period.", "I'm happy to explain the notice period.", 'I am happy to explain the notice period.'],
      [
        "This is the second time I've told you the car park closes at six.",
        "I'm happy to confirm again that the car park closes at six.",
        'I am happy to confirm again that the car park closes at six.',
      ],
    ]);
  });

  it('"I\'ve told you more than once that X" keeps the that-clause', () => {
    expectFixes('repetition-told-before', [
      [
        'I have told you more than once that the alarm needs servicing.',
        "I'm happy to confirm again that the alarm needs servicing.",
        'I am happy to confirm again that the alarm needs servicing.',
      ],
    ]);
  });
});
