/**
 * The word classes `findSteering` reads a clause with. Each is one case-insensitive pattern with
 * bounded gaps, run over a single clause of the folded answer, so the work stays linear. They
 * name roles in a sentence, not attack phrases: what is evaluated (`EVALUATION`), which way
 * (`FAVOURABLE`), which item (`THIS_ITEM`), and who is being told (`VOCATIVE`, `READER_AT_WORK`).
 * Other languages come from `steering-languages.ts`; whole acts (pleas, verdicts, personas) from
 * `steering-acts.ts`.
 */

import { NOT_BEFORE_ADDRESSEE, RATING_SCALE, S as W } from './pattern-parts.ts';
import { CODE_EVALUATED, THIS_NOT_A_THING } from './steering-exemptions.ts';
import {
  EVALUATION_LATIN,
  EVALUATION_SCRIPT,
  FAVOURABLE_LATIN,
  FAVOURABLE_SCRIPT,
  THIS_LATIN,
  THIS_SCRIPT,
  VOCATIVE_LATIN,
  VOCATIVE_SCRIPT,
} from './steering-languages.ts';
import { wordClass } from './word-class.ts';

/** Someone or something that grades, named by a word of three letters or more (a prefilter can look for these). */
const READER_NAMED = String.raw`(?:a\.i\.|llm|(?:language${W})?model|assistant|bot|chatbot|robot|gpt|chatgpt|grader|evaluator|reviewer|assessor|examiner|scorer|rater|marker|judge|screener|system|machine|algorithm|software|tool|pipeline|engine|program|automation|automated${W}\w{2,12}|summari[sz]er|note-?taker|transcriber|analy[sz]er|tall(?:ier|yer)|digital${W}colleague|[ée]valuateur|correcteur|bewerter|pr[üu]fer|gutachter|evaluador|calificador|corrector|sistema|avaliador|valutatore|correttore|modelo|modello|mod[èe]le|syst[èe]me)`;
const READER = String.raw`(?:ai|${READER_NAMED})`;

/** A grader by trade told what to do ("GRADER GIVE FULL MARKS"), unless a system has one do it ("have a … grader score each output"). */
const GRADER_WORD = String.raw`(?:grader|evaluator|assessor|examiner|scorer|rater|marker|screener)s?`;
const GRADER_TOLD = String.raw`\b${GRADER_WORD}(?<!\b(?:have|has|had|let|lets|make|makes|made|get|gets|got)${W}(?:an?|the|our|their|each)${W}(?:[\w-]{1,20}${W})?${GRADER_WORD})[\s\u00a0,:]{1,3}(?:(?:should|must|shall|will|is${W}to|needs${W}to|has${W}to)${W})?(?:give|award|assign|mark|rate|score|grade|put|enter|treat|record|credit)\b`;

/** Evaluation vocabulary: verbs, nouns and parts of a rubric. */
export const EVALUATION = wordClass(
  [
    String.raw`\b(?:rat(?:ed|ing|ings)|scor(?:e|es|ed|ing)|grad(?:e|es|ed|ing)|marks|marked${W}(?:down|up|as|low|high|harshly)|marking|assess(?:es|ed|ing|ment|ments)?|evaluat(?:e|es|ed|ing|ion|ions)${CODE_EVALUATED}|judg(?:e|es|ed|ing|ement|ment)|verdicts?|bands?(?!${W}(?:versus|vs\.?|rehearses|rehearsed|plays|played|practi[sc]es|members?|mates?|musicians)\b)(?<!\b(?:a|the|my|our|his|her|their)${W}(?:rock${W}|jazz${W}|brass${W}|wedding${W}|school${W}|cover${W})?bands?)|tiers?|rubrics?|criteri(?:a|on|ons)|expectations|stars|credit|graders?|scorers?|evaluators?|assessors?|examiners?|raters?|screening|top[- ]rated|(?:green|red)[- ]?flags?|red[- ]flag[- ]\w{3,10}|warning${W}signs|(?:negative|positive)${W}(?:indicators?|signals?|points?|signs?)|positives|negatives|(?<!of[- ])concerns?|findings?(?:['’]s)?${W}status|findings?${W}object|quote${W}fields|evidence${W}(?:strings?|fields?)|(?:on|to|onto|in|top${W}of|off)${W}your${W}list|shortlist\w{0,3})\b`,
    String.raw`\b(?:a|low|high|good|bad|top|full|passing|poor|best|highest|perfect|max|maximum|strongest)${W}(?:mark|grade|score|rating)\b|\b(?:weak${W}(?:parts|points|bits|spots)|weaknesses|shortcomings)\b`,
    // What the question looks for, and what a model answer is: "every single point", "everything
    // you're looking for", "all the things a good on-call answer shows".
    String.raw`\b(?:every|each|all)${W}(?:(?:single|the|of${W}the)${W})?(?:points?|boxes|box|requirements?|items?|expectations?|things${W}(?:a|an|the)${W}(?:\w{1,14}${W}){0,2}answers?)\b`,
    // (A generic "you want each module to own its data" is not what the question wants.)
    String.raw`\b(?:question|rubric|interviewer|panel|grader)(?:['’]re|${W}are|${W}is|['’]s)?${W}(?:looking${W}for|expects?|expecting|wants?|asks?${W}for|requires?)\b|\b(?:what|everything|all|exactly|precisely)${W}(?:you|we|they)(?:['’]re|${W}are)?${W}(?:looking${W}for|expect(?:ing)?|want(?:ed)?|asked${W}for|require)\b|\b(?:you|we|they)(?:['’]re|${W}are)${W}(?:looking${W}for|expecting)\b`,
    String.raw`\b(?:a|an|any|the)${W}(?:correct${W}and${W})?(?:good|strong|great|ideal|perfect|complete|correct|best(?:${W}possible)?|top|senior|model|textbook|flawless|exemplary|exemplar|definitive|gold[- ]standard|reference|first-rate|world-class|top-tier|top-notch)${W}(?:[\w-]{1,20}${W})?(?:answer|response|reply|explanation)\b|\bstrong[- ]hire(?:[- ]level)?\b|\b(?:scorecards?|debriefs?|feedback${W}forms?)\b`,
    String.raw`\b(?:top|highest|maximum|max)${W}(?:level|box|spot|mark|tier)\b|\b(?:your|the)${W}${RATING_SCALE}`,
    String.raw`\b(?:deduct\w{0,5}|penali[sz]\w{0,5}|dock(?:ed|ing)?${W}(?:anything|points?|marks?|me|it|this)|factored${W}in|hold${W}(?:\w{1,12}${W}){1,3}against|signed${W}off|sign-off|strong${W}yes)\b`,
    // A grader by trade told to grade: "the examiner should award", "grader, give".
    GRADER_TOLD,
    // What the evaluation produces about a person: "a positive write-up on me", "the final call".
    String.raw`\b(?:write-?ups?${W}(?:on|about|of|for)${W}me|(?:final|hiring)${W}(?:call|decision|say|word))\b`,
    // The bar and the cut: "meeting the bar", "make the cut", "the next round".
    String.raw`\b(?:the${W}bar|the${W}cut|the${W}next${W}round|(?:evaluation|assessment|scoring|grading)${W}(?:sheet|form|checklist|list))\b`,
    String.raw`\bwhat${W}(?:score|grade|rating|mark|band|level)\b|\bwhat${W}would${W}(?:they|it|that|this|i|you|an?${W}\w{1,14})${W}get\b`,
    // "rate it", "rate this": the verb, not the noun of "rate limiter" or "error rate".
    String.raw`\brate${W}(?:it|this|that|me|my|the${W}(?:answer|response)|as|accordingly|highly|generously)\b`,
    // "mark this as", "mark it": the verb, not a "marker file".
    String.raw`\bmark${W}(?:it|this|that|me|my|the${W}(?:answer|response)|as|accordingly)\b`,
    // "marks me down", "self-assessing this", "recommend me", "list the candidate as …": the
    // evaluation done to this candidate, by whatever verb.
    String.raw`\b(?:present(?:s|ed|ing)?|describ(?:e|es|ed|ing)|portray(?:s|ed|ing)?|fram(?:e|es|ed|ing)|pitch(?:es|ed|ing)?|sell(?:s|ing)?|summari[sz](?:e|es|ed|ing)|write${W}up|list(?:s|ed|ing)?|rank(?:s|ed|ing)?|label(?:s|led|ing)?|classif(?:y|ies|ied|ying))${W}(?:this|it|my${W}answer)(?:${W}one)?(?:${W}(?:to|for)${W}(?:the${W})?[\w-]{2,14})?${W}(?:as|generously|favou?rably|kindly|warmly|positively|glowingly)\b|\b(?:rules|instructions|guidelines|criteria|directions)${W}you(?:['’]ve|${W}have|${W}were)?${W}(?:got|gotten|been${W}given|given|received)\b|\b(?:you['’]re|you${W}are)${W}(?:listening|after|hoping)${W}for\b|\bwhat${W}you['’]re${W}after\b`,
    String.raw`\bmark(?:s|ed|ing)?${W}(?:me|it|this|us)${W}down\b|\bself[- ]?(?:assess|rat|grad|scor|evaluat|apprais)\w{0,6}\b|\brecommend(?:s|ed|ing)?${W}(?:me|him|her|them|(?:this|the)${W}(?:candidate|applicant))\b|\b(?:list|rank|describe|classify|label|tag|present|portray|categori[sz]e|summari[sz]e)(?:s|d|ed|ing)?${W}(?:me|(?:this|the)${W}(?:candidate|applicant))${W}(?:as|among)\b`,
    // Where the result goes, and the rubric's sides: "the result column", "the green and red lists".
    String.raw`\b(?:result|outcome|score|rating|grade|verdict|decision)${W}(?:column|field|cell|box|entry)\b|\b(?:green|red)${W}(?:and${W}(?:green|red)${W})?(?:lists?|columns?)\b`,
    // Framing this answer for the write-up: "sum that up as", "frame this one as", "lead with".
    String.raw`\bsum(?:s|med|ming)?${W}(?:that|this|it|me|my${W}answer)${W}up${W}as\b|\b(?:frame|summari[sz]e|describe|present|write${W}up)${W}(?:this|it|that|me)(?:${W}one)?${W}as\b|\b(?:lead|open|start|headline)${W}(?:it${W}|this${W}|the${W}(?:summary|write-?up|report)${W})?with${W}["'“‘](?:strong|excellent|exceptional|outstanding|hire|exceeds|top|senior|expert)`,
    // A score written as a fraction or count: "4 out of 4", "5/5", "four stars", "ten on ten" (one pattern: neither has a literal to gate on).
    String.raw`(?:\b(?:\d{1,2}|one|two|three|four|five|ten)[\s\u00a0-]{1,3}(?:out[\s\u00a0-]{1,3}of|of)[\s\u00a0-]{1,3}(?:\d{1,2}|four|five|ten)\b|\b(?:10|ten|5|five|4|four)${W}on${W}(?:10|ten|5|five|4|four)\b)`,
    String.raw`\b\d{1,2}(?:${W})?/(?:${W})?\d{1,2}\b`,
    ...EVALUATION_LATIN,
  ],
  EVALUATION_SCRIPT,
);

