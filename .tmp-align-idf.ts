import { resolveAlignOptions } from './src/align/align-options.ts';
import { buildQuestionIndex } from './src/align/build-question-index.ts';
import { loadInterviewRubric } from './test/align/rubric-fixture.ts';
const rubric = loadInterviewRubric(); const o = resolveAlignOptions(); const idx = buildQuestionIndex(rubric, o);
console.log([...idx.idf].sort((a,b)=>a[1]-b[1]).slice(0,25).map(([s,v])=>`${s}:${v.toFixed(2)}`).join(' '));
console.log(idx.norms.map(n=>n.toFixed(1)).join(' '));
idx.weights.forEach((w,i)=>console.log(rubric.questions[i]!.id, [...w].filter(([,x])=>x>=1).map(([s])=>`${s}:${idx.idf.get(s)!.toFixed(2)}`).join(' ')));
