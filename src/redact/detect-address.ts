import { type Detector, DIGIT } from './pii-class.ts';

// Building blocks. Every repetition is bounded and whitespace is at most three characters, so
// each pattern does a bounded amount of work per start position: linear in the text.
const SP = String.raw`[ \t\u00a0]{1,3}`;
const NUMBER = String.raw`\d{1,5}[A-Za-z]?(?:[-–/]\d{1,5}[A-Za-z]?)?`;
/** A word of a street name: capitalised, or an ordinal ("5th"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]{0,30}|\d{1,3}(?:st|nd|rd|th))`;
/** Street types that are (nearly) never anything else after "<number> <Name>". */
const STRONG_TYPES = String.raw`Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Parkway|Pkwy|Highway|Hwy|Terrace|Crescent|Mews`;
/** Types that also name products and phrases ("4 Google Drive folders"): need an address cue. */
const WEAK_TYPES = String.raw`Drive|Dr|Way|Place|Pl|Court|Ct|Close|Square|Sq|Gardens|Grove|Walk|Row|Hill|Circle|Cir|Plaza|Trail|Alley`;
const UNIT = String.raw`(?:,?${SP}(?:Apt|Apartment|Flat|Suite|Unit|Ste)\.?${SP}#?[\w-]{1,6})?`;
/** Street-name endings in Scandinavian, German and Dutch ("Storgatan", "Hauptstraße", "Østerbrovej"). */
const SUFFIXES = String.raw`gatan|gata|gate|vägen|väg|veien|vei|vej|gade|gränd|torget|torg|plads|straße|strasse|str\.|weg|laan|straat|gasse|platz|plein|allee|allé|kade|gracht|ring|damm|ufer`;
/** Street types that come first in Romance languages and Polish ("rue de Rivoli", "Via Roma"). */
const PREFIXES = String.raw`rue|Rue|avenue|Avenue|av\.|Av\.|boulevard|Boulevard|bd|Bd|place|Place|chemin|Chemin|allée|Allée|quai|Quai|impasse|Impasse|calle|Calle|C/|avenida|Avenida|Avda\.|paseo|Paseo|plaza|Plaza|Via|Viale|viale|Piazza|piazza|Corso|corso|Largo|Rua|rua|Travessa|ul\.`;
const PARTICLES = String.raw`(?:(?:de|del|della|delle|dei|di|des|du|la|le|les|los|las|da|do|dos|das|d['’])${SP}){0,2}`;

/** Words near an address that make "12 Elm Grove" a place someone lives or works. */
const ADDRESS_CUE =
  /\b(?:live[sd]?|living|address|moved|move|based|located|home|house|flat|apartment|reside|resident|visit|ship|mail|post|deliver|office|near|street|stay(?:ed|ing)?)\b/i;
const STATES = String.raw`AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY`;
/** A postcode said right after "postcode", "zip", "live in"…. */
const POSTCODE_CUE =
  /\b(?:post\s?code|postal\s+code|zip(?:\s?code)?|plz|postnummer|code\s+postal|live[sd]?|living|moved|address|based|located)\b[^.!?\n]{0,20}$/i;

const before = (text: string, start: number, n: number) => text.slice(Math.max(0, start - n), start);

