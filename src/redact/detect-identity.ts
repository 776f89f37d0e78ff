import { type Detector, DIGIT } from './pii-class.ts';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** A date as people write or say it, or a bare year. */
const DATE = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?(?:[ \t]{1,2}of)?[ \t]{1,2}${MONTH},?(?:[ \t]{1,2}\d{4})?|${MONTH}[ \t]{1,2}\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]{1,2}\d{4})?|(?:19|20)\d{2})(?![\d/.-]\d)`;
/**
 * Words that make the next date a birth date, in the languages of the address forms. "Born"
 * needs a first person: "Kafka was born at LinkedIn in 2011" is history, not a birth date.
 */
const BIRTH = String.raw`I(?:['’]m|[ \t]+was|[ \t]+am)?[ \t]+born|birth[ \t-]?day|date[ \t]+of[ \t]+birth|d\.?o\.?b\.?|geboren|née|né|nacid[oa]|född|født|syntynyt`;

/** Cue words for identity numbers of any country; the number follows within a few characters. */
const ID_CUE = String.raw`SSN|social[ \t]+security(?:[ \t]+(?:number|no\.?))?|national[ \t]+(?:id|identity|insurance)(?:[ \t]+(?:number|no\.?|card))?|NI[ \t]+number|NINO|personnummer|personal[ \t]+(?:id|identity)[ \t]+number|CPR(?:-nummer)?|BSN|SIN|passport(?:[ \t]+(?:number|no\.?))?|ID[ \t]+(?:number|no\.?|card)|tax[ \t]+(?:id|number|identification[ \t]+number)|steuer-?id|DNI|NIE|codice[ \t]+fiscale|aadhaar|PESEL|fødselsnummer|henkilötunnus`;

/** "My name is Ana Lopez": a name the metadata may not know (the redactor also reuses it). */
export const SELF_INTRODUCTION = String.raw`\b(?:[Mm]y[ \t]+name[ \t]+is|[Mm]y[ \t]+name['’]s|I['’]m[ \t]+called|[Cc]all[ \t]+me)[ \t]{1,3}(\p{Lu}[\p{Ll}'’-]{1,30}(?:[ \t]{1,3}\p{Lu}[\p{Ll}'’-]{1,30}){0,2})`;

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** The Spanish DNI/NIE check letter: the number modulo 23, so a random code rarely passes. */
function isSpanishId(value: string): boolean {
  const clean = value.replace(/-/g, '').toUpperCase();
  const digits = clean.slice(0, -1).replace(/^X/, '0').replace(/^Y/, '1').replace(/^Z/, '2');
  return /^\d{8}$/.test(digits) && DNI_LETTERS[Number(digits) % 23] === clean.at(-1);
}

const upperAlnum = (value: string) => value.replace(/[^0-9A-Za-z]/g, '').toUpperCase();

/**
 * Dates of birth (a date or year after "born", "DOB", "birthday"…: other dates, like "started
 * on 2023-10-01", are work history and stay), national identity numbers with well-known shapes
 * (US SSN, UK National Insurance, Nordic personal numbers, Spanish DNI/NIE, Italian codice
 * fiscale, French NIR) or after a cue ("passport number: …"), and names people introduce
 * themselves with ("my name is …").
 */
export function identityDetectors(): Detector[] {
  return [
    {
      cls: 'date_of_birth',
      pattern: new RegExp(String.raw`\b(?:${BIRTH})(?![\p{L}])[^.!?\n]{0,30}?(${DATE})`, 'dgiu'),
      group: 1,
      requires: DIGIT,
      priority: 88,
      key: (value) => value.toLowerCase().replace(/\s+/g, ' '),
    },
    {
      cls: 'national_id',
      // US SSN in its written form; area 000, 666 and 9xx, group 00 and serial 0000 do not exist.
      pattern: /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/dg,
      requires: DIGIT,
      priority: 100,
      key: upperAlnum,
    },
    {
      cls: 'national_id',
      // UK National Insurance number: two letters (not BG, GB, NK, KN, TN, NT, ZZ), six digits, A–D.
      pattern:
        /(?<![\w-])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D](?![\w-])/dg,
      requires: DIGIT,
      priority: 100,
      key: upperAlnum,
    },
    {
      cls: 'national_id',
      // Swedish/Danish/Norwegian-style personal numbers: (YY)YYMMDD-NNNN or +NNNN.
      pattern: /(?<![\d-])(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-+]\d{4}(?![\d-])/dg,
      requires: DIGIT,
      priority: 100,
      key: upperAlnum,
    },
    {
      cls: 'national_id',
      // Finnish henkilötunnus: DDMMYY, a century sign, three digits, a check character.
      pattern:
        /(?<![\w-])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![\w-])/dg,
      requires: DIGIT,
      priority: 100,
      key: upperAlnum,
    },
    {
      cls: 'national_id',
      // Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), check letter verified.
      pattern: /(?<![\w-])(?:\d{8}|[XYZ]\d{7})-?[A-HJ-NP-TV-Z](?![\w-])/dgi,
      requires: DIGIT,
      priority: 100,
      accept: isSpanishId,
      key: upperAlnum,
    },
    {
      cls: 'national_id',
      // Italian codice fiscale: 6 letters, 2 digits, month letter, 2 digits, letter, 3 digits, letter.
      pattern: /(?<![\w-])[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?![\w-])/dg,
      requires: DIGIT,
      priority: 100,
      key: upperAlnum,
    },
    {
      cls: 'national_id',
      // French NIR (sécurité sociale): sex, year, month, department, commune, order, key.
      pattern:
        /(?<![\d-])[12][ \t]?\d{2}[ \t]?(?:0[1-9]|1[0-2])[ \t]?(?:\d{2}|2[AB])[ \t]?\d{3}[ \t]?\d{3}(?:[ \t]?\d{2})?(?![\d-])/dg,
      requires: DIGIT,
      priority: 99,
      key: upperAlnum,
    },
    {
      cls: 'national_id',
      // Any other identity number after its name: "passport number: X1234567", "BSN 123456782".
      pattern: new RegExp(
        String.raw`\b(?:${ID_CUE})\b[ \t]{0,3}(?:is|:|=|#|-)?[ \t]{0,3}([A-Z0-9](?:[A-Z0-9 -]{3,18}[A-Z0-9])?)(?![\w-])`,
        'dgi',
      ),
      group: 1,
      requires: DIGIT,
      priority: 98,
      accept: (value) => (value.match(/\d/g)?.length ?? 0) >= 4,
      key: upperAlnum,
    },
    {
      cls: 'person',
      pattern: new RegExp(SELF_INTRODUCTION, 'dgu'),
      group: 1,
      priority: 45,
      key: (value) => value.toLowerCase(),
    },
  ];
}
