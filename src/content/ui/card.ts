// The suggestion card: what the phrase does to the client, 1–3 rewrites and two ways to dismiss.
// Page text (the flagged phrase, rewrites) is only ever set with textContent.
//
// This module and its styles are a separate chunk, imported on the first card opened (see
// loadCard in ./lazy-modules.ts), so the script every matched page runs up front stays small.
import type { Finding, PressureKind, Suggestion } from '../../shared/contract/index';
import { CARD_CSS } from './card-styles';
import { slugOf, type CategorySlug } from './categories';
import type { Box } from './geometry';

// The card's copy lives in _locales/<lang>/messages.json with the rest of the extension's. The
// content script takes no run-time code from src/shared (see eslint.config.js), so it reads the
// browser's i18n API itself; both Chrome and Firefox expose it as chrome.i18n to content scripts.
declare const chrome: { i18n?: { getMessage(key: string, subs?: string[]): string } } | undefined;

function say(key: string, ...subs: (string | number)[]): string {
  const i18n = typeof chrome === 'undefined' ? undefined : chrome?.i18n;
  return i18n?.getMessage(key, subs.map(String)) || key;
}

const CATEGORY_KEY: Record<CategorySlug, string> = {
  pressure: 'cardCategoryPressure',
  'closed-question': 'cardCategoryClosedQuestion',
  advice: 'cardCategoryAdvice',
  acknowledgement: 'cardCategoryAcknowledgement',
  custom: 'cardCategoryCustom',
};

const KIND_KEY: Record<PressureKind, string> = {
  directive: 'cardKindDirective',
  urgency: 'cardKindUrgency',
  certainty: 'cardKindCertainty',
  repetition: 'cardKindRepetition',
  dismissal: 'cardKindDismissal',
  ultimatum: 'cardKindUltimatum',
  defensiveness: 'cardKindDefensiveness',
};

/** The small label on the card, e.g. "Pressure · urgency". */
export function kindLabel(finding: Finding): string {
  const base = say(CATEGORY_KEY[slugOf(finding.category)]);
  return finding.kind ? `${base} · ${say(KIND_KEY[finding.kind])}` : base;
}

export interface CardContext {
  /** The report covered only part of the draft. */
  partial?: boolean;
  /** Several findings cover this spot: the card shows one and pages to the others. */
  pager?: CardPager;
}

export interface CardPager {
  /** 0-based position of the shown finding among those at the spot. */
  index: number;
  total: number;
  go(step: -1 | 1): void;
}

export interface CardActions {
  apply(suggestion: Suggestion): void;
  ignore(): void;
  never(): void;
}

/** Arrow and page keys page between findings at one spot; Tab, Enter and Escape keep their jobs. */
const PAGE_KEYS: Record<string, -1 | 1 | undefined> = { ArrowLeft: -1, PageUp: -1, ArrowRight: 1, PageDown: 1 };

const MAX_PHRASE = 160;
const GAP = 8;
const MARGIN = 8;

export class Card {
  readonly el: HTMLElement;
  private readonly doc: Document;
  private pager: CardPager | null = null;

  constructor(shadow: ShadowRoot, finding: Finding, draft: string, actions: CardActions, context: CardContext = {}) {
    this.doc = shadow.ownerDocument;
    this.el = this.build(finding, draft, actions, context);
    this.el.addEventListener('keydown', (event) => this.onKeydown(event));
    // Clicking a button must not pull focus out of the editor the user is typing in.
    this.el.addEventListener('mousedown', (event) => event.preventDefault());
    installCardStyles(shadow);
    shadow.append(this.el);
  }

  buttons(): HTMLButtonElement[] {
    return [...this.el.querySelectorAll('button')];
  }

  focusFirst(): void {
    // The first rewrite (or action), not the pager: it is what the user came to the card for.
    const buttons = this.buttons();
    (buttons.find((b) => !b.classList.contains('page')) ?? buttons[0])?.focus({ preventScroll: true });
  }

  hasFocus(): boolean {
    const root = this.el.getRootNode() as ShadowRoot;
    return !!root.activeElement && this.el.contains(root.activeElement);
  }

  /** Below the underline, or above it when there is no room below; always inside the viewport. */
  placeBy(anchor: Box): void {
    const view = this.doc.documentElement;
    const width = view.clientWidth || this.doc.defaultView?.innerWidth || 0;
    const height = view.clientHeight || this.doc.defaultView?.innerHeight || 0;
    const card = this.el.getBoundingClientRect();
    let top = anchor.bottom + GAP;
    if (top + card.height > height - MARGIN && anchor.top - GAP - card.height >= MARGIN) {
      top = anchor.top - GAP - card.height;
    }
    top = Math.max(MARGIN, Math.min(top, height - card.height - MARGIN));
    const left = Math.max(MARGIN, Math.min(anchor.left, width - card.width - MARGIN));
    this.el.style.left = `${Math.round(left)}px`;
    this.el.style.top = `${Math.round(top)}px`;
  }

  remove(): void {
    this.el.remove();
  }

