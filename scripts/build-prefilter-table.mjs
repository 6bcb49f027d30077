// The regex prefilter's requirements, read at build time (shared by scripts/build-prefilter.mjs and
// tests/unit/regex-prefilter-table.test.ts).
//
// What a pattern requires is a pure function of its source and flags (`requirementOf` in
// src/engine/regex-prefilter.ts), but reading ~60k characters of pattern source in interpreted
// JavaScript was about a third of a cold start. So it is read here, once, for every pattern the
// engine holds, and written to src/engine/generated/prefilter-requirements.ts; the engine reads
// a pattern's source at run time only when the table does not know it.
//
// The patterns are found two ways, so neither a private constant nor a pattern built from a
// template string is missed: every RegExp reachable from an engine module's exports (rule and cue
// files export theirs), and every regular-expression literal in the engine's source text.
import ts from 'typescript';

/**
 * Every distinct pattern the engine's modules hold, as { source, flags }.
 * `namespaces`: the modules' export objects; `sourceTexts`: [fileName, text] of their source files.
 */
export function collectPatterns(namespaces, sourceTexts) {
  const found = new Map();
  const add = (re) => found.set(`${re.flags}/${re.source}`, { source: re.source, flags: re.flags });
  const seen = new Set();
  const walk = (value, depth) => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 8) return;
    seen.add(value);
    if (value instanceof RegExp) return add(value);
    const children = value instanceof Map || value instanceof Set ? [...value.values()] : Array.isArray(value) ? value : Object.values(value);
    for (const child of children) walk(child, depth + 1);
  };
  for (const namespace of namespaces) walk({ ...namespace }, 0);
  // The rule runner (rules/rule.ts, withFlags) runs every rule pattern caseless, whatever its own flags.
  for (const namespace of namespaces) {
    for (const value of Object.values(namespace)) {
      if (!Array.isArray(value)) continue;
      for (const rule of value) if (isRule(rule)) for (const re of rule.patterns) add(new RegExp(re.source, re.flags.includes('i') ? re.flags : re.flags + 'i'));
    }
  }
  for (const [fileName, text] of sourceTexts) for (const re of regexLiterals(fileName, text)) add(re);
  return [...found.values()];
}

function isRule(value) {
  return typeof value?.id === 'string' && typeof value.kind === 'string' && Array.isArray(value.patterns) && value.patterns.every((p) => p instanceof RegExp);
}

/**
 * The patterns one TypeScript file writes out in full, as RegExp objects: regular-expression
 * literals, `new RegExp(<string>, <flags>)`, and `[<strings>].map((s) => new RegExp(s, <flags>))`
 * (a list of wordings compiled one by one). A string is a literal, a plain template or a
 * String.raw template without substitutions. Ones that don't compile in this Node are skipped.
 */
function regexLiterals(fileName, text) {
  const out = [];
  const compile = (source, flags) => {
    if (flags === null) return;
    try {
      out.push(new RegExp(source, flags));
    } catch {
      // A flag or syntax this Node lacks: the engine reads that one at run time.
    }
  };
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const slash = node.text.lastIndexOf('/');
      compile(node.text.slice(1, slash), node.text.slice(slash + 1));
    } else if (ts.isNewExpression(node) && isRegExpConstructor(node)) {
      const [source, flags] = node.arguments ?? [];
      const text = stringValue(source);
      if (text !== null) compile(text, flagsOf(flags));
    } else if (ts.isCallExpression(node)) {
      const mapped = mappedToRegExp(node);
      if (mapped) for (const element of mapped.strings) compile(element, mapped.flags);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

function isRegExpConstructor(node) {
  return ts.isIdentifier(node.expression) && node.expression.text === 'RegExp';
}

/** `[<strings>].map((s) => new RegExp(s, <flags>))`: the strings and flags, else null. */
function mappedToRegExp(call) {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'map' || !ts.isArrayLiteralExpression(callee.expression)) return null;
  const fn = call.arguments[0];
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || fn.parameters.length !== 1) return null;
  const param = fn.parameters[0].name;
  const body = ts.isBlock(fn.body) ? null : fn.body;
  if (!ts.isIdentifier(param) || !body || !ts.isNewExpression(body) || !isRegExpConstructor(body)) return null;
  const [source, flags] = body.arguments ?? [];
  if (!source || !ts.isIdentifier(source) || source.text !== param.text) return null;
  const strings = callee.expression.elements.map(stringValue).filter((s) => s !== null);
  return { strings, flags: flagsOf(flags) };
}

/** The value of a string written out in full, or null. */
function stringValue(node) {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTaggedTemplateExpression(node) && isStringRaw(node.tag) && ts.isNoSubstitutionTemplateLiteral(node.template)) {
    return node.template.rawText ?? null;
  }
  return null;
}

function isStringRaw(tag) {
  return ts.isPropertyAccessExpression(tag) && ts.isIdentifier(tag.expression) && tag.expression.text === 'String' && tag.name.text === 'raw';
}

/** The flags argument when it is written out ('' when absent), else null (the pattern is skipped). */
function flagsOf(node) {
  return node ? stringValue(node) : '';
}

/**
 * [key, clauses | null] for every pattern the prefilter would read, sorted by key: the table's
 * content. `prefilter` is the engine's regex-prefilter module.
 */
export function requirementEntries(patterns, prefilter) {
  const entries = new Map();
  for (const { source, flags } of patterns) {
    if (!prefilter.isReadAtRunTime(source, flags)) continue;
    const req = prefilter.requirementOf(source, flags);
    entries.set(prefilter.requirementKey(source, flags), req ? req.clauses : null);
  }
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The TypeScript module holding the table: one JSON entry a line, so a changed pattern is a small diff. */
export function renderModule(entries) {
  // Inside String.raw only a backtick or "${" would end or interrupt the text; in JSON they can
  // only occur inside strings, where \u escapes mean the same.
  const json = entries.map((entry) => JSON.stringify(entry).replace(/`/g, '\\u0060').replace(/\$\{/g, '$\\u007b'));
  return `// Generated by scripts/build-prefilter.mjs (\`npm run prefilter\`) — do not edit by hand.
// What each of the engine's long patterns requires, as regex-prefilter.ts's requirementOf reads
// it: [requirementKey(source, flags), clauses or null (never skip the pattern)]. Read here at
// build time so a cold start does not parse every pattern's source; tests/unit/regex-prefilter-table.test.ts
// fails when this is stale. JSON, because JSON.parse reads data faster than JavaScript can.
export const PREFILTER_REQUIREMENTS_JSON = String.raw\`[
${json.join(',\n')}
]\`;
`;
}
