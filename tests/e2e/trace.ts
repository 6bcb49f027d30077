// What the e2e suites observe in a page, shared between them: main-thread measurements from a CDP
// trace (the longest task, and how much of one was Attune's own code), a paint-latency probe,
// Attune's registered highlight ranges, and a caret placed inside an acknowledgement underline.
import type { Page } from 'playwright-core';
import { inPage, type Evaluator } from './harness';

interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  ph: string;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface MainThreadTrace {
  /** How many main-thread tasks ran while tracing. */
  tasks: number;
  /** The longest task, in ms. */
  longest: number;
  /** How many of those tasks ran any of Attune's code. */
  attuneTasks: number;
  /** Attune's longest share of any one task (functions from chrome-extension:// URLs), in ms. */
  longestAttune: number;
}

/** Traces the page while `during` runs. */
export async function traceMainThread(page: Page, during: () => Promise<void>): Promise<MainThreadTrace> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,__metadata', transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach().catch(() => undefined);
  return summarise(events);
}

function summarise(events: TraceEvent[]): MainThreadTrace {
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const rendererMains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(key));
  // The page's own renderer is the one dispatching its DOM events (other renderers: extension pages).
  const pageThreads = new Set(events.filter((e) => e.name === 'EventDispatch').map(key));
  const tasks = events.filter(
    (e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && rendererMains.has(key(e)) && pageThreads.has(key(e)),
  );
  const attuneCalls = events.filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && (e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  const attuneMsIn = (t: TraceEvent) =>
    attuneCalls.filter((e) => key(e) === key(t) && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0)).reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  const attuneShares = tasks.map(attuneMsIn).filter((ms) => ms > 0);
  return {
    tasks: tasks.length,
    longest: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
    attuneTasks: attuneShares.length,
    longestAttune: Math.max(0, ...attuneShares),
  };
}

/**
 * A page-world probe for "last keystroke → underline painted": records the time of the last
 * keydown in `window.__lastKey`, and the first animation frame after it with an Attune highlight
 * (any, or only `highlight`, e.g. "attune-closed-question") in `window.__painted` (0 until then).
 */
export async function installPaintProbe(page: Page, highlight?: string): Promise<void> {
  await page.evaluate((only) => {
    const w = window as unknown as { __lastKey: number; __painted: number };
    w.__lastKey = 0;
    w.__painted = 0;
    document.addEventListener(
      'keydown',
      () => {
        w.__lastKey = performance.now();
        w.__painted = 0;
      },
      true,
    );
    const tick = () => {
      if (w.__lastKey && !w.__painted) {
        for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<unknown>>) {
          if ((only ? name === only : name.startsWith('attune-')) && hl.size > 0) w.__painted = performance.now();
        }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, highlight);
}

/** How many ranges Attune has registered with CSS.highlights in the page (contenteditable underlines). */
export function attuneHighlightCount(page: Evaluator): Promise<number> {
  return inPage(page, () => {
    let n = 0;
    for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<unknown>>) if (name.startsWith('attune-')) n += hl.size;
    return n;
  });
}

/** Puts the caret a few characters into the first acknowledgement underline (as a click would). */
export async function caretIntoAcknowledgement(page: Evaluator): Promise<void> {
  await inPage(page, () => {
    const highlight = CSS.highlights.get('attune-acknowledgement');
    const range = highlight ? (Array.from(highlight)[0] as Range | undefined) : undefined;
    if (!range) throw new Error('no acknowledgement underline');
    const caret = range.cloneRange();
    caret.setStart(range.startContainer, Math.min(range.startOffset + 3, (range.startContainer.textContent ?? '').length));
    caret.collapse(true);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(caret);
  });
}

/** Attune's status elements in the page (one per tracked box; docs/testing.md). */
export function attuneStatuses(page: Evaluator): Promise<{ state: string | null; adapter: string | null; findings: number }[]> {
  return inPage(page, () =>
    [...document.querySelectorAll('attune-ui')].flatMap((host) =>
      [...(host.shadowRoot?.querySelectorAll('[data-attune-box]') ?? [])].map((el) => ({
        state: el.getAttribute('data-state'),
        adapter: el.getAttribute('data-attune-adapter'),
        findings: Number(el.getAttribute('data-findings') ?? 0),
      })),
    ),
  );
}

/** What is underlined: the overlay boxes of a textarea, or the text of each highlight range (by category). */
export function underlines(page: Evaluator): Promise<{ boxes: number; ranges: { category: string; text: string }[] }> {
  return inPage(page, () => {
    const boxes = [...document.querySelectorAll('attune-ui')].reduce(
      (n, host) => n + (host.shadowRoot?.querySelectorAll('[data-attune-underline]').length ?? 0),
      0,
    );
    const ranges: { category: string; text: string }[] = [];
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
      if (!name.startsWith('attune-')) continue;
      for (const range of highlight) if (range instanceof Range) ranges.push({ category: name.slice('attune-'.length), text: range.toString() });
    }
    return { boxes, ranges };
  });
}

