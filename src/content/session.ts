// One compose box's conversation with the worker: wait for a pause in typing, send the draft when
// it changed, drop answers that are no longer about the current draft, and hand reports to the UI.
import type { Report, Suggestion } from '../shared/contract/index';
import type { AnalyzeRequest, WorkerResponse } from '../shared/messages';
import type { EditorAdapter } from './adapters/adapter';
import { loadLazy } from './lazy/load';
import { adaptivePause, MAX_PAUSE_MS, type PauseInput } from './pause';

/**
 * The longest pause in typing before analysis (huge drafts, slow analyses). The pause itself adapts
 * (./pause.ts): about 100 ms when the worker answers fast on a normal draft, so underlines follow
 * the last keystroke within ~150 ms, and up to this for very large drafts or a slow worker.
 */
export const DEBOUNCE_MS = MAX_PAUSE_MS;

/**
 * Tests that must act while a report is stale set `data-attune-test-pause` on the page's root
 * element (docs/testing.md): racing 300 ms with key presses is flaky on a busy machine. "<ms>"
 * lengthens the pause (at most 10 s); "hold" holds analysis until the attribute is removed or
 * changed, at most MAX_TEST_HOLD_MS after the last change, so a test waits on its own release, not
 * on time. A page can only make Attune slower with it, never skip analysis.
 */
function testPause(doc: Document | null | undefined): string | null {
  return doc?.documentElement?.getAttribute('data-attune-test-pause') ?? null;
}

function typingPause(doc: Document | null | undefined, usual: number): number {
  const asked = Number(testPause(doc));
  return Number.isFinite(asked) && asked > DEBOUNCE_MS ? Math.min(asked, 10_000) : usual;
}

const MAX_TEST_HOLD_MS = 60_000;
/** How often held analysis checks whether the test let go. */
const TEST_HOLD_CHECK_MS = 50;
/** DISABLED_MESSAGE of ../shared/messages.ts, repeated to keep that module out of the page. */
const DISABLED_MESSAGE = 'disabled';

export interface BoxStatus {
  adapter: string;
  state: 'pending' | 'ready' | 'error' | 'partial';
  findings: number;
  latencyMs?: number;
}

/** The part of X2b's UI a session drives. */
export interface SessionUi {
  render(box: { id: string; adapter: EditorAdapter; report: Report; text: string }): void;
  clear(boxId: string): void;
  /** Removes every trace of this box from the page, its status element included. */
  forget(boxId: string): void;
  setStatus(boxId: string, status: BoxStatus): void;
}

export interface SessionDeps {
  ui: SessionUi;
  send(request: AnalyzeRequest): Promise<WorkerResponse | undefined>;
  /** This box was focused or typed in: the popup follows the last active box. */
  markActive(boxId: string): void;
  /** The pause policy (default: adaptivePause); tests may fix it. */
  pause?: (input: PauseInput) => number;
}

export class BoxSession {
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private sentText: string | null = null;
  /** The last analysis' round trip (request to answer), ms: the pause adapts to it. */
  private lastRoundTripMs: number | undefined;
  private lastChangeAt = performance.now();
  private state: BoxStatus['state'] | null = null;
  private disposed = false;
  /** The site is switched off: nothing is shown and typing sends nothing until settings change. */
  private off = false;
  private readonly unsubscribe: () => void;
  /** The report on screen and the text it describes: suggestions' offsets refer to that text. */
  private shown: { report: Report; text: string } | null = null;

  constructor(
    readonly id: string,
    readonly adapter: EditorAdapter,
    private readonly deps: SessionDeps,
  ) {
    this.unsubscribe = adapter.onChange(() => this.changed());
    adapter.element.addEventListener('focus', this.onFocus, true);
    // A pre-filled draft (a reply opened with text in it) is analysed without waiting for a key.
    this.schedule(0);
  }

  /** Re-analyse even if the text did not change (settings changed). */
  refresh(): void {
    this.sentText = null;
    this.schedule(0);
  }

  /** The last report shown for this box, with the text it was computed on. */
  get current(): { report: Report; text: string } | null {
    return this.shown;
  }

