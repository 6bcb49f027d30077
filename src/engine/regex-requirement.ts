// Reading a regular expression's source for the literal words every match must contain: the
// requirement regex-prefilter.ts checks before running a pattern. Used at build time
// (npm run prefilter → generated/prefilter-requirements.ts) and, for a pattern the table does
// not know, at run time.
export interface Requirement {
  /** Strings are lower-cased and must be looked for in lower-cased text (the pattern has `i`). */
  caseless: boolean;
  clauses: string[][];
}

/** What one piece of a pattern can match: its finite set of strings if small, and what it needs. */
interface Piece {
  exact: string[] | null;
  clauses: string[][];
}

class Unsupported extends Error {}

const MAX_EXACT = 8;
const MIN_SOURCE = 40;
const MAX_CLAUSES = 6;
/** Words in nearly every sentence: a clause made only of them filters nothing. */
const COMMON = new Set(['you', 'your', 'i', 'the', 'to', 'a', 'an', 'and', 'of', 'it', 'is', 'that', 'this', 'we', 'be', 'for', 'in', 'on', 'me', 'my', 'do']);

/** Whether `requirementOf` reads this pattern at all (a short one compiles about as fast as it can be read). */
export function isReadAtRunTime(source: string, flags: string): boolean {
  return !flags.includes('v') && source.length >= MIN_SOURCE;
}

/** The generated table's key: all that `requirementOf` reads of a pattern it reads (no `v` flag). */
export function requirementKey(source: string, flags: string): string {
  return (flags.includes('i') ? 'i/' : '/') + source;
}

