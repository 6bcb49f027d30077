// The options page's building blocks: a titled card, a radio group with hints, a checkbox, and the
// note under a setting the team policy has locked. No state of their own.
import { h } from '../shared/dom';
import { t } from '../shared/i18n';

export function lockNote(): HTMLElement {
  return h('p', { class: 'lock-note', 'data-locked': '' }, t('optionsLocked'));
}

export function card(id: string, title: string, intro: string | null, ...body: (Node | null)[]): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': `${id}-title`, id },
    h('h2', { id: `${id}-title` }, title),
    intro ? h('p', { class: 'muted' }, intro) : null,
    ...body,
  );
}

export function radioGroup<T extends string>(
  name: string,
  legend: string,
  values: readonly T[],
  current: T,
  locked: boolean,
  onPick: (v: T) => void,
): HTMLElement {
  const choices = values.map((value) => {
    const id = `${name}-${value}`;
    const input = h('input', { type: 'radio', name, id, value, checked: value === current, disabled: locked, 'aria-describedby': `${id}-hint` });
    input.addEventListener('change', () => input.checked && onPick(value));
    return h(
      'div',
      { class: 'choice' },
      input,
      h('label', { for: id }, t(`${name}_${value}`)),
      h('span', { class: 'hint', id: `${id}-hint` }, t(`${name}_${value}_hint`)),
    );
  });
  return h('fieldset', { 'data-setting': name }, h('legend', {}, legend), ...choices, locked ? lockNote() : null);
}

export function checkbox(id: string, label: string, checked: boolean, locked: boolean, onChange: (on: boolean) => void, hint?: string): HTMLElement {
  const input = h('input', { type: 'checkbox', id, checked, disabled: locked, 'aria-describedby': hint ? `${id}-hint` : null });
  input.addEventListener('change', () => onChange(input.checked));
  return h('div', { class: 'choice' }, input, h('label', { for: id }, label), hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null);
}
