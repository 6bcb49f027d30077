// The registry of pressure rules. Each rule is data in its own file (see rule.ts).
// OWNER: engine helper E1. Stub: replace with the real rule files.
import type { PressureRule } from './rule';

export const PRESSURE_RULES: PressureRule[] = [];
