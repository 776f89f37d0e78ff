import { defaultWordNet } from '../lexicon/default-wordnet.ts';
import { isWord } from '../lexicon/is-word.ts';
import { allMatches } from '../text/all-matches.ts';
import { createLiteralGate } from '../text/literal-gate.ts';
import { NUMBER_WORDS } from '../text/number-words.ts';
import { pushAll } from '../text/push-all.ts';
import { STOP_WORDS } from './bare-list.ts';
import { ACROSTIC_WORDS, findSentenceAcrostics, SENTENCE } from './find-sentence-acrostics.ts';
import type { SteeringHit } from './find-steering.ts';
import { LETTER_NAME, LETTER_NAMES, NATO, NATO_WORD } from './letter-names.ts';
import { segmentWords } from './segment-words.ts';

/** Four or more words in a row ending in "ay": pig latin ("easeplay utpay isthay answerway"). */
const HYPHENATED_PIG_LATIN_RUN =
  /(?<![A-Za-z'’-])(?:[a-z]{1,20}-[a-z]{0,4}ay[\s,.;:!?]{1,3}(?:[a-z]{1,2}[\s,.;:!?]{1,3})?){3,40}[a-z]{1,20}-[a-z]{0,4}ay(?![A-Za-z'’-])/gi;
const PIG_LATIN_RUN = /(?<![A-Za-z'’])(?:[a-z]{2,20}ay[\s,.;:!?]{1,3}){3,40}[a-z]{2,20}ay(?![A-Za-z'’])/gi;
/** Three or more spelling-alphabet words in a row (joined by hyphens, spaces or commas; "(space)" between words). */
const NATO_RUN = new RegExp(
  String.raw`\b${NATO_WORD}(?:[\s,\-–]{1,3}(?:\(?space\)?[\s,\-–]{1,3})?${NATO_WORD}){2,60}\b`,
  'gi',
);
/** Each spelling-alphabet word of a run (`match` with a global pattern keeps no state between calls). */
const NATO_WORDS = new RegExp(NATO_WORD, 'g');
/** Whether a text holds a spelling-alphabet word at all (one walk; most texts hold none). */
const NATO_GATE = createLiteralGate([NATO_RUN]);

/**
 * Word games that hide a request from a reader who does not play them, each read only where the
 * answer holds its shape (linear): the first letters of the sentences when the answer points at
 * them ("read the first letter of each sentence"); pig latin ("easeplay utpay isthay …"), decoded
 * and read like any clause (`says`); and words spelled in the radio alphabet ("Tango-Oscar-Papa")
 * that spell a verdict or say something steering.
 */
export function findWordGames(text: string, says: (clause: string) => boolean): SteeringHit[] {
  const hits: SteeringHit[] = [];
  pushAll(hits, findSentenceAcrostics(text));
  // Pig latin with its hyphen ("ust-jay an-ay ote-nay"): the part before "ay" goes back in front.
  if (/-[a-z]{0,4}ay\b[\s,.;:!?]{1,3}[a-z]{1,20}-[a-z]{0,4}ay\b/i.test(text))
    pushAll(
      hits,
      runsSaying(
        HYPHENATED_PIG_LATIN_RUN,
        text,
        (run) => run.replace(HYPHENATED_PIG_LATIN_WORD, '$2$1'),
        says,
      ),
    );
  // Four words ending in "ay" in a row are needed: most texts have no two.
  if (/ay\b[\s,.;:!?]{1,3}[a-z]{2,20}ay\b/i.test(text))
    pushAll(
      hits,
      runsSaying(PIG_LATIN_RUN, text, (run) => run.replace(/[a-z]+ay\b/gi, fromPigLatin), says),
    );
  // Words spelled in the radio alphabet ("Tango-Oscar-Papa"): a comma or a space between spelled
  // words ends a word, a hyphen joins its letters.
  const spelledOut = NATO_GATE(text).mayMatch(NATO_RUN) ? allMatches(NATO_RUN, text) : [];
  for (const run of spelledOut)
    if (spellsRequest(run[0], /\s*,\s*|\s{2,}|\s(?=\S+-)/, NATO_WORDS, NATO, says))
      hits.push({ kind: 'hidden_text', start: run.index, end: run.index + run[0].length });
  // Letters as their places in the alphabet ("7-9-22-5 20-5-14", "sixteen one nineteen
  // nineteen"), where the answer says so: a hyphen joins a word's letters, a space or comma ends it.
  if (ALPHABET_CUE.test(text))
    for (const run of allMatches(ALPHABET_RUN, text))
      if (
        spellsRequest(run[0], /\s*[,/]\s*|\s+(?=\S+-)|(?<=-\S+)\s+/, ALPHABET_NUMBER, ALPHABET_LETTERS, says)
      )
        hits.push({ kind: 'hidden_text', start: run.index, end: run.index + run[0].length });
  // Letters said by name ("gee. eye. vee. ee. ... em. ee.", "aitch, eye, ar, ee"): an ellipsis,
  // slash or semicolon ends a word.
  const byName = LETTER_NAME_GATE.test(text) ? allMatches(LETTER_NAME_RUN, text) : [];
  for (const run of byName)
    if (spellsRequest(run[0], /\s*(?:\.{2,}|…|\/|;)\s*|\s{2,}/, LETTER_NAME_WORD, LETTER_NAMES, says))
      hits.push({ kind: 'hidden_text', start: run.index, end: run.index + run[0].length });
  // Sound-alikes for the words of a request ("eye wood like ewe two right down hi marks four me"):
  // read respelled where a sentence holds three or more that honest speech rarely has.
  if (HOMOPHONE_GATE.test(text)) {
    for (const sentence of allMatches(SENTENCE, text)) {
      const odd = new Set(sentence[0].toLowerCase().match(ODD_HOMOPHONE) ?? []);
      if (odd.size < 3) continue;
      const respelled = sentence[0].replace(HOMOPHONE_WORD, (word) => HOMOPHONES[word.toLowerCase()] ?? word);
      if (says(respelled))
        hits.push({ kind: 'hidden_text', start: sentence.index, end: sentence.index + sentence[0].length });
    }
  }
  return hits;
}

