// The pre-send checklist: the last look before Send, for the compose box last typed in on this tab.
//
// Testing hook: `index.html?tabId=N` reports on tab N instead of the active tab. A headless test
// cannot click the toolbar button, so it opens this page as a tab and names the tab to inspect.
import browser from 'webextension-polyfill';
import type { ChecklistItem, Checklist, Concern, Finding, FindingCategory, Report, Suggestion } from '../shared/contract/index';
import type { TabState } from '../shared/messages';
import { hostOfPattern, isSiteDisabled, originPattern } from '../shared/settings';
import { loadSettingsState, saveSettings, watchSettings } from '../shared/storage';
import { localizeDocument, t } from '../shared/i18n';
import { h, mount } from '../shared/dom';
import { applySuggestion, requestTabState, targetTab } from './tab';
import { balanceCounts, balanceSentence, renderBalance } from './balance';

const app = document.getElementById('app')!;
const statusLine = document.getElementById('status')!;

const POLL_MS = 400;
const POLL_AFTER_APPLY_MS = 6000;

let tabId: number | null = null;
let tabHost: string | null = null;
let pollTimer: number | undefined;
/** Last rendered state, so a poll that brings the same report doesn't re-render (and lose focus). */
let lastRendered = '';

// ---------------------------------------------------------------------------------------------
// Choosing what to show

const CHECK_ORDER: (keyof Checklist)[] = ['acknowledges', 'no_pressure', 'open_question', 'autonomy'];

/** The finding categories whose rewrites fix each checklist item. */
const FIX_CATEGORIES: Record<keyof Checklist, FindingCategory[]> = {
  acknowledges: ['missing-acknowledgement'],
  no_pressure: ['pressure'],
  open_question: ['closed-question'],
  autonomy: ['advice-without-autonomy'],
};

/** The best rewrite for a failing item: from a finding in the deciding sentence if any, else the first one. */
function quickFixFor(report: Report, key: keyof Checklist): Suggestion | null {
  const item = report.checklist[key];
  if (item.pass) return null;
  const candidates = report.findings.filter((f) => FIX_CATEGORIES[key].includes(f.category) && f.suggestions.length > 0);
  const inSentence = (f: Finding) => item.sentence !== null && f.start < item.sentence.end && f.end > item.sentence.start;
  const finding = candidates.find(inSentence) ?? candidates[0];
  return finding ? finding.suggestions[0] : null;
}

// ---------------------------------------------------------------------------------------------
// Rendering

function renderState(state: TabState | null): void {
  const key = JSON.stringify(state);
  if (key === lastRendered) return;
  lastRendered = key;
  const restoreFocus = rememberFocus();
  draw(state);
  restoreFocus();
}

/**
 * A redraw replaces the nodes, which would drop keyboard focus to the body. Put it back on the same
 * checklist item's fix (or the next fix, once that item passes), or on the control with the same id.
 */
function rememberFocus(): () => void {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !app.contains(active)) return () => undefined;
  const check = active.closest('[data-check]')?.getAttribute('data-check');
  const selector = active.id ? `#${CSS.escape(active.id)}` : active.hasAttribute('data-popup-site-switch') ? '[data-popup-site-switch]' : null;
  return () => {
    const target =
      (check && (app.querySelector<HTMLElement>(`[data-check="${check}"] [data-popup-fix]`) ?? nextFixAfter(check))) ||
      (selector && app.querySelector<HTMLElement>(selector)) ||
      document.getElementById('open-options');
    target?.focus();
  };
}

function nextFixAfter(check: string): HTMLElement | null {
  const order = CHECK_ORDER.slice(CHECK_ORDER.indexOf(check as keyof Checklist) + 1);
  for (const key of order) {
    const fix = app.querySelector<HTMLElement>(`[data-check="${key}"] [data-popup-fix]`);
    if (fix) return fix;
  }
  return app.querySelector<HTMLElement>('[data-popup-fix]');
}

