// @vitest-environment happy-dom
// One compose box's conversation with the worker (src/content/session.ts): the pause in typing,
// one request per pause, answers that no longer describe the draft dropped, errors and a
// switched-off site, and rewrites applied only where their words still are.
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { EditorAdapter } from '../../../src/content/adapters/adapter';
import { MIN_PAUSE_MS, type PauseInput } from '../../../src/content/pause';
import { BoxSession, DEBOUNCE_MS, type BoxStatus, type SessionUi } from '../../../src/content/session';
import type { Finding, Report, Suggestion } from '../../../src/engine/types';
import type { AnalyzeRequest, WorkerResponse } from '../../../src/shared/messages';

/** An editor whose draft the test sets; every change is announced as the real adapters do. */
class FakeEditor {
  text: string;
  caret: number | null = null;
  readonly element = document.createElement('div');
  readonly listeners = new Set<() => void>();
  readonly replace = vi.fn(async (span: { start: number; end: number }, insert: string) => {
    this.text = this.text.slice(0, span.start) + insert + this.text.slice(span.end);
    return true;
  });
  readonly dispose = vi.fn();

  constructor(text: string) {
    this.text = text;
    document.body.append(this.element);
  }

  readonly adapter: EditorAdapter = {
    name: 'fake',
    element: this.element,
    doc: document,
    readText: () => this.text,
    rangeOf: () => null,
    rectsOf: () => [],
    caretOffset: () => this.caret,
    replace: (span, insert) => this.replace(span, insert),
    clientThread: () => null,
    onChange: (cb) => {
      this.listeners.add(cb);
      return () => this.listeners.delete(cb);
    },
    dispose: () => this.dispose(),
  };

  type(text: string): void {
    this.text = text;
    for (const cb of this.listeners) cb();
  }
}

class FakeUi implements SessionUi {
  readonly rendered: string[] = [];
  readonly statuses: BoxStatus[] = [];
  readonly cleared: string[] = [];
  readonly forgotten: string[] = [];
  render(box: { text: string }): void {
    this.rendered.push(box.text);
  }
  clear(boxId: string): void {
    this.cleared.push(boxId);
  }
  forget(boxId: string): void {
    this.forgotten.push(boxId);
  }
  setStatus(_boxId: string, status: BoxStatus): void {
    this.statuses.push(status);
  }
  get state(): BoxStatus['state'] | undefined {
    return this.statuses.at(-1)?.state;
  }
}

/** The worker: each request waits until the test answers it. */
class FakeWorker {
  readonly requests: AnalyzeRequest[] = [];
  private readonly answers: Array<(response: WorkerResponse | undefined) => void> = [];
  readonly send = (request: AnalyzeRequest): Promise<WorkerResponse | undefined> => {
    this.requests.push(request);
    return new Promise((resolve) => this.answers.push(resolve));
  };
  answer(index: number, response: WorkerResponse | undefined): void {
    this.answers[index]!(response);
  }
  report(index: number, findings: Finding[] = [], extra: Partial<Report> = {}): void {
    const request = this.requests[index]!;
    this.answer(index, { type: 'attune/report', boxId: request.boxId, seq: request.seq, report: reportOf(request.text, findings, extra) });
  }
}

function reportOf(text: string, findings: Finding[], extra: Partial<Report> = {}): Report {
  return { length: text.length, findings, ...extra } as Report;
}

function findingOn(text: string, phrase: string, suggestion: string): Finding {
  const start = text.indexOf(phrase);
  const span = { start, end: start + phrase.length };
  return {
    id: `pressure/test:${phrase}`,
    rule: 'pressure/test',
    category: 'pressure',
    message: 'm',
    ...span,
    suggestions: [{ ...span, text: suggestion }],
  };
}

/** Lets the timers due by then fire and every promise they started settle. */
const wait = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

let editor: FakeEditor;
let ui: FakeUi;
let worker: FakeWorker;
let markActive: Mock<(boxId: string) => void>;
let session: BoxSession;

/**
 * `pause` fixes the pause policy (most tests here are about other things than its length, so they
 * keep the longest pause, DEBOUNCE_MS); `null` leaves the session its own adaptive policy.
 */