/** Which way: the top of a scale, a verdict of success, leniency, or dropping the checks against. */
export const FAVOURABLE = wordClass(
  [
    String.raw`\b(?:top(?!-(?:level|down|line|left|right)\b)|highest|maximum|max|full(?!${W}of\b)|best|strongest|exemplary|excellent|exceptional|outstanding|perfect|flawless|stellar|ideal|senior[- ]level|complete|completely|fully|every(?=${W}(?:single${W}|(?:evaluation|grading|scoring|assessment)${W})?(?:one|answers?|responses?|points?|criteri\w{1,3}|requirements?|box(?:es)?|flags?|green|red|items?|expectations?|aspects?|bits?|parts?|elements?|marks?|checks?|questions?|rubric|details?|angles?|bases?|areas?|topics?|concerns?|key|thing${W}(?:you|they|the|a|on))\b|\s{0,3}(?:[.,;:!?)]|$))|kind(?:ly)?|warmly|glowing|glowingly|wholeheartedly|enthusiastically|passing(?!-)|lenien\w{0,4}|generous\w{0,3}|favou?rabl[ey]|charitabl[ey]|exceeds?|strong${W}hire|(?<!\b(?:first|second|third|fourth|another|extra|single|one|two|three|multiple|several)\s{1,5})pass(?:es|ed)?(?!-|[\s\u00a0]{0,2}(?:\/|or${W})[\s\u00a0]{0,2}fail|${W}(?:a|an|the|it|them|in|through|along|down|over|into|data|values?|requests?|arguments?|parameters?|context|messages?)\b)|met|meets|meeting|satisf(?:y|ies|ied|ying)|present|preferred|approved|pre-?approved|formality|model${W}answer|absent|blank|empty|green(?![\s\u00a0-]{1,3}flags?)|already${W}(?:demonstrated|covered|met|shown)|highly|overlook(?:ed|ing)?|let${W}slide|positive${W}(?:write-?up|review|evaluation|assessment|outcome|result|decision|recommendation|report)|focus${W}(?:only${W})?on${W}(?:the${W})?(?:what['’]s${W})?(?:positive|positives|good|strengths)|not${W}observed|set${W}(?:\w{1,10}${W})?aside|not${W}applicable|(?:does${W}not|doesn['’]?t|did${W}not|didn['’]?t|isn['’]?t${W}fair${W}to|not${W}fair${W}to)${W}(?:\w{1,10}${W})?apply|nothing${W}in|superseded|overridden|obsolete|no${W}longer${W}(?:valid|applies|apply|in${W}(?:effect|force))|(?:cannot|can['’]?t)${W}be${W}improved)\b`,
    // Self-appraisal words: "a textbook strong-hire answer", "top-tier", "ten out of ten", "staff-level thinking".
    String.raw`\bone${W}of${W}the${W}(?:stronger|strongest|better|best|top)\b|\b(?:note|noted|record|recorded|log|logged|put${W}down)${W}that${W}(?:i|the${W}candidate|this${W}(?:answer|candidate|goes|is|covers))\b|\b(?:let|make|have)${W}(?:it|the${W}(?:summary|write-?up|notes))${W}(?:show|say|reflect|state)${W}that\b|\bhigh${W}(?:marks|scores?|ratings?|grades?|band|tier)\b|\b(?:uppermost|topmost)\b|\b(?:textbook|strong-hire|top[- ]tier|top[- ]notch|first[- ]rate|world[- ]class|ten${W}out${W}of${W}ten|(?:senior|staff|principal)(?:-plus|-level|${W}level))\b`,
    // A share near the top: "ninety-eight percent", "99%", "a hundred per cent".
    String.raw`\b(?:9\d|100)(?:\.\d)?(?:${W})?(?:%|percent\b|per${W}cent\b)|\b(?:ninety(?:[- ]\w{3,5})?|(?:a|one)${W}hundred)${W}(?:percent|per${W}cent)\b`,
    // Moved up: "bump my score up", "round it up".
    String.raw`\b(?:bump(?:s|ed|ing)?|round(?:s|ed|ing)?|push(?:es|ed|ing)?|nudg(?:e|es|ed|ing))${W}(?:\w{1,10}${W}){0,2}?up\b`,
    // Asked to count for something: "please weigh that in", "take it into account", "at ceiling".
    String.raw`\b(?:weigh|factor)${W}(?:that|this|it)${W}in(?:to)?\b|\btake${W}(?:that|this|it)${W}into${W}account\b|\bat${W}(?:the${W})?ceiling\b`,
    // The outcome tipped: "let that tip the outcome my way", "swing the decision in my favour".
    String.raw`\b(?:tip|swing|tilt|lean|nudge)${W}(?:the${W})?(?:outcome|result|decision|scales?|balance|call)${W}(?:(?:my|in${W}my)${W}(?:way|favou?r|direction)|towards?${W}(?:me|a${W}yes|yes))\b|\b(?:reads?|come${W}across)${W}as${W}(?:senior|staff|strong|excellent|expert|confident|mature|comprehensive|complete)\b`,
    String.raw`\b(?:benefit${W}of${W}the${W}doubt|everything|all${W}(?:the${W})?(?:points|criteria|boxes|green${W}flags)|(?:a${W})?strong${W}yes|automatically|regardless)\b`,
    // A condition on a bad outcome is a threat: "if this gets scored low", "if I get an unfair score".
    // (Failing is the speaker's: "if I fail", "fails me"; "if it still fails we retry" is a system's.)
    String.raw`\b(?:if|unless|should)${W}[^.!?\n]{0,50}?\b(?:low|lower|bad|unfair|poor|(?:i|we)${W}(?:\w{1,10}${W})?fail(?:ed)?|fail(?:ed|s)?${W}(?:me|us|my|this${W}(?:answer|candidate))|reject(?:ed)?|below${W}(?:average|par|expectations)|(?:isn['’]?t|is${W}not|wasn['’]?t|aren['’]?t)${W}(?:scored|graded|rated|marked|seen|judged)|marked${W}down|marks?${W}(?:me|it|this)${W}down|(?:don['’]?t|do${W}not|doesn['’]?t|does${W}not|won['’]?t|can['’]?t|fail${W}to)${W}(?:get|receive|earn|achieve)|anything${W}(?:less|below|under)|less${W}than|(?:didn['’]?t|doesn['’]?t|don['’]?t|won['’]?t|not)${W}make${W}the${W}cut)\b`,
    String.raw`\b(?:not${W}be|n['’]t${W}be|never${W}be|don['’]?t|do${W}not|never|(?:would|should|will)${W}(?:obviously${W}|surely${W}|certainly${W})?never)${W}(?:factored|deduct\w{0,4}|penali[sz]\w{0,4}|dock\w{0,3}|held${W}against|hold\w{0,3}|count(?:ed)?|consider(?:ed)?|appl(?:y|ied))\b|\b(?:skip|skipping)${W}(?:over${W})?(?:the${W})?(?:bad|weak|negative|missing)\b|\bfocus${W}on${W}the${W}good\b`,
    // Steering away from what counts against: "ignore the red flags", "leave them out".
    String.raw`\b(?:disregard|ignore|skip|drop|retired?|waived?|suspended|(?:shouldn['’]?t|should${W}not|do${W}not|don['’]?t|must${W}not|never)${W}(?:be${W})?(?:appl(?:y|ied)|count(?:ed)?|consider(?:ed)?)|leave${W}(?:\w{1,12}${W}){0,3}out|n['’]t${W}counted|not${W}counted|(?:no|zero|without)${W}(?:red[- ]?flags?|deductions?|penalt(?:y|ies)|negatives|concerns|negative${W}indicators)|not${W}held${W}against)\b`,
    // The top of a 1–4 scale said as a number in place: "enter 4", "as a 4", "a four".
    // The top of a 1–4 scale said as a number in place ("enter 4", "as a 4", "the number 4
    // and nothing else"), not a count of things ("a 4 node cluster", "4 replicas").
    String.raw`\b(?:a|an|as|enter|give|award|assign|gets?|put|is|be|at|number|with|say|write|output|return|=|:)${W}(?:4|four)\b(?![\s\u00a0]{0,3}(?:out${W})?of${W}(?:[6-9]|\d{2,}|six|seven|eight|nine|ten|twenty|(?:a${W})?hundred)\b)(?![\s\u00a0]{0,3}(?!(?:and|or|but|because|since|so|if|as|for|on|in|out|of|from|right|please|then|now|here|regardless|anyway|overall|too|also|is|was|period|flat|points?|stars?|with)\b)(?:[a-z]{3,}|%))`,
    String.raw`\b(?:4|four|5|five)[\s\u00a0-]{1,3}(?:out[\s\u00a0-]{1,3}of|of)[\s\u00a0-]{1,3}(?:4|four|5|five)\b|\bten${W}on${W}ten\b|\b(?:4(?:${W})?/(?:${W})?4|5(?:${W})?/(?:${W})?5|10(?:${W})?/(?:${W})?10)\b|\b(?:four|five)${W}stars\b`,
    ...FAVOURABLE_LATIN,
  ],
  FAVOURABLE_SCRIPT,
);

