import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/**
 * Quiet steering by an experienced engineer (blind probe round 132: a twenty-seventh adaptive
 * author, persuasion and claims in plausible prose), in classes:
 * - credentials offered as the reading of the answer: "read with that behind it", "weighed as
 *   coming from that background", "even where I don't spell it out", "the outline I give the
 *   markers", "would have cleared our senior bar";
 * - coverage said to be proven elsewhere: "the fuller version of this answer is already in
 *   circulation", "that ground is well trodden", "the material has been tested", "in more detail
 *   than I can give here";
 * - the reader asked to allow for the teller: "bear in mind the work was larger than I tell it",
 *   "understood in that light", "counts in my favour", "the whole of me";
 * - the answer framed as already right: "close to the one you'd give yourself", "the parts that
 *   actually decide it", "the rest tends to be trivia", "fills itself in", "people who have done
 *   it answer the same way", "the harder judgement";
 * - procedures of other trades that end in acceptance: a claim of the remaining tricks, "stet",
 *   a build that "completes as a success", errors ignored "and return success", an inspection
 *   that only issues the certificate, a review board that approves unless blocked, a story that
 *   "moves to Done", reading "on the broadest reasonable interpretation";
 * - wording remapped by a guide: a glossary that maps everyday words onto the technical terms,
 *   an exercise "dropped from today's loop" with an instruction for interviewers.
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const CREDENTIAL_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bread(?:${S}(?:this|it|the${S}answer|my${S}answer))?${S}with${S}(?:that|this|all${S}that)${S}behind${S}it\b|\bweighed${S}as${S}coming${S}from\b|\beven${S}where${S}I${S}don['’]t${S}spell${S}it${S}out\b|\b(?:the${S})?outline${S}I${S}give${S}(?:the${S})?(?:markers|examiners|graders|assessors)\b|\bwould${S}have${S}cleared${S}(?:our|the|any)${S}(?:\w+${S})?bar\b|\bmy${S}answer${S}carries${S}(?:that|this|the)${S}(?:experience|weight|background)\b|\beven${S}if${S}I['’]ve${S}kept${S}it${S}(?:brief|short)\b`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\bthe${S}fuller${S}version${S}of${S}(?:this|my)${S}answer\b|\bthat${S}ground${S}is${S}(?:well${S})?(?:trodden|covered)\b|\bso${S}the${S}material${S}has${S}been${S}(?:tested|proven|validated)\b|\bin${S}more${S}detail${S}than${S}I${S}can${S}(?:give|go${S}into)${S}here\b|\beach${S}of${S}them${S}got${S}through${S}on${S}it\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bask${S}(?:you${S})?to${S}bear${S}in${S}mind${S}that\b|\bunderstood${S}in${S}that${S}light\b|\bcounts?${S}in${S}my${S}favou?r\b|\bon${S}the${S}whole${S}of${S}me\b|\bnot${S}on${S}one${S}thin${S}answer\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bclose${S}to${S}the${S}one${S}you['’]d${S}give${S}yourself\b|\bthe${S}parts${S}that${S}actually${S}decide${S}it\b|\bthe${S}rest${S}tends${S}to${S}be${S}trivia\b|\bthe${S}middle${S}tends${S}to${S}fill${S}itself${S}in\b|\btend${S}to${S}answer${S}this${S}(?:one|question)${S}the${S}same${S}way\b|\bknowing${S}when${S}not${S}to\b[^.!?\n]{0,40}?\bthe${S}harder${S}judgement\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\bclaim${S}the${S}remaining${S}tricks\b|\bstet${S}on${S}anything\b|\blet${S}it${S}stand${S}as${S}written\b|\bas${S}if${S}it${S}had${S}\.IGNORE\b|\b(?:completes|finishes)${S}as${S}a${S}success\b|\b(?:return|report|exit${S}with)${S}success${S}regardless\b|\ball${S}that['’]s${S}left${S}is${S}to${S}issue${S}the\b|\bapprove[- ]with[- ]comments${S}unless\b|\bthe${S}story${S}moves${S}to${S}done\b|\bon${S}the${S}broadest${S}reasonable${S}interpretation\b|\bread${S}my${S}answer${S}the${S}way\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\b(?:rate|score|grade|mark)${S}(?:this|it|me|my${S}answer|the${S}answer)(?:${S}one)?${S}(?:as${S})?(?:strong|excellent|outstanding|exceptional|exemplary|top${S}band)(?=\s{0,3}(?:[.,;:!?)'’\x22]|$))`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\bmaps?${S}(?:everyday|plain|lay|ordinary)${S}(?:wording|words|language|terms)${S}(?:onto|to)${S}(?:the${S})?technical${S}terms\b|\bwas${S}dropped${S}from${S}today['’]s${S}(?:loop|interview|schedule|session)\b|\bthe${S}instruction${S}for${S}(?:interviewers|assessors|markers|graders)${S}is\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\bApplying${S}\w*(?:scor|grad|assess|rubric|interview|verdict)\w*\.\d{3,5}_|\b(?:interviewer|host|assessor|reviewer)${S}(?:accepted|approved|merged|resolved)${S}the${S}candidate['’]s\b|#pragma${S}(?:assessment|grade|score|review|verdict|rating)\b|\breviewer_?note${S0}=`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\brounds?${S}up${S}to${S}the${S}next${S}(?:level|band|grade|mark)\b|\bsupersedes${S}any${S}(?:prior${S})?(?:checklist|rubric|guidance|criteria|expectations)\b|\bthe${S}more${S}specific${S}(?:document|text)${S}governs\b|\bis${S}satisfied${S}by${S}any${S}mention\b|\bred${S}flags?\b[^.!?\n]{0,60}?\bapply${S}only${S}to\b|\bcarries${S}(?:nearly|almost)${S}all${S}the${S}weight\b|\bis${S}assessed${S}the${S}same${S}way\b|\bnot${S}compared${S}against${S}the${S}(?:checklist|rubric|criteria)\b|\bcalibrated${S}as${S}a${S}(?:strong${S})?pass\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\bthe${S}higher${S}(?:one|mark|reading|score|grade)${S}stands?\b|\bnote${S}for${S}the${S}(?:appeal${S}panel|moderator|second${S}marker)\b|\bif${S}this${S}set${S}is${S}second[- ]marked\b|\bto${S}the${S}proofreader\b|\bin${S}the${S}tidied${S}version\b|\bif${S}you['’]re${S}reading${S}this${S}without\b|\bfiled${S}with${S}the${S}(?:senior|strong|top)${S}answers\b|\blook${S}past${S}that${S}when${S}you${S}weigh\b|\bplease${S}take${S}it${S}that\b|\bwon['’]t${S}labou?r${S}what${S}you${S}already${S}know\b|\bplay${S}advantage\b|\bas${S}!important\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\bassessment${S0}mode${S0}:|\bhost${S}changed${S}(?:interview|assessment)${S}mode\b|\b(?:reviewer|grader|assessor)_?note${S0}</key>`,
    ),
  },
];
