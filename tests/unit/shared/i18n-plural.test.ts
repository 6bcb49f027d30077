// The plural helper for counted messages (src/shared/i18n.ts): chrome.i18n has no plural forms,
// so "1 question" / "3 questions" are two keys, picked by Intl.PluralRules.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getUILanguage: () => 'en',
      getMessage: (key: string, subs: string[]) =>
        (({ summaryAsked_one: 'You asked $1 question', summaryAsked_other: 'You asked $1 questions' }) as Record<string, string>)[key]?.replace(
          '$1',
          subs[0] ?? '',
        ) ?? '',
    },
  },
}));

const { pluralKey, tn } = await import('../../../src/shared/i18n');

describe('pluralKey', () => {
  it('picks _one for 1 and _other for everything else in English', () => {
    expect(pluralKey('summaryAsked', 1)).toBe('summaryAsked_one');
    for (const n of [0, 2, 3, 11, 21, 1.5]) expect(pluralKey('summaryAsked', n)).toBe('summaryAsked_other');
  });

  it('follows the locale, falls back to _other for forms without their own key, and to English rules for a broken locale tag', () => {
    // Polish: 2 is "few", which has no key of its own here.
    expect(pluralKey('k', 2, 'pl')).toBe('k_other');
    expect(pluralKey('k', 1, 'pl')).toBe('k_one');
    expect(pluralKey('k', 1, 'not a locale!')).toBe('k_one');
  });
});

describe('tn', () => {
  it('says "1 question", never "1 questions"', () => {
    expect(tn('summaryAsked', 1)).toBe('You asked 1 question');
    expect(tn('summaryAsked', 3)).toBe('You asked 3 questions');
    expect(tn('summaryAsked', 0)).toBe('You asked 0 questions');
  });
});
