// The gate every suggestion passes before it is offered: each case is a rewrite of a kind the
// round-6 blind rating scored 1 (wording written for this test, not the rated drafts), beside a
// clean rewrite of the same sentence that must pass.
import { describe, expect, it } from 'vitest';
import { gateSuggestions, type GateReason } from '../../../../src/engine/rewrites/gate';
import type { Finding } from '../../../../src/engine/types';

/** Offers `replacement` for `target` inside `draft`; returns why the gate withheld it, or null when it passed. */
function verdict(draft: string, target: string, replacement: string): GateReason | null {
  const start = draft.indexOf(target);
  expect(start).toBeGreaterThanOrEqual(0);
  const finding: Finding = {
    id: 'test',
    rule: 'pressure/test',
    category: 'pressure',
    start,
    end: start + target.length,
    message: 'test',
    suggestions: [{ start, end: start + target.length, text: replacement }],
  };
  const withheld = new Map<string, number>();
  const [kept] = gateSuggestions([finding], { draft, isPressure: () => false }, withheld);
  return kept.suggestions.length ? null : ([...withheld.keys()][0] as GateReason);
}

describe('the gate withholds broken seams', () => {
  it('a preposition left before a comma', () => {
    const draft = 'This is the fourth time I have asked, so please send the lease today.';
    expect(verdict(draft, 'I have asked', "I'm following up on")).toBe('broken-seam');
    expect(verdict(draft, 'I have asked', "I'm following up")).not.toBe('broken-seam');
  });

  it('a tail after a colon that opens a list', () => {
    const draft = "Two things I'd try this month, if they suit you:\n- a shorter walk\n- an earlier dinner";
    const line = "Two things I'd try this month, if they suit you:";
    expect(verdict(draft, line, `${line} — but it's your decision`)).toBe('broken-seam');
    expect(verdict(draft, line, `${line}, it's your call`)).toBe('broken-seam');
  });

  it('a clause pasted after "about"', () => {
    const draft = 'Thanks for your note.';
    expect(verdict(draft, 'Thanks for your note.', "It sounds like you're worried about he's ready for the exam. Thanks for your note.")).toBe('broken-seam');
    expect(verdict(draft, 'Thanks for your note.', "It sounds like you're worried about the exam. Thanks for your note.")).not.toBe('broken-seam');
  });

  it('a reflection that ends on a possessive or pastes a clause after "about"', () => {
    const draft = 'We can send the bailiff letter on Monday.';
    expect(verdict(draft, '', "I hear that you're scared about they'll send the bailiffs. ")).toBe('broken-seam');
    expect(verdict(draft, '', "It sounds like you're worried about chasing nobody's\n")).toBe('broken-seam');
    expect(verdict(draft, '', "It sounds like you're worried about the bailiffs. ")).not.toBe('broken-seam');
  });

  it('an aside cut with one of its two commas', () => {
    const draft = 'The surveyor, frankly, is not the one paying the mortgage.';
    expect(verdict(draft, 'frankly, ', '')).toBe('broken-seam');
    expect(verdict(draft, ', frankly,', '')).not.toBe('broken-seam');
    // Rules rewrite the whole sentence: the same cut, seen as a sentence replaced.
    expect(verdict(draft, draft, 'The surveyor, is not the one paying the mortgage.')).toBe('broken-seam');
    expect(verdict(draft, draft, 'The surveyor is not the one paying the mortgage.')).not.toBe('broken-seam');
  });

  it('"would mean" before a conjunction, and "one option is to" before an adverb', () => {
    const draft = "If you skip the survey you'll void the warranty, and if the roof leaks that's your problem.";
    expect(verdict(draft, draft, "Skipping the survey you'll void the warranty would mean and if the roof leaks that would be yours.")).toBe('broken-seam');
    const formal = 'We must therefore insist that the signed forms reach us by 4 March.';
    expect(verdict(formal, 'We must', 'One option is to')).toBe('broken-seam');
  });

  it('a reporting frame cut so the sentence goes on from where it was said', () => {
    const draft = 'Sorry, and I did mention on the call that the van comes at eight.';
    expect(verdict(draft, 'I did mention ', '')).toBe('broken-seam');
    expect(verdict(draft, 'I did mention on the call that ', '')).not.toBe('broken-seam');
    const chat = 'and I did mention on the call that the van comes at eight';
    expect(verdict(chat, chat, 'And on the call that the van comes at eight.')).toBe('broken-seam');
    const whole = 'As I explained at the viewing, the boiler is twelve years old.';
    expect(verdict(whole, whole, 'At the viewing, the boiler is twelve years old.')).toBe('broken-seam');
    expect(verdict(whole, whole, 'The boiler is twelve years old.')).not.toBe('broken-seam');
  });
});

describe('the gate withholds a tangled infinitive', () => {
  it('"I\'d expect the letter to go out" made "It would help to have the letter to go out"', () => {
    const draft = "I'd expect the signed letter to go out before Monday.";
    expect(verdict(draft, draft, 'It would help to have the signed letter to go out before Monday.')).toBe('broken-seam');
    expect(verdict(draft, draft, 'It would help to have the signed letter before Monday.')).not.toBe('broken-seam');
  });
});

describe('the gate withholds half a comparison', () => {
  it('"aren\'t as big as they look" softened to "can feel big as they look"', () => {
    const draft = "The repairs honestly aren't as big as they look in the photos.";
    expect(verdict(draft, "aren't as big", 'can feel big')).toBe('broken-seam');
    expect(verdict(draft, "aren't as big", 'may not be as big')).not.toBe('broken-seam');
  });
});

describe('the gate withholds a requirement made to sound optional', () => {
  it('"You need to send the police report" is not "You could send the police report"', () => {
    const draft = 'You need to send the police report before we can open the claim.';
    expect(verdict(draft, 'You need to', 'You could')).toBe('requirement-softened');
    expect(verdict(draft, 'You need to', 'Please')).not.toBe('requirement-softened');
    const push = 'You need to sign the renewal today.';
    expect(verdict(push, 'You need to', 'You could')).not.toBe('requirement-softened');
  });
});

describe('the gate withholds contradictions', () => {
  it('"no rush" beside the scarcity it keeps', () => {
    const draft = "Only 3 pitches left though, so I wouldn't wait.";
    expect(verdict(draft, "I wouldn't wait", "there's no rush")).toBe('deadline-contradicted');
    const plain = "The pitch is yours, so I wouldn't wait.";
    expect(verdict(plain, "I wouldn't wait", "there's no rush")).not.toBe('deadline-contradicted');
  });
});