function draw(state: TabState | null): void {
  app.setAttribute('aria-busy', String(state?.state === 'analyzing'));
  if (!state) return mount(app, renderMessage(t('popupNoAnswerLead'), t('popupNoAnswerBody')));
  switch (state.state) {
    case 'no-box':
      return mount(app, renderMessage(t('popupNoBoxLead'), t('popupNoBoxBody')));
    case 'disabled':
      return mount(app, renderDisabled(state.host));
    case 'no-access':
      return mount(app, renderNoAccess(state.origin));
    case 'analyzing':
      return mount(
        app,
        h(
          'div',
          { class: 'state', 'data-popup-state': 'analyzing' },
          h('div', { class: 'spinner', 'aria-hidden': 'true' }),
          h('p', { class: 'lead' }, t('popupAnalyzing')),
        ),
      );
    case 'ready':
      return mount(app, ...renderReport(state));
  }
}

function renderMessage(lead: string, body: string): HTMLElement {
  return h('div', { class: 'state', 'data-popup-state': 'message' }, h('p', { class: 'lead' }, lead), h('p', { class: 'muted' }, body));
}

function renderDisabled(host: string): HTMLElement {
  const turnOn = siteSwitch(host, false);
  return h(
    'div',
    { class: 'state', 'data-popup-state': 'disabled' },
    h('p', { class: 'lead' }, t('popupDisabledLead', host)),
    h('p', { class: 'muted' }, t('popupDisabledBody')),
    turnOn,
  );
}

/** A switch for Attune on `host`; flipping it saves disabledSites (every tab follows through watchSettings). */
function siteSwitch(host: string, on: boolean): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'switch', role: 'switch', 'aria-checked': String(on), 'data-popup-site-switch': host },
    h('span', { class: 'track', 'aria-hidden': 'true' }),
    h('span', {}, t('popupSiteSwitch', host)),
  );
  button.addEventListener('click', async () => {
    const nowOn = button.getAttribute('aria-checked') !== 'true';
    button.setAttribute('aria-checked', String(nowOn));
    // The user's own list (not the team's additions); turning on also clears a wildcard covering the host.
    const { user } = await loadSettingsState();
    const others = user.disabledSites.filter((site) => !isSiteDisabled({ disabledSites: [site] }, host));
    const effective = await saveSettings({ disabledSites: nowOn ? others : [...others, host] });
    if (nowOn && isSiteDisabled(effective, host)) {
      button.setAttribute('aria-checked', 'false');
      return announce(t('popupSiteLocked', host));
    }
    announce(nowOn ? t('popupSiteTurnedOn', host) : t('popupSiteTurnedOff', host));
    lastRendered = '';
    schedulePoll(POLL_MS);
  });
  return button;
}

function renderNoAccess(origin: string): HTMLElement {
  const pattern = originPattern(origin) ?? origin;
  const allow = h('button', { type: 'button', class: 'primary', 'data-popup-action': 'grant' }, t('popupGrantButton'));
  // permissions.request must run inside the click itself (a user gesture): no await before it.
  allow.addEventListener('click', () => {
    browser.permissions.request({ origins: [pattern] }).then(
      async (granted) => {
        if (!granted) return announce(t('popupGrantDenied'));
        const { user } = await loadSettingsState();
        if (!user.customSites.includes(pattern)) await saveSettings({ customSites: [...user.customSites, pattern] });
        announce(t('popupGrantDone'));
        lastRendered = '';
        schedulePoll(POLL_MS);
      },
      () => announce(t('popupGrantDenied')),
    );
  });
  return h(
    'div',
    { class: 'state', 'data-popup-state': 'no-access' },
    h('p', { class: 'lead' }, t('popupNoAccessLead', hostOfPattern(pattern))),
    h('p', { class: 'muted' }, t('popupNoAccessBody')),
    allow,
  );
}

/** Whether the writer opened the details; kept across redraws (a new report redraws the popup). */
let detailsOpen = false;

/**
 * A calm summary first (what looks good, what is worth a look, the balance in plain words, one line
 * each); the checks worth a look with their sentence and quick fix; everything else on demand.
 */
