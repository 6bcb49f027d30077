// The per-sentence cache: after one keystroke only the edited sentence is judged again, and a
// cached answer is always the answer a fresh analyzer would give.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Spy on the per-sentence steps (keeping their real behaviour) to see which sentences are redone.
vi.mock('../../../src/engine/codes', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/engine/codes')>();
  return { ...real, codeSentence: vi.fn(real.codeSentence) };
});

const { codeSentence } = await import('../../../src/engine/codes');
const { createAnalyzer } = await import('../../../src/engine/index');

const draft = readFileSync(resolve(__dirname, '../../fixtures/draft-300.txt'), 'utf8');
const codedTexts = () => vi.mocked(codeSentence).mock.calls.map(([text]) => text);

/** Inserts a word after the first word of the sentence at `index`. */
function typeWordInto(text: string, sentence: { start: number; text: string }, word: string): string {
  const at = sentence.start + sentence.text.indexOf(' ') + 1;
  return text.slice(0, at) + word + ' ' + text.slice(at);
}

describe('per-sentence cache', () => {
  beforeEach(() => {
    // Braces matter: a function returned from beforeEach is run as a cleanup hook.
    vi.mocked(codeSentence).mockClear();
  });

  it('re-codes only the edited sentence after one word is typed', () => {
    const analyzer = createAnalyzer();
    const before = analyzer.analyze(draft);
    expect(before.sentences.length).toBeGreaterThan(5);
    const edited = before.sentences.find((s) => s.text.includes(' ') && s.text.length > 40)!;

    vi.mocked(codeSentence).mockClear();
    const after = analyzer.analyze(typeWordInto(draft, edited, 'really'));

    const redone = new Set(codedTexts());
    const unchanged = after.sentences.filter((s) => s.start < edited.start || s.start > edited.end + 'really '.length);
    expect(unchanged.length).toBeGreaterThan(3);
    for (const s of unchanged) expect(redone.has(s.text), `"${s.text}" was coded again`).toBe(false);
    expect([...redone].some((t) => t.includes('really'))).toBe(true);
  });

  it('re-analysis of an edited draft equals a fresh analysis of it', () => {
    const warm = createAnalyzer();
    const { sentences } = warm.analyze(draft);
    let text = draft;
    // Edit from the end, so earlier offsets stay valid while typing.
    for (const [i, s] of [...sentences].reverse().entries()) {
      if (!s.text.includes(' ')) continue;
      text = typeWordInto(text, s, `word${i}`);
      expect(warm.analyze(text)).toEqual(createAnalyzer().analyze(text));
    }
  });

  it('does not let a caller who edits a report reach into the cache', () => {
    const analyzer = createAnalyzer();
    const first = analyzer.analyze(draft);
    const expected = structuredClone(first);
    for (const s of first.sentences) s.codes.splice(0, s.codes.length, 'other');
    first.findings.length = 0;
    expect(analyzer.analyze(draft)).toEqual(expected);
  });

  it('drops cached results when an option they depend on changes', () => {
    const analyzer = createAnalyzer({ register: 'warm' });
    analyzer.analyze(draft);
    analyzer.configure({ register: 'formal' });
    expect(analyzer.analyze(draft)).toEqual(createAnalyzer({ register: 'formal' }).analyze(draft));
  });

  it('keeps the cache when configure() is given the same options again', () => {
    const analyzer = createAnalyzer();
    analyzer.analyze(draft);
    analyzer.configure({ ...analyzer.options });
    vi.mocked(codeSentence).mockClear();
    analyzer.analyze(draft);
    expect(codedTexts()).toEqual([]);
  });

  it('still gives correct answers once the cache has evicted old sentences', () => {
    const analyzer = createAnalyzer();
    for (let i = 0; i < 2_500; i++) analyzer.analyze(`Filler sentence number ${i} about the plan.`);
    expect(analyzer.analyze(draft)).toEqual(createAnalyzer().analyze(draft));
  });
});
