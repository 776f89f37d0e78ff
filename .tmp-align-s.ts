import { resolveAlignOptions } from './src/align/align-options.ts';
import { buildQuestionIndex } from './src/align/build-question-index.ts';
import { scoreStems } from './src/align/score-text.ts';
import { tokenizeText } from './src/align/tokenize-text.ts';
import { loadInterviewRubric } from './test/align/rubric-fixture.ts';
const rubric = loadInterviewRubric();
const o = resolveAlignOptions();
const idx = buildQuestionIndex(rubric, o);
console.log(idx.norms.map(n=>n.toFixed(1)).join(' '));
const probes: [string,string][] = [
 ['q1','So how do you organize a big Python codebase so it stays maintainable over time?'],
 ['q1','Tell me about how you lay out a large Python project. What conventions do you follow?'],
 ['q2','What gotchas have you hit with mutable objects in Python?'],
 ['q2','Have you ever been bitten by a default argument that was a list?'],
 ['q3','How do you feel about monkeypatching?'],
 ['q3','Is it ever okay to patch a module at runtime, say in tests?'],
 ['q4','Going back to the booking system you sketched earlier, where could two requests step on each other, and how would you stop that?'],
 ['q4','In your design, what happens if two users try to reserve the last item at the same time?'],
 ['q5','Let\'s say you depend on a third-party payment API that is slow and throttles you. How do you build around that?'],
 ['q5','How do you deal with calling external services that can be slow or fail?'],
 ['q6','What does scalability mean to you, and can you tell me about a time you scaled something?'],
 ['q6','When people say a system needs to scale, what do you take that to mean?'],
 ['q7','How would you go about testing something distributed, beyond unit tests?'],
 ['q7','Unit tests only get you so far. How do you test a system made of many services talking over the network?'],
 ['q8','How do you notice when one dependency is degraded, and what do you do about it?'],
 ['q8','Walk me through detecting and recovering when part of the system is slow or unhealthy.'],
 ['q9','Microservices versus a monolith: what are the real tradeoffs?'],
 ['q9','When would you pick a monolith over splitting into services?'],
 ['q10','Can a service be too small? What does that look like?'],
 ['q10','How do you know you have split things too finely?'],
 ['q11','When does it make sense to build something in-house rather than use a library?'],
 ['q11','How do you decide between writing your own solution and using an existing one?'],
 ['-','Tell me about a project you are proud of.'],
 ['-','Do you have any questions for us?'],
 ['-','What are you working on right now at your current job?'],
 ['-','Why are you looking to leave?'],
 ['fu','Can you say more about the retries?'],
 ['fu','How would a circuit breaker help there?'],
 ['fu','And how did you measure that?'],
];
for (const [want, text] of probes) {
  const s = scoreStems(new Set(tokenizeText(text)), idx, o);
  const order = s.map((v,i)=>[v,i] as const).sort((a,b)=>b[0]-a[0]);
  const [a,b] = order;
  console.log(want.padEnd(4), `${rubric.questions[a![1]]!.id}=${a![0].toFixed(2)} ${rubric.questions[b![1]]!.id}=${b![0].toFixed(2)}`, '|', tokenizeText(text).join(' '));
}
