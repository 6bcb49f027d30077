// UI strings come from _locales/<lang>/messages.json through the browser's i18n API.
import browser from 'webextension-polyfill';

/**
 * The localized string for `key`, with $1…$9 filled from `subs`. Falls back to the key itself,
 * so a missing string shows up visibly in the UI (and in tests) instead of as a blank.
 */
export function t(key: string, ...subs: (string | number)[]): string {
  let message = '';
  try {
    message = browser.i18n.getMessage(key, subs.map(String));
  } catch {
    // Outside an extension context (unit tests): fall through to the key.
  }
  return message || key;
}

/**
 * The plural form of `n` in `locale` ("one" or "other" in English): chrome.i18n has no plurals, so
 * a counted message has one key per form, `<key>_one` and `<key>_other` (`_other` is the fallback).
 */
export function pluralKey(key: string, n: number, locale = 'en'): string {
  let form: string;
  try {
    form = new Intl.PluralRules(locale).select(n);
  } catch {
    // An unknown locale tag: English rules rather than "1 questions".
    form = new Intl.PluralRules('en').select(n);
  }
  return form === 'one' ? `${key}_one` : `${key}_other`;
}

/** `t` for a counted message: "1 question", "3 questions" ($1 is `n`, further subs are $2…). */
export function tn(key: string, n: number, ...subs: (string | number)[]): string {
  let locale = 'en';
  try {
    locale = browser.i18n.getUILanguage() || 'en';
  } catch {
    // Outside an extension context.
  }
  return t(pluralKey(key, n, locale), n, ...subs);
}

/**
 * Fills static markup: `data-i18n` sets textContent; `data-i18n-aria-label`, `data-i18n-title` and
 * `data-i18n-placeholder` set those attributes.
 */
export function localizeDocument(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
  for (const [data, attr] of [
    ['i18nAriaLabel', 'aria-label'],
    ['i18nTitle', 'title'],
    ['i18nPlaceholder', 'placeholder'],
  ] as const) {
    const selector = `[data-${data.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`;
    for (const el of root.querySelectorAll<HTMLElement>(selector)) el.setAttribute(attr, t(el.dataset[data]!));
  }
}
