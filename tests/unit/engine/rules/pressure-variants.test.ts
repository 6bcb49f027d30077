// Surface variants the pressure rules must read the same way: contractions and their expansions,
// curly apostrophes, hedges between subject and verb, a phrase that does not end the sentence,
// statements with a tag question, and negated obligations. Sentences written for this test
// (not taken from the evaluation data or the paraphrase fixtures); each line is one kind of failure
// the rules used to have, so a regression names the kind.
import { describe, expect, it } from 'vitest';
import { runRules } from '../../../../src/engine/rules/rule';
import type { PressureKind } from '../../../../src/engine/types';

const kindsIn = (text: string) =>
  runRules(text, 'warm', 'standard')
    .filter((m) => (m.category ?? 'pressure') === 'pressure')
    .map((m) => m.kind);

const FLAG: [PressureKind, string][] = [
  // contractions and their expansions
  ['repetition', 'You should’ve flagged the second account at the start.'],
  ['repetition', 'You could have told us about the extension earlier.'],
  ['certainty', 'There is no doubt the tracker fund suits you best.'],
  ['urgency', 'We cannot afford to sit on this any longer.'],
  ['ultimatum', 'The completion date is non negotiable.'],
  ['ultimatum', 'Turn the quote down and you will not get another like it.'],
  ['defensiveness', 'I am not sure why you keep doubting the valuation.'],
  ['directive', 'Your side is going to have to sign off the revised scope.'],
  // hedges between subject and verb
  ['directive', 'You honestly must pick a supplier this quarter.'],
  ['defensiveness', 'I just don’t need to justify the fee structure.'],
  ['defensiveness', 'I really do know what I’m talking about here.'],
  ['ultimatum', 'You just have no choice but to move to the new platform.'],
  ['ultimatum', 'I honestly won’t be able to keep the slot if you don’t confirm.'],
  // the phrase mid-sentence, not at the end
  ['ultimatum', 'There’s no alternative unless you accept the shorter term.'],
  ['urgency', 'Please return the form no later than Tuesday at the very latest.'],
  ['repetition', 'If you had signed when we advised, you would have the lower rate.'],
  // a statement with a tag question is still a statement
  ['certainty', 'The choice is pretty obvious, isn’t it?'],
  // a request put as a question still hurries
  ['urgency', 'Could you get the signed copy back to me ASAP?'],
];

const PASS: string[] = [
  // negated obligations govern the time phrase or order after them
  'You don’t have to decide right away.',
  'There’s no need to send anything immediately.',
  'You don’t really need to reply straight away, the quote holds for a month.',
  // the writer’s own promptness
  'I’ll call you first thing tomorrow with the figures.',
  'I will get the revised draft to you by Friday at the latest.',
  // questions that ask, not hurry
  'Do you need the documents urgently?',
  'Would you like us to start right away?',
  // a tag on a plain fact
  'The meeting is at ten, right?',
  // look-alikes of the widened families
  'The lease will pass to your son when the time comes.',
  'If the parcel hasn’t arrived by Friday, I can’t say why, but I will chase it.',
  'There’s no option if you’d like to pay in cash, but a card works fine.',
];

describe('pressure rules read surface variants the same way', () => {
  for (const [kind, text] of FLAG) {
    it(`flags ${kind}: ${text}`, () => {
      expect(kindsIn(text)).toContain(kind);
    });
  }
  for (const text of PASS) {
    it(`passes: ${text}`, () => {
      expect(kindsIn(text)).toEqual([]);
    });
  }
});
