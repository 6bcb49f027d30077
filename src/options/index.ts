// The options page: how Attune coaches, what it flags, where it runs, backup and reset.
// Every change is saved to storage.sync (debounced); the worker and content scripts follow
// through watchSettings, so open tabs change without a reload.
import browser from 'webextension-polyfill';
import {
  FINDING_CATEGORIES,
  PRESSURE_KINDS,
  REGISTERS,
  STRICTNESS_LEVELS,
  type FindingCategory,
  type PressureKind,
  type Register,
  type Strictness,
} from '../shared/contract/index';
import { LIMITS, applyPatch, hostOfPattern, originPattern, type LockKey, type SettingsPatch } from '../shared/settings';
import { exportSettings, parseSettingsFile, type ImportError } from '../shared/settings-import';
import { loadSettingsState, replaceSettings, resetSettings, saveSettings, watchSettingsState, type SettingsState } from '../shared/storage';
import { localizeDocument, t } from '../shared/i18n';
import { h, mount } from '../shared/dom';
import { card, checkbox, lockNote, radioGroup } from './controls';
import { renderAllowList, renderPhrases, type Phrase } from './lists';

const app = document.getElementById('app')!;
const statusLine = document.getElementById('status')!;
const SAVE_DELAY_MS = 400;

let state: SettingsState;
/** Rows as shown, blanks included (storage drops blank rows; the UI must not while one is typed). */
let phraseRows: Phrase[] = [];
let allowRows: string[] = [];
let pending: SettingsPatch = {};
let saveTimer: number | undefined;
/** JSON of the user settings this page last wrote: its own echo from watchSettings is ignored. */
let lastWritten = '';
let importErrors: ImportError[] = [];
let confirmingReset = false;

// ---------------------------------------------------------------------------------------------
// Saving

function mergePatch(a: SettingsPatch, b: SettingsPatch): SettingsPatch {
  const engine = a.engine || b.engine ? { ...a.engine, ...b.engine } : undefined;
  if (engine && (a.engine?.categories || b.engine?.categories)) engine.categories = { ...a.engine?.categories, ...b.engine?.categories };
  return { ...a, ...b, ...(engine ? { engine } : {}) };
}

/** Queues a change; a burst of changes becomes one write. */
function queueSave(patch: SettingsPatch): void {
  pending = mergePatch(pending, patch);
  window.clearTimeout(saveTimer);
  saveTimer = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
}

async function flush(): Promise<void> {
  const patch = pending;
  pending = {};
  // Known before writing, so the storage echo that may arrive first is recognised as ours.
  state.user = applyPatch(state.user, patch, state.locked);
  lastWritten = JSON.stringify(state.user);
  try {
    state.settings = await saveSettings(patch);
    announce(t('optionsSaved'));
  } catch (error) {
    announce(t('optionsSaveFailed', error instanceof Error ? error.message : String(error)));
  }
}

function announce(message: string): void {
  statusLine.textContent = message;
}

const isLocked = (key: LockKey) => state.locked.has(key);

// ---------------------------------------------------------------------------------------------
// Rendering

function render(): void {
  const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  mount(
    app,
    renderCoaching(),
    renderCategories(),
    renderPhrases(phraseRows, state.policy.customPhrases ?? [], { save: savePhrases, rerender: render }),
    renderAllowList(allowRows, state.policy.allowList ?? [], { save: saveAllowList, rerender: render }),
    renderSites(),
    renderBackup(),
  );
  app.setAttribute('aria-busy', 'false');
  if (focusedId) document.getElementById(focusedId)?.focus();
}

function renderCoaching(): HTMLElement {
  const e = state.settings.engine;
  return card(
    'coaching',
    t('optionsCoachingTitle'),
    null,
    radioGroup<Strictness>('strictness', t('optionsStrictness'), STRICTNESS_LEVELS, e.strictness, isLocked('strictness'), (v) =>
      queueSave({ engine: { strictness: v } }),
    ),
    radioGroup<Register>('register', t('optionsRegister'), REGISTERS, e.register, isLocked('register'), (v) => queueSave({ engine: { register: v } })),
  );
}

