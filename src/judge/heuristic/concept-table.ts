/**
 * The heuristic judge's small vocabulary. Porter stems (the `stemmer` package) keep word families
 * such as "failure"/"failed" or "module"/"modular" apart, and no synonym library knows that
 * "throttling" is a way of talking about rate limits; an embedding model would break "offline,
 * deterministic, fast". So the few general software-engineering variants that matter are listed
 * here by hand. Entries must stay GENERAL (how engineers talk about a topic), never keywords taken
 * from a particular answer.
 */
import { stemWord } from '../../lexicon/stem-word.ts';

/**
 * Stem → canonical concept, applied to flag text AND answers (so both sides agree): spelling and
 * morphological variants of one idea.
 */
export const CANONICAL_STEMS: ReadonlyMap<string, string> = new Map([
  ['failur', 'fail'],
  ['fault', 'fail'],
  ['modul', 'modular'],
  ['traceabl', 'trace'],
  ['nondeterminist', 'nondetermin'],
  ['linter', 'lint'],
  ['mutat', 'mutabl'],
  ['clone', 'copi'],
  ['owner', 'ownership'],
  ['scalabl', 'scale'],
  ['problem', 'issu'],
  ['databas', 'db'],
  ['multipl', 'multi'],
  ['solv', 'solut'],
  ['better', 'superior'],
  ['simpli', 'just'],
  ['myself', 'self'],
  ['yourself', 'self'],
  ['ourselv', 'self'],
  ['themselv', 'self'],
  ['shard', 'partit'],
  ['difficult', 'difficulti'],
  ['toler', 'resili'],
]);

/**
 * Canonical concept → concepts an ANSWER implies by using it (additive: the word keeps its own
 * concept too). One-directional on purpose: a candidate who says "monitoring" talks about
 * observability, but a flag that says "observability" must not turn into a "monitoring" term.
 */
export const ANSWER_EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['librari', ['solut']],
  ['framework', ['solut']],
  ['matur', ['stabl']],
  ['proven', ['stabl']],
  ['monitor', ['observ']],
  ['log', ['observ']],
  ['metric', ['observ']],
  ['dashboard', ['observ']],
  ['alert', ['observ']],
  ['telemetri', ['observ']],
  ['opentelemetri', ['observ', 'trace']],
  ['span', ['trace']],
  ['throttl', ['rate', 'limit']],
  ['429', ['rate', 'limit']],
  ['deepcopi', ['copi']],
  ['memoiz', ['cach']],
  ['cdn', ['cach']],
  ['redi', ['cach']],
  ['memcach', ['cach']],
  ['mutex', ['lock']],
  ['semaphor', ['lock']],
  ['simultan', ['concurr']],
  ['parallel', ['concurr']],
  ['dead', ['fail']],
  ['crash', ['fail']],
  ['down', ['fail']],
  ['flaki', ['nondetermin']],
  ['e2', ['integr']],
  ['pytest', ['test']],
  ['unittest', ['unit', 'test']],
  ['mypy', ['type', 'check']],
  ['pyright', ['type', 'check']],
  ['flake8', ['lint']],
  ['ruff', ['lint']],
  ['pylint', ['lint']],
  ['eslint', ['lint']],
  ['pep8', ['consist', 'style']],
  ['formatt', ['consist', 'style']],
  ['read', ['readabl']],
  ['hard', ['difficulti']],
  ['harder', ['difficulti']],
  ['need', ['requir']],
  ['lockstep', ['coordin']],
  ['align', ['match']],
  ['op', ['oper']],
  ['except', ['error']],
  ['fallback', ['resili']],
  ['monkeypatch', ['monkei', 'patch']],
  ['hexagon', ['layer']],
  ['tier', ['layer']],
  ['machin', ['server']],
  ['node', ['server']],
]);

/**
 * Multi-word spellings of one term, matched on consecutive stems (stop words included). They
 * replace their words in flag text and add to them in answers.
 */
const PHRASE_VARIANTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['back off', ['backoff']],
  ['time out', ['timeout']],
  ['timed out', ['timeout']],
  ['bulk head', ['bulkhead']],
  ['micro service', ['microservic']],
  ['di', ['depend', 'inject']],
];

