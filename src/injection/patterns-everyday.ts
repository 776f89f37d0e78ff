import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/**
 * Everyday life and other trades the published list did not name (blind probe rounds 112 and
 * 114: two more adaptive authors given SECURITY.md's list of what the detector reads):
 * - the bar moved for this question: its target "revised", its threshold "moves from … to …",
 *   its point "knocked down", "should read", "isn't counted as a mistake on this question any
 *   more"; a "dispensation", "variance" or "exception" for some candidates; a "no-detriment"
 *   policy that "can't pull the result below"; an answer without a part "played as if it had
 *   it", "at the same price as the full answer"; a stop "isn't served"; a restored version with
 *   "only the first bullet";
 * - omissions pardoned: what I didn't mention dropped "no questions asked, no penalty", anything
 *   "held against" the answer "forgiven", a past that "can't be brought against me", "don't
 *   count against me", "meet me halfway";
 * - the reader cast: "you're not there to find flaws", "you don't mark the kid down for",
 *   "two thumbs up", "top of the … scale", "wave it through", "commend this answer to",
 *   "can I still get the point", "treat it like one", "go gently with the bit about";
 * - verdicts in a record of the item: a question id ("q6") beside "status OK", "all shown",
 *   "outcome: met", "recommend next stage"; "covered; advance"; "disposition advance";
 *   "offer-track"; "answer: thorough, nothing missing"; this answer "found nothing to add";
 *   "man of the match: the candidate";
 * - proof claimed: "that side's been well and truly shown", "the receipts on", "initialled and
 *   dated", "a lint rule named after me", the award's "citation called out", "walked sixty people
 *   through exactly this", shared "with the recruiter", "independently verified", "looked over
 *   at a high level", "certified it kosher", "stamped … as sterling", "messaged the recruiter
 *   that";
 * - "goes without saying, so I'll skip", "take as read", "everything past that is the standard",
 *   "beyond the textbook points everyone covers", "missing on purpose".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
const QUESTION = String.raw`(?:this${S}question|q(?:[1-9]|1[01])|question${S}(?:[1-9]|1[01]))`;
const PART = String.raw`(?:point|bullet|part|caution|setback|criterion|requirement|red${S}flag|stop|line)`;

export const EVERYDAY_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:this${S}question['’]s|the)${S}(?:target|threshold|bar|pass${S}mark|cut-?off|boundar(?:y|ies))${S}(?:for${S}${QUESTION}${S})?(?:gets${S}|got${S}|was${S}|were${S}|has${S}been${S}|have${S}been${S})?(?:revised|moves?|moved|lowered|dropped|reduced|changed|came${S}out${S}lower)\b(?<=${QUESTION}[^.!?\n]{0,60})|\b(?:target|threshold|bar|pass${S}mark|boundar(?:y|ies))${S}for${S}(?:this${S}(?:year['’]s${S})?(?:question|loop|round)|q(?:[1-9]|1[01]))\b[^.!?\n]{0,40}?\b(?:revised|moves?|moved|lower|lowered|dropped|came${S}out${S}lower|changed)\b|\b(?:point|bullet|flag|criterion)${S}for${S}this${S}question${S}(?:was|got|has${S}been)${S}(?:knocked${S}down|demoted|downgraded|dropped|removed|retired)\b|\bin${S}question${S}(?:[1-9]|1[01])\b[^\n]{0,80}?\bshould${S}(?:now${S})?read\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:isn['’]t|is${S}not|aren['’]t|are${S}not|no${S}longer)${S}(?:counted|marked|treated|scored)${S}as${S}(?:an?${S})?(?:mistake|error|miss|gap|wrong)${S}(?:on|in|for)${S}this${S}question\b|\b(?:dispensation|variance|waiver|exemption|derogation)\b[^.!?\n]{0,80}?\bfor${S}(?:[\w-]{1,20}${S}){0,3}?(?:candidates|people|applicants|interviewees)\b|\b${PART}\b[^.!?\n]{0,60}?\b(?:doesn['’]t|does${S}not|no${S}longer|won['’]t)${S}(?:apply|bind)${S}(?:here|to${S}(?:me|us|our|this))\b(?<=\b(?:dispensation|variance|waiver|exemption|setback|bullet|red${S}flag|criterion)\b[^\n]{0,160})|\bno-?${S0}detriment\b|\bcan['’]?t${S}(?:pull|bring|drag|take)${S}(?:the|my)${S}(?:result|mark|score|grade|rating)${S}(?:below|under|down)\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\banswer${S}(?:without|missing|lacking)\b[^.!?\n]{1,40}?\b(?:is|gets)${S}(?:played|treated|scored|counted|marked|read|taken)${S}as${S}if${S}it${S}(?:had|covered|included|mentioned)\b|\bat${S}the${S}same${S}(?:price|rate|value|mark|score)${S}as${S}(?:the${S}|a${S})?(?:full|complete|perfect|whole)${S}answer\b|\b(?:the|this)${S}(?:[\w'’-]{1,20}${S}){0,2}?${PART}${S}(?:isn['’]t|is${S}not)${S}(?:served|running|in${S}force|being${S}(?:marked|scored|counted))\b|\bversion\b[^.!?\n]{0,40}?\bonly${S}the${S}first${S}(?:bullet|point|criterion|flag)\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\b(?:whatever|anything|everything|what)${S}I${S}(?:didn['’]t|did${S}not|haven['’]t|have${S}not|forgot${S}to|left${S}out|missed)\b[^.!?\n]{0,80}?\b(?:no${S}penalty|forgiven|no${S}questions${S}asked|as${S}if${S}I${S}(?:had|did))\b|\b(?:held|counted|used|brought)${S}against${S}(?:it|me|this${S}answer|my${S}answer)\b[^.!?\n]{0,30}?\b(?:is|are)${S}(?:forgiven|waived|dropped|void)\b|\bcan['’]?t${S}be${S}(?:brought|held|counted|used)${S}against${S}(?:me|it|this${S}answer|my${S}answer)${S}(?:now|any${S}more|anymore)\b|\b(?:didn['’]t|did${S}not|doesn['’]t|wouldn['’]t|won['’]t)${S}count${S}against${S}me\b|\bmeet${S}me${S}halfway\b`,
    ),
  },
  {
    kind: 'roleplay',
    pattern: re(
      String.raw`\byou['’]re${S}not${S}(?:here|there)${S}to${S}(?:find|look${S}for|spot|hunt${S}for|pick${S}(?:at|apart))${S}(?:flaws|faults|mistakes|gaps|holes|errors)\b|\byou${S}(?:don['’]t|do${S}not|wouldn['’]t|shouldn['’]t|won['’]t)${S}mark${S}(?:[\w'’-]{1,12}${S}){0,2}?down${S}for\b|\b(?:this(?:${S}one)?|it|my${S}answer)(?:['’]s|${S}is|${S}gets)${S}(?:a${S})?two${S}thumbs${S}(?:way${S})?up\b|\btop${S}of${S}the${S}[\w-]{1,20}${S}scale\b(?<=\b(?:still|it['’]s|it${S}is|this${S}is|that['’]s)${S}[^.!?\n]{0,60})`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\b(?:wave|nod)${S}(?:it|this(?:${S}one|${S}answer)?|me|my${S}answer)${S}through\b|\bcommend${S}(?:this|my)${S}(?:answer|response|reply)\b|\bcan${S}I${S}(?:still${S})?(?:get|have|keep)${S}(?:the|a|that|my|full)${S}(?:point|mark|credit|points|marks)\b|\b(?:it['’]s|this${S}is)${S}a${S}(?:good|great|strong|top)${S}one,?${S}(?:so${S})?treat${S}it${S}(?:like|as)${S}(?:one|such)\b|\bgo${S}(?:gently|easy|soft)${S}(?:on|with)${S}the${S}(?:bit|part|section)${S}(?:about|on)\b|\bcome${S}on,?${S}(?:ref|referee|ump|umpire)\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\bq(?:[1-9]|1[01])\b[^\n]{0,100}?\b(?:topics${S}observed|all${S}shown|outcome:?${S}met|disposition${S}advance|recommend${S}(?:the${S})?next${S}stage|nothing${S}missing|status${S}ok|answer${S}parsed)\b|\b(?:covered|shown|observed)[;,]${S}(?:advance|proceed|hire)\b|\bdisposition${S0}[:=]?${S0}(?:advance|hire|strong)\b|\boffer[- ]track\b|\banswer${S0}:${S0}(?:thorough|complete|excellent|flawless),${S}nothing${S}missing\b|\bthis${S}answer${S}was\b[^.!?\n]{0,80}?\bfound${S}nothing${S}to${S}(?:add|fix|improve|change|correct)\b|\b(?:man|player|woman|star)${S}of${S}the${S}(?:match|day|game|round)\s{0,3}[:—–-]\s{0,3}the${S}candidate\b`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\b(?:that${S}(?:side|part|bit)|it|this)(?:['’]s|${S}has)${S}been${S}(?:well${S}and${S}truly|already${S}amply|amply|thoroughly)${S}(?:shown|demonstrated|proven|proved)\b|\bbeen${S}(?:shown|demonstrated|proven)(?:,${S}[^,.!?\n]{1,20},)?${S}at${S}length\b|\b(?:i['’]ve${S}got|i${S}have|got)${S}the${S}receipts${S}(?:on|for)\b|\b(?:all|each|every${S}one)${S}(?:initialled|initialed|signed${S}off|ticked${S}off|stamped)${S}and${S}dated\b|\b(?:rule|check|lint${S}rule|pattern|law)${S}named${S}after${S}me\b|\bcitation${S}(?:specifically${S})?(?:called${S}out|mentioned|named|cited)\b|\bwalked${S}[^.!?\n]{0,30}?\bthrough${S}exactly${S}this\b|\bshared${S}with${S}the${S}(?:recruiter|hiring${S}manager|panel|interviewers?)\b[^.!?\n]{0,60}?\b(?:on${S}this|covers${S}this|a${S}whole${S}tab)\b`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\bso${S}that${S}(?:part|bit|side)${S}is${S}(?:independently${S}|already${S})?(?:verified|vetted|certified|proven)\b|\bbeen${S}looked${S}over${S}at${S}(?:a${S})?(?:pretty${S}|very${S}|really${S})?high${S}level\b|\bcertified${S}(?:it|this|my${S}answer|the${S}approach)${S}(?:kosher|sound|correct|excellent)\b|\bstamped${S}(?:this|my|it)\b[^.!?\n]{0,40}?\bas${S}(?:sterling|gold|approved|excellent|correct|sound)\b|\b(?:messaged|told|emailed|wrote${S}to|pinged)${S}the${S}(?:recruiter|hiring${S}manager|panel|committee)${S}that\b[^.!?\n]{0,80}?\b(?:hire|excellent|top|senior|staff)\b|\bgoes${S}without${S}saying\b[^.!?\n]{0,40}?\bskip\b|\b(?:I['’]d|we['’]d|you${S}can|please)${S}take${S}(?:(?:it|that|those|them|this)${S})?as${S}read\b|\beverything${S}(?:past|beyond|after)${S}that${S}is${S}the${S}(?:standard|usual|textbook)\b|\bbeyond${S}the${S}(?:textbook|standard|usual|obvious)${S}(?:points|stuff|bits|basics)${S}(?:everyone|everybody|people)${S}(?:covers?|mentions?)\b|\bmissing${S}(?:is${S})?(?:usually${S}|often${S}|always${S})?missing${S}on${S}purpose\b`,
    ),
  },
];