function renderCategories(): HTMLElement {
  const e = state.settings.engine;
  const categoryBox = (c: FindingCategory) =>
    checkbox(
      `category-${c}`,
      t(`category_${c.replace(/-/g, '_')}`),
      e.categories[c],
      isLocked(`categories.${c}`),
      (on) => {
        queueSave({ engine: { categories: { [c]: on } } });
        if (c === 'pressure') for (const k of document.querySelectorAll<HTMLInputElement>('.kinds input')) k.disabled = !on || isLocked('disabledKinds');
      },
      t(`category_${c.replace(/-/g, '_')}_hint`),
    );
  const kindsOff = !e.categories.pressure || isLocked('disabledKinds');
  const kinds = h(
    'fieldset',
    { class: 'kinds', 'data-setting': 'disabledKinds' },
    h('legend', { class: 'sr-only' }, t('optionsPressureKinds')),
    ...PRESSURE_KINDS.map((k) =>
      checkbox(`kind-${k}`, t(`kind_${k}`), !e.disabledKinds.includes(k), kindsOff, (on) => {
        const current = new Set<PressureKind>(state.settings.engine.disabledKinds);
        if (on) current.delete(k);
        else current.add(k);
        state.settings.engine.disabledKinds = PRESSURE_KINDS.filter((x) => current.has(x));
        queueSave({ engine: { disabledKinds: state.settings.engine.disabledKinds } });
      }),
    ),
  );
  const [pressure, ...rest] = FINDING_CATEGORIES.map(categoryBox);
  const anyLocked = FINDING_CATEGORIES.some((c) => isLocked(`categories.${c}`)) || isLocked('disabledKinds');
  return card('categories', t('optionsCategoriesTitle'), t('optionsCategoriesIntro'), pressure, kinds, ...rest, anyLocked ? lockNote() : null);
}

function savePhrases(): void {
  queueSave({ engine: { customPhrases: phraseRows.filter((r) => r.phrase.trim()) } });
}

function saveAllowList(): void {
  queueSave({ engine: { allowList: allowRows.filter((s) => s.trim()) } });
}

/** Hosts Attune runs on out of the box, from the manifest's host permissions. */
function builtInHosts(): string[] {
  const patterns = browser.runtime.getManifest().host_permissions ?? [];
  return [...new Set(patterns.map(hostOfPattern))];
}

function siteRow(host: string, extra: Node | null = null): HTMLElement {
  const teamOff = (state.policy.disabledSites ?? []).includes(host);
  const on = !state.settings.disabledSites.includes(host);
  const id = `site-${host.replace(/[^a-z0-9]+/gi, '-')}`;
  const button = h(
    'button',
    { type: 'button', class: 'switch', role: 'switch', id, 'aria-checked': String(on), disabled: teamOff, 'data-site': host },
    h('span', { class: 'track', 'aria-hidden': 'true' }),
    h('span', { class: 'sr-only' }, t('optionsSiteSwitch', host)),
  );
  button.addEventListener('click', () => {
    const nowOn = button.getAttribute('aria-checked') !== 'true';
    button.setAttribute('aria-checked', String(nowOn));
    const others = state.user.disabledSites.filter((s) => s !== host);
    state.user.disabledSites = nowOn ? others : [...others, host];
    state.settings.disabledSites = nowOn ? state.settings.disabledSites.filter((s) => s !== host) : [...state.settings.disabledSites, host];
    queueSave({ disabledSites: state.user.disabledSites });
  });
  return h(
    'div',
    { class: 'site-row' },
    h('span', {}, host, teamOff ? h('span', { class: 'lock-note' }, ` — ${t('optionsLocked')}`) : null),
    h('span', { class: 'actions' }, extra, button),
  );
}

function renderSites(): HTMLElement {
  const builtInList = builtInHosts();
  const builtIn = builtInList.map((host) => siteRow(host));
  // Sites switched off elsewhere (the popup's switch on a granted site, a team policy): listed so they can be found again.
  const listed = new Set([...builtInList, ...state.user.customSites.map(hostOfPattern)]);
  const offElsewhere = [...new Set([...state.settings.disabledSites])].filter((host) => !listed.has(host)).map((host) => siteRow(host));
  const custom = state.user.customSites.map((pattern) => {
    const remove = h('button', { type: 'button', 'aria-label': t('optionsRemoveSite', hostOfPattern(pattern)) }, t('optionsRemove'));
    remove.addEventListener('click', () => {
      // Give the permission back too: a removed site should not stay readable.
      void browser.permissions.remove({ origins: [pattern] }).catch(() => false);
      state.user.customSites = state.user.customSites.filter((p) => p !== pattern);
      queueSave({ customSites: state.user.customSites });
      render();
      document.getElementById('site-input')?.focus();
    });
    return siteRow(hostOfPattern(pattern), remove);
  });
  const input = h('input', {
    type: 'text',
    id: 'site-input',
    placeholder: 'crm.example.com',
    'aria-label': t('optionsAddSiteLabel'),
    'aria-describedby': 'site-error',
  });
  const error = h('p', { id: 'site-error', class: 'lock-note', role: 'alert' });
  const add = h('button', { type: 'button', id: 'site-add' }, t('optionsAddSite'));
  const addSite = () => {
    const pattern = originPattern(input.value);
    if (!pattern) return void (error.textContent = t('optionsSiteInvalid'));
    error.textContent = '';
    // permissions.request must be called inside the user's gesture: nothing awaited before it.
    browser.permissions.request({ origins: [pattern] }).then(
      (granted) => {
        if (!granted) return void (error.textContent = t('optionsSiteDenied', hostOfPattern(pattern)));
        if (!state.user.customSites.includes(pattern)) state.user.customSites = [...state.user.customSites, pattern];
        queueSave({ customSites: state.user.customSites });
        render();
        announce(t('optionsSiteAdded', hostOfPattern(pattern)));
      },
      (e: unknown) => void (error.textContent = t('optionsSiteDenied', `${hostOfPattern(pattern)} (${e instanceof Error ? e.message : String(e)})`)),
    );
  };
  add.addEventListener('click', addSite);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') addSite();
  });
  return card(
    'sites',
    t('optionsSitesTitle'),
    t('optionsSitesIntro'),
    h('div', { class: 'sites' }, ...builtIn, ...custom, ...offElsewhere),
    h('div', { class: 'add-site' }, input, add),
    error,
  );
}