  private build(finding: Finding, draft: string, actions: CardActions, context: CardContext): HTMLElement {
    const card = this.make('div', 'card');
    card.setAttribute('data-attune-card', '');
    card.setAttribute('data-category', slugOf(finding.category));
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', say('cardAria', kindLabel(finding)));
    card.tabIndex = -1;

    if (context.pager && context.pager.total > 1) card.append(this.pagerRow(context.pager));
    card.append(this.make('div', 'kind', kindLabel(finding)));
    const phrase = quotePhrase(draft.slice(finding.start, finding.end));
    if (phrase) card.append(this.make('div', 'phrase', phrase));
    const message = this.make('p', 'message', finding.message);
    message.setAttribute('data-attune-message', '');
    message.id = 'attune-message';
    card.setAttribute('aria-describedby', message.id);
    card.append(message);

    const suggestions = finding.suggestions.slice(0, 3);
    if (suggestions.length > 0) {
      card.append(this.make('div', 'try', say(suggestions.length > 1 ? 'cardTryOne' : 'cardTryThis')));
      const list = this.make('div', 'suggestions');
      for (const suggestion of suggestions) list.append(this.suggestionButton(suggestion, actions));
      card.append(list);
    }

    if (context.partial) {
      const note = this.make('p', 'note', say('cardPartialNote'));
      note.setAttribute('data-attune-partial', '');
      card.append(note);
    }

    const row = this.make('div', 'actions');
    row.append(this.actionButton('ignore', say('cardIgnore'), actions.ignore), this.actionButton('never', say('cardNever'), actions.never));
    card.append(row);
    return card;
  }

  /** "1 of 2" with previous/next; the count is live so a screen reader hears each page. */
  private pagerRow(pager: CardPager): HTMLElement {
    const row = this.make('div', 'pager');
    row.setAttribute('data-attune-pager', '');
    const count = this.make('span', 'count', say('cardPagerCount', pager.index + 1, pager.total));
    count.setAttribute('data-attune-pager-count', '');
    count.setAttribute('aria-live', 'polite');
    count.setAttribute('aria-label', say('cardPagerAria', pager.index + 1, pager.total));
    const prev = this.actionButton('previous', '‹', () => pager.go(-1));
    prev.setAttribute('aria-label', say('cardPrevious'));
    const next = this.actionButton('next', '›', () => pager.go(1));
    next.setAttribute('aria-label', say('cardNext'));
    prev.className = next.className = 'page';
    row.append(prev, count, next);
    this.pager = pager;
    return row;
  }

  private suggestionButton(suggestion: Suggestion, actions: CardActions): HTMLButtonElement {
    const button = this.make('button', 'suggestion') as HTMLButtonElement;
    button.type = 'button';
    button.setAttribute('data-attune-suggestion', '');
    if (suggestion.label) button.append(this.make('span', 'label', suggestion.label));
    const text = suggestion.text.trim() ? suggestion.text : say('cardRemovePhrase');
    button.append(this.make('span', 'text', text));
    button.addEventListener('click', () => actions.apply(suggestion));
    return button;
  }

  private actionButton(action: string, label: string, run: () => void): HTMLButtonElement {
    const button = this.make('button', 'action', label) as HTMLButtonElement;
    button.type = 'button';
    button.setAttribute('data-attune-action', action);
    button.addEventListener('click', () => run());
    return button;
  }

  private make(tag: string, className: string, text?: string): HTMLElement {
    const el = this.doc.createElement(tag);
    el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  /** Tab and Shift+Tab cycle the card's buttons; keys never reach the page's shortcuts. */
  private onKeydown(event: KeyboardEvent): void {
    event.stopPropagation();
    const page = this.pager && Object.hasOwn(PAGE_KEYS, event.key) ? PAGE_KEYS[event.key] : undefined;
    if (page && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      this.pager!.go(page);
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = this.buttons();
    if (buttons.length === 0) return;
    event.preventDefault();
    const root = this.el.getRootNode() as ShadowRoot;
    const current = buttons.indexOf(root.activeElement as HTMLButtonElement);
    const step = event.shiftKey ? -1 : 1;
    const next = current < 0 ? (event.shiftKey ? buttons.length - 1 : 0) : (current + step + buttons.length) % buttons.length;
    buttons[next].focus({ preventScroll: true });
  }
}

function quotePhrase(raw: string): string {
  const phrase = raw.replace(/\s+/g, ' ').trim();
  if (!phrase) return '';
  const cut = phrase.length > MAX_PHRASE ? `${phrase.slice(0, MAX_PHRASE - 1)}…` : phrase;
  return `“${cut}”`;
}

/** The card's sheet goes into each shadow root that shows a card, once. */
function installCardStyles(shadow: ShadowRoot): void {
  if (shadow.querySelector('style[data-attune-card-css]')) return;
  const style = shadow.ownerDocument.createElement('style');
  style.setAttribute('data-attune-card-css', '');
  style.textContent = CARD_CSS;
  shadow.append(style);
}
