// The regex prefilter's requirements, read at build time (shared by scripts/build-prefilter.mjs and
// tests/unit/engine/regex-prefilter-table.test.ts).
//
// What a pattern requires is a pure function of its source and flags (`requirementOf` in
// src/engine/regex-prefilter.ts), but reading ~60k characters of pattern source in interpreted
// JavaScript was about a third of a cold start. So it is read here, once, for every pattern the
// engine holds, and written to src/engine/generated/prefilter-requirements.ts; the engine reads
// a pattern's source at run time only when the table does not know it.
//
// Only patterns that reach the prefilter (`mayMatch`) are worth a line, and they are found without
// running anything: rules' patterns (caseless, as rules/rule.ts runs them) and exceptions and cue
// sets' cues and exceptions, from the modules' exports; and every pattern written out in a module
// that itself calls mayMatch (concerns.ts's acknowledgement frames, say). A pattern reaching the
// prefilter some other way is read at run time; tests/unit/engine/regex-prefilter-table.test.ts checks
// that none does on the rules' examples.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Every engine .ts file but the generated ones, sorted (stable output). */
export function engineSourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated') out.push(...engineSourceFiles(path));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/**
 * Every distinct pattern the prefilter will be asked about, as { source, flags }.
 * `namespaces`: the engine modules' export objects; `sourceTexts`: [fileName, text] of their source files.
 */
export function collectPatterns(namespaces, sourceTexts) {
  const found = new Map();
  const add = (re) => found.set(`${re.flags}/${re.source}`, { source: re.source, flags: re.flags });
  for (const namespace of namespaces) {
    for (const value of Object.values(namespace)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (isRule(item)) {
          // The rule runner (rules/rule.ts, withFlags) runs every rule pattern caseless, whatever its own flags.
          for (const re of item.patterns) add(new RegExp(re.source, re.flags.includes('i') ? re.flags : re.flags + 'i'));
          for (const re of item.exceptions ?? []) add(re);
        } else if (isCueSet(item)) {
          for (const re of [...item.cues, ...(item.exceptions ?? [])]) add(re);
        }
      }
    }
  }
  for (const [fileName, text] of sourceTexts) {
    if (CALLS_MAY_MATCH.test(text)) for (const re of writtenPatterns(fileName, text)) add(re);
  }
  return [...found.values()];
}

const CALLS_MAY_MATCH = /\bimport\s*\{[^}]*\bmayMatch\b[^}]*\}\s*from\b/;

const isRegExps = (value) => Array.isArray(value) && value.every((p) => p instanceof RegExp);

function isRule(value) {
  return typeof value?.id === 'string' && typeof value.kind === 'string' && isRegExps(value.patterns);
}

function isCueSet(value) {
  return typeof value?.code === 'string' && isRegExps(value.cues);
}

/**
 * The patterns one TypeScript file writes out in full, as RegExp objects: regular-expression
 * literals, `new RegExp(<string>, <flags>)`, and `[<strings>].map((s) => new RegExp(s, <flags>))`
 * (a list of wordings compiled one by one). A string is a literal, a plain template or a
 * String.raw template without substitutions. Ones that don't compile in this Node are skipped.
 */
function writtenPatterns(fileName, text) {
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

/**
 * The TypeScript module holding the table: JSON in a plain string literal (V8 scans one faster
 * than a template), one entry a line (each line ends in a line continuation, which adds nothing
 * to the string) so a changed pattern is a small diff.
 */
export function renderModule(entries) {
  const lines = entries.map((entry) => jsStringBody(JSON.stringify(entry)));
  return `// Generated by scripts/build-prefilter.mjs (\`npm run prefilter\`) — do not edit by hand.
// What each pattern that reaches the regex prefilter requires, as regex-prefilter.ts's
// requirementOf reads it: [requirementKey(source, flags), clauses or null (never skip it)].
// Read at build time so a cold start does not parse every pattern's source;
// tests/unit/engine/regex-prefilter-table.test.ts fails when this is stale. JSON, because JSON.parse
// reads data faster than JavaScript can.
export const PREFILTER_REQUIREMENTS_JSON = '[\\
${lines.join(',\\\n')}\\
]';
`;
}

/** Text as the body of a single-quoted JavaScript string. */
function jsStringBody(text) {
  return text
    .replace(/[\\']/g, '\\$&')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
