// Sentence codes: every cue set's own examples, the taxonomy's examples, and odd input.
import { describe, expect, it } from 'vitest';
import { codeSentence } from '../../../src/engine/codes';
import type { CueSet } from '../../../src/engine/codes/cue';
import { RECOMMENDATION } from '../../../src/engine/codes/advice';
import { AFFIRMATION } from '../../../src/engine/codes/affirmation';
import { AUTONOMY } from '../../../src/engine/codes/autonomy';
import { OTHER } from '../../../src/engine/codes/other';
import { PERMISSION } from '../../../src/engine/codes/permission';
import { CLOSED_QUESTION, OPEN_INVITATION, OPEN_QUESTION, UNMARKED_QUESTION } from '../../../src/engine/codes/question';
import { COMPLEX_REFLECTION, REFLECTION, REFLECTION_WITH_ANSWER } from '../../../src/engine/codes/reflection';
import type { SentenceCode } from '../../../src/engine/types';

const code = (text: string) => codeSentence(text, { pressured: false });

function carries(codes: SentenceCode[], wanted: CueSet['code']): boolean {
  if (wanted === 'reflection') return codes.some((c) => c.startsWith('reflection.'));
  if (wanted === 'question') return codes.some((c) => c.startsWith('question.'));
  return codes.includes(wanted);
}

const CUE_SETS: Record<string, CueSet> = {
  OPEN_INVITATION,
  OPEN_QUESTION,
  CLOSED_QUESTION,
  UNMARKED_QUESTION,
  PERMISSION,
  AUTONOMY,
  AFFIRMATION,
  REFLECTION,
  COMPLEX_REFLECTION,
  REFLECTION_WITH_ANSWER,
  OTHER,
  RECOMMENDATION,
};

describe('cue sets: their own examples', () => {
  for (const [name, set] of Object.entries(CUE_SETS)) {
    describe(name, () => {
      it.each(set.examples.coded)(`codes %j as ${set.code}`, (text) => {
        expect(carries(code(text), set.code), JSON.stringify(code(text))).toBe(true);
      });
      it.each(set.examples.notCoded)(`does not code %j as ${set.code}`, (text) => {
        expect(carries(code(text), set.code), JSON.stringify(code(text))).toBe(false);
      });
    });
  }
});

describe('the taxonomy examples', () => {
  const table: [string, SentenceCode[]][] = [
    ['What matters most to you in this decision?', ['question.open']],
    ['How did the first week feel?', ['question.open']],
    ['Tell me more about the budget worries.', ['question.open']],
    ['Do you have any concerns?', ['question.closed']],
    ['Can we meet Tuesday?', ['question.closed']],
    ['Is that OK?', ['question.closed']],
    ['You mentioned the timeline feels tight.', ['reflection.simple']],
    ['So the price is the sticking point.', ['reflection.simple']],
    ["It sounds like you want to be sure this pays off before you commit more of the team's budget.", ['reflection.complex']],
    ["You've clearly thought hard about this.", ['affirmation']],
    ['Thanks for pushing back — it helps us get this right.', ['affirmation']],
    ["It's entirely your call.", ['autonomy']],
    ['You know your team best.', ['autonomy']],
    ["Whatever you decide, I'll support it.", ['autonomy']],
    ['Would it help if I shared what other clients did?', ['permission']],
    ['Shall we look at the options together?', ['permission']],
    ['The premium plan includes phone support.', ['advice']],
    ["I'd recommend starting with the smaller package.", ['advice']],
    ['Hi Sam,', ['other']],
    ['Best, Priya', ['other']],
  ];
  it.each(table)('%j → %j', (text, expected) => {
    expect(code(text)).toEqual(expected);
  });
});

describe('combinations and judgement calls', () => {
  it('a reflection ending in an open question carries both', () => {
    const codes = code('It sounds like you miss being stretched — what kind of work would make you feel challenged again?');
    expect(codes).toContain('reflection.complex');
    expect(codes).toContain('question.open');
  });

  it('a wh-question after an opening clause is open', () => {
    expect(code('When you imagine the handover going smoothly, what does that look like?')).toEqual(['question.open']);
  });

  it('fact questions are closed even with a wh-word', () => {
    expect(code('How many of your machines handle sensitive data?')).toEqual(['question.closed']);
    expect(code('When is the renewal due?')).toEqual(['question.closed']);
  });

  it('tag questions are closed', () => {
    expect(code('The fee covers both sites, right?')).toContain('question.closed');
  });

  it('a rising "so you…?" is heard both ways; a listening frame said rising stays a reflection', () => {
    expect(code("So you're juggling the new job and the move?")).toEqual(['reflection.simple', 'question.closed']);
    expect(code("It sounds like you're juggling the new job and the move?")).toEqual(['reflection.simple']);
  });

  it('"what I\'m hearing is…?" is a reflection, not an open question', () => {
    const codes = code("So what I'm hearing is that the cost worries you more than the timing?");
    expect(codes.some((c) => c.startsWith('reflection.'))).toBe(true);
    expect(codes).not.toContain('question.open');
  });

  it('a reflected question answered in the same sentence is reflection and advice', () => {
    expect(code('You asked whether the fee can be removed: I have taken it off.')).toEqual(['reflection.simple', 'advice']);
  });

  it('procedural information is advice, courtesy and logistics are other', () => {
    expect(code('To change it, go to Settings and click Edit.')).toEqual(['advice']);
    expect(code("I'll send the revised quote on Friday morning.")).toEqual(['other']);
    expect(code('Thanks for making time for the interview yesterday.')).toEqual(['other']);
  });

  it('a pressured sentence is coded as pressure alone', () => {
    expect(codeSentence('You need to sign by Friday.', { pressured: true })).toEqual(['pressure']);
  });

  it('spoken backchannels are other', () => {
    expect(code('Yeah?')).toEqual(['other']);
    expect(code('Mm-hmm.')).toEqual(['other']);
  });
});

describe('odd input never throws and always yields a code', () => {
  const odd = [
    '',
    '   ',
    '?',
    '—',
    '😀😀😀?',
    'مرحبا، كيف حالك؟',
    '<img src=x onerror=alert(1)>',
    '\u0000\u0007\u001b',
    'a'.repeat(200_000),
    'what '.repeat(20_000) + '?',
    '\uD800',
    'So,',
    'you',
  ];
  it.each(odd.map((s) => [s.slice(0, 30), s]))('%j', (_label, text) => {
    const codes = code(text);
    expect(codes.length).toBeGreaterThan(0);
  });
});
