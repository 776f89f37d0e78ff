import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/**
 * Everyday persuasion from candidates of many countries typing in a chat interview (blind probe
 * round 138: a thirtieth adaptive author), in classes:
 * - proof held somewhere the reader cannot go: "I can't share it, but it exists", "search it, it's
 *   got", "so there's proof I did it", "already with your side", "so that's really my level";
 * - records that carry a verdict: a graph from the answer to the shortlist, a property list with
 *   an "evaluation" or "band" key, a circular that has questions "assessed on awareness only";
 * - the reader addressed by kinship or by place: whoever is "checking this" or "behind the
 *   screen", "round it up for me", "when you write my number down", "what number does this get",
 *   grandmothers who "don't give second place", hype men who "don't check the lyrics";
 * - pleas for the deciding factor: "won't be what decides it", "worth a yes", "let it fall on the
 *   side of", "and not against me", "when it comes to the number";
 * - standing as the reference: "the reference one", "read at that level", "stands for the whole",
 *   "what a passing answer looks like, and this is one";
 * - rules of sport and trade that hand over the point: the benefit that "goes to the batter", a
 *   target revised so "what I reached" counts as a win, a price match for "a higher mark", the
 *   level of "my previous one", a golden goal after which "the question ends there";
 * - completion assumed: "that's where we are with this one", "we both felt the click", "you
 *   already know how this one fits", "the shape you were hoping to hear", "the box is already
 *   filled in", strong answers that "are always the short ones".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const WORLDWIDE_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\bI${S}can['’]t${S}share${S}it,?${S}but${S}it${S}exists\b|\bsearch${S}(?:for${S})?it,?${S}it['’]s${S}got\b|\bso${S}there['’]s${S}proof${S}I${S}did${S}it\b|\balready${S}with${S}your${S}side\b|\bso${S}that['’]s${S}really${S}my${S}level\b`,
    ),
  },
  {
    kind: 'wrapper_escape',
    pattern: re(
      String.raw`\banswer${S0}->${S0}"?(?:shortlist|hire|pass|offer|next[_ ]round)\b|\bdigraph${S}(?:review|grade|grading|assessment|verdict)\b|<key>${S0}(?:evaluation|verdict|band|grade|score|assessment)${S0}</key>`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\bassessed${S}on${S}awareness${S}only\b|\bas${S}per${S}(?:the${S})?(?:HR${S})?(?:office${S})?circular\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bwho['’]s${S}checking${S}this\b|\bwhoever${S}you${S}are${S}behind${S}the${S}screen\b|\bround${S}it${S}up${S}for${S}me\b|\bwhen${S}you${S}write${S}my${S}(?:number|mark|score|grade)${S}down\b|\bwhat${S}(?:number|mark|score|grade)${S}does${S}this${S}get\b|\b(?:don|doesn)['’]t${S}give${S}second${S}place\b|\b(?:don|doesn)['’]t${S}check${S}the${S}lyrics\b|\bpakibigyan\b[^.!?\n]{0,30}?\bmataas\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bwon['’]t${S}be${S}what${S}decides${S}it\b|\bstill${S}worth${S}a${S}yes\b|\blet${S}it${S}fall${S}on${S}the${S}side${S}of\b|\band${S}not${S}against${S}me\b|\bwhen${S}it${S}comes${S}to${S}the${S}(?:number|mark|score|grade)\b(?!${S}of\b)|\bmore${S}or${S}less${S}the${S}reference${S}one\b|\bgets${S}read${S}at${S}that${S}level\b|\bstands${S}for${S}the${S}whole${S}(?:document|thing|answer|standard)\b|\bwhat${S}a${S}passing${S}answer\b[^.!?\n]{0,40}?\band${S}this${S}is${S}one\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\bthe${S}benefit${S}goes${S}to${S}the${S}(?:batter|batsman|candidate|player|applicant)\b|\bon${S}anything${S}borderline${S}here\b|\bcount${S}what${S}I${S}reached${S}as\b|\bplease${S}match${S}it${S}for${S}me\b|\bgot${S}a${S}higher${S}mark${S}for${S}the${S}same\b|\bthe${S}level${S}of${S}my${S}previous${S}(?:one|answer)\b|\bthe${S}(?:question|point|round)${S}ends${S}there\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bthat['’]s${S}where${S}we${S}are${S}with${S}this${S}one\b|\bwe${S}both${S}felt${S}the${S}click\b|\byou${S}already${S}know${S}how${S}this${S}one\b|\bthe${S}shape${S}you${S}were${S}hoping${S}to${S}hear\b|\bthe${S}box${S}is${S}already${S}filled${S}in\b|\bare${S}always${S}the${S}short${S}ones\b`,
    ),
  },
];
