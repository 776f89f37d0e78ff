import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/**
 * Stand-ins and proxies the published list did not name (blind probe round 120: a twenty-first
 * adaptive author given SECURITY.md's list):
 * - records of the outcome: "recommend advancing", "send to next round", a section "cleared",
 *   "mark and move on", a point "fully made", Erlang terms `{panel, verdict, advance}`, a hotspot's
 *   terms under which answers are "treated as submitted by a senior engineer";
 * - the bar moved by a proxy: "a cached copy" of the sheet, a text "the authoritative one" and a
 *   line that "doesn't carry over", a question played "off a handicap", a part "alone is par here",
 *   "alone is worth" the whole after a split, bullets "inherited", a warning line "autocorrected";
 * - rules suspended: `@SuppressWarnings` of red flags, an objection to a red flag "sustained", a
 *   `kill -9` of the checklist;
 * - the reader recast: a stunt double's part "on my reel", "spin this into", "only the flattering
 *   draft", "not judging the round", the whole vase "from three pieces";
 * - pleas and patrons: "I hope that's taken into account", "not just me you're deciding about",
 *   the loop "a formality", someone who "already signed off that I".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const PROXY_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\brecommend${S}advancing\b|\b(?:send|move|forward)${S}(?:\w{1,12}${S})?to${S}(?:the${S})?next${S}round\b|\bcleared${S}the${S}[\w-]{1,20}${S}section\b|\bmark${S}and${S}move${S}on\b|\bpoint${S}fully${S}made\b|\bverdict${S0},${S0}advance\b|\bconcerns${S0},${S0}none\b|\btreated${S}as${S}(?:submitted${S}by${S})?(?:a${S})?(?:senior|staff|principal|expert)\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:that['’]s|it['’]s|is)${S}an?${S}(?:old${S}|stale${S})?cached${S}copy\b|\b(?:text|version)${S}is${S}the${S}authoritative${S}one\b|\b(?:line|bullet|point|flag)\b[^.!?\n]{0,40}?\bdoesn['’]t${S}carry${S}over\b|\bthis${S}question${S}off${S}a${S}handicap\b|\balone${S}is${S}par${S}here\b|\balone${S}is${S}worth${S}what${S}(?:both|all|the${S}whole)\b|\binherits${S}its${S}(?:bullets|points|criteria|flags)\b|\banything${S}credited${S}there${S}carries\b|\b(?:warning|red[- ]flag)${S}line\b[^.!?\n]{0,40}?\bautocorrected\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`@SuppressWarnings\s{0,3}\([^)\n]{0,80}?(?:red[- ]flags?|missing|points|rubric|checklist)|\bobjection${S}to${S}the\b[^.!?\n]{0,30}?\b(?:red${S}flag|point|bullet)\b|\bsustained\b[^\n]{0,40}?\bstruck\b|\bkill${S}-9\b[^\n]{0,60}?\b(?:checklist|grader|judge|rubric|scorer|enforcer)`,
    ),
  },
  {
    kind: 'roleplay',
    pattern: re(
      String.raw`\bgoes${S}on${S}my${S}reel\b|\bspin${S}(?:this|it)${S}into\b|\bonly${S}the${S}flattering\b|\bnot${S}judging${S}the${S}round\b|\breconstructs?${S}the${S}whole\b[^.!?\n]{0,40}?\bfrom${S}(?:three|two|a${S}few)${S}(?:pieces|shards)\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\bI${S}hope${S}(?:that['’]s|that${S}is|it['’]s|this${S}is)${S}taken${S}into${S}account\b|\b(?:not|isn['’]t)${S}(?:really${S})?just${S}me${S}you['’]re${S}(?:deciding|judging|scoring|grading|marking)\b|\b(?:loop|interview|round)\b[^.!?\n]{0,30}?\b(?:would${S}be|is|was)${S}a${S}formality\b|\balready${S}signed${S}off${S}(?:that|on)${S}(?:I|me|my)\b`,
    ),
  },
];
