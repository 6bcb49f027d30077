// The shape of a rule file, and the runner that applies rules to one sentence.
// OWNER: engine helper E1. Stub: replace with the real implementation.
import type { PressureKind, Register } from '../types';

export interface RuleMatch {
  rule: string;
  kind: PressureKind;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  message: string;
  /** Rewrites, relative to the sentence; `start`/`end` give the range each replaces. */
  suggestions: { text: string; start: number; end: number; label?: string }[];
}

export interface PressureRule {
  id: string;
  kind: PressureKind;
  message: string;
  /** Phrases this rule must flag (the test suite runs them). */
  examples: { flag: string[]; pass: string[] };
}

export function runRules(sentence: string, register: Register): RuleMatch[] {
  void sentence;
  void register;
  return [];
}