  /** Applies a rewrite, refusing when its words are no longer in the draft. */
  async apply(suggestion: Suggestion, basis?: { text: string }): Promise<boolean> {
    const reportText = basis?.text ?? this.shown?.text;
    if (reportText === undefined) return false;
    // The rewrite code is injected on first use (./lazy/load.ts), not bundled up front.
    const lazy = await loadLazy();
    const span = lazy?.replace.relocateSpan(reportText, this.adapter.readText(), suggestion);
    if (!span) return false;
    try {
      return await this.adapter.replace(span, suggestion.text);
    } catch {
      return false;
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.unsubscribe();
    this.adapter.element.removeEventListener('focus', this.onFocus, true);
    this.adapter.dispose();
    this.deps.ui.clear(this.id);
  }

  private readonly onFocus = () => this.deps.markActive(this.id);

  private changed(): void {
    if (this.off) return;
    this.lastChangeAt = performance.now();
    if (this.state !== 'pending') this.setStatus('pending', this.shown?.report.findings.length ?? 0);
    // Only what is already known (no read of the editor per keystroke): the last sent draft's length.
    const usual = (this.deps.pause ?? adaptivePause)({ lastRoundTripMs: this.lastRoundTripMs, textLength: this.sentText?.length ?? 0 });
    this.schedule(typingPause(globalThis.document, usual));
  }

  private schedule(delay: number): void {
    if (this.disposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private async flush(): Promise<void> {
    this.timer = null;
    if (this.heldForTest()) {
      this.schedule(TEST_HOLD_CHECK_MS);
      return;
    }
    const text = this.adapter.readText();
    if (text === this.sentText) {
      if (this.state === 'pending' && this.shown) this.restoreShown(text);
      return;
    }
    this.sentText = text;
    const seq = ++this.seq;
    if (!text.trim()) {
      this.shown = null;
      this.deps.ui.clear(this.id);
      // Still switched off as far as we know: an empty box shows nothing either.
      if (!this.off) this.setStatus('ready', 0);
      return;
    }
    this.deps.markActive(this.id);
    const thread = this.adapter.clientThread();
    const focus = this.adapter.caretOffset();
    const sentAt = performance.now();
    const response = await this.deps.send({
      type: 'attune/analyze',
      boxId: this.id,
      seq,
      text,
      ...(thread ? { thread } : {}),
      ...(focus !== null ? { focus } : {}),
    });
    // A newer request is in flight, or the draft moved on: that answer describes another text.
    if (!this.disposed) this.lastRoundTripMs = performance.now() - sentAt;
    if (this.disposed || seq !== this.seq) return;
    if (response?.type === 'attune/error' && response.message === DISABLED_MESSAGE) {
      this.switchOff();
      return;
    }
    this.off = false;
    if (!response || response.type === 'attune/error') {
      this.sentText = null;
      this.shown = null;
      this.deps.ui.clear(this.id);
      this.setStatus('error', 0);
      return;
    }
    if (this.adapter.readText() !== text) return;
    this.shown = { report: response.report, text };
    this.deps.ui.render({ id: this.id, adapter: this.adapter, report: response.report, text });
    const latencyMs = Math.round(performance.now() - this.lastChangeAt);
    this.setStatus(response.report.partial ? 'partial' : 'ready', response.report.findings.length, latencyMs);
  }

  private heldForTest(): boolean {
    return testPause(globalThis.document) === 'hold' && performance.now() - this.lastChangeAt < MAX_TEST_HOLD_MS;
  }

  /**
   * An edit that put back exactly the text last analysed (a character deleted and retyped within
   * the pause): the report still holds, but the edit may have dropped underlines it touched, so
   * paint it again rather than only resetting the status.
   */
  private restoreShown(text: string): void {
    const shown = this.shown!;
    if (shown.text === text) this.deps.ui.render({ id: this.id, adapter: this.adapter, report: shown.report, text });
    this.setStatus(shown.report.partial ? 'partial' : 'ready', shown.report.findings.length);
  }

  /**
   * The user switched this site off: no underline, card or status element stays on the page, and
   * typing sends nothing. A settings change (refresh) asks once more, which is how it comes back.
   */
  private switchOff(): void {
    this.off = true;
    this.shown = null;
    this.state = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.deps.ui.forget(this.id);
  }

  private setStatus(state: BoxStatus['state'], findings: number, latencyMs?: number): void {
    this.state = state;
    this.deps.ui.setStatus(this.id, {
      adapter: this.adapter.name,
      state,
      findings,
      ...(latencyMs !== undefined ? { latencyMs } : {}),
    });
  }
}
