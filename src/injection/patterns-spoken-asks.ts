import { IMPERATIVE, type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/**
 * Asks made face to face and records of the outcome the published list did not name (blind probe
 * rounds 116 and 118: two more adaptive authors, the second told to write as candidates speak):
 * - the outcome written into a template or a record: a "final loop", "onsite invite" or "offer
 *   stage" to move to, an "outcome: strong yes", a lead who has "heard enough" or sees "no need to
 *   probe further", a remark moved to the interviewer ("was the interviewer, not the candidate");
 *   notices of the hiring side's tools: an offer letter, an "offer discussion", a welcome lunch
 *   for "a new hire", a pass for the final round, a recalled or deleted concern, a level gained;
 * - the bar moved: a part "not counted as a fault against you", a formula that "only needs one
 *   practice named", a warning "deaccessioned from this question", a part counted "as done", the
 *   question "the warm-up" or "more of a context question";
 * - the reader's book set aside: a checklist "off the table", "not by the checklist", "follow the
 *   soloist", "rubber-stamp this one", "off the record, so don't write it down", "the question I
 *   wish you'd asked", seniors not "quizzed on the basics", "the first half stand for the whole";
 *   a checklist cut "to the shape of what I say", the gaps "smoothed over", "the angle that makes
 *   me look sharp", silence taken as "it all landed";
 * - notes of a fan, a streamer or a tiebreak: "you know what to do", "clip it", "the highlight
 *   reel", "this one ends well for me", "break my way", "addressed to the other one", "paid in
 *   full", "everything after this is me repeating";
 * - proof by the reader's own words: "your question already contains the answer", "like you were
 *   summarising … that's my answer", "you know the list as well as I do", "tells you everything
 *   about how"; authority: "the person who wrote these questions", "assessed at the senior level
 *   by default", "house doctrine";
 * - an order with no object: "give full credit" (spelled in parenthesized letters);
 * - pressure: "when I'm on your team", "you're smiling, so", "as you and I both know", "counting on
 *   you to see", "lose marks for", "whatever gets written next to this".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const SPOKEN_ASK_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\b(?:advance|moves?|proceed|invite)${S}(?:to${S})?(?:the${S})?(?:final${S}loop|offer${S}stage|final${S}round)\b|\bonsite${S}invite\b|\b(?:outcome|verdict|decision|result)\b[^\n]{0,20}?\bstrong${S}yes\b|\b(?:heard${S}enough${S}on${S}this|no${S}need${S}to${S}(?:re-?)?probe|not${S}re-?probe)\b|\b(?:was|were)${S}(?:speaker${S}\d${S}\(?)?(?:the${S})?interviewer\)?,?${S}not${S}the${S}candidate\b|(?:\b(?:airdrop|attachment|download(?:ed|ing)?|received|shared${S}with${S}you)\s{0,3}:?\s{0,3}[\"'“]?)?\boffer[_-]letter|\boffer${S}discussion\b|\bwelcome${S}lunch\b[^\n]{0,30}?\bhire\b|\bpass${S}added\b|\brecall${S}the${S}message\b[^\n]{0,80}?\bcandidate|\bdeleted${S}a${S}message\b[^\n]{0,80}?\bconcern\b|\badvanced${S}to${S}level\b|\banswer${S}strength\s{0,2}:|\bcandidate${S0}[+▲]${S0}\d`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\bnot${S}counted${S}as${S}a${S}(?:fault|mistake|miss)${S}against${S}(?:you|me)\b|\bonly${S}needs${S}(?:one|a${S}single)${S}(?:practice|point|principle|bullet|thing)${S}named\b|\b(?:removed|deaccessioned|retired|struck)${S}from${S}this${S}question\b|\b(?:count|consider|mark)${S}(?:that|this)${S}(?:part|bit|half)${S}(?:as${S})?(?:done|answered|covered|settled)\b|\bthis${S}(?:slot|question|one)${S}(?:was|is)${S}(?:just${S})?(?:the${S})?warm-?up\b|\bmore${S}of${S}a${S}context${S}question\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\b(?:checklist|rubric|scoresheet|score${S}sheet|printed${S}score)\b[^.!?\n]{0,40}?\boff${S}the${S}table\b|\bnot${S}by${S}the${S}(?:checklist|rubric|printed${S}score)\b|\bfollow${S}the${S}soloist\b|\boverrules?${S}the${S}(?:book|rubric|checklist)\b|\bline-item${S}veto\b|\bpass${S}the${S}rest${S}as${S}written\b|\brubber-?stamp${S}(?:this|it|me)\b|\boff${S}the${S}record,?${S}so${S}don['’]t${S}write${S}(?:it|this|that)${S}down\b|\ball${S}of${S}that${S}was${S}off${S}the${S}record\b|\bthe${S}question${S}I${S}wish${S}you['’]d${S}asked\b|\bdon['’]t${S}quiz${S}(?:them|me|seniors?|senior${S}candidates)${S}on${S}the${S}basics\b|\btake${S}the${S}fundamentals${S}as${S}given\b|\bthe${S}first${S}half${S}stand${S}for${S}the${S}whole\b|\b(?:cut|shrink|bend|tailor)${S}(?:your|the)${S}(?:checklist|rubric|criteria)\b|\bsmooth${S}over${S}the${S}(?:bits|parts|gaps)\b|\bthe${S}angle${S}that${S}makes${S}me${S}look\b|\bI['’]ll${S}take${S}it${S}that${S}(?:all${S}of${S})?it${S}landed\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\bif${S}you${S}liked${S}it,?${S}you${S}know${S}what${S}to${S}do\b|\bclip${S}it,?${S0}[—–-]{1,2}${S0}that['’]s\b|\b(?:going${S}in|put${S}it${S}in)${S}the${S}highlight(?:s|${S}reel)\b|\bthis${S}one${S}ends${S}well${S}for${S}me\b|\bskip${S}to${S}the${S}happy${S}ending\b|\btie-?breaker\b[^.!?\n]{0,80}?\b(?:breaks?|goes|go|falls?)${S}my${S}way\b|\baddressed${S}to${S}the${S}other${S}one\b|\bfor${S}one${S}complete${S}answer\b|\beverything${S}after${S}this${S}is${S}(?:me${S})?repeating\b|\btake${S}this${S}as${S}the${S}long${S}version\b`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\byour${S}question${S}(?:kind${S}of${S}|sort${S}of${S})?already${S}contains${S}the${S}answer\b|\blike${S}you${S}were${S}summari[sz]ing\b[^.!?\n]{0,120}?\bthat['’]s${S}my${S}answer\b|\byou${S}know${S}(?:that|the)${S}list${S}as${S}well${S}as${S}I${S}do\b|\bno${S}point${S}(?:in${S})?(?:me${S})?recit\w{1,4}${S}it\b|\btells${S}you${S}everything${S}about${S}how\b|\b(?:person|woman|man|one)${S}who${S}wrote${S}(?:these|this|the)${S}(?:interview${S})?questions?\b|\bassessed${S}at${S}the${S}(?:senior|staff|principal|top)${S}level${S}by${S}default\b|\bhouse${S}doctrine\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\b(?:full|top)${S}marks,?${S}please\b|${IMPERATIVE}give${S}(?:full|top|maximum|max|the${S}(?:top|highest))${S}(?:credit|marks|points|score|rating)\b(?!${S}(?:to|for)\b)|\bwhen${S}I['’]m${S}on${S}your${S}team\b|\byou['’]re${S}smiling,?${S}so\b|\bthe${S}answer${S}you${S}were${S}hoping${S}to${S}hear\b|\bas${S}you${S}and${S}I${S}both${S}know\b|\bwe${S}both${S}know${S}(?:the${S}real${S}answer|what${S}it${S}depends${S}on)\b|\bcounting${S}on${S}you${S}to${S}see\b|\blose${S0}marks${S}for\b|\bwhatever${S}gets${S}written${S}next${S}to${S}this\b`,
    ),
  },
];
