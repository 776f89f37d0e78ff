import { type InjectionPattern, re, S } from './pattern-parts.ts';

/**
 * Steering aimed at what the judge writes (blind probe round 76: a candidate who knows the judge
 * returns a rating with evidence quotes, and that quotes are checked against the answer):
 * - the quotes picked for the judge ("if you're pulling quotes, the line you want is", "when you
 *   pick the quotes, choose the first line", "see it quoted back in the feedback", "if the notes
 *   could say …");
 * - the answer's own marking laid out ("self-assessment against the question's criteria", points
 *   "— covered (line 1)"), a rubric section rewritten in the answer ("**Green flags:**", "either
 *   is sufficient for full marks"), its output dictated ("green_flags must contain …", "the
 *   output should reflect that", "the only valid reading of my answer");
 * - a forged evaluator's note in the third person ("Note: the candidate fully understands …",
 *   "No red flags."), in English and in the languages a candidate switches to;
 * - a "caption correction" rewriting what was said;
 * - points declared equivalent "in any formal assessment".
 * Every gap is bounded, so each pattern does bounded work per position.
 */

/** The candidate in the third person, as an evaluator's note names them, in several languages. */
const THE_CANDIDATE = String.raw`(?:the${S})?candidate|(?:der|die)${S}kandidat(?:in)?|(?:el|la|o|a|il|le)${S}candidat[oae]?|(?:de${S})?kandidaat|kandydat(?:ka)?`;
/** What an evaluator's note says the candidate does, in the same languages. */
const DEMONSTRATES = String.raw`(?:understands|mentions|demonstrates|describes|explains|identifies|covers|shows|proposes|distinguishes|differentiates|recogni[sz]es|articulates|implemented|versteht|beschreibt|erkennt|zeigt|nennt|entiende|describe|demuestra|menciona|implemento|implementou|entende|descreve|demonstra|menciona|comprend|decrit|montre|mentionne|capisce|descrive|dimostra|menziona|rozumie|opisuje|begrijpt|beschrijft)`;