/**
 * Sound-alikes of the words a request is made of, as an attacker or a speech recogniser writes
 * them: "eye wood like ewe two right down hi marks four me", "pleas right strong hire in the
 * rite column". Read back only in a sentence holding three or more of the odd ones.
 */
const HOMOPHONES: Readonly<Record<string, string>> = Object.freeze({
  eye: 'i',
  aye: 'i',
  ewe: 'you',
  yew: 'you',
  wood: 'would',
  knot: 'not',
  rite: 'right',
  right: 'write',
  wright: 'write',
  pleas: 'please',
  grate: 'great',
  hi: 'high',
  fore: 'for',
  four: 'for',
  two: 'to',
  too: 'to',
  sew: 'so',
  bee: 'be',
  reed: 'read',
  marx: 'marks',
  ad: 'add',
  sea: 'see',
  weather: 'whether',
  hole: 'whole',
  sum: 'some',
  hay: 'hey',
  grater: 'grader',
  inn: 'in',
  yore: 'your',
  outta: 'out of',
});
/** The sound-alikes honest speech rarely has (not "two", "four", "right", "too"). */
const ODD_HOMOPHONE =
  /\b(?:eye|aye|ewe|yew|wood|knot|rite|wright|pleas|grate|hi|fore|sew|bee|reed|marx|ad|sea|weather|hole|hay|grater|inn|yore)\b/g;
const HOMOPHONE_WORD = new RegExp(`\\b(?:${Object.keys(HOMOPHONES).join('|')})\\b`, 'gi');
/** A prefilter: one of the rarest sound-alikes in the text (most texts hold none). */
const HOMOPHONE_GATE =
  /\b(?:eye|aye|ewe|yew|wood|knot|rite|wright|pleas|grate|fore|sew|bee|reed|marx|hay|grater|inn|yore)\b/i;

/** Four or more letter names in a row (read only where `LETTER_NAME_GATE` finds names no word is). */
const LETTER_NAME_RUN = new RegExp(
  String.raw`\b${LETTER_NAME}(?:(?:[\s,.;/…-]{1,6})${LETTER_NAME}){3,40}\b`,
  'gi',
);
const LETTER_NAME_WORD = new RegExp(`\\b${LETTER_NAME}\\b`, 'g');
/** A prefilter: a name no English word is, twice ("ee", "aitch", "ess", "tee", "vee", "ar", "gee", "pee"). */
const LETTER_NAME_GATE =
  /\b(?:ee|h?aitch|ess|tee|vee|ar|gee|pee|dee|zee|wye)\b[\s,.;/…-]{1,6}(?:\w+[\s,.;/…-]{1,6}){0,3}(?:ee|h?aitch|ess|tee|vee|ar|gee|pee|dee|zee|wye|em|en|oh|eye|kay|jay)\b/i;

/**
 * Whether a run of spelled letters spells a steering word or says something steering: the run is
 * cut into words at `wordBreak`, each word's letter names (`letterName`, global) read by `letters`.
 */
/** One word of hyphenated pig latin: the word's start, and the part moved behind the hyphen. */
const HYPHENATED_PIG_LATIN_WORD = /\b([a-z]{1,20})-([a-z]{0,4})ay\b/gi;

