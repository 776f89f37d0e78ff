/**
 * A small hand-kept vocabulary of how interviewers paraphrase engineering questions. No synonym
 * library knows that "roll your own" means "reinvent the wheel" or that "flaky" tests are about
 * nondeterminism, and an embedding model would break "no LLM, deterministic, fast"; so the few
 * paraphrases that matter are listed here. Keep entries general (the way people talk about a
 * topic), never copied from a particular transcript.
 */

const BUILD_YOURSELF = ' reinvent wheel build yourself ';

/** Phrase rewrites applied to lower-cased text before tokenising: [pattern, canonical words]. */
export const PHRASE_SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  // Build vs buy ("build it or use X", "roll our own", "in-house").
  [/\bin[- ]?house\b|\bfrom scratch\b|\bhome[- ]?grown\b/g, BUILD_YOURSELF],
  [/\broll(?:ing|ed)? (?:your|our|their|my|his|her) own\b/g, BUILD_YOURSELF],
  [
    /\b(?:write|build|writing|building|wrote|built) (?:it |something |them )?(?:yourself|ourselves|your own|our own)\b/g,
    BUILD_YOURSELF,
  ],
  [/\bnot[- ]invented[- ]here\b/g, ' reinvent wheel '],
  [/\bbuild (?:vs\.?|versus|or) buy\b/g, `${BUILD_YOURSELF} libraries `],
  [/\boff[- ]the[- ]shelf\b/g, ' libraries existing solutions '],
  [/\bthird[- ]party (?:librar\w*|packages?|dependenc\w*|tools?)\b/g, ' libraries '],
  [
    /\b(?:build|write|roll|implement)\w*\b[^.?!]{0,40}\b(?:or|versus|vs|instead of|rather than|over)\b[^.?!]{0,30}\b(?:use|using|buy|buying|pull|pulling|adopt|adopting|take|taking)\b/g,
    '$& reinvent wheel ',
  ],
  // External services and their limits.
  [/\bthird[- ]party\b|\b(?:partner|provider|gateway|vendor)s?\b/g, ' external '],
  [/\bupstream (?:services?|providers?|apis?|dependenc\w*)\b/g, ' external api '],
  [/\bthrottl\w*|\bquotas?\b|\b429s?\b/g, ' rate limit '],
  [/\b(?:tim(?:ing|ed|es)|time) out\b/g, ' timeout '],
  // Architecture.
  [/\bmicro[- ]services?\b/g, ' microservices '],
  [/\bnano[- ]?services?\b/g, ' microservices too micro '],
  [/\btoo (?:small|fine|finely|granular|tiny|many services)\b/g, ' too micro '],
  [/\bfine[- ]grained\b|\bgranular\w*/g, ' micro '],
  [/\bhow (?:small|tiny|big|large)\b[^.?!]{0,30}\bservices?\b/g, '$& micro '],
  [/\b(?:small|tiny|little)(?:er)? services\b/g, ' microservices micro '],
  // A system made of many services is a distributed one.
  [
    /\b(?:across|between) (?:the |our |your |all (?:the |those )?)?(?:\w+ )?services\b|\b(?:many|multiple|several|dozens of|\d+|\w+ty) (?:\w+ )?services\b/g,
    '$& distributed ',
  ],
  [/\btrade[- ]offs?\b/g, ' tradeoffs '],
  [/\bcode[- ]?bases?\b/g, ' code '],
  [/\blay(?:ing)? out\b|\blayout\b/g, ' structure '],
  [/\bmonkey[- ]?patch/g, ' monkey patch'],
  [/\bmutable default/g, ' mutable default argument '],
  // Changing an object "in place" is mutation; "gotchas" and "footguns" are pitfalls.
  [
    /\b(?:modif|chang|mutat|updat|edit|alter|sort|append)\w*(?: \w+){0,3} in[- ]place\b|\bin[- ]place (?:modif|chang|mutat|updat|edit|operat)\w*/g,
    ' mutable ',
  ],
  [/\bgotchas?\b|\bfoot[- ]?guns?\b/g, ' pitfall '],
  // Replacing someone else's code while the program runs is what monkey patching means.
  [
    /\b(?:replac|overwrit|overrid|swap|patch|redefin)\w*\b[^.?!]{0,100}\b(?:at run[- ]?time|while (?:its|it is|the \w+ is) running)\b|\b(?:at run[- ]?time|while (?:its|it is) running)\b[^.?!]{0,100}\b(?:replac|overwrit|overrid|swap|patch|redefin)\w*/g,
    '$& monkey patch ',
  ],
  // Concurrency.
  [/\bdouble[- ]?book\w*|\bover[- ]?sell\w*|\bstep(?:ping)? on each other\b/g, ' race condition '],
  [/\bat the same time\b|\bsimultaneous\w*|\bin parallel\b/g, ' concurrent '],
  [/\bbookings?\b/g, ' reservation '],
  // Scaling.
  [
    /\b(?:traffic|load|usage|demand|volume)\s+(?:went up|goes up|grew|grows|growth|increased|increases|spiked|spikes|doubled|tripled)\b|\bkeep up with (?:the )?(?:traffic|load|demand)\b|\b(?:handle|take|support|absorb|serve) (?:more|higher|increased|extra|10x|ten times (?:the|more)) (?:load|traffic|users|requests)\b/g,
    ' scale ',
  ],
  // Testing and failures.
  [/\bflak(?:y|iness|ey)\b|\bnon[- ]?determinis\w*/g, ' nondeterminism '],
  [/\bend[- ]to[- ]end\b|\be2e\b/g, ' integration test '],
  [/\bfault[- ]injection\b/g, ' failure injection '],
  [/\bdegraded\b|\bstruggl\w*/g, ' unhealthy '],
  [
    /\bhalf[- ](?:alive|dead|working|broken|up)\b|\bzombie\b|\blimp(?:ing|s)?\b|\bbrown[- ]?outs?\b/g,
    ' unhealthy partial failure ',
  ],
  [/\b(?:notic|spott?)(?:e|es|ed|ing|s)? (?:when|that|if|it|a |an |the )/g, ' detect '],
  [/\bnotic(?:e|es|ed|ing)\b(?! period)/g, ' detect '],
];

/** Stem rewrites after Porter stemming, for word families Porter keeps apart. */
export const STEM_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['mutat', 'mutabl'],
  ['immut', 'mutabl'],
  ['scalabl', 'scale'],
  ['recoveri', 'recov'],
  ['fail', 'failur'],
  ['organ', 'structur'],
  ['organis', 'structur'],
  ['big', 'larg'],
  ['bigger', 'larg'],
  ['huge', 'larg'],
  ['larger', 'larg'],
  ['maintainabl', 'maintain'],
  ['simultan', 'concurr'],
  ['sluggish', 'slow'],
  ['parallel', 'concurr'],
  ['rebuild', 'build'],
  ['modular', 'modul'],
  ['pick', 'choos'],
  ['robust', 'resili'],
  ['sketch', 'design'],
]);
