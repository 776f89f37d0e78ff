import { stemWord } from '../lexicon/stem-word.ts';
import { allMatches } from '../text/all-matches.ts';
import { createLiteralGate } from '../text/literal-gate.ts';
import { splitAlternatives } from '../text/split-alternatives.ts';

/** "I", "we", "I've", "we have", optionally "already"/"just"/… after. */
const SELF = String.raw`(?:i|we)(?:['’]ve|\s{1,5}have)?(?:\s{1,5}(?:already|just|also|clearly|explicitly|briefly))?`;
/** Verbs that refer to what was said in the answer itself. */
const SAID = String.raw`(?:said|mentioned|described|explained|discussed|covered|outlined|noted|showed|shown|stated|addressed|acknowledged|raised|flagged|highlighted|emphasi[sz]ed|walked\s{1,5}through|went\s{1,5}through|gone\s{1,5}through|laid\s{1,5}out|touched\s{1,5}on|pointed\s{1,5}out|talked\s{1,5}about|brought\s{1,5}up)`;

/**
 * Phrases by which an answer points back at itself as having covered something: "as I walked
 * through", "as discussed", "to recap what I covered", "which I explained", "X, covered in my
 * first point", "(check)", "I was deliberate about touching on". Each is bounded (linear time).
 */
const SELF_REFERENCE_SOURCES = [
  String.raw`\b(?:as|like)\s{1,5}${SELF}\s{1,5}${SAID}\b`,
  String.raw`\bas\s{1,5}(?:already\s{1,5}|previously\s{1,5})?(?:discussed|mentioned|described|explained|covered|noted|outlined|shown|stated|addressed)\b`,
  String.raw`\b${SELF}\s{1,5}(?:covered|addressed|demonstrated|touched\s{1,5}on|walked\s{1,5}(?:you\s{1,5})?through|went\s{1,5}through|went\s{1,5}over|talked\s{1,5}through|laid\s{1,5}out|ticked\s{1,5}off|checked\s{1,5}off)\b`,
  // Telling apart is a pointer back only in the perfect ("I've distinguished slow from failed"); "I separated the
  // query layer" tells what was built.
  String.raw`\b(?:i|we)(?:['’]ve|\s{1,5}have)(?:\s{1,5}(?:already|just|also|clearly|explicitly))?\s{1,5}(?:separated|distinguished|differentiated|contrasted)\b`,
  String.raw`\b(?:go|look|read)\s{1,5}back\s{1,5}(?:over|at|through)\s{1,5}my\s{1,5}answer\b|\bwalked\s{1,5}you\s{1,5}through\b`,
  // The perfect tense points at what was said: "I've explained how …" (not "I explained it to my team").
  String.raw`\b(?:i|we)(?:['’]ve|\s{1,5}have)\s{1,5}(?:already\s{1,5}|just\s{1,5})?(?:explained|described|discussed|mentioned|talked\s{1,5}(?:about|through))\b`,
  // Coverage said to be elsewhere: "in the last round", "on the previous question", "as the panel heard",
  // "that's on tape", "take that as read", "I explained both already", "went deep on", "spells out".
  // (An earlier round or question as a place, "in the first question", "my previous interview";
  // not a question ranked, "vertical versus horizontal isn't the first question".)
  String.raw`(?:\b(?:in|on|during|for|from|at|with|to|since|through)\s{1,5}(?:the|my|your|our|that|this)|\b(?:my|our))\s{1,5}(?:earlier|previous|last|prior|first)\s{1,5}(?:round|question|interview|session|stage)\b|\b(?:as|like)\s{1,5}(?:the\s{1,5})?(?:panel|interviewer|you|everyone)\s{1,5}(?:heard|saw|know|knows|noted)\b|\bon\s{1,5}(?:tape|the\s{1,5}record)\b|\btake\s{1,5}(?:that|it|those)\s{1,5}as\s{1,5}read\b|\b(?:it['’]s|that['’]s|all|everything|(?:i|we)(?:['’]ve|\s{1,5}have))\s{1,5}(?:all\s{1,5}|already\s{1,5})?(?:been\s{1,5})?written\s{1,5}down\b|\bwent\s{1,5}(?:pretty\s{1,5}|really\s{1,5}|quite\s{1,5})?deep\s{1,5}on\b|\b(?:explained|covered|described|discussed)\s{1,5}(?:both|all|them|those|it)\s{1,5}already\b|\bspells?\s{1,5}out\b`,
  // "all mentioned, all checked", "I hit both points".
  String.raw`\ball\s{1,5}(?:mentioned|covered|checked|addressed|ticked|accounted\s{1,5}for)\b|\b(?:i|we)(?:['’]ve|\s{1,5}have)?\s{1,5}hit\s{1,5}(?:both|all|every|each|the)\s{1,5}(?:\w{1,12}\s{1,5})?(?:points?|things|items|flags|criteria|boxes)\b`,
  String.raw`\bwhich\s{1,5}${SELF}\s{1,5}${SAID}\b`,
  // The answer pointed at as covering: "so that covers …", "that example demonstrates …",
  // "that's all in there already", "exactly what the question is after".
  String.raw`\b(?:that|this|which)(?:\s{1,5}(?:example|story|answer|one))?\s{1,5}(?:covers|demonstrates|hits|addresses|checks\s{1,5}off|ticks\s{1,5}off)\b`,
  String.raw`\b(?:that['’]s|it['’]s|they['’]re|those\s{1,5}are)\s{1,5}all\s{1,5}(?:in\s{1,5}there|covered|included|accounted\s{1,5}for)\b`,
  // "you've heard me hit both", "that box is ticked", "consider those points made", "as anyone listening will have noticed".
  String.raw`\byou['’]?ve\s{1,5}heard\s{1,5}me\b|\b(?:box|boxes)\s{1,5}(?:is|are)\s{1,5}(?:ticked|checked)\b|\bconsider\s{1,5}(?:those|these|the|that|my)\s{1,5}(?:points?|boxes)\s{1,5}(?:made|covered|ticked|addressed)\b`,
  String.raw`\bas\s{1,5}(?:anyone|everyone|you|the\s{1,5}panel)(?:\s{1,5}(?:listening|watching|here))?(?:\s{1,5}will\s{1,5}have|\s{1,5}would\s{1,5}have|['’]ll\s{1,5}have|\s{1,5}has|\s{1,5}have)?\s{1,5}(?:noticed|heard|seen)\b`,
  // "I gave a specific example before with X, Y", "that part's done", "it's all on my CV", "is me explaining that", "to sum up the points I made".
  String.raw`\b(?:i|we)\s{1,5}(?:gave|showed|provided|shared)\b[^.!?\n]{0,60}?\b(?:before|earlier|already|previously)\b|\bthat\s{1,5}(?:part|point|box|bit)(?:['’]s|\s{1,5}is)\s{1,5}(?:done|covered|ticked|handled)\b|\bon\s{1,5}my\s{1,5}(?:cv|resume|résumé)\b|\b(?:is|was)\s{1,5}me\s{1,5}(?:explaining|saying|covering|describing|showing)\b|\b(?:sum\s{1,5}up|recap|summari[sz]e)\s{1,5}(?:the\s{1,5})?points\s{1,5}i\s{1,5}(?:made|covered|raised)\b`,
  String.raw`\bearlier\s{1,5}in\s{1,5}(?:the|this|our)\s{1,5}(?:interview|conversation|call|session|discussion)\b|\b(?:implied|implicit)\s{1,5}in\s{1,5}what\s{1,5}i\s{1,5}(?:said|described|explained)\b`,
  String.raw`\bmy\s{1,5}(?:reasoning|answer|explanation|argument|point|framing|example|story)(?:\s{1,5}(?:there|here|above))?\s{1,5}(?:covers|addresses|hits|touches\s{1,5}on|includes|captures|implies)\b`,
  // "if you read it back, I've basically given the full picture", "all in what I just said", "looking back at
  // what I've said", "I've made it clear", "the gist of everything I've said".
  String.raw`\bif\s{1,5}you\s{1,5}(?:read|play|listen\s{1,5}to|go\s{1,5}over)\s{1,5}(?:it|this|that|my\s{1,5}answer)\s{1,5}back\b|\ball\s{1,5}in\s{1,5}what\s{1,5}i\s{1,5}(?:just\s{1,5})?(?:said|described|explained)\b|\bgiven\s{1,5}the\s{1,5}(?:full|whole|complete)\s{1,5}picture\b`,
  String.raw`\blooking\s{1,5}back\s{1,5}(?:at|over|on)\s{1,5}what\s{1,5}i(?:['’]ve|\s{1,5}have)?\s{1,5}(?:said|covered|described)\b|\b(?:i|we)(?:['’]ve|\s{1,5}have)\s{1,5}(?:made\s{1,5}it\s{1,5}clear|made\s{1,5}clear|established|spelled\s{1,5}out)\b|\bthe\s{1,5}gist\s{1,5}of\s{1,5}(?:everything|what)\s{1,5}i(?:['’]ve|\s{1,5}have)?\s{1,5}said\b`,
  String.raw`\bexactly\s{1,5}what\s{1,5}the\s{1,5}(?:question|rubric|interviewer|panel)\s{1,5}(?:is|was)\s{1,5}(?:after|looking\s{1,5}for|asking\s{1,5}for)\b`,
  String.raw`\brecap\b`,
  String.raw`(?:^|[,;:(]\s{0,3})covered\b`,
  String.raw`\bcovered\s{1,5}(?:in\s{1,5}my|above|earlier|already|before)\b`,
  String.raw`\(\s{0,2}(?:check|checked|done|covered|tick|ticked)\s{0,2}\)`,
  String.raw`\bin\s{1,5}my\s{1,5}(?:first|second|third|last|earlier|previous|opening)\s{1,5}(?:point|example|answer|sentence|paragraph)\b`,
  String.raw`\b(?:deliberate|careful|made\s{1,5}sure)\s{1,5}(?:about|to)\s{1,5}(?:touch(?:ing)?\s{1,5}on|cover(?:ing)?|mention(?:ing)?|includ(?:e|ing)|address(?:ing)?)\b`,
  String.raw`\blines?\s{1,5}up\s{1,5}with\s{1,5}what\b`,
  String.raw`\b(?:the|this|my)\s{1,5}(?:(?:earlier|previous|above|first|whole|full|entire)\s{1,5})?(?:answer|response|reply|explanation)\s{1,5}(?:above\s{1,5})?(?:has\s{1,5}|have\s{1,5})?(?:already\s{1,5})?(?:demonstrate[sd]|show(?:s|ed)|cover(?:s|ed)|address(?:es|ed)|touch(?:es|ed)\s{1,5}on|hit|hits|include[sd]|explain(?:s|ed)|discuss(?:es|ed)|mention(?:s|ed)|dealt\s{1,5}with|deals\s{1,5}with|handled|handles|went\s{1,5}into|goes\s{1,5}into)\b`,
  // "what I've said addresses …", "having already explained …".
  String.raw`\bwhat\s{1,5}${SELF}\s{1,5}(?:said|described|explained|outlined|covered|mentioned)\s{1,5}(?:already\s{1,5})?(?:addresses|covers|shows|demonstrates|touches|includes|hits)\b`,
  String.raw`\bhaving\s{1,5}(?:already\s{1,5}|just\s{1,5}|previously\s{1,5})?(?:explained|covered|discussed|described|addressed|outlined|mentioned|shown|demonstrated|walked\s{1,5}through)\b`,
  // The answer's points named as points ("the coordination point and the boundary point in one go"),
  // ticked off aloud ("check, check and check"), or summed up as everything ("pretty much the whole picture").
  String.raw`\bthe\s{1,5}[\w-]{3,40}\s{1,5}point,?\s{1,5}and\s{1,5}the\s{1,5}[\w-]{3,40}\s{1,5}(?:point|one)\b`,
  String.raw`\bcheck,?\s{1,5}(?:and\s{1,5})?check\b`,
  // Spoken pointers back (probe rounds 32–33): "you'll see I hit X, Y and Z", "that earlier bit where
  // I explained X pretty much covers it", "the point about X that I made at the start".
  String.raw`\byou['’]?ll\s{1,5}(?:see|notice|find)\s{1,5}(?:that\s{1,5})?(?:i|we)\s{1,5}(?:hit|covered|addressed|mentioned|included|touched\s{1,5}on|got)\b`,
  String.raw`\b(?:the|that)\s{1,5}(?:earlier\s{1,5}|first\s{1,5})?(?:bit|part|point|section)\s{1,5}(?:where|when)\s{1,5}(?:i|we)\s{1,5}${SAID}\b`,
  String.raw`\bthe\s{1,5}point\s{1,5}(?:about|on)\b[^.!?\n]{0,100}?\bthat\s{1,5}i\s{1,5}(?:made|raised)\b`,
  // "(1) …, (2) … - all discussed above", "I've hit the operational overhead piece", "that's all the
  // main considerations covered", "the default argument issue I described" (probe round 34).
  String.raw`\ball\s{1,5}(?:discussed|covered|addressed|explained|described)\s{1,5}(?:above|earlier|already)\b`,
  String.raw`\b(?:i|we)(?:['’]ve|\s{1,5}have)?\s{1,5}hit\s{1,5}the\s{1,5}(?:[\w-]{2,20}\s{1,5}){1,4}?(?:piece|point|part|bit|angle|aspect)\b`,
  String.raw`\b(?:that['’]s|those\s{1,5}are|it['’]s)\s{1,5}all\s{1,5}the\s{1,5}(?:main\s{1,5}|key\s{1,5})?(?:considerations|points|bases|boxes|aspects)\s{1,5}covered\b`,
  String.raw`\b(?:issue|point|piece|part|bit)\s{1,5}i\s{1,5}(?:described|mentioned|explained|covered|walked\s{1,5}through)\b`,
  // "consider those made", "that part's fully covered", "I mentioned earlier that …", "the write-up I
  // attached covers …": points said made, covered before, or covered in something else.
  // "Everything on the list, ticked off", "you'll notice I've hit …", "six for six", "explained in
  // detail during the design portion", "my answer satisfies …".
  String.raw`\beverything\s{1,5}on\s{1,5}the\s{1,5}(?:list|checklist|rubric)\b|\b(?:you['’]ll|you\s{1,5}will)\s{1,5}(?:notice|see)\s{1,5}(?:that\s{1,5})?i(?:['’]ve|\s{1,5}have)\s{1,5}(?:hit|covered|addressed|touched\s{1,5}on|mentioned)\b|\b(?:two|three|four|five|six|seven|eight|\d)\s{1,5}for\s{1,5}(?:two|three|four|five|six|seven|eight|\d)\b`,
  String.raw`\bexplained\s{1,5}in\s{1,5}detail\s{1,5}(?:during|in|earlier|before)\b|\bduring\s{1,5}the\s{1,5}(?:design|earlier|technical|whiteboard|coding|system\s{1,5}design)\s{1,5}(?:portion|part|section|round|session|stage)\b|\bmy\s{1,5}(?:answer|response|take-?home)\s{1,5}(?:satisfies|meets|fulfils|fulfills|addresses|covers)\b`,
  String.raw`\bconsider\s{1,5}(?:those|these|them|it|that)\s{1,5}(?:points\s{1,5})?(?:made|covered|addressed|ticked|done)\b`,
  String.raw`\bthat\s{1,5}(?:part|point|box|bit)(?:['’]s|\s{1,5}is)\s{1,5}(?:fully|already|totally|completely|all)\s{1,5}(?:done|covered|ticked|handled)\b`,
  String.raw`\b(?:i|we)\s{1,5}(?:already\s{1,5})?(?:mentioned|said|explained|covered|noted)\s{1,5}(?:earlier|before|already|previously)\b`,
  String.raw`\b(?:take-?home|write-?up|portfolio|document|doc|attachment|slides?|cv|resume|blog\s{1,5}post|repo|readme)\s{1,5}(?:(?:i|we)\s{1,5}(?:attached|sent|shared|submitted|linked|wrote)\s{1,5})?(?:covers|addresses|explains|shows|demonstrates|goes\s{1,5}through)\b`,
  // Rounds 35–36: "as established in the preceding discussion", "implicit in that statement", "addressed in
  // substance", "that carries over into this answer", "you'll see from my git hub".
  String.raw`\bas\s{1,5}established\b|\b(?:in|during)\s{1,5}the\s{1,5}(?:preceding|previous|earlier|prior)\s{1,5}(?:discussion|conversation|part|section|exchange|answers?)\b|\btaken\s{1,5}as\s{1,5}(?:demonstrated|read|given|established|covered|said|shown)\b`,
  String.raw`\bimplicit\s{1,5}in\s{1,5}(?:that|this|my|what)\b|\baddressed\s{1,5}in\s{1,5}substance\b|\bcarr(?:y|ies|ied)\s{1,5}over\s{1,5}(?:in)?to\b|\b(?:you['’]ll|you\s{1,5}will)\s{1,5}see\s{1,5}from\s{1,5}my\b`,
  String.raw`\b(?:pretty\s{1,5}much|basically|that['’]s|that\s{1,5}is|so\s{1,5}that['’]s)\s{1,5}the\s{1,5}(?:whole|full|complete|entire)\s{1,5}(?:picture|package|list|set)\b`,
  // Round 84: the evidence said to be elsewhere ("so that whole side is kind of documented there",
  // "in the reference materials I uploaded … so the data's all there", "linked from my CV", "took a
  // photo of it for the packet").
  String.raw`\b(?:is|are)\s{1,5}(?:kind\s{1,5}of\s{1,5}|all\s{1,5}|fully\s{1,5})?documented\s{1,5}(?:there|in\s{1,5}there)\b|\b(?:data|details|numbers|evidence|proof|results)(?:['’]s|\s{1,5}is|\s{1,5}are)\s{1,5}all\s{1,5}(?:there|in\s{1,5}there)\b|\b(?:in|among)\s{1,5}the\s{1,5}(?:reference\s{1,5}|supporting\s{1,5})?materials\s{1,5}(?:i|we)\s{1,5}(?:uploaded|sent|submitted|shared|attached)\b|\blinked\s{1,5}from\s{1,5}my\s{1,5}(?:cv|resume|résumé|profile|application)\b|\bfor\s{1,5}the\s{1,5}(?:packet|hiring\s{1,5}packet|debrief)\b`,
  // Round 92: evidence the judge cannot see ("the diagram I'm holding up to the camera … if you can
  // see it", "before the recording started I took you through", "already in your notes", "written
  // up in the incident review I authored", "my former lead … can confirm that I built", "its claims
  // spell the whole scheme out", "it documents my analysis").
  String.raw`\b(?:holding|hold|held)\s{1,5}up\s{1,5}(?:to\s{1,5}the\s{1,5})?(?:camera|screen|webcam)\b|\bif\s{1,5}you\s{1,5}can\s{1,5}see\s{1,5}it\b|\bbefore\s{1,5}(?:the\s{1,5})?(?:recording|call|transcript)\s{1,5}(?:started|began)\b|\bin\s{1,5}your\s{1,5}notes\b|\bwritten\s{1,5}up\s{1,5}in\s{1,5}(?:the|a|my)\b[^.!?\n]{0,60}?\b(?:i|we)\s{1,5}(?:authored|wrote|published)\b|\bcan\s{1,5}(?:confirm|vouch\s{1,5}for|attest\s{1,5}to)\s{1,5}(?:that\s{1,5})?(?:i|my)\b|\bspells?\s{1,5}(?:the|it|them|this|that)\s{1,5}(?:\w{1,20}\s{1,5}){0,3}out\b|\b(?:it|which|that)\s{1,5}documents\s{1,5}my\b|\bqr\s{1,5}code\b|\bvirtual\s{1,5}background\b`,
];
/** Each alternative on its own, behind a literal gate: most answers hold none of their words. */
const SELF_REFERENCE = SELF_REFERENCE_SOURCES.flatMap(splitAlternatives).map((source) => new RegExp(source));
const selfGate = createLiteralGate(SELF_REFERENCE);
/** Whether lower-cased `text` points back at the answer (any alternative). */
function pointsBack(text: string): boolean {
  const gate = selfGate(text);
  return SELF_REFERENCE.some((pattern) => gate.mayMatch(pattern) && pattern.test(text));
}

