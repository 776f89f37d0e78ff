import { existsSync, readFileSync } from 'node:fs';
import { resolveAlignOptions } from './src/align/align-options.ts';
import { buildQuestionIndex } from './src/align/build-question-index.ts';
import { decideBlocks } from './src/align/decide-blocks.ts';
import { describeBlocks } from './src/align/describe-blocks.ts';
import { groupTurns } from './src/align/group-turns.ts';
import { scoreStems } from './src/align/score-text.ts';
import { alignAnswers } from './src/align/align-answers.ts';
import { parseTranscript } from './src/transcript/parse-transcript.ts';
import { sidecarPathFor } from './src/transcript/transcript-id.ts';
import { loadInterviewRubric } from './test/align/rubric-fixture.ts';
const rubric = loadInterviewRubric();
const o = resolveAlignOptions();
const idx = buildQuestionIndex(rubric, o);
const gold = JSON.parse(readFileSync('test/fixtures/alignment/gold.json','utf8'));
for (const file of process.argv.slice(2)) {
  const path = `transcripts/${file}`; const sc = sidecarPathFor(path);
  const t = await parseTranscript({ path, bytes: readFileSync(path), ...(existsSync(sc) ? { sidecar: readFileSync(sc,'utf8') } : {}) });
  console.log('=====', file, JSON.stringify(t.roles));
  const layout = groupTurns(t.turns);
  const f = describeBlocks(t.turns, layout, rubric, idx, o);
  const d = decideBlocks(f, idx, o);
  const byFirst = new Map(f.map((x, i) => [x.block.first, i]));
  t.turns.forEach((turn, i) => {
    const b = byFirst.get(i);
    let extra = '';
    if (b !== undefined) {
      const fe = f[b]!; const dec = d[b]!;
      const order = fe.scores.map((v,q)=>[v,q] as const).sort((a,c)=>c[0]-a[0]);
      const rs = scoreStems(fe.replyStems, idx, o); const ro = rs.map((v,q)=>[v,q] as const).sort((a,c)=>c[0]-a[0]);
      extra = ` R:${ro.slice(0,3).map(([v,q])=>rubric.questions[q]!.id+'='+v.toFixed(2)).join(' ')} <<${dec.kind}${dec.kind==='ask'?':'+dec.questions.map(q=>rubric.questions[q]!.id).join(','):''}>> ${order.slice(0,3).map(([v,q])=>rubric.questions[q]!.id+'='+v.toFixed(2)).join(' ')} ${fe.markers.length?'M'+fe.markers:''}${fe.followUpCue?' FU':''}${fe.backChannel?' BC':''}${fe.transition?' TR':''}`;
    }
    const quotes = Object.entries(gold[file] ?? {}).filter(([,g]: any) => g.asked && turn.text.replace(/\s+/g,' ').includes(g.answerQuote)).map(([q]) => q);
    console.log(`${String(i).padStart(3)} ${turn.role.slice(0,4).padEnd(4)} ${quotes.length? '['+quotes.join(',')+']':''} ${turn.text.replace(/\s+/g,' ').slice(0, 150)}${extra}`);
  });
  for (const s of alignAnswers(t, rubric)) { const g = gold[file]?.[s.question]; console.log(`   ${s.question} gold=${g?.asked?'asked':'no'} -> ${s.status} ${JSON.stringify(s.turns)} at=${s.askedAt} c=${s.confidence} ${s.note ?? ''}`); }
}
