// The two editable lists of the options page: the user's own phrases (with the wording to offer
// instead) and the allow list. Rows are edited in place; the page saves and redraws on `on`.
import { LIMITS } from '../shared/settings';
import { h } from '../shared/dom';
import { t } from '../shared/i18n';
import { card } from './controls';

/** One of the user's phrases and the wording to offer instead. */
export type Phrase = { phrase: string; alternative: string };

export interface ListEvents {
  /** The rows changed: save them (debounced by the page). */
  save(): void;
  /** A row was added or removed: draw the page again. */
  rerender(): void;
}

export function renderPhrases(phraseRows: Phrase[], team: readonly Phrase[], on: ListEvents): HTMLElement {
  const rows = phraseRows.map((row, i) => {
    const phrase = h('input', {
      type: 'text',
      id: `phrase-${i}`,
      value: row.phrase,
      maxlength: LIMITS.textLength,
      'aria-label': t('optionsPhraseLabel', i + 1),
    });
    const alternative = h('input', {
      type: 'text',
      id: `alternative-${i}`,
      value: row.alternative,
      maxlength: LIMITS.textLength,
      'aria-label': t('optionsAlternativeLabel', i + 1),
    });
    phrase.addEventListener('input', () => ((row.phrase = phrase.value), on.save()));
    alternative.addEventListener('input', () => ((row.alternative = alternative.value), on.save()));
    const remove = h(
      'button',
      { type: 'button', id: `phrase-remove-${i}`, 'aria-label': t('optionsRemovePhrase', row.phrase || String(i + 1)) },
      t('optionsRemove'),
    );
    remove.addEventListener('click', () => {
      phraseRows.splice(i, 1);
      on.save();
      on.rerender();
      document.getElementById(phraseRows.length ? `phrase-${Math.min(i, phraseRows.length - 1)}` : 'phrase-add')?.focus();
    });
    return h('div', { class: 'row', 'data-phrase-row': '' }, phrase, alternative, remove);
  });
  const teamRows = team.map((p) =>
    h(
      'div',
      { class: 'row team', 'data-team-phrase': '' },
      h('span', { class: 'team-text' }, p.phrase),
      h('span', { class: 'team-text' }, p.alternative),
      h('span', { class: 'lock-note' }, t('optionsTeamEntry')),
    ),
  );
  const add = h('button', { type: 'button', id: 'phrase-add', disabled: phraseRows.length >= LIMITS.phrases }, t('optionsAddPhrase'));
  add.addEventListener('click', () => {
    phraseRows.push({ phrase: '', alternative: '' });
    on.rerender();
    document.getElementById(`phrase-${phraseRows.length - 1}`)?.focus();
  });
  const header =
    phraseRows.length || team.length
      ? h(
          'div',
          { class: 'row muted', 'aria-hidden': 'true' },
          h('span', {}, t('optionsPhraseHeader')),
          h('span', {}, t('optionsAlternativeHeader')),
          h('span', {}),
        )
      : null;
  return card(
    'phrases',
    t('optionsPhrasesTitle'),
    t('optionsPhrasesIntro'),
    header,
    h('div', { class: 'rows' }, ...teamRows, ...rows),
    h('div', { class: 'actions' }, add),
  );
}

export function renderAllowList(allowRows: string[], team: readonly string[], on: ListEvents): HTMLElement {
  const rows = allowRows.map((value, i) => {
    const input = h('input', { type: 'text', id: `allow-${i}`, value, maxlength: LIMITS.textLength, 'aria-label': t('optionsAllowLabel', i + 1) });
    input.addEventListener('input', () => ((allowRows[i] = input.value), on.save()));
    const remove = h('button', { type: 'button', id: `allow-remove-${i}`, 'aria-label': t('optionsRemoveAllow', value || String(i + 1)) }, t('optionsRemove'));
    remove.addEventListener('click', () => {
      allowRows.splice(i, 1);
      on.save();
      on.rerender();
      document.getElementById(allowRows.length ? `allow-${Math.min(i, allowRows.length - 1)}` : 'allow-add')?.focus();
    });
    return h('div', { class: 'row single', 'data-allow-row': '' }, input, remove);
  });
  const teamRows = team.map((value) =>
    h('div', { class: 'row single team' }, h('span', { class: 'team-text' }, value), h('span', { class: 'lock-note' }, t('optionsTeamEntry'))),
  );
  const add = h('button', { type: 'button', id: 'allow-add', disabled: allowRows.length >= LIMITS.allowList }, t('optionsAddAllow'));
  add.addEventListener('click', () => {
    allowRows.push('');
    on.rerender();
    document.getElementById(`allow-${allowRows.length - 1}`)?.focus();
  });
  return card('allow', t('optionsAllowTitle'), t('optionsAllowIntro'), h('div', { class: 'rows' }, ...teamRows, ...rows), h('div', { class: 'actions' }, add));
}
