#!/usr/bin/env node
// `npm start`: Chromium with the built extension on the demo page, served at a real matched
// address (app.hubspot.com) through the e2e harness's routing, with nothing reaching the network.
//
// With a display (DISPLAY set, not CI, or --headed): a real window, left open until you close it.
// Without one (or with `npm start -- --headless`): the same demo, headless and narrated: type a pressuring reply,
// wait for the underline, open the card, apply the first rewrite, read the editor back, save
// screenshots to artifacts/demo/. A step that cannot complete is reported, not thrown.
import { runnerImport } from 'vite';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HIGHLIGHT_NAMES = ['attune-pressure', 'attune-closed-question', 'attune-advice', 'attune-acknowledgement', 'attune-custom'];
const UNDERLINE_TIMEOUT_MS = 10_000;
const CARD_TIMEOUT_MS = 3_000;

const log = (line = '') => console.log(line);
const step = (n, text) => log(`\n${n}. ${text}`);
const ok = (text) => log(`   ✓ ${text}`);
const fail = (text) => log(`   ✗ ${text}`);

function wantsWindow() {
  if (process.argv.includes('--headless')) return false;
  if (process.argv.includes('--headed')) return true;
  return Boolean(process.env.DISPLAY) && !process.env.CI;
}

function assertBuilt() {
  const missing = [];
  if (!existsSync(join(ROOT, 'dist', 'manifest.json'))) missing.push('dist/ (npm run build)');
  if (!existsSync(join(ROOT, 'tests', 'e2e', 'fixtures', 'dist', 'demo', 'index.html'))) {
    missing.push('tests/e2e/fixtures/dist/ (npm run build:fixtures)');
  }
  if (missing.length) {
    console.error(`Not built yet: ${missing.join(', ')}. Run \`npm start\`, which builds first.`);
    process.exit(1);
  }
}

/** The harness is TypeScript; vite (already a dev dependency) loads it on Node 20. */
async function loadHarness() {
  const { module } = await runnerImport(join(ROOT, 'tests', 'e2e', 'harness.ts'), { root: ROOT, logLevel: 'error' });
  return module;
}

async function runWithWindow(H) {
  const h = await H.launchWithExtension({ headless: false });
  const page = await H.openFixture(h, 'demo');
  log(`Attune demo open at ${page.url()} (served locally; extension ${h.extensionId}).`);
  log('Type a reply to Ruth in any box; hover an underline or press Alt+Enter beside it.');
  log('Close the browser window to finish.');
  await new Promise((resolve) => h.context.on('close', resolve));
  await h.close();
  log(`Requests that tried to leave the machine (all blocked): ${h.blockedRequests.length}`);
}