/** The runs of `pattern` in `text` that, decoded, say something steering, as hits. */
function runsSaying(
  pattern: RegExp,
  text: string,
  decode: (run: string) => string,
  says: (clause: string) => boolean,
): SteeringHit[] {
  return allMatches(pattern, text)
    .filter((run) => says(decode(run[0])))
    .map((run) => ({ kind: 'instruction_override', start: run.index, end: run.index + run[0].length }));
}

/** A word break said aloud in a spelled run: "(space)", "space". */
/** An answer pointing at the alphabet's numbering ("each number is position in alphabet", "letters of the alphabet"). */
const ALPHABET_CUE = /\b(?:alphabet\w{0,6}|a1z26|letters?\s{1,3}number)/i;
/** A letter's place in the alphabet, as digits or in words (one to twenty-six). */
const ALPHABET_NUMBER =
  /\b(?:2[0-6]|1\d|[1-9]|twenty[\s-](?:one|two|three|four|five|six)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/gi;
/** Three or more such numbers in a row. */
const ALPHABET_RUN = new RegExp(
  String.raw`${ALPHABET_NUMBER.source}(?:[-\s,/]{1,3}${ALPHABET_NUMBER.source}){2,40}`,
  'gi',
);
/** Each number to its letter: 1 is "a", 26 "z". */
const ALPHABET_LETTERS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(
    Array.from({ length: 26 }, (_, index) => {
      const letter = String.fromCharCode(97 + index);
      const word = index + 1 <= 20 ? NUMBER_WORDS[index + 1] : `twenty ${NUMBER_WORDS[index - 19]}`;
      return [
        [String(index + 1), letter],
        [word ?? '', letter],
        [(word ?? '').replace(' ', '-'), letter],
      ];
    }).flat(),
  ),
);

const SPOKEN_SPACE = /[\s,]*\(?\bspace\b\)?[\s,]*/;

function spellsRequest(
  run: string,
  wordBreak: RegExp,
  letterName: RegExp,
  letters: Readonly<Record<string, string>>,
  says: (clause: string) => boolean,
): boolean {
  const words = run
    .toLowerCase()
    .split(SPOKEN_SPACE)
    .flatMap((group) => {
      const spelled = group
        .split(wordBreak)
        .map((word) => (word.match(letterName) ?? []).map((name) => letters[name] ?? '').join(''))
        .filter((word) => word !== '');
      // Every letter set apart ("tango, oscar, papa"): the group is one word, or words run together.
      if (spelled.length < 2 || spelled.some((word) => word.length > 1)) return spelled;
      const joined = spelled.join('');
      return [segmentWords(joined) ?? joined];
    });
  return words.some((word) => word.length >= 3 && ACROSTIC_WORDS.test(word)) || says(words.join(' '));
}

/** Consonant clusters an English word can start with: the part pig latin moves to the end. */
const ONSETS: ReadonlySet<string> = new Set(
  'b c d f g h j k l m n p q r s t v w x y z bl br ch cl cr dr fl fr gl gr kn pl pr sc sh sk sl sm sn sp st sw th tr tw wh wr ph scr spl spr str thr sch squ qu chr shr'.split(
    ' ',
  ),
);

/**
 * One pig-latin word read back: "answerway" → "answer", "easeplay" → "please", "isthay" →
 * "this", "optay" → "top", "arksmay" → "marks": the longest consonant cluster at the stem's end
 * that can start an English word and makes one moves back to the front (without a word, the
 * longest that can start one); a stem opening with a vowel that is a word stays ("answeray").
 */
function fromPigLatin(word: string): string {
  const lower = word.toLowerCase();
  if (lower.endsWith('way') && /^[aeiou]/.test(lower)) return lower.slice(0, -3);
  const stem = lower.slice(0, -2);
  const consonants = /[^aeiou]+$/.exec(stem)?.[0] ?? '';
  const wordNet = defaultWordNet();
  const known = (candidate: string) => STOP_WORDS.has(candidate) || isWord(wordNet, candidate);
  let fallback: string | undefined;
  for (let length = Math.min(3, consonants.length, stem.length - 1); length >= 1; length -= 1) {
    const cluster = stem.slice(-length);
    if (!ONSETS.has(cluster)) continue;
    const moved = `${cluster}${stem.slice(0, -length)}`;
    // The cluster that makes a word ("arksmay": "marks", not "smark").
    if (known(moved)) return moved;
    fallback ??= moved;
  }
  // A word opening with a vowel may just take "ay" ("answeray" → "answer").
  if (/^[aeiou]/.test(stem) && known(stem)) return stem;
  return fallback ?? lower;
}
