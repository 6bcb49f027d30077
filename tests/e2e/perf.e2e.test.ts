// Measured, printed, and held to the issue's targets:
//  - time from the last keystroke to the underline being painted (median and p95 over 20 edits,
//    printed; the adaptive pause is included), with the longest main-thread task meanwhile;
//  - the content script's size, gzipped, of every file the manifest makes a page load (and,
//    printed apart, the code the worker injects on first use);
//  - the longest main-thread task on the page while typing into a 5,000-word draft (CDP trace).
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEBOUNCE_MS } from '../../src/content/session';
import { LAZY_FILE } from '../../src/background/lazy-file';
import { DEFAULT_DIST, focusEditor, launchWithExtension, modelText, openFixture, setEditorText, type Harness } from './harness';
import { attuneHighlightCount, installPaintProbe, traceMainThread } from './trace';

/** Edits timed for the keystroke-to-underline figures. */
const EDITS = 20;
/** Far above the ~150 ms aimed at: catches a broken pause, not a slow machine. */
const SANITY_LATENCY_MS = 2000;
const TARGET_GZIP_BYTES = 15 * 1024;
const TARGET_LONGEST_TASK_MS = 16;

let h: Harness;

beforeAll(async () => {
  h = await launchWithExtension();
});

afterAll(async () => {
  await h?.close();
});

/**
 * The script files a matched page loads up front: the manifest's content scripts, the module a
 * loader imports at once (`runtime.getURL("…")`), and their static imports. Loaded on first use:
 * the file the worker injects (LAZY_FILE) and any web-accessible chunk not loaded up front.
 */
function contentScriptFiles(dist: string): { upFront: string[]; lazy: string[] } {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    web_accessible_resources?: { resources: string[] }[];
  };
  const upFront = new Set<string>();
  const visit = (file: string) => {
    if (upFront.has(file) || !existsSync(join(dist, file))) return;
    upFront.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) visit(m[1]!);
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(join(dirname(file), m[1]!));
  };
  for (const script of manifest.content_scripts ?? []) for (const js of script.js ?? []) visit(js);
  const lazy = new Set<string>();
  if (existsSync(join(dist, LAZY_FILE))) lazy.add(LAZY_FILE);
  for (const war of manifest.web_accessible_resources ?? []) {
    for (const r of war.resources) if (r.endsWith('.js') && !upFront.has(r) && existsSync(join(dist, r))) lazy.add(r);
  }
  return { upFront: [...upFront], lazy: [...lazy] };
}

function gzipSizes(dist: string, files: string[]): { f: string; raw: number; gz: number }[] {
  return files.map((f) => {
    const raw = readFileSync(join(dist, f));
    return { f, raw: raw.length, gz: gzipSync(raw, { level: 9 }).length };
  });
}