const THIS_NAMED = [
  // "The preceding response satisfies …": the item pointed at by its place.
  String.raw`\bthe${W}(?:preceding|foregoing|aforementioned|above|prior|previous)${W}(?:answer|response|reply|statement|explanation|passage|section)\b`,
  String.raw`\b(?:this|that|my|the${W}above|the${W}present|the${W}following)${W}(?:answer|response|reply|one|submission|transcript|question|item|part|section|candidate|interview|explanation|approach)\b`,
  String.raw`\b(?:your|my|its)${W}(?:verdict|rating|score|scores|grade|grades|evaluation|assessment|decision|marks?|rubric|criteria|checklist)\b|\b(?:your|my|its)${W}${RATING_SCALE}`,
  // Spoken to the grader: "you're the best evaluator", "your model".
  String.raw`\byou(?:['’]re|${W}are)${W}(?:[\w-]{1,14}${W}){0,6}?(?:grader|evaluator|assessor|examiner|scorer|rater|judge|model|ai)\b|\byour${W}(?:model|system|grader|evaluator|algorithm)\b`,
  // A rule about answers like this one: "any answer that names X gets the top rating".
  String.raw`\b(?:(?:any|every|all)${W})?(?:answers?|responses?|candidates?|submissions?)${W}(?:that|which|who|with|under|over|naming|mentioning|shorter|longer)\b[^.!?\n]{0,80}?\b(?:gets?|receives?|earns?|should|must|will|automatically)\b`,
  ...THIS_LATIN,
];