/** Street addresses (English and common European forms) and postcodes (UK, US, EU). */
export function addressDetectors(): Detector[] {
  // The street alone is the value: a postcode after it is found on its own, so "221B Baker
  // Street" and "221B Baker Street, SW1A 1AA" share one placeholder. A weak street type needs a
  // cue before it or a town after it ("42 Wallaby Way, Sydney").
  const cue = (_: string, text: string, start: number, end: number) =>
    ADDRESS_CUE.test(before(text, start, 80)) || /^,[ \t]{0,2}\p{Lu}/u.test(text.slice(end, end + 4));
  return [
    {
      cls: 'address',
      // "221B Baker Street", "1600 Pennsylvania Avenue NW, Washington", "10 West 45th St., Apt 4".
      pattern: new RegExp(
        String.raw`(?<![\w.])${NUMBER},?${SP}(?:${NAME_WORD}${SP}){1,4}(?:${STRONG_TYPES})\b\.?(?:${SP}(?:NE|NW|SE|SW|N|S|E|W)\b)?${UNIT}`,
        'dgu',
      ),
      requires: DIGIT,
      priority: 85,
    },
    {
      cls: 'address',
      pattern: new RegExp(
        String.raw`(?<![\w.])${NUMBER},?${SP}(?:${NAME_WORD}${SP}){1,4}(?:${WEAK_TYPES})\b\.?${UNIT}`,
        'dgu',
      ),
      requires: DIGIT,
      priority: 84,
      accept: cue,
    },
    {
      cls: 'address',
      // "Storgatan 12", "Hauptstraße 5a, 10115 Berlin", "Karl Johans gate 1", "Kalverstraat 92".
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}-]{0,40}?(?:${SUFFIXES})|(?:\p{Lu}[\p{Ll}]{1,30}${SP}){1,3}(?:gate|gata|gatan|vej|gade|straße|strasse|weg|allé|allee|vei|veien))${SP}${NUMBER}\b`,
        'dgu',
      ),
      requires: DIGIT,
      priority: 85,
    },
    {
      cls: 'address',
      // "12 rue de Rivoli", "Calle Mayor 5", "Via Roma 10", "ul. Marszałkowska 10": the number
      // may come first or last, but must be there.
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}])(?:(${NUMBER}),?${SP})?(?:${PREFIXES})${SP}${PARTICLES}\p{Lu}[\p{L}'’-]{1,30}(?:${SP}${PARTICLES}\p{Lu}[\p{L}'’-]{1,30}){0,2}(?:,?${SP}(${NUMBER})\b)?`,
        'dgu',
      ),
      requires: DIGIT,
      priority: 83,
      accept: (value) => {
        const numberFirst = /^\d/.test(value);
        // English words that are also street types ("via", "place") need the number first.
        if (/^(?:via|place|plaza|avenue|boulevard)\b/.test(value)) return false;
        return numberFirst || /\d/.test(value);
      },
    },
    {
      cls: 'postcode',
      // UK: "SW1A 1AA", "M1 1AE", "EC1A 1BB" (with the space people say). "S3 5GB" is storage.
      pattern:
        /(?<![\w-])(?:GIR[ \t]0AA|[A-PR-UWYZ](?:[A-HK-Y]?\d[A-Z\d]?|\d[A-HJKPSTUW])[ \t\u00a0]\d[ABD-HJLNP-UW-Z]{2})(?![\w-])/dg,
      requires: DIGIT,
      priority: 75,
      accept: (value) => !/\s\d(?:GB|TB|PB)$/.test(value),
      key: (value) => value.replace(/\s/g, ''),
    },
    {
      cls: 'postcode',
      // US ZIP+4 "94105-1804" anywhere; a plain ZIP after a state: "Springfield, IL 62704".
      pattern: new RegExp(
        String.raw`(?<![\w-])\d{5}-\d{4}(?![\w-])|,[ \t]{0,2}(?:${STATES})[ \t]{1,2}(\d{5}(?:-\d{4})?)(?![\w-])`,
        'dg',
      ),
      group: 1,
      requires: DIGIT,
      priority: 75,
    },
    {
      cls: 'postcode',
      // Country-prefixed European forms: "D-10115", "F-75008", "CH-8001", "A-1010".
      pattern:
        /(?<![\w-])(?:D|F|A|B|I|E|L|P|CH|DK|NL|S|SE|N|FI|FIN|PL|CZ|SK|H|GR|IS|LT|LV|EE)-\d{4,5}(?![\w-])/dg,
      requires: DIGIT,
      priority: 74,
      accept: (_, text, start, end) =>
        /^[ \t]{1,2}\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4)) || /,\s*$/.test(before(text, start, 3)),
    },
    {
      cls: 'postcode',
      // "75008 Paris", "10115 Berlin", "1012 AB Amsterdam", "113 56 Stockholm", "2100 København":
      // after a comma or a cue ("I live in …"); a year before a name ("in 2019 Google") is not one.
      pattern:
        /(?<![\w.,-])(\d{5}|\d{4}[ \t]?[A-Z]{2}|\d{3}[ \t]\d{2}|\d{4})(?=[ \t]{1,2}\p{Lu}[\p{Ll}'’-]{2,30})/dgu,
      group: 1,
      requires: DIGIT,
      priority: 70,
      accept: (value, text, start) => {
        if (/^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= 2099) {
          return /,\s*$/.test(before(text, start, 3));
        }
        if (/(?:MB|GB|KB|TB|PB|MS|HZ)$/.test(value)) return false;
        return /,\s*$/.test(before(text, start, 3)) || POSTCODE_CUE.test(before(text, start, 40));
      },
    },
  ];
}
