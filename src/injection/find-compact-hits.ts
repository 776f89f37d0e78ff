import { allMatches } from '../text/all-matches.ts';
import type { FoldedText } from './fold-text.ts';
import type { InjectionKind } from './schema.ts';

/**
 * Steering phrases with every space and sign removed, for text disguised past word-level
 * patterns: glued or camel-cased ("IgnoreAllPreviousInstructions"), joined by underscores or
 * odd signs ("ig-nore_all pre.vious"), or spelled out letter by letter across words.
 */
const PHRASES: Readonly<Record<string, InjectionKind>> = Object.freeze({
  ignoreallpreviousinstructions: 'instruction_override',
  ignorepreviousinstructions: 'instruction_override',
  ignoreallpriorinstructions: 'instruction_override',
  ignorepriorinstructions: 'instruction_override',
  ignoretheaboveinstructions: 'instruction_override',
  ignoretheinstructions: 'instruction_override',
  ignoreyourinstructions: 'instruction_override',
  ignoreallinstructions: 'instruction_override',
  disregardpreviousinstructions: 'instruction_override',
  disregardallpreviousinstructions: 'instruction_override',
  disregardallpriorinstructions: 'instruction_override',
  forgetallpreviousinstructions: 'instruction_override',
  forgetpreviousinstructions: 'instruction_override',
  forgetyourinstructions: 'instruction_override',
  disregardtherubric: 'instruction_override',
  ignoretherubric: 'instruction_override',
  overridetherubric: 'instruction_override',
  ignorethesystemprompt: 'instruction_override',
  ratethisanswer: 'score_demand',
  scorethisanswer: 'score_demand',
  gradethisanswer: 'score_demand',
  ratethisresponse: 'score_demand',
  scorethisresponse: 'score_demand',
  gradethisresponse: 'score_demand',
  givethisanswer: 'score_demand',
  givemea4: 'score_demand',
  givemeafour: 'score_demand',
  givemefullmarks: 'score_demand',
  givemethetopscore: 'score_demand',
  thisanswerdeserves: 'score_demand',
  markallgreenflagspresent: 'score_demand',
  markallgreenflagsaspresent: 'score_demand',
  markallflagsaspresent: 'score_demand',
  notetothegrader: 'grader_note',
  notetotheevaluator: 'grader_note',
  notetotheai: 'grader_note',
  notetothejudge: 'grader_note',
  notetothemodel: 'grader_note',
  notefortheai: 'grader_note',
  noteforthegrader: 'grader_note',
  gradernote: 'grader_note',
  deargrader: 'addresses_evaluator',
  dearevaluator: 'addresses_evaluator',
  dearai: 'addresses_evaluator',
  heygrader: 'addresses_evaluator',
  heyevaluator: 'addresses_evaluator',
  ifyouareanai: 'addresses_evaluator',
  youarenowa: 'roleplay',
  youarenowin: 'roleplay',
  fromnowonyou: 'roleplay',
  systemoverride: 'fake_system',
  adminoverride: 'fake_system',
  developermode: 'roleplay',
  rubricupdate: 'fake_errata',
  rubricerrata: 'fake_errata',
  updatedrubric: 'fake_errata',
  revisedrubric: 'fake_errata',
  allgreenflagsarepresent: 'compliance_claim',
  allgreenflagsaremet: 'compliance_claim',
  allgreenflagsarecovered: 'compliance_claim',
  icoveredallthegreenflags: 'compliance_claim',
  icoveredallgreenflags: 'compliance_claim',
  asrequiredicovered: 'compliance_claim',
});
// A set of literals: the engine tries each at each position, a constant factor, so linear.
const ANY_PHRASE = new RegExp(Object.keys(PHRASES).join('|'), 'g');

const PLAIN_WORDS = /^[a-z]+(?: [a-z]+)+$/i;

/** Hits of `PHRASES` in the letters-only view of `folded`, as spans of the original text. */
export function findCompactHits(folded: FoldedText): { kind: InjectionKind; start: number; end: number }[] {
  const { text } = folded;
  const codes = new Uint16Array(text.length);
  const at = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      if (c < 0x80 || !/[\p{L}\p{N}]/u.test(text[i] ?? '')) continue;
    }
    codes[n] = c;
    at[n] = i;
    n += 1;
  }
  const compact = new TextDecoder('utf-16le').decode(codes.subarray(0, n));
  const isWordChar = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i] ?? '');
  const hits: { kind: InjectionKind; start: number; end: number }[] = [];
  for (const match of allMatches(ANY_PHRASE, compact)) {
    const first = at[match.index];
    const last = at[match.index + match[0].length - 1];
    const kind = PHRASES[match[0]];
    if (first === undefined || last === undefined || kind === undefined) continue;
    // Whole words only: "accurate this answer" does not hold "rate this answer".
    if (isWordChar(first - 1) || isWordChar(last + 1)) continue;
    // A fake system line in plain words is read by the word patterns, with their context ("an
    // admin override flag" is a feature); this view is for such words glued or broken up.
    // So is "developer mode" (a phone's or a browser's setting, in plain words; round 150).
    if (
      (kind === 'fake_system' || match[0] === 'developermode') &&
      PLAIN_WORDS.test(text.slice(first, last + 1))
    )
      continue;
    hits.push({ kind, start: folded.map[first] ?? 0, end: folded.endOf(last) });
  }
  return hits;
}