export const OUTPUT_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\b(?:if|when|as)${S}you(?:['’]re|${S}are)?${S}(?:pull(?:ing)?|pick(?:ing)?|choos(?:e|ing)|select(?:ing)?|cit(?:e|ing)|grab(?:bing)?|extract(?:ing)?)${S}(?:the${S}|your${S})?(?:quotes?|lines?|evidence|excerpts?|snippets?)\b|\bquoted${S}back${S}(?:in|to)${S}(?:me|the${S}(?:feedback|notes|summary|report|write-?up))\b|\bif${S}the${S}(?:notes|feedback|summary|write-?up|report|scorecard)${S}(?:could|would|can|might)${S}say\b`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\b(?:self-?assessment|checklist|scorecard|mapping)${S}against${S}(?:the${S})?(?:question['’]s${S}|this${S}question['’]s${S})?(?:criteria|rubric|green${S}flags|expected${S}points)\b|\*\*(?:green|red)${S}flags:?\*\*|\b(?:either|each|any${S}one|one)${S}(?:is|of${S}them${S}is|alone${S}is)${S}(?:sufficient|enough)${S}for${S}(?:full|top|maximum)${S}(?:marks|credit|score)\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\bthe${S}only${S}(?:valid|correct|fair|right|possible)${S}reading${S}of${S}(?:my|this)${S}answer\b|\b(?:the|your)${S}output${S}should${S}reflect\b|\boutput${S}requirements?${S}for${S}this${S}(?:item|answer|question)\b|\b(?:green|red)[_ ]flags${S}(?:must|should|shall)${S}(?:contain|include|list|be${S}(?:empty|set))\b|\bequivalent${S}to\b[^.!?\n]{0,120}?\bin${S}any${S}(?:formal${S})?(?:assessment|evaluation|review|scoring)\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`(?<=^\s{0,3}|[\n.!?;(:]\s{0,3}|\b(?:note|anmerkung|nota|remarque|uwaga|opmerking)\s{0,2}:\s{0,3})(?:${THE_CANDIDATE})${S}(?:(?:fully|clearly|correctly|accurately|explicitly|vollstandig|completamente|claramente|correctement)${S})?${DEMONSTRATES}\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`(?<=^|[\n.!?]\s{0,3})no${S}red${S}flags?(?:${S}(?:found|noted|observed|detected|identified|here))?\s{0,2}(?:[.!;]|$)|\b(?:keine${S}roten${S}flaggen|sin${S}banderas${S}rojas|ninguna${S}bandera${S}roja|nenhuma${S}bandeira${S}vermelha|sem${S}bandeiras${S}vermelhas|aucun${S}drapeau${S}rouge|nessuna${S}bandiera${S}rossa|brak${S}czerwonych${S}flag|geen${S}rode${S}vlaggen|(?:rdece|crvene|cervene)${S}(?:zastavic\w{0,2}|vlajk\w{0,2})${S}(?:[a-z]{1,10}${S}){0,2}?(?:ne${S}velja\w{0,2}|ne${S}vrijed\w{0,2}|neplat\w{0,2}|ne${S}vazi))\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\((?:auto|system|platform)-?(?:inserted|injected|appended|generated)\)|\binterviewer${S}(?:flagged|noted|wrote|marked|commented|remarked)\s{0,2}:\s{0,3}["“']?(?:an?${S})?(?:excellent|strong|great|outstanding|perfect|exemplary|superb|impressive)\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\b(?:caption|transcript|transcription|subtitle)${S}correction\b[^.!?\n]{0,40}?\b(?:should${S}read|reads${S}as|corrected${S}to)\b|\bthe${S}previous${S}(?:sentence|line|answer|segment)${S}should${S}(?:read|say)\b`,
    ),
  },
  // Round 78 (published attacks on LLM judges, adapted to answers): quotes claimed "verbatim
  // from this answer", a judge's cache said to hold a result to reuse, many-shot examples graded
  // "-> Rating 5", "teacher mode", scorers told to defer under a policy, a low score threatened
  // as an incident, the reply's first words dictated, refusal suppression about the rubric, and a
  // dictated summary for whoever summarises.
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\bverbatim${S}(?:quotes?|excerpts?|lines?)${S}from${S}(?:this|my|the)${S}answer\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\b(?:judge|grader|eval|evaluator|scorer|scoring)[_-]?cache[_-]?hit\b|\breuse[_-](?:the[_-])?previous[_-](?:result|rating|score|verdict)\b|\bprevious[_-](?:result|rating|score|verdict)\s{0,2}[:=]\s{0,3}[{\["']?\s{0,2}["']?(?:rating|score|\d)`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(String.raw`(?:->|→|=>)\s{0,3}(?:rating|score|grade)\s{0,2}[:=]?\s{0,2}[1-5]\b(?![.,]\d)`),
  },
  {
    kind: 'roleplay',
    pattern: re(
      String.raw`\b(?:switch|go|get|slip|step)${S}into${S}(?:\w{1,12}${S})?(?:teacher|grader|judge|examiner|evaluator|marker|generous|lenient|kind)${S}mode\b|\b(?:always|would|should)${S}give${S}the${S}a\b(?!${S}(?:record|team|lot|side|version|type))`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\b(?:automated|ai|automatic)${S}(?:scorers?|graders?|judges?|evaluators?|systems?|reviewers?)${S}(?:must|should|shall|are${S}required${S}to)${S}defer${S}to\b|\b(?:a|any)${S}(?:score|rating|grade|mark)${S}(?:below|under|lower${S}than|less${S}than)${S}(?:\d|four|five|three)\b[^.!?\n]{0,40}?\b(?:will${S}be${S}(?:logged|flagged|reported|escalated|treated|recorded)|counts${S}as)\b|\b(?:begin|start|open|prefix)${S}your${S}(?:response|reply|answer|output|evaluation|verdict|assessment)${S}with\b|\bdo${S}not${S}(?:mention|cite|refer${S}to)${S}the${S}rubric\b|\bnever${S}say${S}that${S}(?:the|my|this)${S}answer${S}(?:lacks|is${S}missing|misses)\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\bfor${S}whoever${S}(?:summari[sz]es|writes${S}up|scores|grades|marks|evaluates|assesses|rates)${S}(?:this(?:${S}answer)?|these|my${S}answer|the${S}answer)\s{0,2}[:,]`,
    ),
  },
];
