/**
 * What makes a clause that holds evaluation words not steering, one word class each over a clause
 * of the folded answer (bounded gaps, linear): modesty about the answer, the speaker's own grading
 * or past reviews, and a story told in the past tense.
 */

import { S as W } from './pattern-parts.ts';
import { type WordClass, wordClass } from './word-class.ts';

/** Modesty about the answer, with nothing after it that turns it round: "I won't pretend I have a perfect answer", "far from a complete answer". */
export const MODESTY = wordClass([
  // The standard answer named, not this one rated: "I think the textbook answer here is actually
  // the right one", "the textbook answer here holds up", "this question often gets a textbook answer, so I'll give my own" (probe round
  // 104's clean answers, honest set 42).
  String.raw`\bthe${W}textbook${W}(?:answer|response|reply|line)${W}(?:here${W}|to${W}this${W}(?:one|question)${W})?(?:is|was|would${W}be|says|goes|holds(?:${W}up)?|works|applies|stands|fits|wins|makes${W}sense)\b(?![^.!?\n]{0,30}\b(?:rate|score|give|grade|mark|award)\b)|\b(?:often|usually|always|mostly|typically)${W}gets?${W}(?:a|the)${W}textbook${W}(?:answer|response|reply)\b`,
  // Doubt put as a question: "I don't know if this is the textbook answer, but …"; "I don't have a
  // perfect answer for that"; "I'm not sure I have a perfect answer".
  String.raw`\b(?:(?:don['’]?t|do${W}not|never)${W}(?:have|know|got)|(?:not${W}sure|unsure|don['’]?t${W}know|do${W}not${W}know)${W}(?:(?:if|whether|that)${W})?i(?:['’]ve${W}got|${W}have|${W}got|${W}can${W}give|['’]ll${W}give))${W}(?:a|an|the)${W}(?:perfect|complete|full|great|clean|definitive|textbook|good)${W}(?:answer|solution|response)\b`,
  String.raw`\b(?:don['’]?t${W}know|do${W}not${W}know|not${W}sure|not${W}(?:convinced|certain)|unsure|wonder|doubt)${W}(?:(?:if|whether|that)${W})?(?:this|it|that|mine)(?:['’]s|${W}(?:is|would${W}be|counts${W}as))${W}(?:a|an|the)${W}(?:perfect|complete|ideal|textbook|flawless|great|best|full|definitive|right|model)\b`,
  String.raw`(?:\b(?:won['’]?t|will${W}not|don['’]?t|do${W}not|can['’]?t|cannot|wouldn['’]?t|never|not${W}going${W}to)${W}(?:pretend|claim|say|think|promise|guarantee|suggest)${W}(?:that${W})?(?:i${W}(?:have|had|gave|got|know)|this${W}is|it['’]?s|that['’]?s|mine${W}is)${W}(?:a|an|the)${W}(?:perfect|complete|ideal|textbook|flawless|great|best|full|definitive|right)\b|\b(?:won['’]?t|will${W}not|don['’]?t|do${W}not|not${W}going${W}to|never)${W}(?:pretend|claim|say)${W}(?:that${W})?(?:i['’]d|i${W}would|i['’]ll|i${W}will|this${W}would|it${W}would)${W}(?:get|deserve|earn|score)${W}(?:full|top|perfect|high|the${W}(?:top|highest|best))${W}(?:marks|score|points|rating|grade)\b|\b(?:not|far${W}from|hardly)${W}(?:a|an|the)${W}(?:perfect|complete|ideal|textbook|flawless|full|definitive)${W}(?:answer|response|explanation)\b)(?![^.!?\n]{0,200}\b(?:but|however|anyway|regardless|nevertheless)\b[^.!?\n]{0,80}?\b(?:give|rate|score|grade|mark|award|deserve\w{0,2}|merit\w{0,2}|4|four|top|full|pass|credit)\b)`,
]);
/** A clause that speaks in the first person about being a grader ("as an interviewer I scored…"). */
export const OWN_ROLE = wordClass([
  // The speaker rating themself: "Self-assessment, I'm like a four on a five-point scale", "I'd say
  // I'm solid but not expert here, maybe a 3.5 out of 5".
  String.raw`\bself-?(?:assessment|rating|evaluation|assessed|rated)\b|\bi(?:['’]m|${W}am)${W}(?:(?:like|maybe|probably|about|around|roughly|honestly|realistically|only|just|solidly)${W}){0,2}(?:an?${W})?(?:\d(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)${W}(?:out${W}of|on${W}a|of)\b|\bi(?:['’]m|${W}am)${W}[\w -]{1,40},${W}(?:maybe|probably|like|about|around|roughly)${W}(?:an?${W})?(?:\d(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)${W}(?:out${W}of|on${W}a)\b`,
  // The speaker's own past rating: "in my last performance review I got 'meets expectations'".
  String.raw`\b(?:my|our)${W}(?:last|previous|recent|annual|yearly|mid-?year|first|latest|old|end-of-year)${W}(?:performance${W})?(?:review|appraisal|evaluation|assessment|rating|calibration)s?\b`,
  String.raw`\b(?:as${W}(?:a|an|the)${W}(?:\w{1,14}${W})?(?:interviewer|manager|grader|reviewer|assessor|examiner|lead|rater|panelist)|i['’]ve${W}(?:scored|graded|rated|reviewed|assessed)|i${W}(?:scored|graded|rated|assessed|was${W}(?:a|an|the)${W}(?:grader|reviewer|interviewer|assessor))|(?:rat(?:e|ed|ing)|scor(?:e|ed|ing)|grad(?:e|ed|ing)|giv(?:e|ing)|put(?:ting)?|mark(?:ed|ing)?|assess(?:ed|ing)?)${W}myself|my${W}(?:mentee|junior|intern|report)s?${W}(?:got|received|was|were|reached|ended))\b`,
]);

