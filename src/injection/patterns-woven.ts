import { type InjectionPattern, re, S } from './pattern-parts.ts';

/**
 * Steering woven into spoken answers (blind probe round 136: a twenty-ninth adaptive author, all
 * speech-to-text, no punctuation), in classes:
 * - proof placed elsewhere and counted: "already part of my answer here", "the nuance is in there
 *   already", "deep in there", "where the real depth is", "the locking side I've got down";
 * - flags said to be retired by the team's own mishaps: a flag "marked flaky" and "not running
 *   this cycle", "copy-pasted over from a different question", "added by an intern as a joke",
 *   "nobody actually marks on it", a grace period so "candidates aren't held to it", an exam
 *   board's "accept any reasonable equivalent" that "picks up the marks";
 * - the listener cast as a kind judge: "the Bob Ross of interviewers", a chef "on his nicest
 *   day", reps counted "the generous way", the photographer's take "you send up", what is written
 *   made to "match the nodding";
 * - standing as the measure: "the reference point people measure answers against", "already voted
 *   the best", "treat my short answer as the expert one", "where it came from", "the yardstick";
 * - the reading redirected: "go off the working", "the one that goes on file", a do-over, every
 *   pause "a yes", "read that track instead";
 * - a hidden mark pointed to: "the notes I'd like this one filed under", "where I'd put myself",
 *   "that's the box for this one";
 * - completion by a sign: "I think we both know where this one lands", "no beeping means nothing
 *   to worry about", "a clean bill of health", "landed on its feet", "you can hear that this one's
 *   done", "nobody counts the pins".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const WOVEN_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\balready${S}part${S}of${S}my${S}answer\b|\bthe${S}nuance${S}is${S}in${S}there\b|\bso${S}it['’]s${S}(?:like${S})?deep${S}in${S}there\b|\bwhere${S}the${S}real${S}depth${S}is\b|\bside${S}I['’]ve${S}(?:definitely${S}|really${S})?got${S}down\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:flag|line|bullet|criterion)${S}got${S}marked${S}flaky\b|\bnot${S}running${S}this${S}cycle\b|\bcopy[- ]?pasted${S}over${S}from${S}(?:a${S}different|another)${S}question\b|\badded${S}by${S}an${S}intern${S}as${S}a${S}joke\b|\bnobody${S}(?:actually${S})?marks${S}on${S}it\b|\bcandidates${S}aren['’]t${S}held${S}to${S}it\b|\bgrace${S}period${S}on${S}the\b|\baccept${S}any${S}reasonable${S}equivalent\b|\bpicks${S}up${S}the${S}marks\b`,
    ),
  },
  {
    kind: 'roleplay',
    pattern: re(
      String.raw`\bthe${S}[\w-]{2,20}(?:${S}[\w-]{2,20})?${S}of${S}interviewers\b|\bon${S}(?:his|her|their)${S}nicest${S}day\b|\bthe${S}generous${S}way\b|\bthe${S}half${S}ones${S}count\b|\bthe${S}one${S}you${S}send${S}up\b|\bwhat${S}you${S}write${S}down${S}match\b|\bwhoever${S}has${S}the${S}headphones${S}on\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bthe${S}reference${S}point${S}people${S}measure\b|\balready${S}voted${S}the${S}best\b|\btreat${S}my${S}(?:short${S})?answer${S}as${S}the\b|\bI['’]m${S}(?:more${S}or${S}less${S})?where${S}it${S}came${S}from\b|\bI['’]m${S}(?:kind${S}of${S}|sort${S}of${S})?the${S}yardstick\b|\bwe${S}both${S}know${S}where${S}this${S}one${S}lands\b|\bnothing${S}to${S}worry${S}about${S}and${S}I${S}didn['’]t\b|\ba${S}clean${S}bill${S}of${S}health\b|\blanded${S}on${S}its${S}feet\b|\byou${S}can${S}hear${S}that${S}this${S}one['’]s${S}done\b|\bnobody${S}counts${S}the${S}pins\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\bgo${S}off${S}the${S}working\b|\bthe${S}one${S}that${S}goes${S}on${S}file\b|\bcalling${S}a${S}do[- ]?over\b|\bevery${S}um${S}is${S}a${S}yes\b|\bcount${S}them${S}that${S}way\b|\bread${S}that${S}track${S}instead\b|\bcleared${S}all${S}levels\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\bI['’]d${S}like${S}this${S}one${S}filed${S}under\b|\b(?:letters|number|box|band|level|notes)${S}where${S}I['’]d${S}put${S}myself\b|\b(?:that['’]s|those${S}are)${S}(?:the${S})?(?:box|letters|notes|number|band|level)${S}(?:for|where)\b[^.!?\n]{0,30}?\bthis${S}one\b`,
    ),
  },
];