/** The literals every match of `source` must contain, or null when none can be read soundly. */
export function requirementOf(source: string, flags: string, minSource = MIN_SOURCE): Requirement | null {
  if (flags.includes('v') || source.length < minSource) return null;
  try {
    const reader = new PatternReader(source, flags.includes('i'));
    const piece = reader.readAll();
    const clauses = withExactClause(piece);
    if (clauses.length === 0) return null;
    const distinct = new Map(clauses.map((c) => minimal(c.map(collapseSpace))).map((c) => [[...c].sort().join('\u0000'), c]));
    return { caseless: flags.includes('i'), clauses: cheapestFirst(bestClauses([...distinct.values()])) };
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

/**
 * Every run of white space as one space, in the text and in the literals alike: `\s+` between
 * two words then reads as the literal "don't wait". A literal found in the text is still found
 * after both are collapsed, so nothing is ruled out wrongly.
 */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * One token of a pattern. The native regex engine does the character scanning, so reading the
 * engine's ~40k characters of patterns stays cheap in a cold process (interpreted JavaScript).
 * Plain runs are printable ASCII only; any other character is a token of its own.
 */
const TOKEN =
  /\\u\{[0-9a-fA-F]+\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[pP]\{[^}]*\}|\\k<[^>]*>|\\[1-9][0-9]*|\\[^]|\[(?:\\[^]|[^\\\]])*\]|\(\?(?:[:=!]|<[=!]|<[^>]*>)?|\{\d+(?:,\d*)?\}\??|[*+?]\??|[ -#%-',\-/->@-Z_-z~]+|[^]/g;

const OPAQUE: Piece = { exact: null, clauses: [] };
const EMPTY: Piece = { exact: [''], clauses: [] };

class PatternReader {
  private readonly tokens: string[];
  private i = 0;
  constructor(
    source: string,
    private readonly caseless: boolean,
  ) {
    this.tokens = source.match(TOKEN) ?? [];
  }

  readAll(): Piece {
    const piece = this.readAlternation();
    if (this.i !== this.tokens.length) throw new Unsupported();
    return piece;
  }

  private readAlternation(): Piece {
    const branches = [this.readSequence()];
    while (this.tokens[this.i] === '|') {
      this.i++;
      branches.push(this.readSequence());
    }
    return branches.length === 1 ? branches[0] : alternation(branches);
  }

  private readSequence(): Piece {
    const items: Piece[] = [];
    for (let t = this.tokens[this.i]; t !== undefined && t !== '|' && t !== ')'; t = this.tokens[this.i]) {
      this.i++;
      const quantifier = quantifierOf(this.tokens[this.i]);
      if (isPlainRun(t)) {
        const run = this.caseless ? t.toLowerCase() : t;
        if (!quantifier) {
          items.push({ exact: [run], clauses: [] });
          continue;
        }
        // The quantifier applies to the last character alone.
        if (run.length > 1) items.push({ exact: [run.slice(0, -1)], clauses: [] });
        items.push(this.quantified({ exact: [run.slice(-1)], clauses: [] }));
        continue;
      }
      if (t === '\\s') {
        items.push(this.whiteSpace());
        continue;
      }
      // A group's quantifier follows its closing parenthesis.
      const atom = this.readAtom(t);
      items.push(quantifierOf(this.tokens[this.i]) ? this.quantified(atom) : atom);
    }
    return sequence(items);
  }

  private readAtom(t: string): Piece {
    if (t === '(' || t.startsWith('(?')) {
      const inner = this.readAlternation();
      if (this.tokens[this.i++] !== ')') throw new Unsupported();
      // A lookaround adds nothing to the match itself.
      return /^\(\?(?:[=!]|<[=!])$/.test(t) ? EMPTY : inner;
    }
    if (t === '^' || t === '$' || t === '\\b' || t === '\\B') return EMPTY;
    if (t === '.' || t[0] === '[') return this.readClass(t);
    if (t[0] === '\\') return this.readEscape(t);
    if (quantifierOf(t) || t === ')' || t === ']' || t === '}' || t === '{') throw new Unsupported();
    return this.literal(t);
  }

  /** A class is exact only when it lists a few plain characters (`[,;]`); anything else is opaque. */
  private readClass(t: string): Piece {
    const body = t.slice(1, -1);
    if (t === '.' || body.length === 0 || body.length > 6 || /[\\^\-[]/.test(body)) return OPAQUE;
    const exact: string[] = [];
    for (const ch of body) {
      const lit = this.literal(ch).exact;
      if (!lit) return OPAQUE;
      exact.push(...lit);
    }
    return { exact: unique(exact), clauses: [] };
  }

  private readEscape(t: string): Piece {
    const e = t[1];
    if (t.length === 2 && /[^A-Za-z0-9]/.test(e)) return this.literal(e);
    if (/^\\(?:[dDwWsS]|[pP]\{.*\}|k<.*>|[1-9][0-9]*)$/.test(t)) return OPAQUE;
    const control: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f' };
    if (t.length === 2 && control[e]) return this.literal(control[e]);
    const hex = /^\\(?:x|u\{?)([0-9a-fA-F]+)\}?$/.exec(t);
    if (hex) return this.literal(String.fromCodePoint(parseInt(hex[1], 16)));
    // \0, \c and other letter escapes: give up rather than guess.
    throw new Unsupported();
  }

  /** `\s`, `\s+`, `\s*`…: one space, or none, in collapsed text. */
  private whiteSpace(): Piece {
    const quantifier = quantifierOf(this.tokens[this.i]);
    if (!quantifier) return { exact: [' '], clauses: [] };
    this.i++;
    return { exact: quantifier[0] === 0 ? ['', ' '] : [' '], clauses: [] };
  }

  private quantified(atom: Piece): Piece {
    const [min, max] = quantifierOf(this.tokens[this.i++])!;
    if (min === 0) return { exact: max === 1 && atom.exact ? unique([...atom.exact, '']) : null, clauses: [] };
    return { exact: min === 1 && max === 1 ? atom.exact : null, clauses: withExactClause(atom) };
  }

  /** One character as the pattern matches it: printable ASCII only (no case-folding or surrogate surprises). */
  private literal(ch: string): Piece {
    if (ch.length !== 1 || ch < ' ' || ch > '~') return OPAQUE; // also tabs and newlines
    return { exact: [this.caseless ? ch.toLowerCase() : ch], clauses: [] };
  }
}

const PLAIN_RUN = /^[ -#%-',\-/->@-Z_-z~]+$/;
function isPlainRun(t: string): boolean {
  return PLAIN_RUN.test(t);
}

function quantifierOf(t: string | undefined): [number, number] | null {
  if (t === undefined) return null;
  const c = t[0];
  if (c === '*') return [0, Infinity];
  if (c === '+') return [1, Infinity];
  if (c === '?') return [0, 1];
  if (c !== '{') return null;
  const m = /^\{(\d+)(,(\d*))?\}/.exec(t);
  if (!m) return null;
  const min = Number(m[1]);
  return [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
}

function alternation(branches: Piece[]): Piece {
  let exactCount = 0;
  for (const b of branches) exactCount = b.exact && exactCount >= 0 ? exactCount + b.exact.length : -1;
  const exact = exactCount >= 0 && exactCount <= MAX_EXACT ? unique(branches.flatMap((b) => b.exact!)) : null;
  // Each branch's match meets that branch's best clause, so it contains one of their union.
  const union: string[] = [];
  for (const branch of branches) {
    const best = mostSelective(withExactClause(branch));
    if (!best) return { exact, clauses: [] };
    union.push(...best);
  }
  return { exact, clauses: [union] };
}

function mostSelective(clauses: string[][]): string[] | undefined {
  let best: string[] | undefined;
  let bestScore = -Infinity;
  for (const clause of clauses) {
    const score = selectivity(clause);
    if (score > bestScore) [best, bestScore] = [clause, score];
  }
  return best;
}

function sequence(items: Piece[]): Piece {
  const clauses: string[][] = [];
  let run: string[] | null = [''];
  let broken = false;
  const flush = () => {
    if (run && !run.includes('')) clauses.push(minimal(run));
  };
  for (const item of items) {
    clauses.push(...item.clauses);
    if (!item.exact) {
      flush();
      run = [''];
      broken = true;
      continue;
    }
    const product: string[] | null = run!.length * item.exact.length <= MAX_EXACT ? cross(run!, item.exact) : null;
    if (product) run = product;
    else {
      // Too many combinations: what came before is still a contiguous requirement.
      flush();
      run = item.exact;
      broken = true;
    }
  }
  flush();
  return { exact: broken ? null : run, clauses: bestClauses(clauses) };
}

function cross(left: string[], right: string[]): string[] {
  const out: string[] = [];
  for (const a of left) for (const b of right) out.push(a + b);
  return unique(out);
}

/** A piece's own clauses, plus its exact strings as one more when none of them is empty. */
function withExactClause(piece: Piece): string[][] {
  const own = piece.exact && piece.exact.length > 0 && !piece.exact.includes('') ? [minimal(piece.exact)] : [];
  return [...piece.clauses, ...own];
}

/** The most selective clauses first, at most MAX_CLAUSES of them (fewer checks per sentence). */
function bestClauses(clauses: string[][]): string[][] {
  if (clauses.length <= MAX_CLAUSES) return clauses;
  const scored = clauses.map((clause) => ({ clause, score: selectivity(clause) }));
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, MAX_CLAUSES).map((x) => x.clause);
}

/**
 * The clauses worth checking, fewest alternatives first: a sentence usually fails one, and every
 * check is a substring search. Clauses that nearly every sentence meets ("you") are dropped.
 */
function cheapestFirst(clauses: string[][]): string[][] {
  const useful = clauses.filter((c) => selectivity(c) >= 2);
  const kept = useful.length > 0 ? useful : clauses;
  return [...kept].sort((a, b) => a.length - b.length);
}

/** How rarely a clause holds, roughly: its weakest alternative's length, common words counting little. */
function selectivity(clause: string[]): number {
  let weakest = Infinity;
  for (const s of clause) weakest = Math.min(weakest, COMMON.has(s.trim()) ? 1 : s.trim().length);
  return weakest - clause.length / 1000;
}

/** Drops alternatives that contain another (finding "have" is enough to allow "have got"). */
function minimal(strings: string[]): string[] {
  const set = unique(strings);
  if (set.length > 64) return set;
  return set.filter((s) => !set.some((t) => t !== s && s.includes(t)));
}

function unique(strings: string[]): string[] {
  return [...new Set(strings)];
}