/** Multi-word ways of talking about a term: answers only, additive (like ANSWER_EXPANSIONS). */
const PHRASE_IMPLICATIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['inversion of control', ['depend', 'inject']],
  ['single responsibility', ['separ', 'concern']],
  ['type hints', ['type', 'check']],
  ['type annotations', ['type', 'check']],
  ['style guide', ['consist', 'style']],
  ['pep 8', ['consist', 'style']],
  ['deep copy', ['copi']],
  ['for update', ['lock']],
  ['compare and swap', ['optimist', 'concurr']],
  ['version column', ['optimist', 'concurr']],
  ['version number', ['optimist', 'concurr']],
  ['same time', ['concurr']],
  ['scale up', ['vertic']],
  ['bigger machine', ['vertic']],
  ['bigger box', ['vertic']],
  ['bigger instance', ['vertic']],
  ['scale out', ['horizont']],
  ['more instances', ['horizont']],
  ['more nodes', ['horizont']],
  ['more machines', ['horizont']],
  ['load balancer', ['horizont']],
  ['chaos engineering', ['chao', 'test']],
  ['chaos monkey', ['chao', 'test']],
  ['end to end', ['integr']],
  ['contract test', ['integr']],
  ['correlation id', ['trace']],
  ['request id', ['trace']],
  ['race condition', ['nondetermin']],
  ['separate pools', ['bulkhead', 'isol']],
  ['separate thread pools', ['bulkhead', 'isol']],
  ['try except', ['error']],
  ['try catch', ['error']],
  ['graceful degradation', ['resili']],
  ['up or down', ['binari']],
  ['all or nothing', ['binari']],
  ['dead or alive', ['binari']],
  ['bounded context', ['domain', 'boundari']],
  ['domain driven', ['domain', 'model']],
  ['ddd', ['domain', 'model']],
  ['on call', ['oper']],
  ['in house', ['rebuild', 'build', 'self']],
  ['from scratch', ['rebuild', 'build', 'self']],
  ['roll our own', ['rebuild', 'build', 'self']],
  ['roll your own', ['rebuild', 'build', 'self']],
  ['write our own', ['rebuild', 'build', 'self']],
  ['build our own', ['rebuild', 'build', 'self']],
  ['off the shelf', ['librari', 'solut']],
  ['third party', ['librari', 'solut']],
  ['open source', ['librari', 'solut']],
  ['battle tested', ['stabl']],
  ['well maintained', ['stabl']],
  ['throw more', ['add']],
  ['line up', ['match']],
  ['ports and adapters', ['layer']],
  ['clean architecture', ['layer']],
];

/** A multi-word variant with its words already stemmed. */
export interface Phrase {
  readonly stems: readonly string[];
  readonly concepts: readonly string[];
}

/** Variant phrases indexed by their first stem, so matching costs one map lookup per word. */
export const VARIANT_PHRASES: ReadonlyMap<string, readonly Phrase[]> = indexPhrases(PHRASE_VARIANTS);

/** Variant and implication phrases together, for answers. */
export const ANSWER_PHRASES: ReadonlyMap<string, readonly Phrase[]> = indexPhrases([
  ...PHRASE_VARIANTS,
  ...PHRASE_IMPLICATIONS,
]);

function indexPhrases(
  source: ReadonlyArray<readonly [string, readonly string[]]>,
): ReadonlyMap<string, readonly Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const [words, concepts] of source) {
    const stems = words.split(' ').map((word) => stemWord(word));
    const first = stems[0] ?? '';
    index.set(first, [...(index.get(first) ?? []), { stems, concepts }]);
  }
  return index;
}

/**
 * Stems that frame a flag rather than name its topic ("Mentions …", "Talks about …", "No
 * awareness of …") and words too generic to carry a topic. Dropped from flag text, except from
 * quoted statements, whose every word is what the candidate would have to say.
 */
export const FRAMING_STEMS: ReadonlySet<string> = new Set([
  'mention',
  'talk',
  'understand',
  'differenti',
  'propos',
  'explain',
  'suggest',
  'recogn',
  'awar',
  'discuss',
  'issu',
  'when',
  'across',
  'handl',
  'describ',
  'demonstr',
  'vs',
  'versus',
]);

/**
 * Stems that frame a flag only where they open it ("Addresses …", "Calls out …", "Uses …",
 * "Handles …", "No idea of …"); after the flag's first topic word they are its topic ("the memory
 * address", "a function call", "use a circular array").
 */
export const LEADING_FRAMING_STEMS: ReadonlySet<string> = new Set([
  'address',
  'call',
  'us',
  'treat',
  'confus',
  'ignor',
  'lack',
  'consid',
  'show',
  'refer',
  'know',
  'idea',
  'concept',
  'notion',
]);

/** Filler the `stopword` list lacks; spoken answers are full of it. */
export const EXTRA_STOP_WORDS: ReadonlySet<string> = new Set([
  'its',
  'also',
  'really',
  'actually',
  'basically',
  'lot',
  'thing',
  'things',
  'stuff',
  'kind',
  'sort',
  'eg',
  'ie',
  'etc',
  'yes',
  'yeah',
  'um',
  'uh',
  'okay',
  'ok',
  'like',
  'so',
  'pretty',
  'bit',
  // Forms of the list's own function words that it lacks, and indefinite pronouns.
  'does',
  'doing',
  'gets',
  'got',
  'makes',
  'something',
  'anything',
  'everything',
]);

/**
 * Words that carry a quoted red flag's stance ("JUST add more servers", "ALWAYS better", "unit tests
 * are ENOUGH"): a close variant of the statement must keep them.
 */
export const STANCE_CONCEPTS: ReadonlySet<string> = new Set(['just', 'alwai', 'enough', 'hope']);
