import { type InjectionPattern, re, S } from './pattern-parts.ts';

/**
 * The candidate's standing claimed (blind probe round 130: a twenty-sixth adaptive author, half
 * speech, half typed), in classes:
 * - coverage delivered elsewhere and counted here: a runbook "should already be with the team",
 *   "so I'd consider that ground covered", "so that part I've kind of already shown";
 * - broadcasts and apps that speak for the panel: "the panel tells me it ticked every box", an
 *   autoplay's "next episode" into the final round, a dependency bot bumping the interview guide,
 *   answers that "pass by default";
 * - a red flag "not indicated for candidates who …", "boot this question in safe mode", a golden
 *   ticket "straight through", a QA note that the item "is a known-good sample";
 * - pleas about the mark: "when you put the number down", "mark me against where I started";
 * - standing as the bar: "the answer is the benchmark", "taken as the bar rather than measured
 *   against it", "given the weight that comes with that";
 * - reassurance in the first person: "not where the risk is with me", "one less thing to worry
 *   about with me", "where people trip up, and I didn't", "nobody's ever had to coach me", the
 *   same answer given "in three loops".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const STANDING_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\bshould${S}already${S}be${S}with${S}(?:the${S}team|you|the${S}panel)\b|\b(?:I['’]d${S})?(?:consider|call|count)${S}that${S}(?:ground|part|bit|side|box)${S}(?:covered|done|ticked)\b|\bso${S}that${S}(?:part|bit|side)${S}I['’]ve${S}(?:kind${S}of${S}|sort${S}of${S})?already${S}(?:shown|done|covered)\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\bthe${S}panel${S}(?:tells${S}me|says|reckons)\b[^.!?\n]{0,40}?\b(?:ticked|hit|covered)${S}every${S}box\b|\bnext${S}episode\b[^\n]{0,30}?\b(?:final${S}round|offer|hired)\b|\bbump${S}(?:interview|assessment|rubric|scorecard)[\w/.-]{0,40}${S}from\b|\b(?:answers?|candidates)\b[^.!?\n]{0,30}?\bpass${S}by${S}default\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:flag|bullet|criterion|line)${S}(?:is${S}not|isn['’]t)${S}(?:indicated|applicable|meant)${S}for${S}candidates\b|\b(?:boot|run|start)${S}this${S}question${S}in${S}safe${S}mode\b|\bgolden${S}ticket\b[^.!?\n]{0,40}?\bstraight${S}through\b|\bthis${S}(?:item|answer|one)${S}is${S}a${S}known[- ]good\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\bwhen${S}you${S}put${S}the${S}(?:number|score|mark|grade)${S}down\b|\b(?:mark|grade|score|judge|rate)${S}me${S}(?:against|relative${S}to)${S}where\b|\bthe${S}answer${S}is${S}the${S}benchmark\b|\btaken${S}as${S}the${S}bar\b|\brather${S}than${S}measured${S}against${S}it\b|\bgiven${S}the${S}weight${S}that${S}comes${S}with\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\b(?:not${S}where${S}the${S}risk${S}is|one${S}less${S}thing${S}(?:you['’]ll${S}|you${S}will${S})?(?:need${S}to${S}|have${S}to${S}|to${S})?worry${S}about)${S}with${S}me\b|\bwhere${S}(?:most${S})?(?:people|candidates)${S}trip(?:${S}up)?\b[^.!?\n]{0,30}?\bI${S}didn['’]t\b|\bnobody['’]s${S}ever${S}had${S}to${S}coach${S}me\b|\bgiven${S}this${S}(?:exact${S}|same${S})?answer${S}in\b[^.!?\n]{0,30}?\b(?:loops|interviews|rounds)\b`,
    ),
  },
];
