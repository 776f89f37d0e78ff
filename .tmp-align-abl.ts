import { existsSync, readFileSync } from 'node:fs';
import { alignAnswers } from './src/align/align-answers.ts';
import { PHRASE_SYNONYMS, STEM_SYNONYMS } from './src/align/paraphrase-synonyms.ts';
import { parseTranscript } from './src/transcript/parse-transcript.ts';
import { sidecarPathFor } from './src/transcript/transcript-id.ts';
import { loadInterviewRubric } from './test/align/rubric-fixture.ts';
const rubric = loadInterviewRubric();
const gold = JSON.parse(readFileSync('test/fixtures/alignment/gold.json','utf8'));
const ts = [];
for (const file of Object.keys(gold)) { const path = `transcripts/${file}`; const sc = sidecarPathFor(path);
  ts.push([file, await parseTranscript({ path, bytes: readFileSync(path), ...(existsSync(sc) ? { sidecar: readFileSync(sc,'utf8') } : {}) })] as const); }
const sq = (s: string) => s.replace(/\s+/g,' ').trim();
function acc() { let r = 0; for (const [f, t] of ts) { const slots = alignAnswers(t, rubric); for (const [q, g] of Object.entries<any>(gold[f])) { const s = slots.find(x=>x.question===q)!; if (g.asked ? s.status==='answered' && sq(s.answer).includes(sq(g.answerQuote)) : s.status==='not_asked') r++; } } return r; }
const base = acc(); console.log('base', base);
const arr = PHRASE_SYNONYMS as any[];
for (let i = 0; i < arr.length; i++) { const [e] = arr.splice(i, 1); const a = acc(); arr.splice(i, 0, e); if (a !== base) console.log('phrase', String(e[0]).slice(0,60), a - base); }
const m = STEM_SYNONYMS as Map<string,string>;
for (const [k, v] of [...m]) { m.delete(k); const a = acc(); m.set(k, v); if (a !== base) console.log('stem', k, v, a - base); }
