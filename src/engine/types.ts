// The engine's public types. What every context speaks (reports, findings, options) is the
// contract in ../shared/contract, re-exported here so the engine's API stays whole; what only
// a caller of the engine needs (how to call it) is declared here.
import type { EngineOptions, Report } from '../shared/contract/index';

export * from '../shared/contract/index';

export interface AnalyzeInput {
  /** The client's previous message. When absent, quoted text inside the draft serves. */
  thread?: string;
  /**
   * For very long drafts: analyse only around this offset (the caret). The report's
   * `partial` says which range was analysed.
   */
  focus?: number;
  /**
   * How many characters to analyse at most (default MAX_ANALYSED_CHARS, a window that keeps the
   * browser responsive). The CLI passes Infinity to check a whole file.
   */
  maxChars?: number;
}

export interface Analyzer {
  analyze(draft: string, input?: AnalyzeInput): Report;
  /** Replace options; caches that depend on them are dropped. */
  configure(options: Partial<EngineOptions>): void;
  readonly options: EngineOptions;
}
