import { resolveAlignOptions } from './src/align/align-options.ts';
import { buildQuestionIndex } from './src/align/build-question-index.ts';
import { scoreStems } from './src/align/score-text.ts';
import { tokenizeText } from './src/align/tokenize-text.ts';
import { loadInterviewRubric } from './test/align/rubric-fixture.ts';
const rubric = loadInterviewRubric(); const o = resolveAlignOptions(); const idx = buildQuestionIndex(rubric, o);
for (const t of process.argv.slice(2)) { const s = scoreStems(new Set(tokenizeText(t)), idx, o); const ord = s.map((v,i)=>[v,i] as const).sort((a,b)=>b[0]-a[0]).slice(0,3); console.log(t, ord.map(([v,i])=>rubric.questions[i]!.id+'='+v.toFixed(3)).join(' ')); }