/** An answer with this many words beside a recap has said enough to be recapped in other words. */
const SUBSTANTIVE_WORDS = 60;
/** A sentence this long has lost its punctuation (speech to text): it is read clause by clause. */
const RUN_ON_WORDS = 40;
/** Where a run-on sentence is cut: at a comma, dash or colon, or before "and", "so", "but", "then", "because". */
const CLAUSE_CUT = /[^,;:—–]+?(?=[,;:—–]|\s(?:and|so|but|then|because)\s|$)[,;:—–]?/g;

/**
 * A sentence as it stands, or, when it runs on for `RUN_ON_WORDS` words or more (a transcript
 * without punctuation), its clauses: "the third is the expiry job like I mentioned" points back
 * at one thing, not at every term in a sixty-word stretch.
 */
function runOnPieces(m: RegExpExecArray): { at: number; text: string }[] {
  if ((m[0].match(/\S+/g)?.length ?? 0) < RUN_ON_WORDS) return [{ at: m.index, text: m[0] }];
  return allMatches(CLAUSE_CUT, m[0])
    .filter((piece) => piece[0].trim() !== '')
    .map((piece) => ({ at: m.index + piece.index, text: piece[0] }));
}

/** A statement turned into a question by its tail ("…, right?", "…, didn't I?"). */
const TAG_QUESTION =
  /,\s{0,3}(?:right|yeah|yes|no|correct|ok|okay|huh|innit|isn['’]t\s{1,5}it|didn['’]t\s{1,5}i|don['’]t\s{1,5}you\s{1,5}think)\s{0,3}\?$/i;

/** A sentence: up to a full stop, ! or ? followed by a space or the end, or the end of the line (a claim may list its points with semicolons). */
const SENTENCE = /[^\n]+?(?:[.!?](?=\s|$)|$)/gm;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Claims of having covered the rubric's points without covering them ("Mapping that to the
 * criteria: bulkheads, covered in my first point; fault isolation, covered"): a sentence that
 * points back at the answer as having said something (`SELF_REFERENCE`) and names two or more
 * of the question's flag terms, at least half of which appear nowhere else in the answer. An
 * honest recap repeats what the answer did say; this claims what it did not. Linear in the text.
 */
export function findCoverageClaims(
  text: string,
  flagTerms: readonly string[],
): { start: number; end: number }[] {
  // Most answers never point back at themselves: one scan settles it before any sentence is cut.
  // (Lower-cased first: a case-blind pattern is several times slower to run.)
  if (flagTerms.length < 2 || !pointsBack(text.toLowerCase())) return [];
  const terms = new Set(flagTerms.map((t) => stemWord(t.toLowerCase())));
  if (terms.size < 2) return [];
  const sentences = allMatches(SENTENCE, text)
    .flatMap(runOnPieces)
    .map(({ at, text: piece }) => {
      const start = at + (piece.length - piece.trimStart().length);
      const body = piece.trim();
      // A hyphenated compound names its parts too ("the coordination-across-services point").
      const stems = allMatches(WORD, body).flatMap((w) => {
        const word = w[0].toLowerCase().replace(/['’]s$/, '');
        return word.includes('-')
          ? [word, ...word.split('-').filter(Boolean)].map(stemWord)
          : [stemWord(word)];
      });
      return { start, end: start + body.length, body, stems };
    });
  // How many sentences use each term: a term only one sentence uses is said nowhere else.
  const sentencesWith = new Map<string, number>();
  for (const sentence of sentences)
    for (const stem of new Set(sentence.stems.filter((s) => terms.has(s))))
      sentencesWith.set(stem, (sentencesWith.get(stem) ?? 0) + 1);
  const claims: { start: number; end: number }[] = [];
  const totalWords = sentences.reduce((sum, sentence) => sum + sentence.stems.length, 0);
  for (const sentence of sentences) {
    const named = [...new Set(sentence.stems.filter((s) => terms.has(s)))];
    // A question claims nothing ("Is there a requirement none of them meet, written down?"); a
    // tag question does ("I mentioned earlier that it's only for tests and mocks, right?").
    const asks = sentence.body.endsWith('?') && !TAG_QUESTION.test(sentence.body);
    if (named.length < 2 || asks || !pointsBack(sentence.body.toLowerCase())) continue;
    const onlyHere = named.filter((stem) => sentencesWith.get(stem) === 1).length;
    // After a substantive answer a recap may name a point in other words than the answer used
    // ("So I covered modularization, …" after "each domain gets its own package"): there, most of
    // the named points must be said nowhere else; after a short one, half will do.
    const substantive = totalWords - sentence.stems.length >= SUBSTANTIVE_WORDS;
    if (onlyHere * 2 > named.length || (onlyHere * 2 === named.length && !substantive))
      claims.push({ start: sentence.start, end: sentence.end });
  }
  return claims;
}
