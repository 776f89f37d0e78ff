import { type AST, RegExpParser } from '@eslint-community/regexpp';
import { rank, usableLiteral, WORD_START } from './literal-choice.ts';

export { WORD_START } from './literal-choice.ts';

/** At most this many strings in a node's exact set; beyond it the node is read by its factors. */
const EXACT_LIMIT = 64;

/**
 * Where a node's matches leave the text position: right after a non-word character or at a word
 * boundary (`yes`: a word character next would start a word), `no` when that is not certain, or
 * `same` when the node may match nothing and otherwise leaves `yes` (it keeps the position before it).
 */
type After = 'yes' | 'no' | 'same';

/**
 * What one node of a pattern can match, as far as literal text goes:
 * - `exact`: every string it can match (lower case), when there are few and all are known;
 * - `factors`: strings one of which every match contains, or null when nothing is certain;
 * - `after`: where its matches leave the position (see `After`).
 */
interface Info {
  readonly exact: ReadonlySet<string> | null;
  readonly factors: ReadonlySet<string> | null;
  readonly after: After;
}

const UNKNOWN: Info = { exact: null, factors: null, after: 'no' };
const EMPTY: Info = { exact: new Set(['']), factors: null, after: 'same' };

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
export function computeRequiredLiterals(
  pattern: RegExp,
  /** Given, receives every factor set met that every match needs too (see `computeRequiredLiteralSets`). */
  collect?: ReadonlySet<string>[],
): readonly string[] | null {
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
  const info = alternation(ast.alternatives, unicodeFolding, false, collect);
  const found = asFactors(info);
  if (found === null) return null;
  const literals = new Set<string>();
  for (const literal of found) {
    const usable = usableLiteral(literal);
    if (usable === null) return null;
    literals.add(usable);
  }
  return [...literals];
}

/** `collect`: see `computeRequiredLiterals`; only one alternative's sets are every match's. */
function alternation(
  alternatives: readonly AST.Alternative[],
  uFold: boolean,
  wordStart: boolean,
  collect?: ReadonlySet<string>[],
): Info {
  const one = alternatives.length === 1 ? collect : undefined;
  const infos = alternatives.map((a) => sequence(a.elements, uFold, wordStart, one));
  let exact: Set<string> | null = new Set();
  for (const info of infos) {
    if (exact === null || info.exact === null) {
      exact = null;
      break;
    }
    for (const s of info.exact) exact.add(s);
    if (exact.size > EXACT_LIMIT) exact = null;
  }
  const after = combineAfter(infos.map((info) => info.after));
  const factors = new Set<string>();
  for (const info of infos) {
    const own = asFactors(info);
    if (own === null) return { exact, factors: null, after };
    for (const s of own) factors.add(s);
  }
  return { exact, factors, after };
}

/** Where alternatives leave the position: `yes` only if every one does; `same` if each does or may match nothing. */
function combineAfter(afters: readonly After[]): After {
  if (afters.every((after) => after === 'yes')) return 'yes';
  return afters.every((after) => after !== 'no') ? 'same' : 'no';
}

/** A word character as `\b` reads one, in lower case. */
const WORD_CHAR = /^[a-z0-9_]/;