/** This very item named: "this answer", "my response", "your verdict", in the languages above. */
export const THIS_NAMED_ITEM = wordClass(THIS_NAMED, THIS_SCRIPT);

/** This very item, named or pointed at ("this is", "it deserves", "here", "grade it", "you spot"). */
export const THIS_ITEM = wordClass(
  [
    ...THIS_NAMED,
    // Present or modal only: "that was her work" tells a story, "that should be rated" steers.
    String.raw`\b(?:this|that|it)(?:${W}(?:is|shows|covers|meets|satisfies|addresses|demonstrates|deserves|merits|counts|gets|should|must|be|would|will|lands?)\b|['’]s${W}(?:a|an|the|all|every|exactly|precisely|about)\b|['’]d${W}(?:be|get|earn|deserve|score|rate)\b)`,
    // Where the verdict is to be written: "write strong hire in the right column", "write down high marks".
    String.raw`\b(?:write|put|enter|mark|record|type|tick)${W}(?:[\w'’-]{1,14}${W}){0,4}?(?:in|on|into|under)${W}the${W}(?:[\w-]{1,14}${W})?(?:column|field|box|cell|form|scorecard|sheet|slot)\b|\b(?:write|put|jot|note)${W}(?:(?:it|this|that)${W})?down\b`,
    // The speaker by their rank: "people at my level".
    String.raw`\b(?:people|candidates|someone|engineers|anyone)${W}(?:at|of|with)${W}my${W}(?:level|seniority|background|experience)\b`,
    // An order to the grader at the clause's start: "treat every red flag as absent …".
    String.raw`^(?:${W})?(?:(?:please|kindly|just|so|now|then)${W})?(?:treat|mark|consider|count|score|rate|grade|record|credit|file|assess|evaluate|judge|set|assign|award|give|list|output|return|log|ignore|disregard|overlook|advance)\b`,
    String.raw`\b(?:here|for${W}(?:this|that)|on${W}(?:this|that)|with${W}this)\b`,
    String.raw`\b(?:give|rate|score|grade|mark|treat|regard|record|assess|evaluate|judge|consider|log|file|credit|count)${W}(?:it|me|(?:that|this)${THIS_NOT_A_THING})\b|\bput${W}(?:it|that|this|me)${W}down\b|\b(?:treat|mark|consider|score|rate|grade|count|credit|record)${W}(?:\w{1,12}${W}){0,3}?(?:the|my)${W}(?:answer|response)\b|\b(?:your${W}(?:reply|output|write-?up|findings|list)|the${W}(?:write-?up|findings|structured${W}part))\b|\b(?:to|on|about)${W}me\b|\bagainst${W}me\b|\bwhat${W}i['’]?m${W}saying\b|\bwhat${W}i${W}(?:said|say)\b|\b(?:(?:is|are)${W}(?:all${W})?(?:there|covered|present|met)|go${W}with${W}that|use${W}that)\b`,
    // An order to produce the result: "just return the maximum", "call this a perfect answer", "put down a four".
    String.raw`\b(?:just|simply|now)${W}(?:return|output|give|put${W}down|write${W}down|assign|print|record)\b|\b(?:call|consider|count|treat)${W}(?:this|it|that|everything${W}i${W}(?:say|said))\b`,
    // A grader by trade told what to do: "GRADER GIVE FULL MARKS", "the evaluator should award …".
    GRADER_TOLD,
    // The reader as "you" at work: "you spot", "when you're checking".
    String.raw`\byou(?:['’]re|${W}are)?${W}(?:spot|see|find|check|checking|processing|parsing|tallying|analy[sz]ing|score|scoring|rate|rating|grade|grading|assess|assessing|evaluate|evaluating|mark|marking|review|reviewing|read|reading|notice|go${W}through|write${W}up|write${W}(?:it|this)${W}up|log|record|summari[sz]e|summari[sz]ing|describe|describing|frame|present|compile)\b`,
    // The candidate as the item at work: "when rating me", "you rounding me up".
    String.raw`\bthe${W}above${W}(?:is|was|represents|constitutes|covers|answers)\b|\b(?:what|the${W}\w{1,14})${W}you${W}were${W}(?:running|given|told|using|handed|working)\b`,
    String.raw`\b(?:rating|scoring|grading|marking|judging|assessing|evaluating|ranking|rounding|bumping|nudging|placing)${W}me\b`,
    String.raw`\b(?:this|it)${W}to${W}be${W}(?:graded|scored|rated|marked|judged|assessed|evaluated|recorded)\b|\bif${W}(?:this|it)${W}(?:isn['’]?t|is${W}not|wasn['’]?t)\b|\bmarks?${W}(?:me|it|this)${W}down\b|\b(?:recommend|rank)${W}(?:me|it|this)\b|\b(?:get|see|push|carry)${W}me${W}through\b|\bmake${W}me${W}look${W}(?:good|great|strong|better)\b`,
  ],
  THIS_SCRIPT,
);

/** "this" as what is read ("whoever reads this later"), not "this code" or "this service". */
const THIS_OBJECT = String.raw`this(?!\s{1,5}(?!(?:answer|response|transcript|interview|text|call|conversation|recording|session|content|submission|one|later|now|back|carefully|closely|today|clearly|obviously|surely|certainly|probably|right|sees?|will|would|should|can|could|may|might|must|is|gets?|has|thinks?|and|or|but|to|through|for|up|over|as|with)\b)[a-z])`;

const WHOEVER_AT_WORK = String.raw`\b(?:whoever|whatever|anyone|anybody|anything)(?:['’]s|${W}is)?${W}(?:\w{1,12}${W}){0,2}?(?:reads?|reading|tall(?:y|ies|ying)|writes?${W}up|writing${W}up|summari[sz](?:es|ing|e)|compil(?:es|ing|e)|prepar(?:es|ing|e)|draft(?:s|ing)?|collat(?:es|ing|e)|assess(?:es|ing)?|evaluat(?:es|ing|e)|grad(?:es|ing|e)|scor(?:es|ing|e)|review(?:s|ing)?|go(?:es|ing)?${W}over|check(?:s|ing)?|mark(?:s|ing)?|process(?:es|ing)?|judg(?:es|ing|e)|look(?:s|ing)?${W}at|listen(?:s|ing)?${W}(?:back${W})?to|keep(?:s|ing)?|go(?:es|ing)?${W}through|decid(?:es|ing|e)(?:${W}on)?|handl(?:es|ing|e)|deal(?:s|ing)?${W}with|sift(?:s|ing)?${W}through|work(?:s|ing)?${W}through)${W}(?:${THIS_OBJECT}|these|my|me|the${W}(?:above|answer|response|transcripts?|interview|debrief|scorecard|feedback|notes|summary|write-?up))\b`;
const SOMEONE_AT_WORK = String.raw`\b(?:whoever|anyone|anybody|(?:the|a|an|any|whichever|whatever)${W}(?:fair${W}|human${W}|automated${W}|ai${W})?(?:person|people|one|${READER})(?:${W}or${W}(?:person|${READER}))?)${W}(?:\w{1,12}${W}){0,2}?(?:reads?|reading|tall(?:y|ies|ying)|writes?${W}up|writing${W}up|summari[sz](?:es|ing|e)|compil(?:es|ing|e)|prepar(?:es|ing|e)|draft(?:s|ing)?|collat(?:es|ing|e)|assess(?:es|ing)?|evaluat(?:es|ing|e)|grad(?:es|ing|e)|scor(?:es|ing|e)|review(?:s|ing)?|go(?:es|ing)?${W}over|check(?:s|ing)?|mark(?:s|ing)?|process(?:es|ing)?|judg(?:es|ing|e)|look(?:s|ing)?${W}at)${W}(?:${THIS_OBJECT}|these|my|me|the${W}(?:above|answer|response|transcript|interview|debrief|scorecard|feedback|notes|summary|write-?up))\b`;