function importErrorText(e: ImportError): string {
  return t(`importError_${e.code.replace(/-/g, '_')}`, e.path || t('importWholeFile'));
}

function renderBackup(): HTMLElement {
  const exportButton = h('button', { type: 'button', id: 'export' }, t('optionsExport'));
  exportButton.addEventListener('click', () => {
    const blob = new Blob([exportSettings(state.user)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: 'attune-settings.json' });
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  const file = h('input', { type: 'file', id: 'import-file', accept: 'application/json,.json', class: 'sr-only', tabindex: '-1', 'aria-hidden': 'true' });
  const importButton = h('button', { type: 'button', id: 'import' }, t('optionsImport'));
  importButton.addEventListener('click', () => file.click());
  file.addEventListener('change', () => void importFile(file));
  const errors = importErrors.length
    ? h(
        'div',
        { class: 'notice error', role: 'alert', id: 'import-errors', 'data-import-errors': '' },
        h('p', {}, t('importRejected')),
        h('ul', { class: 'errors' }, ...importErrors.map((e) => h('li', {}, importErrorText(e)))),
      )
    : null;
  return card(
    'backup',
    t('optionsBackupTitle'),
    t('optionsBackupIntro'),
    h('div', { class: 'actions' }, exportButton, importButton, file, renderReset()),
    errors,
  );
}

function renderReset(): HTMLElement {
  if (!confirmingReset) {
    const reset = h('button', { type: 'button', id: 'reset' }, t('optionsReset'));
    reset.addEventListener('click', () => {
      confirmingReset = true;
      render();
      document.getElementById('reset-confirm')?.focus();
    });
    return reset;
  }
  const confirm = h('button', { type: 'button', class: 'primary', id: 'reset-confirm' }, t('optionsResetConfirm'));
  const cancel = h('button', { type: 'button', id: 'reset-cancel' }, t('optionsCancel'));
  confirm.addEventListener('click', async () => {
    confirmingReset = false;
    await resetSettings();
    await adopt();
    announce(t('optionsResetDone'));
    document.getElementById('reset')?.focus();
  });
  cancel.addEventListener('click', () => {
    confirmingReset = false;
    render();
    document.getElementById('reset')?.focus();
  });
  return h('span', { class: 'actions', role: 'group', 'aria-label': t('optionsResetQuestion') }, h('span', {}, t('optionsResetQuestion')), confirm, cancel);
}

async function importFile(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  // Refuse big files before reading them into memory.
  const result = file.size > LIMITS.fileBytes ? ({ ok: false, errors: [{ code: 'too-large', path: '' }] } as const) : parseSettingsFile(await file.text());
  if (!result.ok) {
    importErrors = [...result.errors];
    render();
    document.getElementById('import')?.focus();
    announce(t('importRejected'));
    return;
  }
  importErrors = [];
  window.clearTimeout(saveTimer);
  pending = {};
  await replaceSettings(result.settings);
  await adopt();
  announce(t('importDone'));
  document.getElementById('import')?.focus();
}

/** Takes fresh state from storage and redraws (after import, reset or a change made elsewhere). */
async function adopt(): Promise<void> {
  const fresh = await loadSettingsState();
  lastWritten = JSON.stringify(fresh.user);
  setState(fresh);
  render();
}

function setState(next: SettingsState): void {
  state = next;
  phraseRows = next.user.engine.customPhrases.map((p) => ({ ...p }));
  allowRows = [...next.user.engine.allowList];
}

async function main(): Promise<void> {
  localizeDocument();
  setState(await loadSettingsState());
  lastWritten = JSON.stringify(state.user);
  render();
  watchSettingsState((fresh) => {
    const incoming = JSON.stringify(fresh.user);
    const sameUser = incoming === lastWritten;
    const samePolicy = JSON.stringify([...fresh.locked, fresh.policy]) === JSON.stringify([...state.locked, state.policy]);
    if (sameUser && samePolicy) return; // our own save coming back
    lastWritten = incoming;
    setState(fresh);
    render();
  });
}

void main();