function start(text: string, pause: ((input: PauseInput) => number) | null = () => DEBOUNCE_MS): BoxSession {
  editor = new FakeEditor(text);
  session = new BoxSession('b1', editor.adapter, { ui, send: worker.send, markActive, ...(pause ? { pause } : {}) });
  return session;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  ui = new FakeUi();
  worker = new FakeWorker();
  markActive = vi.fn<(boxId: string) => void>();
});

afterEach(() => {
  session?.dispose();
  document.documentElement.removeAttribute('data-attune-test-pause');
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('when a draft is sent', () => {
  it('analyses a pre-filled draft at once, without waiting for a key', async () => {
    start('Hi Sam, you need to sign today.');
    expect(worker.requests).toHaveLength(0);
    await wait(0);
    expect(worker.requests).toEqual([{ type: 'attune/analyze', boxId: 'b1', seq: 1, text: 'Hi Sam, you need to sign today.' }]);
    expect(markActive).toHaveBeenCalledWith('b1');
  });

  it('sends one request per pause in typing, the pause counted from the last key', async () => {
    start('');
    await wait(0);
    expect(worker.requests).toHaveLength(0); // an empty box sends nothing
    for (const text of ['H', 'Hi', 'Hi S', 'Hi Sam']) {
      editor.type(text);
      await wait(DEBOUNCE_MS - 100);
    }
    expect(worker.requests).toHaveLength(0);
    await wait(99);
    expect(worker.requests).toHaveLength(0);
    await wait(1);
    expect(worker.requests.map((r) => r.text)).toEqual(['Hi Sam']);
    // 'pending' once for the burst, not once per key.
    expect(ui.statuses.filter((s) => s.state === 'pending')).toHaveLength(1);
  });

  it("sends the caret as the focus of a long draft's analysis", async () => {
    start('Hi Sam.');
    editor.caret = 3;
    await wait(0);
    expect(worker.requests[0]).toMatchObject({ text: 'Hi Sam.', focus: 3 });
  });

  it('does not send a text it already sent; a character typed and deleted within the pause repaints the shown report', async () => {
    start('Hi Sam.');
    await wait(0);
    worker.report(0);
    await wait(0);
    expect(ui.rendered).toEqual(['Hi Sam.']);
    editor.type('Hi Sam.!');
    editor.type('Hi Sam.');
    expect(ui.state).toBe('pending');
    await wait(DEBOUNCE_MS);
    expect(worker.requests).toHaveLength(1);
    expect(ui.rendered).toEqual(['Hi Sam.', 'Hi Sam.']);
    expect(ui.state).toBe('ready');
  });
});

describe('answers that no longer describe the draft', () => {
  it('drops an older answer that arrives after a newer request was sent', async () => {
    start('You need to sign.');
    await wait(0);
    editor.type('You need to sign today.');
    await wait(DEBOUNCE_MS);
    expect(worker.requests.map((r) => r.seq)).toEqual([1, 2]);
    worker.report(1);
    await wait(0);
    worker.report(0); // the stale one, late
    await wait(0);
    expect(ui.rendered).toEqual(['You need to sign today.']);
    expect(ui.state).toBe('ready');
  });

  it('drops an older answer even when it arrives first', async () => {
    start('You need to sign.');
    await wait(0);
    editor.type('You need to sign today.');
    await wait(DEBOUNCE_MS);
    worker.report(0);
    await wait(0);
    expect(ui.rendered).toEqual([]);
    expect(ui.state).toBe('pending');
    worker.report(1);
    await wait(0);
    expect(ui.rendered).toEqual(['You need to sign today.']);
  });

  it('drops an answer made before the settings changed, though it is about the same text', async () => {
    const text = 'You need to sign.';
    start(text);
    await wait(0);
    session.refresh(); // settings changed: the same text is analysed again
    await wait(0);
    expect(worker.requests.map((r) => [r.seq, r.text])).toEqual([
      [1, text],
      [2, text],
    ]);
    worker.report(1, [findingOn(text, 'You need to', 'You could')]);
    await wait(0);
    worker.report(0, []); // the old settings' answer, late
    await wait(0);
    expect(ui.rendered).toEqual([text]);
    expect(ui.statuses.at(-1)).toMatchObject({ state: 'ready', findings: 1 });
  });

  it('drops an answer for a draft the user typed past before the next pause, and asks again', async () => {
    start('You need to sign.');
    await wait(0);
    editor.type('You need to sign it.');
    worker.report(0);
    await wait(0);
    expect(ui.rendered).toEqual([]);
    expect(ui.state).toBe('pending');
    await wait(DEBOUNCE_MS);
    expect(worker.requests.map((r) => r.text)).toEqual(['You need to sign.', 'You need to sign it.']);
  });

  it('reports the time from the last key to the report, pause included', async () => {
    start('');
    await wait(0);
    editor.type('Hi Sam.');
    await wait(DEBOUNCE_MS);
    await wait(40); // the worker takes 40 ms
    worker.report(0, [findingOn('Hi Sam.', 'Sam', 'Sam!')]);
    await wait(0);
    expect(ui.statuses.at(-1)).toEqual({ adapter: 'fake', state: 'ready', findings: 1, latencyMs: DEBOUNCE_MS + 40 });
  });

  it('marks a report of only the region around the caret as partial', async () => {
    start('A very long draft.');
    await wait(0);
    worker.report(0, [], { partial: { start: 0, end: 6 } } as Partial<Report>);
    await wait(0);
    expect(ui.state).toBe('partial');
  });
});

describe('errors and a switched-off site', () => {
  it('clears the underlines on an error and sends the same text again at the next chance', async () => {
    start('Hi Sam.');
    await wait(0);
    worker.answer(0, { type: 'attune/error', message: 'engine failed' });
    await wait(0);
    expect(ui.cleared).toEqual(['b1']);
    expect(ui.statuses.at(-1)).toMatchObject({ state: 'error', findings: 0 });
    session.refresh();
    await wait(0);
    expect(worker.requests.map((r) => r.text)).toEqual(['Hi Sam.', 'Hi Sam.']);
  });

  it('treats a worker that never answered as an error', async () => {
    start('Hi Sam.');
    await wait(0);
    worker.answer(0, undefined);
    await wait(0);
    expect(ui.state).toBe('error');
  });

  it('leaves no trace on a switched-off site and sends nothing until the settings change', async () => {
    start('You need to sign.');
    await wait(0);
    worker.answer(0, { type: 'attune/error', message: 'disabled' });
    await wait(0);
    expect(ui.forgotten).toEqual(['b1']);
    const statusesBefore = ui.statuses.length;
    editor.type('You need to sign today.');
    await wait(DEBOUNCE_MS * 2);
    expect(worker.requests).toHaveLength(1);
    expect(ui.statuses).toHaveLength(statusesBefore);
    session.refresh(); // switched back on
    await wait(0);
    worker.report(1);
    await wait(0);
    expect(ui.rendered).toEqual(['You need to sign today.']);
  });
});

describe('the adaptive pause (src/content/pause.ts)', () => {
  it('asks the policy with the last round trip and the last sent length, and waits that long', async () => {
    const asked: PauseInput[] = [];
    start('Hi Sam.', (input) => {
      asked.push(input);
      return 120;
    });
    await wait(0);
    await wait(30); // the worker takes 30 ms
    worker.report(0);
    await wait(0);
    editor.type('Hi Sam, thanks.');
    expect(asked).toEqual([{ lastRoundTripMs: 30, textLength: 'Hi Sam.'.length }]);
    await wait(119);
    expect(worker.requests).toHaveLength(1);
    await wait(1);
    expect(worker.requests).toHaveLength(2);
  });

  it('by default pauses only briefly after a fast answer on a short draft', async () => {
    start('Hi Sam.', null);
    await wait(0);
    worker.report(0);
    await wait(0);
    editor.type('Hi Sam, thanks.');
    await wait(MIN_PAUSE_MS - 1);
    expect(worker.requests).toHaveLength(1);
    await wait(1);
    expect(worker.requests).toHaveLength(2);
  });

  it('a test pause longer than the usual one still wins', async () => {
    start('Hi Sam.', null);
    await wait(0);
    worker.report(0);
    await wait(0);
    document.documentElement.setAttribute('data-attune-test-pause', '4000');
    editor.type('Hi Sam, thanks.');
    await wait(3999);
    expect(worker.requests).toHaveLength(1);
    await wait(1);
    expect(worker.requests).toHaveLength(2);
  });
});

describe('the test hook that lengthens the pause (docs/testing.md)', () => {
  it('makes the next pauses as long as asked', async () => {
    start('');
    await wait(0);
    document.documentElement.setAttribute('data-attune-test-pause', '4000');
    editor.type('Hi Sam.');
    await wait(3999);
    expect(worker.requests).toHaveLength(0);
    await wait(1);
    expect(worker.requests).toHaveLength(1);
  });

  it('ignores a pause shorter than the usual one and caps a long one at 10 s', async () => {
    start('');
    await wait(0);
    document.documentElement.setAttribute('data-attune-test-pause', '50');
    editor.type('Hi.');
    await wait(DEBOUNCE_MS - 1);
    expect(worker.requests).toHaveLength(0);
    await wait(1);
    expect(worker.requests).toHaveLength(1);
    document.documentElement.setAttribute('data-attune-test-pause', '600000');
    editor.type('Hi Sam.');
    await wait(10_000);
    expect(worker.requests).toHaveLength(2);
  });
});

describe('the test hook that holds analysis until the test lets go (docs/testing.md)', () => {
  it('sends nothing while held, with the box pending, and sends as soon as the hold is removed', async () => {
    start('Hi Sam.');
    await wait(0);
    worker.report(0);
    await wait(0);
    document.documentElement.setAttribute('data-attune-test-pause', 'hold');
    editor.type('Hi Sam, you need to sign.');
    await wait(30_000);
    expect(worker.requests).toHaveLength(1);
    expect(ui.state).toBe('pending');
    document.documentElement.removeAttribute('data-attune-test-pause');
    await wait(50);
    expect(worker.requests.map((r) => r.text)).toEqual(['Hi Sam.', 'Hi Sam, you need to sign.']);
  });

  it("holds a pre-filled draft's first analysis too, and never longer than a minute after the last change", async () => {
    document.documentElement.setAttribute('data-attune-test-pause', 'hold');
    start('Hi Sam.');
    await wait(59_950);
    expect(worker.requests).toHaveLength(0);
    await wait(100);
    expect(worker.requests).toHaveLength(1);
  });
});

describe('applying a rewrite', () => {
  const DRAFT = 'Hi Sam. You need to sign today.';
  const suggestion = (): Suggestion => findingOn(DRAFT, 'You need to', 'You could').suggestions[0]!;

  async function shown(): Promise<void> {
    start(DRAFT);
    await wait(0);
    worker.report(0, [findingOn(DRAFT, 'You need to', 'You could')]);
    await wait(0);
  }

  it('replaces the span of the report it came from, keeping the rest of the draft', async () => {
    await shown();
    expect(await session.apply(suggestion())).toBe(true);
    expect(editor.text).toBe('Hi Sam. You could sign today.');
  });

  it('follows the words when the user typed before them since the report', async () => {
    await shown();
    editor.type('Hello there Sam. You need to sign today.');
    expect(await session.apply(suggestion())).toBe(true);
    expect(editor.replace).toHaveBeenCalledWith({ start: 17, end: 28 }, 'You could');
    expect(editor.text).toBe('Hello there Sam. You could sign today.');
  });

  it('refuses when the words are no longer in the draft, and with no report shown', async () => {
    await shown();
    editor.type('Hi Sam. Please sign today.');
    expect(await session.apply(suggestion())).toBe(false);
    expect(editor.replace).not.toHaveBeenCalled();
    session.dispose();
    start(DRAFT);
    expect(await session.apply(suggestion())).toBe(false);
  });

  it('reports false when the editor throws', async () => {
    await shown();
    editor.replace.mockRejectedValueOnce(new Error('editor re-rendered'));
    expect(await session.apply(suggestion())).toBe(false);
  });
});

describe("the box's life", () => {
  it('tells the page which box is active when it is focused', () => {
    start('');
    editor.element.dispatchEvent(new FocusEvent('focus'));
    expect(markActive).toHaveBeenCalledWith('b1');
  });

  it('sends nothing after dispose, stops listening to the editor and clears its underlines', async () => {
    start('');
    await wait(0);
    editor.type('You need to sign.');
    const clearedBefore = ui.cleared.length; // the empty draft's flush cleared once already
    session.dispose();
    await wait(DEBOUNCE_MS * 2);
    expect(worker.requests).toHaveLength(0);
    expect(editor.listeners.size).toBe(0);
    expect(editor.dispose).toHaveBeenCalled();
    expect(ui.cleared).toHaveLength(clearedBefore + 1);
  });

  it('drops an answer that arrives after dispose', async () => {
    start('You need to sign.');
    await wait(0);
    session.dispose();
    worker.report(0);
    await wait(0);
    expect(ui.rendered).toEqual([]);
  });
});
