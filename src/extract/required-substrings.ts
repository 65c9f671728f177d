/**
 * Substrings a regex cannot match without: `/(?:owns|owned) (?:the )?⟦O\d+⟧/` never matches a
 * text holding neither "owns" nor "owned". Relation rules run every pattern over every sentence
 * template, and most patterns fail on most sentences; testing a few plain substrings first is far
 * cheaper than letting the regex engine try each starting point. The analysis only ever loses
 * information (anything it does not know reads as "could match anything"), so a text it rejects
 * is one the regex can never match: skipping the regex there changes no output.
 */

/** What a piece of a pattern is known to match. */
type Info =
  /** Exactly one of these strings (a small finite language). */
  | { exact: readonly string[] }
  /**
   * Something containing, for each of these lists, at least one of its strings. No lists:
   * anything, the empty string included (nothing is known).
   */
  | { all: ReadonlyArray<readonly string[]> };

const ANY: Info = { all: [] };
const EMPTY: Info = { exact: [''] };
/** Exact sets stay small: a cross product past this reads as "contains one of". */
const MAX_EXACT = 64;

/** The lists of strings, one of each of which any match contains (none: nothing required). */
function requiredOf(info: Info): ReadonlyArray<readonly string[]> {
  if ('all' in info) return info.all;
  return info.exact.includes('') ? [] : [info.exact];
}

const shortest = (strings: readonly string[]) => Math.min(...strings.map((s) => s.length));

/** The sharpest filter: the list whose shortest string is longest, then the shortest list. */
function sharpest(lists: ReadonlyArray<readonly string[]>): readonly string[] | undefined {
  let best: readonly string[] | undefined;
  for (const list of lists) {
    if (list.includes('')) continue;
    if (
      !best ||
      shortest(list) > shortest(best) ||
      (shortest(list) === shortest(best) && list.length < best.length)
    )
      best = list;
  }
  return best;
}

function cross(a: readonly string[], b: readonly string[]): string[] | undefined {
  if (a.length * b.length > MAX_EXACT) return undefined;
  return a.flatMap((x) => b.map((y) => x + y));
}

function concat(parts: Info[]): Info {
  let run: readonly string[] = [''];
  let broken = false;
  /** Lists each of which a match holds a string of: the stretches read exactly, and the rest. */
  const lists: Array<readonly string[]> = [];
  for (const part of parts) {
    const joined = 'exact' in part ? cross(run, part.exact) : undefined;
    if (joined) {
      run = joined;
      continue;
    }
    // the exact run ends here: it and the part each bound a separate stretch of the match
    broken = true;
    lists.push(run);
    if ('exact' in part) run = part.exact;
    else {
      lists.push(...part.all);
      run = [''];
    }
  }
  if (!broken) return { exact: run };
  lists.push(run);
  return { all: lists.filter((list) => !list.includes('')) };
}

function union(branches: Info[]): Info {
  if (branches.every((b) => 'exact' in b)) {
    const all = [...new Set(branches.flatMap((b) => (b as { exact: string[] }).exact))];
    if (all.length <= MAX_EXACT) return { exact: all };
  }
  // one list per branch: a match holds a string of the list of the branch it took
  const some = new Set<string>();
  for (const b of branches) {
    const required = sharpest(requiredOf(b));
    if (!required) return ANY;
    for (const s of required) some.add(s);
  }
  return { all: [[...some]] };
}

function repeat(info: Info, min: number, max: number): Info {
  if (max === 0) return EMPTY;
  if (min === 0) {
    // "(?:the )?" stays exact, so that it can join its neighbours
    if (max === 1 && 'exact' in info && info.exact.length < MAX_EXACT)
      return { exact: [...info.exact, ''] };
    return ANY;
  }
  if (min === 1 && max === 1) return info;
  // at least one copy: whatever one copy must contain
  return { all: requiredOf(info) };
}

/** Escapes that stand for one character of a class: \d, \w, \s and their negations. */
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S']);

const QUANTIFIER = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/;
const BOUNDS: Record<string, [number, number]> = {
  '*': [0, Infinity],
  '+': [1, Infinity],
  '?': [0, 1],
};
/** Characters that stand for themselves, read in runs: "owned by ". */
const PLAIN = /[^\\^$.|?*+()[\]{}]+/y;

/**
 * A recursive-descent reader of RegExp source without the u or v flag (the rules use none).
 * It reads the syntax the rule patterns use; anything else it either reads as "could be
 * anything" or, where a misreading would claim too much (escapes with a payload, such as
 * \u2019 or a backreference), refuses by throwing.
 */
class Reader {
  private pos = 0;
  constructor(private readonly src: string) {}

  read(): Info {
    const info = this.disjunction();
    if (this.pos !== this.src.length) throw new Error(`unexpected ${this.src[this.pos]}`);
    return info;
  }

