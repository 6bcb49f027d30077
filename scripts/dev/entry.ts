// Bundle entry for scripts/dev/pressure-check.mjs.
export { segmentSentences } from '../../src/engine/segment';
export { findQuoted, quotedThreadText } from '../../src/engine/quoted';
export { runRules } from '../../src/engine/rules/rule';
export { matchRules } from '../../src/engine/rules/rule';
