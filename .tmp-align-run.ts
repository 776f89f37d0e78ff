import { alignAnswers } from './src/align/align-answers.ts';
import { loadInterviewRubric } from './test/align/rubric-fixture.ts';
import { makeTranscript, type TestTurn } from './test/align/make-transcript.ts';
const rubric = loadInterviewRubric();
const turns: TestTurn[] = [
  ['I', 'Hi Sam, thanks for joining. Can you hear me okay?'],
  ['C', 'Yes, loud and clear. Thanks for having me.'],
  ['I', 'Great. Before we dive in, tell me a bit about what you are working on right now.'],
  ['C', 'I lead a small team building a logistics platform in Python and Go.'],
  ['I', 'Nice. So, first one. How do you organize a large Python codebase so it stays maintainable?'],
  ['C', 'I split it into packages with clear boundaries, use dependency injection, and run mypy and ruff in CI.'],
  ['I', 'Mm-hm.'],
  ['C', 'And we keep a layered architecture: domain, services, adapters.'],
  ['I', 'Okay. Let\'s say you call a third-party payment API that is slow and throttles you. How do you design around that?'],
  ['C', 'Timeouts on every call, retries with exponential backoff and jitter, and idempotency keys.'],
  ['I', 'Can you say more about the retries?'],
  ['C', 'We only retry on 429 and 5xx, honour Retry-After, and cap attempts at five.'],
  ['I', 'How would a circuit breaker help there?'],
  ['C', 'It stops hammering the provider when it is down and lets us fail fast.'],
  ['I', 'Got it. Tell me about a project you are proud of.'],
  ['C', 'The route optimiser we shipped last year cut delivery times by ten percent.'],
  ['I', 'Question 9: microservices or monolith, what are the tradeoffs?'],
  ['C', 'Monoliths are simpler to run; microservices buy independent deploys at an operational cost.'],
  ['I', 'And when is a microservice too micro?'],
  ['C', 'When every change needs five teams to coordinate.'],
  ['I', 'Do you have any questions for us?'],
  ['C', 'What does on-call look like?'],
];
for (const s of alignAnswers(makeTranscript(turns), rubric)) console.log(JSON.stringify(s));
