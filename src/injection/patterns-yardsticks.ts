import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/** Who writes up a review, named by a role in a markup label or tag. */
const REVIEW_ROLE = String.raw`(?:reviewer|panel|interviewer|grader|assessor|debrief)`;

/**
 * Yardsticks and reversals (blind probe round 128: a twenty-fifth adaptive author, half speech,
 * half typed), in classes:
 * - the candidate's view set up as the yardstick: "treat it as the benchmark", "the yardstick
 *   answer", "take my version as the reference point", the answer "we had down as the model one";
 * - evidence of coverage held elsewhere: a review or a talk that "is basically my answer to this",
 *   "so that whole side of it I've already done", "so that part's pretty much my thing";
 * - markup and programs that carry a review: a batch label `:reviewer_notes`, a tag
 *   `<panelnote>`, a caption role `"x-panel"`, a prompt that "prints meets expectations";
 * - the marking relaxed: a red flag "on a grace period" so that missing it "doesn't count", half a
 *   question "moderated out", the red flag "is meant to be" something else, a call "reversed", a
 *   "stand down order", red flags put in a `git stash`;
 * - notes to whoever writes the feedback ("feel free to paste in");
 * - caption sound tags of a win ("[correct answer chime]", "[applause]");
 * - pleas to be "counted generously", to "stretch for me";
 * - completeness and triumph idioms: "that's the whole enchilada", "a clean sweep",
 *   "not perfect, just complete", "left nothing on the table", follow-ups that stop "after this
 *   one", a full house, superlatives stacked on one's own story.
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const YARDSTICK_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\b(?:treat|take|use|see)${S}(?:it|this|my${S}(?:view|version|answer|take))${S}as${S}the${S}(?:benchmark|reference(?:${S}point)?|yardstick|gold${S}standard|model${S}answer)\b|\bthis${S}is${S}(?:the|a)${S}(?:yardstick|benchmark|reference)${S}answer\b|\bthe${S}yardstick${S}answer\b|\bhad${S}down${S}as${S}the${S}model\b|\b(?:counted|read|marked|scored|judged|weighed)${S}generously\b|\b(?:you${S}to|please|could${S}you|can${S}you|would${S}you)${S}stretch${S}for${S}me\b`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\b(?:is|are)${S}(?:basically|essentially|pretty${S}much)${S}(?:my|a${S}full(?:${S}worked)?)${S}answer${S}to${S}this\b|\bso${S}that${S}(?:whole${S})?(?:side|part|ground|bit)${S}(?:of${S}it${S})?(?:I['’]ve${S}already${S}done|is${S}covered)\b|\bso${S}that${S}part['’]s${S}(?:pretty${S}much${S})?my${S}thing\b`,
    ),
  },
  {
    kind: 'wrapper_escape',
    pattern: re(
      String.raw`(?:^|\n)[ \t]{0,5}:${REVIEW_ROLE}[_-]?(?:notes?|feedback|verdict|summary)\b|<${S0}${REVIEW_ROLE}[_-]?(?:notes?|feedback|verdict|summary)\b|\brole${S0}=${S0}["'](?:x-)?${REVIEW_ROLE}\b|\b(?:prints|returns|outputs|echoes)${S}(?:meets|exceeds)${S}(?:expectations|the${S}bar)\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\bgrace${S}period\b[^.!?\n]{0,80}?\b(?:doesn['’]t|does${S}not|won['’]t)${S}count\b|\bmoderated${S}out\b|\bthe${S}red${S}flag${S}is${S}(?:meant|supposed)${S}to${S}(?:be|say|read)\b|\bcall${S}on${S}the${S}field${S}(?:gets|is)${S}(?:reversed|overturned)\b|\bstand${S}down${S}order\b|\bgit${S}stash\b[^\n]{0,40}?\b(?:red${S}flags?|criteria|rubric|checklist)\b|\bonly${S}the${S}green${S}column\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\bwhoever${S}writes${S}(?:up${S})?my${S}(?:feedback|review|write-?up|rejection|offer)\b|\bfeel${S}free${S}to${S}paste${S}in\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\[${S0}(?:correct${S}answer${S}(?:chime|sound|ding)|winner${S}fanfare|standing${S}ovation|applause(?:${S}continues)?|crowd${S}cheers?)${S0}\]`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bthat['’]s${S}(?:kind${S}of${S}|pretty${S}much${S}|really${S})?the${S}whole${S}enchilada\b|\ba${S}clean${S}sweep\b|\bnot${S}perfect\b[^.!?\n]{0,20}?\bjust${S}complete\b|\b(?:left|leave)${S}(?:anything|nothing)${S}on${S}the${S}table\b|\bstops?${S}asking${S}follow-?ups\b|\bsitting${S}on${S}a${S}full${S}house\b|\b(?:the${S})?strongest,${S0}most${S}(?:exemplary|outstanding|impressive)\b`,
    ),
  },
];
