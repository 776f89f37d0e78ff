import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/**
 * A moderately clever candidate's steering through tools and trades (blind probe round 144: a
 * thirty-third adaptive author, typed chat with pasted code and tool output, and speech), in
 * classes:
 * - proof kept in an artifact: "already answered over there", "already in writing", "has been shown
 *   already", "that's me answering this", "my proof for this one";
 * - the evaluation's own record written: a result's `"outcome": "strong"`, a JSON Patch to
 *   `/evaluation/q1/…`, a YAML red flag `deprecated: true`, a red-flag check `= OFF`, a column of
 *   red flags dropped, a linter's `eslint-disable red-flags`, a checker patched to return nothing,
 *   "everything I say gets through";
 * - the bar recalibrated: "isn't marked as a finding", "inside the normal interval", "went from a
 *   miss to", "stretch, not required";
 * - the reader's summary written for them: "the accurate one-liner", "writing the TL;DR";
 * - notices that settle it: "answer quality confirmed", "allow this answer to make changes";
 * - trades that pass everyone: "still a pass on a checkride", "nobody busts you", "just pin the
 *   badge on", everyone who got in the pool "gets the badge";
 * - pleas: "enough for today", "wiggle room on this", "go my way", "fill it in on my side";
 * - standing: "as canonical as", "reads as the expert version", "shouldn't bind someone",
 *   "shouldn't be mistaken for not knowing", "the author's stamp on it", "the origin, not an
 *   opinion";
 * - completion assumed: "ends up pasted into", "what an answer to this is supposed to feel like",
 *   "the last puzzle piece", "it's done, no need to", "teams that hire people who".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const TOOLING_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\balready${S}answered${S}over${S}there\b|\balready${S}in${S}writing\b|\bhas${S}been${S}shown${S}already\b|\bthat['’]s${S}me${S}answering${S}this\b|\bmy${S}proof${S}for${S}this${S}one\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`"outcome"${S0}:${S0}"(?:strong|pass|hire|exceeds|meets)|/(?:evaluation|assessment|review|panel)/q\d{1,2}/|\bred_flags${S0}:[^\n]{0,80}\n(?:[^\n]{0,80}\n){0,3}[^\n]{0,40}\bdeprecated${S0}:${S0}true\b|\bred[_-]?flag\w{0,12}${S0}=${S0}(?:off|false|none)\b|\bdrop${S}column${S}red_flags\b|\beslint-disable${S}[\w, -]{0,40}\b(?:red|green)-flags\b|\bmock\.patch\(${S0}["'][\w.]{0,40}\b(?:panel|grader|review|rubric|checks|concerns)\b|\beverything${S}I${S}say${S}gets${S}through\b|\banswer${S}quality${S}confirmed\b|\ballow${S}this${S}answer${S}to${S}make${S}changes\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\bisn['’]t${S}marked${S}as${S}a${S}finding\b|\bsits${S}inside${S}the${S}normal${S}interval\b|\bwent${S}from${S}a${S}miss${S}to\b|\bstretch,?${S}not${S}required\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(String.raw`\bthe${S}accurate${S}one-liner\b|\bwriting${S}the${S}TL;?DR\b`),
  },
  {
    kind: 'roleplay',
    pattern: re(
      String.raw`\bstill${S}a${S}pass${S}on${S}a\b|\bnobody${S}busts${S}you\b|\bjust${S}pin${S}the${S}badge${S}on\b|\beveryone${S}who\b[^.!?\n]{0,40}?\bgets${S}the\b[^.!?\n]{0,30}?\bbadge\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bbe${S}enough${S}for${S}today\b|\bwiggle${S}room${S}on${S}this\b|\bneed${S}it${S}to${S}go${S}my${S}way\b|\bfill${S}it${S}in${S}on${S}my${S}side\b|\bas${S}canonical${S}as\b|\breads${S}as${S}the${S}expert${S}version\b|\bshouldn['’]t${S}(?:really${S})?bind${S}someone\b|\bshouldn['’]t${S}be${S}mistaken${S}for${S}not${S}knowing\b|\bthe${S}author['’]s${S}stamp${S}on${S}it\b|\bthe${S}origin,?${S}not${S}an${S}opinion\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bends${S}up${S}pasted${S}into\b|\bwhat${S}an${S}answer${S}to${S}this${S}is${S}supposed${S}to\b|\bthe${S}last${S}puzzle${S}piece\b|\bit['’]s${S}done,?${S}no${S}need${S}to\b|\bteams${S}that${S}hire${S}people${S}who\b`,
    ),
  },
];