function sequence(
  elements: readonly AST.Element[],
  uFold: boolean,
  wordStart: boolean,
  collect?: ReadonlySet<string>[],
): Info {
  let current: Set<string> | null = new Set(['']);
  let allExact = true;
  let best: ReadonlySet<string> | null = null;
  // Whether the position before the next element is after a non-word character or a boundary.
  let atStart = wordStart;
  let after: After = 'same';
  const consider = (candidate: ReadonlySet<string> | null) => {
    if (candidate === null || candidate.has('')) return;
    collect?.push(candidate);
    if (best === null || rank(candidate) > rank(best)) best = candidate;
  };
  for (const element of elements) {
    const info = element_(element, uFold, atStart, collect);
    // A run of letters right after a boundary begins a word: "\bai", "[\s]{1,3}ai".
    const exact =
      atStart && info.exact !== null && [...info.exact].every((s) => WORD_CHAR.test(s))
        ? new Set([...info.exact].map((s) => WORD_START + s))
        : info.exact;
    consider(info.factors);
    if (info.after !== 'same') after = info.after;
    atStart = info.after === 'yes' || (info.after === 'same' && atStart);
    if (exact === null) {
      allExact = false;
      consider(current);
      current = new Set(['']);
      continue;
    }
    const product = multiply(current ?? new Set(['']), exact);
    if (product === null) {
      allExact = false;
      consider(current);
      current = new Set(exact);
    } else current = product;
  }
  consider(current);
  return { exact: allExact ? current : null, factors: best, after };
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

function element_(
  node: AST.Element,
  uFold: boolean,
  wordStart: boolean,
  collect?: ReadonlySet<string>[],
): Info {
  switch (node.type) {
    case 'Character':
      return character(node.value, uFold);
    case 'CharacterClass':
      return characterClass(node, uFold);
    case 'CharacterSet':
      // \s: a space is not a word character; \w, \d, ".", properties may be.
      return { ...UNKNOWN, after: node.kind === 'space' && !node.negate ? 'yes' : 'no' };
    case 'Group':
    case 'CapturingGroup':
      return alternation(node.alternatives, uFold, wordStart, collect);
    case 'Assertion':
      // Zero width: it adds no text (lookarounds constrain, but are not needed to be sound). A
      // word boundary, the start of the input or a line, or a look-behind for a non-word
      // character puts a following word character at a word's start.
      return {
        ...EMPTY,
        after:
          (node.kind === 'word' && !node.negate) || node.kind === 'start' || behindNonWord(node, uFold)
            ? 'yes'
            : 'same',
      };
    case 'Quantifier':
      return quantifier(node, uFold, wordStart);
    default:
      // Back-references, class expressions.
      return UNKNOWN;
  }
}

/**
 * A look-behind that holds only after a non-word character or at the start: "(?<=^|[.!?]\s{0,3})"
 * (each alternative ends so), or "(?<![\w#])" (no word character before).
 */
function behindNonWord(node: AST.Assertion, uFold: boolean): boolean {
  if (node.kind !== 'lookbehind') return false;
  if (!node.negate) return alternation(node.alternatives, uFold, false).after === 'yes';
  return node.alternatives.some(
    (alternative) => alternative.elements.length === 1 && excludesWord(alternative.elements[0]),
  );
}

/** A one-character element that matches every word character (`\w`, or a class holding `\w`). */
function excludesWord(element: AST.Element | undefined): boolean {
  const isWordSet = (e: AST.Node) => e.type === 'CharacterSet' && e.kind === 'word' && !e.negate;
  if (element === undefined) return false;
  if (isWordSet(element)) return true;
  return element.type === 'CharacterClass' && !element.negate && element.elements.some(isWordSet);
}

function quantifier(node: AST.Quantifier, uFold: boolean, wordStart: boolean): Info {
  const inner = element_(node.element, uFold, wordStart);
  if (node.min === 1 && node.max === 1) return inner;
  // Repeated, a part starts after its own previous repetition too: marks hold only for the first.
  const again = node.max > 1 ? element_(node.element, uFold, wordStart && inner.after === 'yes') : inner;
  // Nothing, or what the part leaves.
  const optional: After = inner.after === 'no' ? 'no' : 'same';
  if (node.min === 0) {
    if (node.max === 1 && inner.exact !== null)
      return { exact: new Set(['', ...inner.exact]), factors: null, after: optional };
    return { ...UNKNOWN, after: optional };
  }
  // At least one repetition: whatever one repetition needs, the whole needs.
  return { exact: null, factors: asFactors(again), after: inner.after };
}

const CLASS_LIMIT = 8;

function characterClass(node: AST.CharacterClass, uFold: boolean): Info {
  const after = classAfter(node);
  if (node.negate) return { ...UNKNOWN, after };
  const chars = new Set<string>();
  for (const element of node.elements) {
    if (element.type === 'Character') {
      const one = character(element.value, uFold).exact;
      if (one === null) return { ...UNKNOWN, after };
      for (const c of one) chars.add(c);
    } else if (element.type === 'CharacterClassRange') {
      if (element.max.value - element.min.value >= CLASS_LIMIT) return { ...UNKNOWN, after };
      for (let c = element.min.value; c <= element.max.value; c++) {
        const one = character(c, uFold).exact;
        if (one === null) return { ...UNKNOWN, after };
        for (const s of one) chars.add(s);
      }
    } else return { ...UNKNOWN, after };
    if (chars.size > CLASS_LIMIT) return { ...UNKNOWN, after };
  }
  return { exact: chars, factors: null, after };
}

/**
 * Whether every character a class matches is a non-word character (`yes`): a class of spaces and
 * punctuation ("[\s\u00a0]", "[\n.!?;:]"). Ranges, negations and sets other than \s are not read.
 */
function classAfter(node: AST.CharacterClass): After {
  if (node.negate) return 'no';
  for (const element of node.elements) {
    if (element.type === 'Character') {
      if (isWordCode(element.value)) return 'no';
    } else if (element.type !== 'CharacterSet' || element.kind !== 'space' || element.negate) return 'no';
  }
  return 'yes';
}

/**
 * A character `\b` may read as a word character: ASCII letters, digits and "_", and with the u
 * and i flags "ſ" (U+017F) and the Kelvin sign (U+212A); other non-ASCII letters are not.
 */
function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 0x17f ||
    code === 0x212a
  );
}

function character(code: number, uFold: boolean): Info {
  const after: After = isWordCode(code) ? 'no' : 'yes';
  if (code >= 0x80) return { ...UNKNOWN, after };
  const c = String.fromCharCode(code).toLowerCase();
  if (uFold && (c === 's' || c === 'k')) return { ...UNKNOWN, after };
  return { exact: new Set([c]), factors: null, after };
}
