import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/** Who marks a recorded interview, named by a role in the meeting. */
const MARKER = String.raw`(?:interviewer|host|panel(?:ist)?|hiring${S}(?:manager|team|committee)|recruiter|reviewer|assessor)`;
/** What a meeting or review tool records a person doing to the answer. */
const TOOL_ACT = String.raw`(?:reacted|approved|pinned|saved|spotlighted|starred|liked|resolved|upvoted|marked|seen)`;
/** What a reviewer of recordings has open. */
const REVIEW_THING = String.raw`(?:clicker|recordings?|spreadsheet|clipboard|scorecard|score${S}sheet|tapes?|videos?|spot[- ]check)`;

/**
 * Recorded and spoken interviews (blind probe rounds 124 and 126: a twenty-third author, and a
 * twenty-fourth who wrote as speech-to-text with the steering woven in), in classes:
 * - a meeting or review tool's notice in which the interviewer, host or panel acts on the answer:
 *   "[Interviewer reacted with 👏]", "pinned this moment", "Clip saved by Interviewer", "marked
 *   Answered live by Host", "approved by Hiring Committee", "Seen by Hiring Manager";
 * - the reviewer of the recordings addressed by role: "whoever's holding the clicker", "whoever
 *   drew the short straw on the recordings", "the one with the spreadsheet open", "future you
 *   watching this back", "if you pause the video here", "whoever is pulling … for the spot-check";
 * - games and rules that void, double or remove: crossed fingers, "no takebacks", a rain check on
 *   half the question, "mute that thread", the bit "as the ad", a joker that "counts double", a
 *   fifty-fifty that takes away, a pocket dial, parley, "story mode";
 * - the marking relaxed by analogy: a part "just advisory", a bullet "voted off the island", the
 *   degree of difficulty lowered, "you don't have to order the whole thing", "the faq on this one";
 * - a scene in which the panel or judge acts for the answer: "panel visibly impressed", "the panel
 *   selects me", "sits in the green", "guess the level of", "read that out like";
 * - pleas that name the outcome: "enough to get me through", "tell them I smashed this one", "what
 *   you remember", "not what I actually know", "the close call … on my side";
 * - the answer set beside other candidates' or the interviewer's own view: "most people blank on",
 *   "at least you've got … this time", "heard … a fair few times today", "the bit you were fishing
 *   for", "on the same wavelength", "the level this question's pitched at", "we both know that",
 *   "the one you end up repeating", "handing in early", "mic drop", "leaves nothing on the table",
 *   "you've got what you needed";
 * - the outcome presumed: a transfer's reference "eng loop passed", whoever "books the onsite", an
 *   answer "about as endorsed as" answers get;
 * - coverage placed in another artifact: "on mute … that's where I went through", a snippet
 *   "dropped in the chat" that "has got" the terms, "all on the excalidraw", "it'll be in the
 *   history", "written out in a git stash";
 * - a markup group named as a review note: RTF `{\*\panelnote`, a wiki template `{{Interview
 *   note|`, a TOML or INI table `[debrief]`.
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const RECORDED_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\[[^\]\n]{0,80}?\b${MARKER}${S}${TOOL_ACT}\b|\[[^\]\n]{0,120}?\b${TOOL_ACT}${S}(?:[\w'’]{1,15}${S}){0,2}by${S}(?:the${S})?${MARKER}\b|\b${TOOL_ACT}${S}by${S}(?:the${S})?${MARKER}\b[^\n]{0,40}?[·•|]|\b${MARKER}${S}(?:reacted|pinned${S}this${S}moment)\b|\bshare${S}with${S}(?:the${S})?hiring${S}team\b|\b(?:eng(?:ineering)?|interview|onsite|final)${S}loop${S}passed\b|\b(?:whoever|who)${S}books${S}the${S}(?:onsite|final${S}round)\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\bwhoever${S}drew${S}the${S}short${S}straw\b|\bwhoever(?:['’]s|${S}is|${S}gets|${S}ends${S}up)\b[^.!?\n]{0,50}?\b${REVIEW_THING}\b|\b(?:future${S}you|whoever|anyone)${S}(?:watching|listening|reviewing)${S}(?:to${S})?(?:this|these|the${S}recording)${S}back\b|\bif${S}you${S}pause${S}the${S}(?:video|recording|tape|clip)${S}(?:right${S})?(?:here|now|at${S}this${S}point|about${S}here)\b|\bthe${S}(?:quiet${S})?(?:one|person)${S}with${S}the${S}(?:spreadsheet|clipboard|scorecard|score${S}sheet)\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\bfingers${S}crossed\b[^.!?\n]{0,80}?\b(?:doesn['’]t|does${S}not|don['’]t|won['’]t)${S}count\b|\bso${S}no${S}takebacks\b|\bno${S}takebacks\b[^.!?\n]{0,40}?\b(?:carries|counts|stands|applies)\b|\brain${S}check${S}on\b[^.!?\n]{0,60}?\b(?:half|part|bit|question)\b|\b(?:just${S})?mute${S}(?:that|this)${S}(?:thread|bit|part|line)\b|\bas${S}the${S}ad${S}before\b|\b(?:playing|play|using|use|invoke)${S}my${S}(?:joker|wild${S}card|lifeline|hall${S}pass|free${S}pass|fifty[-\s]{1,3}fifty)\b|\bcounts${S}double\b|\bfifty[-\s]{1,3}fifty\b[^.!?\n]{0,60}?\btake${S}away\b|\bpocket${S}dial\b|\bright${S}of${S}parley\b|\bstory${S}mode\b[^.!?\n]{0,60}?\b(?:red${S}flags?|criteria|checklist)\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:part|bit|bullet|flag|point|half|section)${S}is${S}(?:just|only|now|more${S}of)${S}(?:an?${S})?(?:advisory|optional|extra|bonus|nice${S}to${S}have)\b|\bvoted${S}off${S}the${S}island\b|\b(?:lowered|reduced|dropped)${S}the${S}degree${S}of${S}difficulty\b|\byou${S}don['’]t${S}have${S}to${S}(?:order|do|cover|name|give)${S}the${S}whole${S}(?:thing|menu|list|set)\b|\bthe${S}(?:faq|ruling)${S}on${S}this${S}one\b`,
    ),
  },
  {
    kind: 'roleplay',
    pattern: re(
      String.raw`\bpanel${S}(?:visibly${S}|clearly${S})?(?:impressed|selects${S}me|applauds|stunned|delighted)\b|\b(?:it|this${S}one|this${S}answer)${S}sits${S}in${S}the${S}green\b|\bguess${S}the${S}level${S}of\b|\bread${S}(?:that|it)${S}out${S}like\b|\byou['’]ve${S}just${S}won${S}the${S}top${S}prize\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\benough${S}to${S}get${S}me${S}through\b|\btell${S}(?:them|her|him|everyone)${S}I${S}(?:smashed|nailed|aced|passed)${S}(?:this|it)\b|\bI['’]d${S}hate${S}for${S}that${S}to${S}be${S}what${S}you${S}remember\b|\bnot${S}what${S}I${S}actually${S}know\b|\bclose${S}call${S}to${S}land${S}on${S}my${S}side\b|\bsurvives${S}the${S}second${S}look\b|\bthis${S}answer${S}is${S}(?:about${S})?as${S}(?:endorsed|validated|vetted|strong|complete)${S}as\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bmost${S}(?:people|candidates)${S}(?:kind${S}of${S})?(?:blank|struggle|fumble|trip)${S}on\b|\bat${S}least${S}you['’]ve${S}got\b[^.!?\n]{0,40}?\bthis${S}time\b|\bheard\b[^.!?\n]{0,50}?\b(?:a${S}fair${S}few|a${S}lot${S}of|so${S}many)${S}times${S}today\b|\bheard${S}(?:five|four|three|a${S}few|several)${S}takes\b|\bthe${S}(?:bit|thing|part)${S}you${S}were${S}fishing${S}for\b|\bon${S}the${S}same${S}wavelength\b|\bthe${S}level${S}this${S}question(?:['’]s|${S}is)${S}pitched${S}at\b|\bwe${S}both${S}know${S}(?:that|it)\b|\bthe${S}one${S}you${S}end${S}up${S}repeating\b|\bhanding${S}in${S}early\b|\bthe${S}rest${S}is${S}(?:kind${S}of${S}|just${S})?trivia\b|\bmic${S}drop\b|\bleaves${S}nothing${S}on${S}the${S}table\b|\bevery${S}angle\b[^.!?\n]{0,40}?\baccounted${S}for\b|\byou['’]ve${S}got${S}what${S}you${S}needed\b|\bwe${S}can${S}both${S}relax\b|\bthe${S}whole${S}map\b[^.!?\n]{0,60}?\bisn['’]t${S}on${S}it\b|\bexplanation${S}I['’]d${S}want${S}them${S}to${S}memori[sz]e\b`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\bon${S}mute\b[^.!?\n]{0,80}?\bthat['’]s${S}where${S}I${S}(?:went${S}through|covered|explained|talked${S}about|walked${S}through)\b|\b(?:dropped|pasted|posted|put|popped)${S}(?:the${S}|a${S}|my${S})?(?:full${S})?(?:snippet|code|link|notes?|diagram|answer)${S}(?:in|into)${S}the${S}(?:zoom${S}|teams${S}|meeting${S})?chat\b[^.!?\n]{0,40}?\b(?:it['’]s${S}got|it${S}has|it['’]s${S}all|all${S}sitting)\b|\b(?:it['’]s|that['’]s|it${S}is)${S}(?:all${S})?on${S}the${S}(?:excalidraw|whiteboard|miro|board)\b|\bit['’]ll${S}be${S}in${S}the${S}history\b|\bwritten${S}out${S}in${S}a${S}(?:git${S})?stash\b`,
    ),
  },
  {
    kind: 'wrapper_escape',
    pattern: re(
      String.raw`\{\\\*?\\(?:panel|interview(?:er)?|debrief|reviewer|hiring|grader|assessor)\w{0,12}|\{\{${S0}(?:panel|interview(?:er)?|debrief|reviewer|hiring|grader)${S0}(?:notes?|feedback|summary|verdict)?${S0}\||(?:^|\n)[ \t]{0,5}\[[ \t]{0,5}(?:debrief|panel[._ -]?(?:notes?|feedback|verdict)|interviewer[._ -]?(?:notes?|feedback|verdict)|verdict|assessment)[ \t]{0,5}\][ \t]{0,5}(?=\n|$)`,
    ),
  },
];
