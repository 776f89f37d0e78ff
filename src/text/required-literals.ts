import { type AST, RegExpParser } from '@eslint-community/regexpp';

/** At most this many strings in a node's exact set; beyond it the node is read by its factors. */
const EXACT_LIMIT = 64;
/** Literals shorter than this select almost every text: a pattern needing only those is always run. */
const MIN_LITERAL = 3;

/**
 * What one node of a pattern can match, as far as literal text goes:
 * - `exact`: every string it can match (lower case), when there are few and all are known;
 * - `factors`: strings one of which every match contains, or null when nothing is certain.
 */
interface Info {
  readonly exact: ReadonlySet<string> | null;
  readonly factors: ReadonlySet<string> | null;
}

const UNKNOWN: Info = { exact: null, factors: null };
const EMPTY: Info = { exact: new Set(['']), factors: null };

/**
 * The literals a pattern cannot match without: every match of `pattern` contains at least one of
 * the returned strings (lower case ASCII), so a text whose lower-cased form contains none of them
 * cannot match, and the pattern need not be run on it. Null when no such set is known (the
 * pattern must always run). This is the prefilter RE2 and Hyperscan compute, on regexpp's parse of
 * the pattern: literal runs are multiplied out while they stay few, alternatives contribute the
 * union of theirs, optional parts nothing, and a concatenation the most selective of its parts.
 *
 * Sound for case-insensitive patterns because only ASCII characters become literals (an ASCII
 * pattern character matches only ASCII text without the `u` flag; with it, `s` and `k` also match
 * `ſ` and the Kelvin sign, so those two are never literals then), and both sides are lower-cased.
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | null {
  // (`flags` rather than `unicodeSets`: Node 20's typings predate the v flag.)
  const unicodeSets = pattern.flags.includes('v');
  let ast: AST.Pattern;
  try {
    ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern.source, 0, pattern.source.length, {
      unicode: pattern.unicode,
      unicodeSets,
    });
  } catch {
    // Syntax the parser does not know (a newer engine's): nothing is known, so the pattern always runs.
    return null;
  }
  const unicodeFolding = pattern.ignoreCase && (pattern.unicode || unicodeSets);
  const info = alternation(ast.alternatives, unicodeFolding);
  const literals = asFactors(info);
  if (literals === null || [...literals].some((l) => l.length < MIN_LITERAL)) return null;
  return [...literals];
}

function alternation(alternatives: readonly AST.Alternative[], uFold: boolean): Info {
  const infos = alternatives.map((a) => sequence(a.elements, uFold));
  let exact: Set<string> | null = new Set();
  for (const info of infos) {
    if (exact === null || info.exact === null) {
      exact = null;
      break;
    }
    for (const s of info.exact) exact.add(s);
    if (exact.size > EXACT_LIMIT) exact = null;
  }
  const factors = new Set<string>();
  for (const info of infos) {
    const own = asFactors(info);
    if (own === null) return { exact, factors: null };
    for (const s of own) factors.add(s);
  }
  return { exact, factors };
}

function sequence(elements: readonly AST.Element[], uFold: boolean): Info {
  let current: Set<string> | null = new Set(['']);
  let allExact = true;
  let best: ReadonlySet<string> | null = null;
  const consider = (candidate: ReadonlySet<string> | null) => {
    if (candidate === null || candidate.has('')) return;
    if (best === null || rank(candidate) > rank(best)) best = candidate;
  };
  for (const element of elements) {
    const info = element_(element, uFold);
    consider(info.factors);
    if (info.exact === null) {
      allExact = false;
      consider(current);
      current = new Set(['']);
      continue;
    }
    const product = multiply(current ?? new Set(['']), info.exact);
    if (product === null) {
      allExact = false;
      consider(current);
      current = new Set(info.exact);
    } else current = product;
  }
  consider(current);
  return { exact: allExact ? current : null, factors: best };
}

/** How selective a factor set is: its shortest literal, then fewer literals. */
function rank(set: ReadonlySet<string>): number {
  let shortest = Number.POSITIVE_INFINITY;
  for (const s of set) shortest = Math.min(shortest, s.length);
  return shortest * 1000 - Math.min(set.size, 999);
}

function multiply(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | null {
  if (a.size * b.size > EXACT_LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function asFactors(info: Info): ReadonlySet<string> | null {
  if (info.exact !== null) return info.exact.has('') ? null : info.exact;
  return info.factors;
}

function element_(node: AST.Element, uFold: boolean): Info {
  switch (node.type) {
    case 'Character':
      return character(node.value, uFold);
    case 'CharacterClass':
      return characterClass(node, uFold);
    case 'Group':
    case 'CapturingGroup':
      return alternation(node.alternatives, uFold);
    case 'Assertion':
      // Zero width: it adds no text (lookarounds constrain, but are not needed to be sound).
      return EMPTY;
    case 'Quantifier':
      return quantifier(node, uFold);
    default:
      // Any character, \w \s \d, properties, back-references, class expressions.
      return UNKNOWN;
  }
}

function quantifier(node: AST.Quantifier, uFold: boolean): Info {
  const inner = element_(node.element, uFold);
  if (node.min === 1 && node.max === 1) return inner;
  if (node.min === 0) {
    if (node.max === 1 && inner.exact !== null)
      return { exact: new Set(['', ...inner.exact]), factors: null };
    return UNKNOWN;
  }
  // At least one repetition: whatever one repetition needs, the whole needs.
  return { exact: null, factors: asFactors(inner) };
}

const CLASS_LIMIT = 8;

function characterClass(node: AST.CharacterClass, uFold: boolean): Info {
  if (node.negate) return UNKNOWN;
  const chars = new Set<string>();
  for (const element of node.elements) {
    if (element.type === 'Character') {
      const one = character(element.value, uFold).exact;
      if (one === null) return UNKNOWN;
      for (const c of one) chars.add(c);
    } else if (element.type === 'CharacterClassRange') {
      if (element.max.value - element.min.value >= CLASS_LIMIT) return UNKNOWN;
      for (let c = element.min.value; c <= element.max.value; c++) {
        const one = character(c, uFold).exact;
        if (one === null) return UNKNOWN;
        for (const s of one) chars.add(s);
      }
    } else return UNKNOWN;
    if (chars.size > CLASS_LIMIT) return UNKNOWN;
  }
  return { exact: chars, factors: null };
}

function character(code: number, uFold: boolean): Info {
  if (code >= 0x80) return UNKNOWN;
  const c = String.fromCharCode(code).toLowerCase();
  if (uFold && (c === 's' || c === 'k')) return UNKNOWN;
  return { exact: new Set([c]), factors: null };
}