/** The first underline on the page, wherever it is drawn (overlay box or highlight range), in viewport pixels. */
export function firstUnderlineRect(page: Evaluator, category?: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return inPage(
    page,
    (wanted: string | null) => {
      const root = document.querySelector('attune-ui')?.shadowRoot;
      const box = root?.querySelector(wanted ? `[data-attune-underline][data-category="${wanted}"]` : '[data-attune-underline]');
      const json = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
      if (box) return json(box.getBoundingClientRect());
      const names = wanted ? [`attune-${wanted}`] : ['attune-pressure', 'attune-closed-question', 'attune-advice', 'attune-acknowledgement', 'attune-custom'];
      for (const name of names) {
        const highlight = CSS.highlights.get(name);
        const range = highlight ? (Array.from(highlight)[0] as Range | undefined) : undefined;
        const rect = range?.getClientRects()[0];
        if (rect) return json(rect);
      }
      return null;
    },
    category ?? null,
  );
}

/** The open card, as the user sees it. */
export interface CardInfo {
  role: string | null;
  label: string | null;
  message: string | null;
  /** Each rewrite button's whole text (label and rewrite). */
  suggestions: string[];
  /** The rewritten text of each rewrite button (its `.text` child). */
  rewrites: string[];
  /** Which of the card's own buttons has focus (rewrites first; the pager's are not counted), or -1. */
  focusedIndex: number;
  rect: { x: number; y: number; width: number; height: number; top: number; left: number; right: number; bottom: number };
  text: string | null;
}

/** The open card, as the user sees it: its label, message, rewrites and which button has focus; null when none is open. */
export function cardInfo(page: Evaluator): Promise<CardInfo | null> {
  return inPage(page, (): CardInfo | null => {
    const root = document.querySelector('attune-ui')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('[data-attune-card]');
    if (!root || !card) return null;
    const active = root.activeElement as HTMLElement | null;
    // The pager's previous/next (shown when several findings share the spot) are not counted:
    // indices are among the card's own buttons, rewrites first.
    const buttons = [...card.querySelectorAll('button:not([data-attune-action="previous"]):not([data-attune-action="next"])')];
    const r = card.getBoundingClientRect();
    return {
      role: card.getAttribute('role'),
      label: card.getAttribute('aria-label'),
      message: card.querySelector('[data-attune-message]')?.textContent ?? null,
      suggestions: [...card.querySelectorAll('[data-attune-suggestion]')].map((b) => b.textContent ?? ''),
      rewrites: [...card.querySelectorAll('[data-attune-suggestion] .text')].map((b) => b.textContent ?? ''),
      focusedIndex: active ? buttons.indexOf(active) : -1,
      rect: { x: r.x, y: r.y, width: r.width, height: r.height, top: r.top, left: r.left, right: r.right, bottom: r.bottom },
      text: card.textContent,
    };
  });
}

/** The centre of the first rect of the text `phrase` inside `selector` (contenteditable). */
export async function phraseCentre(page: Page, selector: string, phrase: string) {
  return page.evaluate(
    ({ selector, phrase }) => {
      const el = document.querySelector(selector)!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(phrase);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + phrase.length);
        const r = range.getClientRects()[0];
        return { x: r.x + r.width / 2, y: r.y + r.height / 2, bottom: r.bottom, left: r.left, width: r.width };
      }
      throw new Error('phrase not found');
    },
    { selector, phrase },
  );
}
