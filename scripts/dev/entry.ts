// Bundle entry for scripts/dev/pressure-check.mjs.
export { segmentSentences, findQuoted, quotedThreadText } from '../../src/engine/segment';
export { runRules } from '../../src/engine/rules/rule';
export { matchRules } from '../../src/engine/rules/rule';
