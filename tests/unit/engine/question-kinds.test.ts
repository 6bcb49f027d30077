// Question coding by kind (issue 2): which questions are open, which closed, and how spoken,
// broken questions are read. Sentences written for this file, not taken from any data set.
import { describe, expect, it } from 'vitest';
import { codeSentence } from '../../../src/engine/codes';
import type { SentenceCode } from '../../../src/engine/types';

const code = (text: string) => codeSentence(text, { pressured: false });
const questionType = (codes: SentenceCode[]) => (codes.includes('question.open') ? 'open' : codes.includes('question.closed') ? 'closed' : 'none');

describe('fact-seeking wh-questions are closed (answerable with a fact)', () => {
  it.each([
    'How long have you lived in the flat?',
    'And how often do you go to the gym?',
    'About how many coffees would you say you have before lunch?',
    'So you have been at the firm for how long?',
    'And you moved here since when?',
    "What was your landlord's name?",
    'What kind of bike do you have?',
    'What sort of car does your partner drive?',
    "What's the longest you've ever gone without a cigarette?",
    'What part of the country are you from?',
    'Whereabouts do you work these days?',
    'What number would you give it, from 0 to 10?',
    'Where would you put yourself on that scale today?',
    'Which of the two days is easier?',
    'When is the hearing?',
  ])('%j', (text) => {
    expect(questionType(code(text))).toBe('closed');
  });
});

describe('wh-questions about the client’s thinking or experience stay open', () => {
  it.each([
    'What do you think would help most?',
    'How do you feel about the new schedule?',
    'What was that like for you?',
    'Where do you think we should head next?',
    'When do you think you might be ready to try it?',
    'What kind of support would make the biggest difference?',
    'What sort of things get in the way on a bad day?',
    "What's the most important thing for you in all this?",
  ])('%j', (text) => {
    expect(questionType(code(text))).toBe('open');
  });
});

describe('open requests in question or statement form', () => {
  it.each([
    'Can you tell me about the last time it went well?',
    'Could you say more about what worries you there?',
    'Would you tell me what a good week looks like?',
    'Can you give me an example of a time that felt easier?',
    "I'm wondering what the weekends are like for you.",
    'I guess I was wondering how your sister took the news.',
    "I'm wondering who else might be in your corner.",
    "I'm interested to hear what you made of the first session.",
    'I wanted to ask you how the move has gone.',
    'Tell me something about your first job.',
  ])('%j', (text) => {
    expect(questionType(code(text))).toBe('open');
  });
});

describe('"Anything else?" invites the client to add their own: open', () => {
  // AnnoMI's coders mostly call the bare "Anything else?" open; an offer of a service stays closed.
  it('codes the bare question open', () => {
    expect(questionType(code('Anything else?'))).toBe('open');
    expect(questionType(code("Anything else you'd want to add?"))).toBe('open');
  });
  it('codes a service offer closed', () => {
    expect(questionType(code('Is there anything else I can check for you today?'))).toBe('closed');
  });
});

describe('spoken restarts: the last attempt is the question asked', () => {
  it.each([
    ["What was-- what was your brother's name?", 'closed'],
    ['Tell me- tell me what a normal evening looks like.', 'open'],
    ['So how did-- Is it still every weekend?', 'closed'],
    ['Is it-- how does it feel when they bring it up?', 'open'],
    ['Um when are you thinking you might start?', 'open'],
    ['I mean,what do you think might help?', 'open'],
    ['Before you go,what would help most this week?', 'open'],
  ] as const)('%j → %s', (text, type) => {
    expect(questionType(code(text))).toBe(type);
  });
});

describe('questions typed without their question mark', () => {
  it.each([
    ['and do you have your evenings free or', 'closed'],
    ['how long have you been doing the night shifts', 'closed'],
    ['is that something your partner would help with', 'closed'],
  ] as const)('%j → %s', (text, type) => {
    expect(questionType(code(text))).toBe(type);
  });
  it('leaves statements alone', () => {
    expect(questionType(code('And yes, the form is in the post.'))).toBe('none');
    expect(questionType(code('On a scale of 1 to 10, I would give it a 7.'))).toBe('none');
  });
});

describe('one-word checks', () => {
  it('"No?" and "Really?" ask the client to confirm', () => {
    expect(code('No?')).toEqual(['question.closed']);
    expect(code('Really?')).toEqual(['question.closed']);
  });
  it('"Yeah?" and "Okay." stay listening noises', () => {
    expect(code('Yeah?')).toEqual(['other']);
    expect(code('Okay.')).toEqual(['other']);
  });
});

describe('broken and partial spoken questions never throw', () => {
  it.each([
    '-with your mates?',
    '- story right?',
    '--?',
    '-- doing today?',
    'Wh-What sort of-',
    '?',
    '¿Qué?',
    'what-what-what-what?',
    '- - - ?',
    'so- so- so-',
  ])('%j', (text) => {
    expect(() => code(text)).not.toThrow();
  });
  it('reads a fragment ending in "right?" as a closed check', () => {
    expect(questionType(code('- the early shift, right?'))).toBe('closed');
  });
});

describe('rising statements: a reflection said with a question mark', () => {
  const reflects = (codes: SentenceCode[]) => codes.some((c) => c.startsWith('reflection.'));
  it('a long restatement of the client is a reflection alone', () => {
    for (const text of [
      'The evenings have become so busy that you have stopped cooking for yourself?',
      "So you've been covering for your colleague for months and nobody has noticed?",
      'When you skip the walk in the morning, the whole day feels heavier to you?',
    ]) {
      const codes = code(text);
      expect(reflects(codes), `${text} ${JSON.stringify(codes)}`).toBe(true);
      expect(questionType(codes), text).toBe('none');
    }
  });
  it('a short one is heard both ways and keeps its closed-question code', () => {
    const codes = code("So you've stopped going to the gym?");
    expect(reflects(codes)).toBe(true);
    expect(questionType(codes)).toBe('closed');
  });
  it('a statement left open with "or?" is a question', () => {
    expect(questionType(code("So you've been sleeping badly since the new job started, or?"))).toBe('closed');
  });
  it('checking an answer on a form is a question', () => {
    expect(questionType(code('You ticked the box here that you drink most evenings after work?'))).toBe('closed');
  });
  it('a statement with a question word still inside is a question, whatever its length', () => {
    expect(questionType(code("So you've been walking the dog every morning before work for how long?"))).toBe('closed');
  });
});

describe('questions that are not put to the client', () => {
  it('a question in quotation marks voices someone: not a question', () => {
    const codes = code('It is almost like, "How would I even get through a Friday without it?"');
    expect(questionType(codes)).toBe('none');
  });
  it('"I\'m wondering whether…" without a question mark is a hedged suggestion, not an open question', () => {
    expect(questionType(code("I'm wondering whether it would help to space the sessions out."))).toBe('none');
  });
  it('"I\'m wondering if…?" asks a yes/no question', () => {
    expect(questionType(code("I'm wondering if the weekend plan would still work for you?"))).toBe('closed');
  });
  it('"I\'m wondering if you could tell me…" still invites the client to talk', () => {
    expect(questionType(code("I'm wondering if you could tell me what a good day looks like."))).toBe('open');
  });
});