function renderReport(state: Extract<TabState, { state: 'ready' }>): Node[] {
  const { report } = state;
  const nodes: Node[] = [];
  if (report.partial) nodes.push(h('p', { class: 'notice warn', 'data-popup-partial': '' }, t('popupPartial')));
  const failing = CHECK_ORDER.filter((key) => !report.checklist[key].pass);
  const passing = CHECK_ORDER.filter((key) => report.checklist[key].pass);
  nodes.push(renderSummary(report, failing, passing));
  if (failing.length) nodes.push(renderChecklist(state, failing, 'checklist-title', t('popupChecklistTitle')));
  const details = h(
    'details',
    { class: 'more', 'data-popup-details': '', ...(detailsOpen ? { open: '' } : {}) },
    h('summary', { id: 'popup-details-toggle' }, t('summaryDetails')),
    passing.length ? renderChecklist(state, passing, 'passing-title', t('popupPassingTitle')) : null,
    renderConcerns(report),
    renderBalance(report),
  );
  details.addEventListener('toggle', () => (detailsOpen = (details as HTMLDetailsElement).open));
  nodes.push(details);
  if (tabHost) nodes.push(h('div', { class: 'site' }, siteSwitch(tabHost, true)));
  return nodes;
}

function renderSummary(report: Report, failing: (keyof Checklist)[], passing: (keyof Checklist)[]): HTMLElement {
  const names = (keys: (keyof Checklist)[]) => listOf(keys.map((key, i) => (i === 0 ? t(CHECK_LABELS[key]) : lowerFirst(t(CHECK_LABELS[key])))));
  const line = (kind: string, mark: string, text: string, extra: Record<string, string> = {}) =>
    h('p', { class: `line ${kind}`, 'data-summary': kind, ...extra }, h('span', { class: 'mark', 'aria-hidden': 'true' }, mark), h('span', {}, text));
  const { questions, reflections } = balanceCounts(report);
  return h(
    'section',
    { class: 'summary', 'aria-labelledby': 'summary-title', 'data-popup-summary': '' },
    h('h2', { id: 'summary-title', class: 'sr-only' }, t('summaryTitle')),
    failing.length === 0
      ? line('pass', '✓', t('summaryAllPass'))
      : passing.length
        ? line('pass', '✓', t('summaryPasses', names(passing)))
        : line('pass', '○', t('summaryNothingPasses')),
    failing.length ? line('look', '•', t('summaryLook', names(failing))) : null,
    line('balance', '↔', balanceSentence(questions, reflections), { title: t('summaryBalanceTooltip') }),
  );
}

