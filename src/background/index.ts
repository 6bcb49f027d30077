// The service worker: runs the engine for content scripts and extension pages.
// OWNER: extension helper X2. Minimal version.
import browser, { type Runtime } from 'webextension-polyfill';
import { createAnalyzer } from '../engine/index';
import { parseRequest, type WorkerResponse } from '../shared/messages';

const analyzer = createAnalyzer();

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender): Promise<WorkerResponse> | undefined => {
  if (sender.id !== browser.runtime.id) return undefined;
  const req = parseRequest(msg);
  if (!req) return undefined;
  const report = analyzer.analyze(req.text, { thread: req.thread, focus: req.focus });
  return Promise.resolve({ type: 'attune/report', boxId: req.boxId, seq: req.seq, report });
});