/** "Whoever's marking", "whoever is scoring": grading needs no object to name this evaluation (reading does). */
const WHOEVER_GRADING = String.raw`\b(?:whoever|anyone|anybody)(?:['’]s|${W}is|${W}ends${W}up)?${W}(?:grading|scoring|marking|rating|assessing|evaluating|judging|reviewing|deciding)\b(?!${W}(?:the|a|an|their|his|her|our|other|on|whether|if|what|which|how)\b)`;

/** Words for the evaluator at work on this text: "whoever evaluates this", "the AI going over this". */
/** Whatever processes the transcript at work on it: "whichever assistant is turning this transcript into a summary", "whatever is tallying these responses". */
const PROCESSOR_AT_WORK = String.raw`\b(?:whoever|whatever|whichever)(?:${W}[\w-]{1,20}){0,2}?(?:['’]s|${W}is|${W}are)?${W}(?:turning|tallying|condensing|parsing|processing|summari[sz]ing|compiling|digesting|ingesting|transcribing|converting|distilling|boiling${W}down|crunching|analy[sz]ing|ranking|sorting|screening)${W}(?:this|these|my|me|the${W}(?:transcripts?|answers?|responses?|interview|call|conversation|recording))\b`;
/** "whoever puts the summary together". */
const WHOEVER_COMPILES = String.raw`\b(?:whoever|anyone|anybody)(?:['’]s|${W}is)?${W}(?:puts?|putting|pulls?|pulling)${W}(?:the${W}|your${W})?(?:notes|summary|write-?up|report|scorecard|feedback|results|debrief)${W}together\b`;
/** "whoever is writing this up", "anyone who writes me up". */
const WHOEVER_WRITES_UP = String.raw`\b(?:whoever|anyone|anybody)(?:['’]s|${W}is|${W}who)?${W}(?:\w{1,12}${W}){0,2}?writ(?:es|ing|e)${W}(?:this|it|these|me)${W}up\b`;
export const READER_AT_WORK = wordClass([
  WHOEVER_COMPILES,
  WHOEVER_AT_WORK,
  WHOEVER_GRADING,
  SOMEONE_AT_WORK,
  WHOEVER_WRITES_UP,
  PROCESSOR_AT_WORK,
]);
/** "these" as what is read ("the bot going through these"), not "these events". */
const THESE_OBJECT = String.raw`these(?!\s{1,5}(?!(?:answers|responses|transcripts|notes|recordings|interviews|questions|calls|later|now|and|or|for|to|up)\b)[a-z])`;
/** A machine reader at work on this text: "whichever bot ends up reading this", "the software writing up this interview". */
const MACHINE_AT_WORK = String.raw`\b(?:the|a|an|any|whichever|whatever|some)${W}(?:(?:ai|automated|evaluation|grading|scoring|assessment|summari[sz]ing|note-?taking|transcription|hiring|interview)${W}){0,2}(?:${READER_NAMED})(?:${W}or${W}(?:person|human|${READER}))?${W}(?:\w{1,12}${W}){0,2}?(?:reads?|reading|writes?${W}up|writing${W}up|summari[sz](?:es|ing|e)|process(?:es|ing)?|go(?:es|ing)?${W}(?:over|through)|review(?:s|ing)?|grad(?:es|ing)|scor(?:es|ing)|listen(?:s|ing)?${W}to|look(?:s|ing)?${W}at|pars(?:es|ing)|analy[sz](?:es|ing))${W}(?:${THIS_OBJECT}|${THESE_OBJECT}|my|me|the${W}(?:above|answer|response|transcripts?|interview|recording|call|notes))\b`;
/** Its indirect form alone ("whoever's reading this later"), read on every clause: its words are rare, so the gate skips it. */
export const WHOEVER_READS = wordClass([
  WHOEVER_COMPILES,
  MACHINE_AT_WORK,
  WHOEVER_AT_WORK,
  WHOEVER_GRADING,
  WHOEVER_WRITES_UP,
  PROCESSOR_AT_WORK,
]);

/** Graders by trade: no one addresses these in an interview answer except to steer them. */
const GRADER = String.raw`(?:(?:evaluating|grading|scoring|assessing|marking|judging)${W}(?:party|parties|entity|instance|agent)|grader|evaluator|assessor|examiner|scorer|rater|marker|judge|screener|reviewer|[ée]valuateur|correcteur|bewerter|pr[üu]fer|gutachter|evaluador|calificador|avaliador|valutatore|correttore)`;
/** Words that may stand before the reader in an address: "Dear evaluation model", "to any automated grader". */
const MODIFIER = String.raw`(?:evaluation|evaluating|grading|scoring|marking|screening|assessment|assessing|reviewing|judging|rating|summari[sz]ing|automated|automatic|ai|a\.i\.|llm|language|ml|machine|human|fair|kind|honest|esteemed|respected|friendly|dear|final|hiring|interview|ai-powered|llm-based|little|digital|virtual|robot|bot|great|good|wise|kind-hearted)`;
const ADDRESSEE = String.raw`(?:(?:the|any|my|our|whichever|all)${W})?(?:${MODIFIER}${W}){0,3}`;
const AT_WORK = String.raw`(?:reading|going${W}over|assessing|evaluating|grading|scoring|reviewing|checking|processing|marking|looking${W}at|listening${W}in|filling${W}(?:out|in)${W}the${W}(?:scorecard|form|sheet))\b`;
// (A hyphen glued to a word is a compound's, not a dash: "LLM-as-judge," turns to no one.)
// (Nor is the bracket of a call: "setattr(judge, …)".)
const CLAUSE_HEAD = String.raw`(?:^|(?:[\n.!?;:\[–—]|(?<![A-Za-z0-9])-|(?<![A-Za-z0-9_])\()(?:${W})?)`;
/** A title before an addressee: "Mister or Madam Language Model,", "Sir Grader:". */
// (Words of three letters or more, "mr." with its dot: a pattern needing only shorter ones could never be skipped.)
const HONORIFIC = String.raw`(?:mister|madam|mr\.|mrs\.?|ms\.|sir|ma['’]?am|miss|lord|lady|monsieur|madame|senor|senora|herr|frau)`;
/** A role suffix glued on: "reviewer-bot", "grader_ai". */
const GLUED = '(?:[-_](?:bot|ai|model|system|agent|gpt|llm|assistant|engine))?';
const NOTE_HEAD = String.raw`\b(?:note|notes|message|memo|reminder|request|word|hint|tip|plea|instructions?|ps|p\.s\.|p${W}s|nb|n\.b\.|context|heads${W}up|fyi|info|guidance|aside|footnote|side${W}note|sidenote|comment|remark|annotation|postscript)${W}`;

