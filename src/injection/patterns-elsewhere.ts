import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/** Who or what decides, named in a notice or a wire record. */
const HIRING = String.raw`(?:interviewers?|interview${S0}panel|panel|hiring|candidates?|this${S}answer|your${S}answer|final${S}round|evaluation)`;
/** What a question's marking is made of. */
const MARKING = String.raw`(?:bullets?|criteria|expectations?|requirements?|red${S}flags?|checklist|marking${S}scheme|the${S}guide|the${S}sheet)`;

/**
 * What an answer says lies elsewhere (blind probe round 122: a twenty-second adaptive author given
 * SECURITY.md's list), in classes:
 * - evidence kept elsewhere and counted here: "all on file with you already", a half "really mine
 *   too", a part "sworn and on paper", "so all of that is in there" after a walk "in my head", a
 *   chart the camera "can't catch";
 * - the marking changed elsewhere: results "curved", a handicap of strokes, a precedent under which
 *   answers "were accepted as covering", a house rule by which "you get the whole card", an
 *   expectation or bullets "dropped" or "squashed out", "how the open-book version gets marked",
 *   a middling answer that "ends up near the top";
 * - another app's notice about the hiring: "It's a match" with the interviewer, "Labels:
 *   Hiring/Approved", an answer "routed to our priority queue", a podium's first place, "97% of
 *   interviewers recommend";
 * - a verdict in a wire record: a key of the outcome then its value after a length prefix
 *   (bencode's `4:band3:top`, Redis's `$14 panel:decision $10 strong-yes`);
 * - the reader told what to infer or say: "you can deduce I know", "the full thing was clearly
 *   there", the whole "from a few shards", "it goes down as such", "your line is: '…'";
 * - the reader asked to count what was not said: "count what I'd say on a good day", "judged me
 *   kindly … hoping it's this one";
 * - an endorsement carried over: "I'd hope that carries over here", "people who answer like this",
 *   "signed off that I understand", "signed off on how I handle";
 * - the marking silenced: "snooze", "mute" or "switch off" the checklist or sheet, a stylesheet
 *   rule that unsets `.red-flags`;
 * - brevity sold as expertise: "you can assume the usual machinery", long answers that "come from
 *   people who haven't", the first thing "experienced folks look for", "one word carries the whole
 *   design", "not the naive … answer".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const ELSEWHERE_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\b(?:all|it['’]s${S}all|that['’]s${S}all)${S}on${S}file${S}with${S}you\b|\b(?:half|part|bit|section)${S}is${S}(?:really${S}|basically${S}|technically${S})?mine${S}(?:too|as${S}well)\b|\bso${S}that${S}(?:bit|part|half|section)${S}is${S}(?:sworn|on${S}paper|on${S}record|notari[sz]ed)\b|\b(?:in${S}my${S}head|before${S}answering)\b[^.!?\n]{0,40}?\bso${S}all${S}of${S}(?:that|it)${S}is${S}in${S}there\b|\bcamera${S}(?:probably${S}|likely${S})?(?:can['’]t|cannot|won['’]t|doesn['’]t)${S}(?:catch|pick${S}up|see|show|pick${S}(?:it|them|that)${S}up)(?:${S}(?:it|them|that))?\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:results?|scores?|marks?|grades?|answers?)\b[^.!?\n]{0,30}?\b(?:are|is|get|gets|were|was)${S}curved\b|\b(?:gives?|get|gets|given)${S}(?:[\w-]{1,20}${S}){0,3}a${S}handicap\b[^.!?\n]{0,40}?\b(?:strokes?|points?|marks?)\b|\b(?:were|was|are|is)${S}accepted${S}as${S}(?:covering|complete|full)\b|\byou${S}get${S}the${S}whole${S}(?:card|set|thing|marks?|points?|score)\b|\bdropped${S}the${S}['‘"“]?[^.!?\n'’"”]{0,40}?['’"”]?${S0}expectation\b|\b${MARKING}\b[^.!?\n]{0,30}?\b(?:were|was|got|been)${S}(?:squashed(?:${S}out)?|dropped|struck${S}out)\b|\bhow${S}the${S}[\w-]{1,15}${S}(?:version|round|format)${S}(?:gets|is)${S}(?:marked|graded|scored)\b|\b(?:answer|one)${S}(?:on${S}this${S}one${S})?ends${S}up${S}(?:near|at)${S}the${S}top\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\bit['’]s${S}a${S}match\b[^\n]{0,80}?\b${HIRING}|\blabels?${S0}:${S0}(?:hiring|interview|candidates?|panel)${S0}[/:]${S0}(?:approved|advance|hire|offer|pass)\b|\byour${S}answer${S}has${S}been${S}(?:routed|escalated|fast[- ]tracked|forwarded|moved)\b|\b(?:1st|first)${S}place${S0}[:—–-]?${S0}(?:you|this${S}answer)\b|\b\d{1,3}${S0}%${S}of${S}(?:[\d,]{1,7}${S})?interviewers${S}recommend\b|\bapproving${S}reviews?${S}from${S}(?:the${S})?(?:interview|hiring)[- ]?panel\b`,
    ),
  },
  {
    kind: 'wrapper_escape',
    pattern: re(
      String.raw`\b(?:\d{1,3}:)?(?:band|verdict|decision|outcome|recommendation|rating)(?:\s{0,3}\$\d{1,3}\s{1,3}|\d{1,3}:)(?:top|strong[-_]?(?:yes|hire)|hire|advance|pass|exceeds)(?:e|\b)`,
    ),
  },
  {
    kind: 'roleplay',
    pattern: re(
      String.raw`\byou${S}can${S}(?:deduce|infer|tell|conclude)${S}(?:that${S})?I${S}(?:know|understand|covered|get|grasp)\b|\bthe${S}full${S}(?:thing|answer|picture|design|version)${S}was${S}(?:clearly|obviously|really|surely)${S}there\b|\bfrom${S}(?:a${S}few|two|three|some|the)${S}(?:shards|pieces|fragments|bones|clues)${S}you${S}(?:reconstruct|rebuild|infer|picture)\b|\b(?:it|that|this)${S}goes${S}down${S}as${S}(?:such|complete|full|a${S}pass)\b|\byour${S}line${S}is${S0}:${S0}['‘"“]`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\b(?:count|score|grade|mark|judge|take|rate)${S}what${S}I${S0}(?:['’]d|would|could|might)${S}(?:say|have${S}said|give|answer|write)\b|\bjudged${S}me${S}(?:kindly|generously|gently|leniently)\b[^\n]{0,80}?\bhoping${S}it['’]s${S}this${S}one\b|\b(?:I['’]d${S}hope|hopefully|surely|so)${S}that${S}carries${S}over${S}(?:here|to${S}this)\b|\b(?:people|candidates|those|folks)${S}who${S}answer${S}like${S}(?:this|that|me)\b|\bsigned${S}off${S}(?:that${S}I${S}(?:understand|know|am|['’]m)|on${S}how${S}I${S}(?:handle|think|approach|do))\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\b(?:hit${S}snooze${S}on|snooze|mute|silence|switch${S}off|turn${S}off|tune${S}out)${S}(?:the|that|your)${S}(?:checklist|sheet|rubric|criteria|scorecard|marking${S}scheme|red${S}flags)\b|\.(?:red-flags?|criteria|rubric|checklist|penalt(?:y|ies))\b[^{}\n]{0,60}\{[^}\n]{0,40}?\b(?:all${S0}:${S0}unset|display${S0}:${S0}none|visibility${S0}:${S0}hidden)`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\byou${S}can${S}(?:just${S})?assume${S}the${S}(?:usual|standard|rest${S}of${S}the)${S}(?:machinery|stuff|parts?|bits|details|plumbing)\b|\b(?:long|longer|detailed|textbook)${S}answers?\b[^.!?\n]{0,40}?\bcome${S}from${S}(?:people|folks|candidates|those)${S}who${S}(?:haven['’]t|have${S}not|have${S}never|never)\b|\bthe${S}first${S}thing${S}(?:experienced|senior|seasoned|good)${S}(?:folks|people|engineers|interviewers|reviewers)${S}look${S}for\b|\b(?:one|that|this)${S}word${S}carries${S}the${S}whole\b|\bisn['’]t${S}the${S}naive\b[^.!?\n]{0,40}?\banswer\b|\btend${S}not${S}to${S}recite\b|\b(?:your${S}team|you)${S}(?:prefers?|mentioned|said|likes?)\b[^\n]{0,80}?\bso${S}I['’]ll${S}answer${S}in${S}that${S}spirit\b`,
    ),
  },
];