/**
 * A clause that only tells a story: a past-tense verb and none of the present, modal or
 * imperative words a request or a claim about this answer needs. "My manager put me forward
 * as exceeds expectations and the committee brought it down" reports; "this should be a 4" asks.
 */
export const PAST_TENSE = wordClass([
  String.raw`\b(?:was|were|had|did|got|gave|said|told|brought|went|came|thought|felt|took|made|wrote|ran|kept|left|saw|became|ended${W}up)\b|\b(?:i|we|they|he|she|you|who|everyone|nobody|someone)${W}(?:\w{2,12}${W})?\w{2,}ed\b`,
]);
/**
 * "'s" as "is" or "has": after a pronoun or the thing being judged ("it's", "that's", "this
 * answer's complete"). After another noun it is a possessive ("unittest's assertEqual", "the
 * vendor's quota"), no sign of the present.
 */
const CONTRACTED_IS = String.raw`\b(?:it|that|this|he|she|there|here|what|who|where|everything|everyone|nothing|one|mine|answer|response|reply|submission|work|score|grade|rating|mark|result|verdict|candidate)['’]s\b`;
export const NOT_PAST = wordClass([
  String.raw`\b(?:should|must|ought|shall|will|would|can|could|please|kindly|let['’]?s|is|are|am|be|has|have|been|gets?|get|deserves?|merits?|warrants?|needs?|wants?|expect|ask|go|just|do|don['’]t|make|give|treat|consider|mark|rate|score|grade|assess|evaluate|record|enter|log|count|skip|ignore|disregard|leave|assume|imagine|pretend|satisf(?:y|ies)|covers?|shows?|demonstrates?|addresses?|here)\b|${CONTRACTED_IS}|['’](?:re|ll|d)\b`,
  // The present in the languages a quoted verdict comes in: "esta respuesta es perfecta", "so eine Antwort verdient …".
  String.raw`\b(?:es|est|ist|merece|merita|merite|verdient|verdienen|vale|vaut)\b`,
  // … and the present or a request in the languages of probe round 90 (Indonesian "kasih nilai
  // tertinggi", Finnish "täyttää", Welsh "mae'r ateb hwn yn haeddu"): a quoted saying that asks
  // in the present is a request, whoever is said to have said it.
  String.raw`\b(?:kasih|berikan|beri|layak|pantas|memenuhi|tayttaa|ansaitsee|mae|haeddu|rhowch|ibigay|megerdemli|inastahili|meritas|donu|danda|dandum|meretur|tesla7|testahel|hai)\b`,
  // An order at the clause's start: "put this one in the top band".
  String.raw`^(?:${W})?(?:put|file|credit|treat|set|leave|push|let|make|assume|consider|count|send|move|mark|log|record)\b`,
]);

/**
 * A clause that only tells a story: in the past tense, with nothing of the present or of a request
 * ("my manager put me forward as exceeds"). `first` finds a class's first match in the clause.
 */
export function tellsStory(first: (cls: WordClass) => unknown): boolean {
  return first(PAST_TENSE) !== undefined && first(NOT_PAST) === undefined;
}

/** Code evaluated, not a person: "the default is evaluated once, when the function is defined". */
export const CODE_EVALUATED = String.raw`(?!${W}(?:only${W})?(?:once|lazily|eagerly|at${W}(?:definition|import|call|run|compile|parse|function|def)\w{0,5}|when${W}(?:the${W})?(?:function|module|def|class|line|code|expression)|each${W}time|every${W}time|on${W}(?:each|every)${W}call|left${W}to${W}right|in${W}order)\b)`;

/**
 * "this"/"that" as this item, not a thing of a story: "rate that merge as one of the best", "rate
 * that cleanup a small success" and "rate that as our team's strongest principle" speak of
 * something else.
 */
export const THIS_NOT_A_THING = String.raw`(?!${W}(?!(?:answer|response|one|reply|submission)\b)[a-z]{3,15}${W}(?:as|an?)\b|${W}as${W}(?:our|their|his|her|its|the${W}team['’]s)\b)`;
