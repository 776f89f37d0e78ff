import { existsSync, readFileSync } from 'node:fs';
import { alignAnswers } from './src/align/align-answers.ts';
import { parseTranscript } from './src/transcript/parse-transcript.ts';
import { sidecarPathFor } from './src/transcript/transcript-id.ts';
import { loadInterviewRubric } from './test/align/rubric-fixture.ts';
const rubric = loadInterviewRubric();
const gold = JSON.parse(readFileSync('test/fixtures/alignment/gold.json','utf8'));
const ts = [];
for (const file of Object.keys(gold)) { const path = `transcripts/${file}`; const sc = sidecarPathFor(path);
  ts.push([file, await parseTranscript({ path, bytes: readFileSync(path), ...(existsSync(sc) ? { sidecar: readFileSync(sc,'utf8') } : {}) })] as const); }
const sq = (s: string) => s.replace(/\s+/g,' ').trim();
function acc(o: object) { let r = 0, n = 0; for (const [f, t] of ts) { const slots = alignAnswers(t, rubric, o); for (const [q, g] of Object.entries<any>(gold[f])) { n++; const s = slots.find(x=>x.question===q)!; if (g.asked ? s.status==='answered' && sq(s.answer).includes(sq(g.answerQuote)) : s.status==='not_asked') r++; } } return (r/n).toFixed(3); }
const variants: Record<string, object> = JSON.parse(process.argv[2] ?? "{}"); if (!Object.keys(variants).length) Object.assign(variants, { base: {}, noSyn: { useSynonyms: false }, noPrefix: { prefixWeight: 0 },
 min10: { minScore: 0.10, plausibleScore: 0.07 }, min12: { minScore: 0.12 }, min17: { minScore: 0.17 }, min20: { minScore: 0.2 }, min25: { minScore: 0.25 },
 flag25: { flagWeight: 0.25 }, flag50: { flagWeight: 0.5 }, floor4: { normFloor: 0.4 }, floor8: { normFloor: 0.8 }, margin10: { minMargin: 0.1 }, margin30: { minMargin: 0.3 },
 fuRatio4: { followUpSimilarityRatio: 0.4 }, fuRatio8: { followUpSimilarityRatio: 0.8 }, runner6: { runnerUpRatio: 0.6 }, runner9: { runnerUpRatio: 0.9 }, flagOnly1: { flagOnlyFactor: 1 }, stems2: { followUpMaxStems: 2 }, stems5: { followUpMaxStems: 5 } });
for (const [k, v] of Object.entries(variants)) console.log(k.padEnd(10), acc(v));