  private disjunction(): Info {
    const branches = [this.alternative()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      branches.push(this.alternative());
    }
    return branches.length === 1 ? (branches[0] as Info) : union(branches);
  }

  private alternative(): Info {
    const parts: Info[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')')
      parts.push(this.quantified(this.atom()));
    return concat(parts);
  }

  private quantified(atom: Info): Info {
    const q = QUANTIFIER.exec(this.src.slice(this.pos));
    if (!q) return atom;
    this.pos += q[0].length;
    const [, symbol, from, comma, to] = q;
    const [min, max] = symbol
      ? (BOUNDS[symbol] as [number, number])
      : [Number(from), !comma ? Number(from) : to ? Number(to) : Infinity];
    return repeat(atom, min, max);
  }

  private atom(): Info {
    PLAIN.lastIndex = this.pos;
    const plain = PLAIN.exec(this.src)?.[0];
    if (plain) {
      // a quantifier after the run repeats its last character only: that one is an atom of its own
      const repeated = plain.length > 1 && /[*+?{]/.test(this.src[this.pos + plain.length] ?? '');
      const text = repeated ? plain.slice(0, -1) : plain;
      this.pos += text.length;
      return { exact: [text] };
    }
    const c = this.src[this.pos++] as string;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    if (c === '*' || c === '+' || c === '?') throw new Error(`nothing to repeat at ${this.pos}`);
    return { exact: [c] };
  }

  private group(): Info {
    const head = /^\?(?:<[=!]|[=!:]|<[A-Za-z_$][\w$]*>)?/.exec(this.src.slice(this.pos));
    const kind = head?.[0] ?? '';
    if (kind === '?') throw new Error(`unknown group at ${this.pos}`);
    this.pos += kind.length;
    const inner = this.disjunction();
    if (this.src[this.pos++] !== ')') throw new Error('unclosed group');
    // a lookaround consumes nothing: what it asks of the text around the match is not required
    return /^\?<?[=!]$/.test(kind) ? EMPTY : inner;
  }

  private charClass(): Info {
    const end = /^(?:\\.|[^\\\]])*\]/.exec(this.src.slice(this.pos));
    if (!end) throw new Error('unclosed class');
    const body = end[0].slice(0, -1);
    this.pos += end[0].length;
    // a short list of plain characters ("[Oo]", "[OPop]") is an exact choice; ranges,
    // negations and escapes read as "some character"
    const plain = /^[^\\^\-\uD800-\uDFFF][^\\\-\uD800-\uDFFF]{0,7}$/.test(body);
    return plain ? { exact: [...new Set(body)] } : ANY;
  }

  private escape(): Info {
    const c = this.src[this.pos++] ?? '';
    if (c === 'b' || c === 'B') return EMPTY;
    if (CLASS_ESCAPES.has(c)) return ANY;
    // escaped punctuation ("\.", "\/") is itself
    if (/^[^A-Za-z0-9]$/.test(c)) return { exact: [c] };
    throw new Error(`escape \\${c} not read`);
  }
}

/** The shortest strings of a list: "owns" already contains "own", so it adds no test. */
function minimal(strings: readonly string[]): string[] {
  const list = [...new Set(strings)].sort((a, b) => a.length - b.length);
  return list.filter((s, i) => !list.slice(0, i).some((shorter) => s.includes(shorter)));
}

/**
 * Every list of strings that each match of `regex` holds a string of, or an empty list when
 * nothing can be named. Patterns with flags that change what a character matches are not read.
 * @example requiredSubstringLists(/⟦O\d+⟧ owns ⟦P\d+⟧/) // [['⟦O'], ['⟧ owns ⟦P'], ['⟧']]
 */
export function requiredSubstringLists(regex: RegExp): string[][] {
  if (/[iuvmsy]/.test(regex.flags)) return [];
  try {
    return requiredOf(new Reader(regex.source).read()).map((list) => [...list]);
  } catch {
    return [];
  }
}

/** The sharpest of a pattern's required lists (see requiredSubstringLists), trimmed. */
export function sharpestOf(lists: ReadonlyArray<readonly string[]>): string[] | undefined {
  const best = sharpest(lists);
  return best ? minimal(best) : undefined;
}

/**
 * Strings one of which every match of `regex` contains, or undefined when the pattern names
 * none worth testing: the sharpest of the lists it requires.
 * @example requiredSubstrings(/⟦O\d+⟧ (?:owns|owned) ⟦O\d+⟧/) // ['⟧ owns ⟦O', '⟧ owned ⟦O']
 */
export function requiredSubstrings(regex: RegExp): string[] | undefined {
  return sharpestOf(requiredSubstringLists(regex));
}