function listOf(items: string[]): string {
  try {
    return new Intl.ListFormat(browser.i18n.getUILanguage() || 'en', { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const CHECK_LABELS: Record<keyof Checklist, string> = {
  acknowledges: 'checkAcknowledges',
  no_pressure: 'checkNoPressure',
  open_question: 'checkOpenQuestion',
  autonomy: 'checkAutonomy',
};

function renderChecklist(state: Extract<TabState, { state: 'ready' }>, keys: (keyof Checklist)[], titleId: string, title: string): HTMLElement {
  const items = keys.map((key) => renderCheck(state, key, state.report.checklist[key]));
  return h('section', { 'aria-labelledby': titleId }, h('h2', { id: titleId }, title), h('ul', { class: 'checklist' }, ...items));
}

function renderCheck(state: Extract<TabState, { state: 'ready' }>, key: keyof Checklist, item: ChecklistItem): HTMLElement {
  const fix = quickFixFor(state.report, key);
  const labelId = `check-${key}`;
  return h(
    'li',
    { class: `check ${item.pass ? 'pass' : 'fail'}`, 'data-check': key, 'data-pass': String(item.pass) },
    h('span', { class: 'mark', 'aria-hidden': 'true' }, item.pass ? '✓' : '•'),
    h(
      'div',
      { class: 'body' },
      h('p', { class: 'label', id: labelId }, t(CHECK_LABELS[key]), h('span', { class: 'sr-only' }, ` — ${item.pass ? t('checkPassed') : t('checkFailed')}`)),
      item.detail ? h('p', { class: 'detail' }, item.detail) : null,
      item.sentence ? h('blockquote', { class: 'sentence', 'data-check-sentence': '' }, item.sentence.text) : null,
      fix ? renderFixButton(state, fix, labelId) : null,
    ),
  );
}

function renderFixButton(state: Extract<TabState, { state: 'ready' }>, fix: Suggestion, labelId: string): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'fix', 'data-popup-fix': '', 'aria-describedby': labelId },
    fix.label ? t('popupFixWithLabel', fix.label) : t('popupFix'),
    h('span', { class: 'preview' }, `“${clip(fix.text, 140)}”`),
  );
  button.addEventListener('click', async () => {
    // aria-disabled, not disabled: a disabled button drops keyboard focus to the body.
    if (button.getAttribute('aria-disabled') === 'true') return;
    button.setAttribute('aria-disabled', 'true');
    const ok = await applySuggestion(tabId, state, fix);
    announce(ok ? t('popupFixApplied') : t('popupFixFailed'));
    if (!ok) button.removeAttribute('aria-disabled');
    pollUntilChanged(state.report.length);
  });
  return button;
}

function renderConcerns(report: Report): HTMLElement {
  const title = h('h2', { id: 'concerns-title' }, t('popupConcernsTitle'));
  if (report.threadSource === 'none') {
    return h('section', { 'aria-labelledby': 'concerns-title' }, title, h('p', { class: 'muted', 'data-popup-no-thread': '' }, t('popupNoThread')));
  }
  if (report.concerns.length === 0) {
    return h('section', { 'aria-labelledby': 'concerns-title' }, title, h('p', { class: 'muted' }, t('popupNoConcerns')));
  }
  return h('section', { 'aria-labelledby': 'concerns-title' }, title, h('ul', { class: 'concerns' }, ...report.concerns.map(renderConcern)));
}

function renderConcern(concern: Concern): HTMLElement {
  return h(
    'li',
    { class: `concern ${concern.acknowledged ? 'ok' : 'missing'}`, 'data-concern-acknowledged': String(concern.acknowledged) },
    h('span', { class: 'mark', 'aria-hidden': 'true' }, concern.acknowledged ? '✓' : '•'),
    h(
      'div',
      {},
      h('p', {}, concern.acknowledged ? t('popupConcernAcknowledged', concern.topic) : t('popupConcernMissing', concern.topic)),
      h('p', { class: 'quote' }, `“${clip(concern.text, 160)}”`),
    ),
  );
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function announce(message: string): void {
  statusLine.textContent = message;
}

// ---------------------------------------------------------------------------------------------
// Refreshing

async function refresh(): Promise<TabState | null> {
  if (tabId === null) return null;
  const state = await requestTabState(tabId);
  renderState(state);
  if (state?.state === 'analyzing') schedulePoll(POLL_MS);
  return state;
}

function schedulePoll(ms: number): void {
  window.clearTimeout(pollTimer);
  pollTimer = window.setTimeout(() => void refresh(), ms);
}

/** After a fix, the content script re-analyses the draft: follow it until the report moves on. */
function pollUntilChanged(previousLength: number): void {
  const deadline = Date.now() + POLL_AFTER_APPLY_MS;
  const step = async () => {
    const state = await refresh();
    const moved = state?.state === 'ready' && state.report.length !== previousLength;
    if (!moved && Date.now() < deadline) window.setTimeout(() => void step(), POLL_MS);
  };
  window.setTimeout(() => void step(), POLL_MS);
}

async function main(): Promise<void> {
  localizeDocument();
  document.getElementById('open-options')!.addEventListener('click', () => void browser.runtime.openOptionsPage());
  const tab = await targetTab();
  if (!tab) return renderState(null);
  tabId = tab.id;
  tabHost = hostFromUrl(tab.url);
  await refresh();
  watchSettings(() => {
    lastRendered = '';
    schedulePoll(POLL_MS);
  });
}

function hostFromUrl(url: string | undefined): string | null {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

void main();