describe('performance', () => {
  it('paints the underline soon after the last keystroke (adaptive pause), over 20 edits', async () => {
    const page = await openFixture(h, 'gmail');
    await focusEditor(page);
    await installPaintProbe(page, 'attune-closed-question');
    const status = page.locator('[data-attune-box]').first();
    const samples: number[] = [];
    const statusLatencies: number[] = [];
    // Each edit: a draft without a closed question, then the writer types one after it. The probe
    // notes the last keydown and the first frame with a closed-question underline registered (the
    // fixture's thread gives the first sentence an acknowledgement underline throughout).
    const trace = await traceMainThread(page, async () => {
      for (let i = 0; i < EDITS; i++) {
        await setEditorText(page, `Thanks for the update on item ${i + 1}.`);
        await expect.poll(() => page.evaluate(() => CSS.highlights.get('attune-closed-question')?.size ?? 0), { timeout: 5000 }).toBe(0);
        await expect.poll(() => status.getAttribute('data-state'), { timeout: 5000 }).toBe('ready');
        await focusEditor(page);
        await page.keyboard.press('End');
        await page.keyboard.type(' Do you have any questions?', { delay: 30 });
        await expect.poll(() => page.evaluate(() => (window as unknown as { __painted: number }).__painted), { timeout: 5000 }).toBeGreaterThan(0);
        samples.push(
          await page.evaluate(() => {
            const w = window as unknown as { __lastKey: number; __painted: number };
            return w.__painted - w.__lastKey;
          }),
        );
        statusLatencies.push(Number(await status.getAttribute('data-latency-ms')));
      }
    });
    const sorted = [...samples].sort((a, b) => a - b);
    const median = percentile(sorted, 0.5);
    const p95 = percentile(sorted, 0.95);
    const statusMedian = percentile(
      [...statusLatencies].sort((a, b) => a - b),
      0.5,
    );
    console.log(
      `[perf] last keystroke → underline painted over ${samples.length} edits: median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms ` +
        `(min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)}; pause adaptive, at most ${DEBOUNCE_MS} ms); ` +
        `content script's own data-latency-ms median ${statusMedian} ms; ` +
        `longest main-thread task meanwhile ${trace.longest.toFixed(1)} ms, longest Attune share ${trace.longestAttune.toFixed(1)} ms`,
    );
    // A sanity bound only: speed targets live in the bench printouts, not in a test on a shared machine.
    expect(median).toBeLessThan(SANITY_LATENCY_MS);
    await page.close();
  });

  it('keeps the content script small', () => {
    const { upFront, lazy } = contentScriptFiles(DEFAULT_DIST);
    expect(upFront.length).toBeGreaterThan(0);
    expect(lazy).toContain(LAZY_FILE);
    const sizes = gzipSizes(DEFAULT_DIST, upFront);
    const total = sizes.reduce((sum, s) => sum + s.gz, 0);
    const lazySizes = gzipSizes(DEFAULT_DIST, lazy);
    console.log(
      `[perf] content script loaded up front: ${sizes.map((s) => `${s.f} ${s.raw} B (${s.gz} B gz)`).join(', ')}; ` +
        `total ${(total / 1024).toFixed(2)} KB gzipped (budget ${TARGET_GZIP_BYTES} B, headroom ${TARGET_GZIP_BYTES - total} B)`,
    );
    console.log(`[perf] code injected on first use (not counted above): ${lazySizes.map((s) => `${s.f} ${s.raw} B (${s.gz} B gz)`).join(', ') || 'none'}`);
    expect(total).toBeLessThanOrEqual(TARGET_GZIP_BYTES);
  });

  it('keeps main-thread tasks short while typing into a 5,000-word draft', async () => {
    const page = await openFixture(h, 'gmail');
    // A long but ordinary reply: mostly neutral sentences, a closed question now and then.
    const sentences = [
      'Thank you for taking the time to walk me through the numbers last week.',
      'I went back over the figures you sent and the picture is clearer now.',
      'The second phase depends on what the board decides in March.',
      'Here is how the costs break down across the three options we discussed.',
      'Some of this will only become clear once the first quarter closes.',
      'Do you have the latest invoice from the supplier?',
      'It sounds like timing matters most to you right now.',
    ];
    await setEditorText(page, draftOfWords(sentences, 5000));
    await focusEditor(page);
    const status = page.locator('[data-attune-box]').first();
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 15_000 }).toMatch(/ready|partial/);
    await page.waitForTimeout(500);

    // Through the pause: the re-analysis and re-painting of the long draft are part of "while typing".
    const { tasks, longest, attuneTasks, longestAttune } = await traceMainThread(page, async () => {
      await page.keyboard.type(' Do you have any questions about the plan?', { delay: 40 });
      await page.waitForTimeout(DEBOUNCE_MS + 1200);
    });
    const ranges = await attuneHighlightCount(page);
    const words5000 = normalizeWords(await modelText(page));
    console.log(
      `[perf] typing into a ${words5000}-word draft (${ranges} underlined ranges): ${tasks} main-thread tasks, longest ${longest.toFixed(1)} ms; ` +
        `${attuneTasks} tasks ran Attune's content script, longest Attune share of a task ${longestAttune.toFixed(1)} ms (target ${TARGET_LONGEST_TASK_MS} ms)`,
    );
    expect(words5000).toBeGreaterThanOrEqual(5000);
    expect(tasks).toBeGreaterThan(0);
    expect(attuneTasks).toBeGreaterThan(0);
    expect(longestAttune).toBeLessThanOrEqual(TARGET_LONGEST_TASK_MS);
    await page.close();
  });

  it('repaints ~100 underlines in a 5,000-word draft without a long task', async () => {
    const page = await openFixture(h, 'gmail');
    // One sentence in nine pressures the client: about a hundred findings in the analysed region.
    const sentences = [
      'Thank you for taking the time to walk me through the numbers last week.',
      'I went back over the figures you sent and the picture is clearer now.',
      'The second phase depends on what the board decides in March.',
      'Here is how the costs break down across the three options we discussed.',
      'Some of this will only become clear once the first quarter closes.',
      'It sounds like timing matters most to you right now.',
      'I will send the revised schedule once the team has signed off on it.',
      'We can go over the details together whenever suits you.',
      'You need to sign this today, no exceptions.',
    ];
    await setEditorText(page, draftOfWords(sentences, 5000));
    await focusEditor(page);
    const status = page.locator('[data-attune-box]').first();
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 15_000 }).toMatch(/ready|partial/);
    await page.waitForTimeout(500);
    const findings = Number(await status.getAttribute('data-findings'));

    // A repaint: one keystroke, then the re-analysis hands the whole set of underlines over again.
    // Registering every range (before only near-screen ones were) measured 14.8 ms longest task,
    // median of 3 runs (10.6–17.6), against 8.7 ms (8.5–8.8) with them culled to the viewport.
    const trace = await traceMainThread(page, async () => {
      await page.keyboard.type(' Ok', { delay: 40 });
      await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toMatch(/ready|partial/);
      await page.waitForTimeout(400);
    });
    // And scrolling back up through the draft (the caret is at its end), bringing other underlines into view.
    const box = (await page.locator('[role=textbox]').first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, Math.max(box.y, 0) + 40);
    const scroll = await traceMainThread(page, async () => {
      for (let i = 0; i < 4; i++) {
        await page.mouse.wheel(0, -500);
        await page.waitForTimeout(80);
      }
      await page.waitForTimeout(200);
    });
    // Whatever scrolled into view is underlined: every pressuring sentence on screen has its range registered.
    const onScreen = await page.evaluate(() => {
      const editor = document.querySelector('[role=textbox]')!;
      const registered: Range[] = [];
      for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) if (name.startsWith('attune-')) registered.push(...hl);
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      let visible = 0;
      let underlined = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let at = node.data.indexOf('You need to'); at !== -1; at = node.data.indexOf('You need to', at + 1)) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 3);
          const rect = range.getBoundingClientRect();
          if (rect.bottom < 0 || rect.top > innerHeight) continue;
          visible++;
          if (registered.some((r) => r.isPointInRange(node, at + 1))) underlined++;
        }
      }
      return { visible, underlined, scrollY };
    });
    expect(onScreen.visible).toBeGreaterThan(0);
    expect(onScreen.underlined).toBe(onScreen.visible);
    const registered = await attuneHighlightCount(page);
    console.log(
      `[perf] repaint of ${findings} underlined findings (${registered} ranges registered with CSS.highlights) in a ${normalizeWords(await modelText(page))}-word draft: ` +
        `longest main-thread task ${trace.longest.toFixed(1)} ms, longest Attune share ${trace.longestAttune.toFixed(1)} ms; ` +
        `scrolling: longest task ${scroll.longest.toFixed(1)} ms, Attune share ${scroll.longestAttune.toFixed(1)} ms (target ${TARGET_LONGEST_TASK_MS} ms)`,
    );
    expect(findings).toBeGreaterThanOrEqual(80);
    // Far-off underlines wait unregistered (docs/testing.md): fewer ranges than findings.
    expect(registered).toBeLessThan(findings);
    expect(trace.longestAttune).toBeLessThanOrEqual(TARGET_LONGEST_TASK_MS);
    expect(scroll.longestAttune).toBeLessThanOrEqual(TARGET_LONGEST_TASK_MS);
    await page.close();
  });
});

/** About `words` words of the sentences repeated, in paragraphs of eight sentences. */
function draftOfWords(sentences: string[], words: number): string {
  const parts: string[] = [];
  for (let count = 0, i = 0; count < words; i++) {
    const sentence = sentences[i % sentences.length]!;
    parts.push(sentence);
    count += sentence.split(' ').length;
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < parts.length; i += 8) paragraphs.push(parts.slice(i, i + 8).join(' '));
  return paragraphs.join('\n');
}

/** The value at fraction q of ascending `sorted` (nearest rank). */
function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function normalizeWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