/** Underlined spans inside the demo's primary (Gmail-style) editor, read from CSS.highlights. */
function readUnderlines(page) {
  return page.evaluate((names) => {
    const body = document.querySelector('#gmail-body');
    const found = [];
    if (!body || typeof CSS === 'undefined' || !CSS.highlights) return found;
    for (const name of names) {
      const highlight = CSS.highlights.get(name);
      if (!highlight) continue;
      for (const range of highlight) {
        if (!body.contains(range.startContainer)) continue;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const rect = live.getBoundingClientRect();
        found.push({ name, text: live.toString(), x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      }
    }
    return found;
  }, HIGHLIGHT_NAMES);
}

function readStatus(page) {
  return page.evaluate(() => {
    const root = document.querySelector('attune-ui')?.shadowRoot;
    return Array.from(root?.querySelectorAll('[data-attune-box]') ?? []).map((el) => ({
      adapter: el.getAttribute('data-attune-adapter'),
      state: el.getAttribute('data-state'),
      findings: el.getAttribute('data-findings'),
      latencyMs: el.getAttribute('data-latency-ms'),
    }));
  });
}

async function poll(read, accept, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Puts the caret inside an underlined span, for the keyboard way to the card. */
function caretInto(page, underline) {
  return page.evaluate((text) => {
    const body = document.querySelector('#gmail-body');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(text);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at + Math.min(1, text.length));
      range.collapse(true);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return true;
    }
    return false;
  }, underline.text);
}

async function openCard(page, underline) {
  const card = page.locator('attune-ui [data-attune-card]');
  await page.mouse.move(underline.x, underline.y);
  if (
    await card.waitFor({ timeout: CARD_TIMEOUT_MS }).then(
      () => true,
      () => false,
    )
  )
    return 'hover';
  if (await caretInto(page, underline)) {
    await page.keyboard.press('Alt+Enter');
    if (
      await card.waitFor({ timeout: CARD_TIMEOUT_MS }).then(
        () => true,
        () => false,
      )
    )
      return 'Alt+Enter';
  }
  return undefined;
}

async function runHeadless(H) {
  const shots = [];
  const shot = async (page, name) => shots.push(relative(ROOT, await H.saveScreenshot(page, name, 'demo')));
  let h;
  try {
    log('Attune demo (headless: no display found). Nothing leaves this machine; every other request is blocked.');
    step(1, 'Launching Chromium with the built extension');
    h = await H.launchWithExtension({ headless: true });
    ok(`extension loaded (${h.extensionId})`);

    step(2, `Opening the demo page at ${H.FIXTURES.demo.url}`);
    const page = await H.openFixture(h, 'demo');
    const errors = H.collectConsoleErrors(page);
    const sample = await page.evaluate(() => window.__attuneDemo.sample);
    ok('demo page ready: a client thread and four compose boxes');
    await shot(page, '1-page');

    step(3, 'Typing a pressuring reply into the Gmail-style box (real key events)');
    log(`   "${sample}"`);
    await H.typeInEditor(page, sample, { delay: 8 });
    const before = await H.modelText(page);
    ok(`the editor holds ${before.length} characters`);

    step(4, 'Waiting for Attune to underline it');
    const underlines = await poll(
      () => readUnderlines(page),
      (found) => found.length > 0,
      UNDERLINE_TIMEOUT_MS,
    );
    await shot(page, '2-underlined');
    const status = await readStatus(page);
    if (underlines.length === 0) {
      fail(`no underline within ${UNDERLINE_TIMEOUT_MS / 1000} s in the Gmail-style box.`);
      fail(status.length ? `Attune status: ${JSON.stringify(status)}` : 'no <attune-ui> status elements: the content script did not track this box.');
      return finish(h, shots, errors, false);
    }
    for (const u of underlines) ok(`${u.name.replace('attune-', '')}: "${u.text}"`);
    const tracked = status.find((s) => Number(s.findings) > 0);
    if (tracked) ok(`status: ${tracked.adapter}, ${tracked.findings} finding(s), ${tracked.latencyMs ?? '?'} ms from last keystroke to underline`);

    step(5, 'Opening the card on the first underline');
    const target = underlines.find((u) => u.name === 'attune-pressure') ?? underlines[0];
    const how = await openCard(page, target);
    if (!how) {
      fail(`no card opened by hover or Alt+Enter on "${target.text}".`);
      return finish(h, shots, errors, false);
    }
    const card = page.locator('attune-ui [data-attune-card]');
    const message =
      (await card
        .locator('[data-attune-message]')
        .textContent()
        .catch(() => null)) ?? '';
    const suggestions = (await card.locator('[data-attune-suggestion]').allInnerTexts()).map((s) => s.replace(/\s*\n\s*/g, ': '));
    ok(`card opened by ${how}: ${message.trim()}`);
    suggestions.forEach((s, i) => log(`     rewrite ${i + 1}: ${s.trim()}`));
    await shot(page, '3-card');
    if (suggestions.length === 0) {
      fail('the card offers no rewrite.');
      return finish(h, shots, errors, false);
    }

    step(6, 'Applying the first rewrite');
    await card.locator('[data-attune-suggestion]').first().click();
    const after = await poll(
      () => H.modelText(page),
      (text) => text !== before,
      3_000,
    );
    await shot(page, '4-rewritten');
    if (after === before) {
      fail("the editor's text did not change.");
      return finish(h, shots, errors, false);
    }
    ok(`before: ${before}`);
    ok(`after:  ${after}`);

    step(7, 'Ctrl+Z in the editor');
    await H.focusEditor(page);
    await page.keyboard.press('Control+z');
    const undone = await poll(
      () => H.modelText(page),
      (text) => text === before,
      2_000,
    );
    if (undone === before) ok('one Ctrl+Z restored the original draft');
    else fail(`after Ctrl+Z the editor holds: ${undone}`);
    return finish(h, shots, errors, undone === before);
  } catch (error) {
    fail(`the demo stopped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return finish(h, shots, [], false);
  }
}

async function finish(h, shots, errors, succeeded) {
  log('');
  if (shots.length) log(`Screenshots: ${shots.join(', ')}`);
  if (errors.length) log(`Page errors: ${errors.join(' | ')}`);
  if (h) {
    log(`Requests from pages or the extension that tried to leave the machine (all blocked): ${h.blockedRequests.length}`);
    log(`Chromium's own background connections, refused by the local proxy: ${h.refusedConnections.length}`);
  }
  log(succeeded ? 'Demo complete.' : 'Demo incomplete: see the ✗ step above.');
  await h?.close();
  return succeeded;
}

assertBuilt();
const harness = await loadHarness();
if (wantsWindow()) {
  await runWithWindow(harness).catch((error) => {
    console.error(`Could not open a Chromium window: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    console.error('Run the narrated headless demo instead: npm start -- --headless');
    process.exitCode = 1;
  });
} else {
  const succeeded = await runHeadless(harness);
  process.exitCode = succeeded ? 0 : 1;
}
