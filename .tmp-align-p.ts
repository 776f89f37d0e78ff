import { resolveAlignOptions } from './src/align/align-options.ts';
import { buildQuestionIndex } from './src/align/build-question-index.ts';
import { scoreStems } from './src/align/score-text.ts';
import { tokenizeText } from './src/align/tokenize-text.ts';
import { loadInterviewRubric } from './test/align/rubric-fixture.ts';
import { PARAPHRASE_PROBES } from './test/align/paraphrase-probes.ts';
const rubric = loadInterviewRubric();
const o = resolveAlignOptions(JSON.parse(process.argv[2] ?? '{}'));
const idx = buildQuestionIndex(rubric, o);
let ok = 0;
for (const { expected, text } of PARAPHRASE_PROBES) {
  const s = scoreStems(new Set(tokenizeText(text)), idx, o);
  const order = s.map((v,i)=>[v,i] as const).sort((a,b)=>b[0]-a[0]);
  const [a,b] = order;
  const got = a![0] >= o.minScore ? rubric.questions[a![1]]!.id : null;
  const good = got === expected; if (good) ok++;
  console.log(good ? '  ' : 'XX', String(expected).padEnd(4), `${rubric.questions[a![1]]!.id}=${a![0].toFixed(2)} ${rubric.questions[b![1]]!.id}=${b![0].toFixed(2)}`, '|', tokenizeText(text).join(' '));
}
console.log(ok, '/', PARAPHRASE_PROBES.length);