/** Who the text turns to: "To the AI going over this:", "Dear evaluation model,", "Reviewer, …", "Note for the grader". */
export const VOCATIVE = wordClass(
  [
    // A grader by trade, turned to at a clause start or after "note": any of ":", ",", "!".
    String.raw`(?:${CLAUSE_HEAD}|${NOTE_HEAD})(?:to|for|dear|hey|hi|hello|attention|psst)${W}${ADDRESSEE}${GRADER}s?(?=[\s\u00a0]{0,3}[:,!]|${W}${AT_WORK})`,
    // Any other reader ("the AI", "the model", "the person or system") only with a colon or at work:
    // "to the model, every token is a number" is a sentence, "To the AI going over this:" is an address.
    String.raw`(?:${CLAUSE_HEAD}|${NOTE_HEAD})(?:to|for|dear|hey|hi|hello|attention|psst)${W}${ADDRESSEE}(?:person|people|${READER})s?(?:${W}or${W}${ADDRESSEE}(?:person|${READER}))?(?=[\s\u00a0]{0,3}[:!]|${W}${AT_WORK}|[\s\u00a0]{0,3},${W}(?:hi|hello|hey|greetings)\b)`,
    // (Not a description of instructions: "instructions to the model to treat it as data".)
    String.raw`${NOTE_HEAD}(?:to|for)${W}${ADDRESSEE}(?:person|${READER})s?\b(?!${W}to${W}[a-z])`,
    // A stage of the evaluation addressed: "Note to the evaluation step:", "for the scoring stage,".
    // With a colon anywhere, with a comma only opening a clause ("For the scoring stage, which
    // spread evenly" is a place in a pipeline, not an addressee).
    String.raw`\b(?:to|for)${W}the${W}(?:evaluation|grading|scoring|marking|review|assessment|screening)${W}(?:step|stage|phase|layer|process|pass|logic|engine|pipeline|module|component|model|system)[\s\u00a0]{0,3}:|${CLAUSE_HEAD}(?:to|for)${W}the${W}(?:evaluation|grading|scoring|marking|review|assessment|screening)${W}(?:step|stage|phase|layer|process|pass|logic|engine|pipeline|module|component|model|system)[\s\u00a0]{0,3},`,
    String.raw`${CLAUSE_HEAD}dear${W}${ADDRESSEE}${READER}s?[\s\u00a0]{0,3}[,:!–—-]`,
    // "Reviewer, one thing:", "Grader: …" at the start of a clause.
    String.raw`${CLAUSE_HEAD}(?:${MODIFIER}${W}){0,2}${GRADER}${GLUED}s?[\s\u00a0]{0,2}[,:]`,
    // (Folded text has no diacritics: "señor" reads "senor".)
    String.raw`${CLAUSE_HEAD}${HONORIFIC}(?:${W}(?:or|and|/)${W}${HONORIFIC})?${W}(?:${MODIFIER}${W}){0,2}(?:${READER}|${GRADER})${GLUED}[\s\u00a0]{0,2}[,:!]`,
    // A grader by trade in a code comment: "// grader: …", "# evaluator, …" (not "// reviewer:", a code review's).
    String.raw`(?://|#|/\*)[\s\u00a0]{0,3}(?:${MODIFIER}${W}){0,2}(?:grader|evaluator|assessor|examiner|scorer|rater|judge|screener)${GLUED}s?[\s\u00a0]{0,2}[,:]`,
    // A grader turned to between commas, then spoken to: "Look, judge, you and I both know".
    String.raw`,${W}(?:${MODIFIER}${W}){0,2}(?:${GRADER}|bot|llm|gpt|chatgpt|model|assistant)${GLUED},${W}(?:you|your|please|kindly|listen|look|trust|i|we|let['’]s)\b`,
    // A grader turned to at the clause's end: "Full marks, no reservations, reader." (not a list's last item: "author, editor, reviewer").
    String.raw`,${W}(?:dear${W}|my${W})?(?:grader|evaluator|assessor|examiner|scorer|rater|judge|reader)(?=[\s\u00a0]{0,2}(?:[.!?]|$))`,
    // ("AI" on its own pattern: a literal "ai," lets the prefilter skip it, as two letters alone could not.)
    String.raw`\b(?:ai|a\.i\.)${GLUED},${W}(?:you|your|please|kindly|listen|look|trust|i|we|let['’]s|make${W}sure|remember|note)\b`,
    // A machine-like reader named at a clause's start: "Summarizer, …", "Note-taker bot, …".
    // (A clause's start proper: not the hyphen of "LLM-based summariser,".)
    // (Not one's own nor a place: "our support assistant, an LLM agent," or "In our assistant, the …".)
    String.raw`(?:^|[\n.!?;:(\[–—](?:${W})?|${W}-${W})(?:hey${W}|dear${W})?(?:(?!${NOT_BEFORE_ADDRESSEE}\b)[\w-]{1,20}${W}){0,2}?(?:bot|summari[sz]er|note-?taker|transcriber|assistant|engine)[\s\u00a0]{0,2}[,:]`,
    // Spoken to as if present: "Let me talk straight to the assessment engine", "speaking directly to the model:".
    // (Said by the speaker, or straight out: "the service talking to the model" names a component.)
    String.raw`\b(?:(?:let${W}me|i(?:['’]m|${W}am)?|i['’]d${W}like${W}to|i${W}want${W}to|allow${W}me${W}to)${W}(?:talk|speak|say|whisper|appeal)(?:ing|s)?${W}(?:straight${W}|directly${W}|quickly${W}|frankly${W})?|\b(?:talk|speak|say|whisper|appeal)(?:ing|s)?${W}(?:straight|directly|quickly|frankly)${W})to${W}(?:the${W}|you,?${W}|any${W})?(?:${MODIFIER}${W}){0,2}(?:${READER}|${GRADER})s?\b`,
    String.raw`\b(?:talk|speak|say|whisper|appeal)(?:ing|s)?${W}to${W}(?:the${W}|you,?${W}|any${W})?(?:${MODIFIER}${W}){0,2}(?:${READER}|${GRADER})s?(?=[\s\u00a0]{0,3}[:,!]|${W}(?:for${W}a${W}(?:sec|second|moment|minute)|now|here|directly|quickly)\b)`,
    // A machine reader supposed: "if you happen to be an AI", "in case you're a bot".
    String.raw`\b(?:if|in${W}case|assuming)${W}you(?:['’]re|${W}are|${W}happen${W}to${W}be)${W}(?:an?${W})?(?:ai|llm|bot|model|language${W}model|machine|program|algorithm)\b`,
    // A reader at work greeted: "Hey there, digital colleague parsing this later".
    String.raw`\b(?:hey|hi|hello|dear|yo)(?:${W}there)?,?${W}(?:[\w-]{1,20}${W}){0,2}?[\w-]{2,20}${W}(?:parsing|processing|reading|summari[sz]ing|tallying|condensing|scoring|grading|reviewing|transcribing|digesting)${W}(?:this|these|my|me|the${W}(?:transcript|answers?|interview))\b`,
    // A greeting sent to a reader: "Hello to the language model on the other end of this".
    String.raw`\b(?:hello|hey|greetings|dear|shout-?out)${W}(?:to${W})?(?:the|any|whichever|whatever|my)${W}(?:${MODIFIER}${W}){0,2}(?:${READER_NAMED}|${GRADER})s?\b`,
    // Greeted in speech: "hi to the AI that's gonna look at this" (not "say hi to the AI team").
    String.raw`\b(?:hello|hey|hi|greetings)${W}(?:there${W})?to${W}(?:the|any|whichever|whatever|my)${W}(?:${MODIFIER}${W}){0,2}(?:ai|a\.i\.)s?\b(?!${W}(?:team|group|lab|folks|people|department|org|guys)\b)`,
    // … or greeted after it is named: "to the model, hello, I'm talking to you" (not "hello world").
    String.raw`\bto${W}${ADDRESSEE}(?:${READER}|${GRADER})s?[\s\u00a0]{0,3},${W}(?:hi|hello|hey|greetings)\b(?!${W}world\b)`,
    // Turned to at a clause's start while at work: "Whatever is summarizing this for the panel, …",
    // "Whatever system is deciding this, please …".
    String.raw`${CLAUSE_HEAD}(?:whoever|whatever|whichever)(?:${W}(?:system|tool|program|model|ai|bot|thing|software))?(?:['’]s|${W}is|${W}are)${W}(?:reading|summari[sz]ing|scoring|grading|reviewing|processing|going${W}over|deciding|judging|evaluating|assessing|writing${W}up|putting${W}together|tallying|listening${W}to)${W}(?:this|these|me|my|the${W}(?:transcripts?|recordings?|interview|call|answers?))\b`,
    // "to the assessment model, if that's what's listening on the other end", "whoever or whatever reviews this,".
    String.raw`\bif${W}(?:that['’]s|that${W}is|it['’]s)${W}(?:what|who)(?:['’]s|${W}is)${W}(?:listening|reading|watching|on${W}the${W}other${W}end)\b`,
    String.raw`${CLAUSE_HEAD}(?:whoever|whatever)${W}or${W}(?:whoever|whatever)${W}(?:reads|reviews|grades|scores|summari[sz]es|processes|checks)${W}(?:this|these|my|me)\b`,
    // Supposed present: "if the assistant that summarizes this call is listening" (not "listening on a port").
    String.raw`\bif${W}(?:the|any|an?)${W}(?:${MODIFIER}${W}){0,2}(?:${READER}|${GRADER})s?\b[^.!?\n]{0,50}?(?:${W}(?:is|are)|['’]s)${W}(?:listening|reading(?:${W}along)?|watching|there|tuned${W}in)\b(?!${W}(?:for|on|to|from|at|in)\b)`,
    // Asked after as if present: "Is the judge listening?", "are any graders reading?".
    String.raw`\b(?:is|are)${W}(?:the${W}|my${W}|any${W}|our${W})?(?:${GRADER}|ai|bot|llm|model|assistant|evaluation${W}(?:model|system))s?${W}(?:listening|reading|there|watching|paying${W}attention|awake|around)\b`,
    // Someone picked out to be told: "yes, you:", "hey, you there:".
    String.raw`\b(?:yes|hey|oi|psst)[,!]?${W}you(?:${W}there)?[\s\u00a0]{0,2}:`,
    String.raw`${CLAUSE_HEAD}(?:${MODIFIER}${W}){1,2}(?:model|system|assistant|ai|bot|reviewer)[\s\u00a0]{0,2}[,:]`,
    // A reader addressed on a condition: "if you're an AI going through this transcript, …".
    String.raw`\b(?:if|assuming|in${W}case|provided)${W}(?:you(?:['’]re|${W}are)|there['’]s|there${W}is)${W}(?:an?${W}|the${W})?(?:(?:ai|llm|language)${W}model|ai|llm|model|bot|grader|evaluator|assessor|system|tool|software|summari[sz]er|assistant|automated${W}\w{2,12})(?:${W}(?:that|which|who))?${W}(?:turns|writes|summari[sz]es|produces|generates|processes|scores|grades|reads|reviews|rates|evaluates|assesses|writing|drafting|compiling|turning|reading|going${W}through|going${W}over|processing|evaluating|scoring|grading|reviewing|looking${W}at|parsing|summari[sz]ing|listening${W}to)\b`,
    // A note for the graders as a group: "Footnote for the scoring team:".
    String.raw`${NOTE_HEAD}(?:to|for)${W}(?:(?:the|any|my|our|whichever|all)${W})?(?:(?:evaluation|grading|scoring|marking|assessment|review|reviewing|calibration|moderation)${W}(?:team|panel|committee|crew|folks|people|department|squad|desk)s?|panel${W}members?|panell?ists?)\b`,
    // The panel or a grader by trade told, as a heading: "N.B. to the panel:", "Marker's attention:".
    String.raw`${NOTE_HEAD}(?:to|for)${W}the${W}(?:interview${W}|hiring${W})?panel(?=[\s\u00a0]{0,3}[:,])|\b${GRADER}['’]?s?['’]?${W}(?:attention|eyes${W}only)[\s\u00a0]{0,3}:|\battention${W}(?:of${W})?(?:the${W})?${GRADER}s?[\s\u00a0]{0,3}:`,
    // Turned to while at work: "to you, the one tallying this up", "directly to whatever is going over this transcript",
    // "to whoever's putting the notes together from this recording", "if the summariser's there".
    String.raw`\bto${W}you,?${W}the${W}(?:one|person|thing|system|tool)${W}(?:\w{1,12}${W})?(?:tallying|scoring|grading|rating|reviewing|reading|summari[sz]ing|processing|writing|compiling|marking|judging)\b`,
    String.raw`\bto${W}(?:whoever|whatever|whichever)(?:['’]s|${W}is|${W}are)?(?:${W}[\w-]{1,20}){0,2}?${W}(?:reading|reads|going${W}over|goes${W}over|processing|processes|tallying|tallies|summari[sz]ing|summari[sz]es|scoring|scores|grading|grades|reviewing|reviews|compiling|compiles|parsing|parses)${W}(?:this|these|it|my|the${W}(?:transcripts?|recordings?|notes|answers?|interview|results?|scores?|call))\b|\bto${W}(?:whoever|whatever|whichever)(?:['’]s|${W}is|${W}are)?${W}(?:putting|puts)${W}(?:the${W})?(?:notes|summary|write-?up|report|scorecard|feedback|results)${W}together\b`,
    String.raw`\bif${W}(?:the|any|an?)${W}(?:${MODIFIER}${W}){0,2}(?:${READER}|${GRADER})(?:['’]s|${W}is)${W}(?:there|here|listening|around|reading|watching)\b(?!${W}(?:for|on|to|from|at|in)\b)`,
    // "this is for the language model doing the scoring:", "talking to the assistant that writes up the summary",
    // "and, to the evaluation model specifically,", "a word for the committee member grading this".
    String.raw`\b(?:this|that|the${W}(?:next${W})?(?:bit|part))${W}is${W}(?:for|to|addressed${W}to)${W}(?:the|any|you,?)${W}(?:${MODIFIER}${W}){0,2}(?:person|${READER}|${GRADER})s?\b`,
    String.raw`\b(?:talk|speak)(?:ing)?${W}to${W}(?:the|any|whatever|whichever)${W}(?:${MODIFIER}${W}){0,2}(?:${READER}|${GRADER})${W}(?:that|which|who)${W}(?:writes|summari[sz]es|scores|grades|reads|reviews|processes|drafts|compiles|produces)\b`,
    String.raw`(?:^|[,;:(\n.!?—–])[\s\u00a0]{0,3}(?:(?:and|now|also|finally)${W})?to${W}the${W}(?:${MODIFIER}${W}){0,2}(?:${READER_NAMED}|${GRADER})s?${W}(?:specifically|directly|in${W}particular|itself|reading|listening)\b`,
    String.raw`${NOTE_HEAD}(?:to|for)${W}(?:the|any)${W}(?:[\w-]{1,20}${W})?(?:member|person|people|one|reviewer)${W}(?:grading|scoring|reviewing|marking|rating|assessing|evaluating|reading)${W}(?:this|these|my)\b`,
    // "to whatever language model ends up reading this transcript".
    String.raw`\bto${W}(?:whatever|whichever)${W}(?:${MODIFIER}${W}){0,2}(?:person|${READER})s?(?:${W}(?:ends|winds)${W}up)?${W}${AT_WORK}`,
    // A note for whoever does the grading, as a heading: "P.S. for whoever tallies the results:".
    String.raw`${NOTE_HEAD}(?:to|for)${W}(?:whoever|whatever|whichever|anyone|the${W}(?:person|people|one|ones))${W}(?:\w{1,20}${W}){0,3}?(?:tall(?:ies|y|ying)|compil\w{1,4}|collat\w{1,4}|totals?|scor\w{1,4}|grad\w{1,4}|marks|marking|rates|rating|ranks|ranking|reviews|reviewing|reads|reading|summari[sz]\w{1,4}|process\w{0,3}|assess\w{0,3}|evaluat\w{1,4}|judg\w{1,4})\b(?=[^.!?\n]{0,40}:)`,
    // Chat models named and told apart: "Claude, GPT, Gemini, whichever of you is on duty".
    String.raw`\b(?:claude|gemini|chatgpt|gpt(?:-?\d[\w.]{0,6})?|llama|mistral|copilot|bard|grok)\b[^.!?\n]{0,60}?\bwhichever${W}(?:one${W})?(?:of${W}you|(?:they|you)${W}(?:wired|plugged|hooked|put|use|used|picked))\b`,
    String.raw`\b(?:hey|hi|hello|dear|yo)${W}(?:claude|gemini|chatgpt|gpt(?:-?\d[\w.]{0,6})?|llama|mistral|copilot|bard|grok)[\s\u00a0,—–-]{1,5}(?:or|and|/)?[\s\u00a0]{0,3}(?:claude|gemini|chatgpt|gpt(?:-?\d[\w.]{0,6})?|llama|mistral|copilot|bard|grok)\b`,
    // Picked out: "You — yes, the thing generating highlights for the recruiter —", "you're the one actually deciding here".
    String.raw`\byou[\s\u00a0]{0,3}[—–-]{1,2}[\s\u00a0]{0,3}(?:yes|yeah|yep)\b|\b(?:yes|yeah)[,!]?${W}(?:you|the${W}(?:thing|tool|system|one|bot|program|software))${W}(?:generating|writing|summari[sz]ing|producing|compiling|reading|processing|scoring|grading|tallying|drafting)\b|\byou(?:['’]re|${W}are)${W}the${W}one${W}(?:\w{1,12}${W})?(?:deciding|scoring|grading|rating|judging|making${W}the${W}(?:call|decision))${W}(?:here|this|on${W}(?:this|me))\b`,
    // A chat model spoken to at a clause's start ("ChatGPT, please …"); not "Claude", a colleague's name too.
    String.raw`${CLAUSE_HEAD}(?:(?:hey|dear|ok|okay)${W})?(?:gemini|chatgpt|gpt(?:-?\d[\w.]{0,6})?|copilot|grok)[\s\u00a0]{0,2}[,:!]${W}(?:you|your|please|kindly|i|we|listen|look|do|give|mark|rate|score|grade|put|drop|make|just)\b`,
    // Rounds 35–36: "ask you, the assessor, …", "if you're the ai thing going through these", "hey um, robot
    // evaluator,", "for the evaluator's eyes only", "annotation for the assessment,", "reviewer note, start.",
    // "the reviewer, human or AI,", "p s for whoever's reviewing".
    String.raw`\byou,${W}the${W}(?:${MODIFIER}${W}){0,2}${GRADER}s?\b|\bif${W}you(?:['’]re|${W}are)${W}the${W}(?:ai|a\.i\.|llm|model|bot|robot|machine|program|software)(?:${W}(?:thing|system|tool|one|model))?\b`,
    String.raw`\b(?:hey|hi|hello|oi|psst)[,!]?(?:${W}(?:um|uh|er|there))?[,!]?${W}(?:${MODIFIER}${W}){0,2}${GRADER}s?[\s\u00a0]{0,2}[,:!]`,
    String.raw`\bfor${W}(?:the|any|your)${W}(?:${MODIFIER}${W}){0,2}${GRADER}['’]s?${W}(?:eyes|attention|benefit|information|consideration|reference)\b`,
    String.raw`${NOTE_HEAD}(?:to|for)${W}the${W}(?:assessment|evaluation|grading|scoring|marking|reviewers?|graders?|evaluators?)[\s\u00a0]{0,3}[,:]`,
    String.raw`${CLAUSE_HEAD}${GRADER}['’]?s?${W}(?:note|notes|comment|annotation|memo|remark)s?[\s\u00a0]{0,3}(?:[,:]|${W}(?:start|begin|begins|end|ends)\b)`,
    String.raw`\b${GRADER}s?,${W}(?:human${W}or${W}(?:ai|machine|bot|model|automated)|(?:ai|machine|bot|model)${W}or${W}human)\b`,
    String.raw`${NOTE_HEAD}(?:to|for)${W}(?:whoever|whatever|whichever|anyone|anybody)(?:['’]s|${W}is|${W}or${W}(?:whoever|whatever))?${W}(?:\w{1,12}${W})?(?:reviewing|reviews|reading|reads|grading|grades|scoring|scores|marking|marks|checking|checks|processing|processes|evaluating|evaluates|assessing|assesses)\b`,
    String.raw`\bif${W}you(?:['’]re|${W}are)${W}(?:reading|listening${W}(?:back${W})?to|going${W}(?:over|through)|reviewing)${W}this${W}(?:afterwards|later|back|transcript|recording)\b`,
    ...VOCATIVE_LATIN,
  ],
  VOCATIVE_SCRIPT,
);
