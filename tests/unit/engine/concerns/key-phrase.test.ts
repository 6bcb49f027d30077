import { describe, expect, it } from 'vitest';
import { isWeakTopic, keyPhrase } from '../../../../src/engine/concerns/key-phrase';
import { detectConcerns } from '../../../../src/engine/concerns';

describe('a weak topic', () => {
  it('is a person alone, a discourse word or a verb of thinking', () => {
    expect(isWeakTopic('my fiancé', 'My fiancé also feels two photographers is a lot.', '')).toBe(true);
    expect(isWeakTopic('unfortunately', 'Unfortunately we need to postpone the wedding.', '')).toBe(true);
    expect(isWeakTopic('having read up', 'Having read up on it, I would rather have surgery.', '')).toBe(true);
    expect(isWeakTopic('the exit sign', 'Could you edit out the exit sign?', '')).toBe(false);
  });
  it('is the sentence before’s topic only when this sentence neither points back nor repeats it', () => {
    expect(isWeakTopic('the deposit', 'We also want a second shooter.', 'the deposit')).toBe(true);
    expect(isWeakTopic('the deposit', 'Is that a bad idea?', 'the deposit')).toBe(false);
    expect(isWeakTopic('the deposit', 'The deposit seems high.', 'the deposit')).toBe(false);
  });
});

describe('the key phrase of a sentence', () => {
  it('is the first noun phrase that names a thing', () => {
    expect(keyPhrase('one tiny thing tho, could you edit out the exit sign in the one by the window??')).toContain('exit sign');
    expect(keyPhrase('My fiancé also feels like two photographers would be a bit much.')).toContain('photographers');
  });
  it('falls back to an activity, and to nothing when there is none', () => {
    expect(keyPhrase("My husband's also sick of mowing.")).toBe('mowing');
    expect(keyPhrase('Sorry, I can’t.')).toBe('');
  });
  it('never throws on odd text', () => {
    for (const text of ['', '   ', '😀😀', 'مرحبا بالعالم', '\u0000\u0001', 'a'.repeat(5000)]) expect(() => keyPhrase(text)).not.toThrow();
  });
});

describe('concerns read with the key phrase', () => {
  it('a request after a discourse opener is about the thing asked for', () => {
    const [c] = detectConcerns('one tiny thing tho, could you edit out the exit sign in the photo by the window??');
    expect(c?.topic).toContain('exit sign');
  });
});
