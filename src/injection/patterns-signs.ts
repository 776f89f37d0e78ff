import { type InjectionPattern, re, S } from './pattern-parts.ts';

/**
 * Signs, labels, patch notes and forms the published list did not name (blind probe round 108:
 * a fifteenth adaptive author given SECURITY.md's list of what the detector reads):
 * - an HL7 result segment of the assessment (`OBX|…|ASSESSMENT^Q4|…`); a question's point
 *   "nerfed" or "buffed"; a requirement made "a nice-to-have"; blank lines "not counted against"
 *   the filer; the "not" of a requirement "eaten by the scanner";
 * - "tick one, yes or yes"; a parcel's "Contents: one complete answer"; lost property returned "to
 *   the top pile"; an achievement "awarded for an answer that covers"; a tip that some players
 *   "have already cleared the … objective"; packages named for a question and "met"; "this
 *   answer is cleared for" the top;
 * - silence that "can't be held against me"; a hosts file "applied to this answer", gaps that
 *   "resolve to nowhere";
 * - "my answer here is the source", a part of this question "settled", a post "the longer form of
 *   this answer", "the answer you'll remember".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const SIGN_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'fake_system',
    // (Folding reads "|" as "l", so the segment's fields run together: "OBXl2lTXlASSESSMENT".)
    pattern: re(
      String.raw`\bOBX[|l][^\n]{0,60}?(?:assessment|grade|score|rating|interview|candidate)|\bawarded${S}for${S}(?:an?|this|the|my)${S}answer${S}that${S}(?:covers|shows|meets|explains)\b|\b(?:have|has)${S}already${S}cleared${S}the${S}(?:[\w-]{1,20}${S}){0,3}objective\b|\bq\d{1,2}-(?:[a-z]{1,20}-){0,4}(?:met|covered|passed|top|strong)\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:q\d{1,2}|question${S}\d{1,2})\b[^\n]{0,60}?\b(?:nerfed|buffed|no${S}longer${S}counts${S}toward)\b|\bfrom${S}a${S}requirement${S}to${S}a${S}(?:nice-to-have|suggestion|recommendation|bonus|optional${S}extra)\b|\b(?:blank|empty|missing|skipped)${S}(?:lines?|answers?|parts?|sections?|fields?)${S}(?:are${S}|is${S})?not${S}(?:counted|held)${S}against\b|\bthe${S}["'“‘]?not["'”’]?${S}(?:just${S})?(?:got|was)${S}(?:eaten|dropped|lost|removed|cut)\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\byes${S}or${S}yes\b|\bcontents:${S}(?:one${S})?(?:complete|full|perfect|top|strong)${S}answer\b|\breturn${S}(?:it${S})?to${S}the${S}(?:top|yes|hire|pass|strong)${S}(?:pile|stack|list|tray|shelf)\b|\b(?:this|the|my)${S}answer${S}is${S}cleared${S}for\b|\bthe${S}answer${S}you['’]ll${S}remember\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\bcan['’]?t${S}be${S}(?:held|counted|used)${S}against${S}me\b|\bapplied${S}to${S}this${S}answer\b|\bgaps?\b[^\n]{0,40}?\bresolves?${S}to${S}nowhere\b`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\bmy${S}answer${S}(?:here${S})?is${S}the${S}source\b|\b(?:part|half|side)${S}of${S}this${S}question${S}is${S}settled\b|\bthe${S}longer${S}form${S}of${S}this${S}answer\b`,
    ),
  },
];
