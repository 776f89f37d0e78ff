/** Labelled answers to seed questions q7–q11 (see labelled-answers.fixture.ts). */
import type { LabelledAnswer } from './labelled-answers.fixture.ts';

const p = 'present';
const a = 'absent';
const u = 'unclear';

/** Four answers per question, q7–q11. */
export const LABELLED_Q7_Q11: readonly LabelledAnswer[] = [
  {
    question: 'q7',
    kind: 'strong',
    answer:
      'Beyond unit tests we run integration tests against real Postgres and Kafka in containers, and contract tests between services. In staging we do chaos testing with failure injection — killing pods, adding latency, dropping packets — to see whether timeouts and retries behave. None of that is useful without observability, so every request carries a trace ID and we can follow it across services in Jaeger.',
    labels: { 'q7.g1': p, 'q7.g2': p, 'q7.r1': a, 'q7.r2': a },
  },
  {
    question: 'q7',
    kind: 'red',
    answer:
      "Honestly, unit tests are enough if you mock the other services properly. Integration tests are slow and flaky, so we don't bother with them.",
    labels: { 'q7.g1': a, 'q7.g2': a, 'q7.r1': p, 'q7.r2': a },
  },
  {
    question: 'q7',
    kind: 'hypothetical',
    answer:
      "I've heard about chaos engineering, like Netflix's Chaos Monkey, but I'm not sure how you'd set it up. Maybe some logging would help too?",
    labels: { 'q7.g1': u, 'q7.g2': u, 'q7.r1': a, 'q7.r2': u },
  },
  {
    question: 'q7',
    kind: 'negated',
    answer:
      "We don't have integration tests or tracing yet; everything is covered by unit tests with mocks, which has worked for us so far.",
    labels: { 'q7.g1': a, 'q7.g2': a, 'q7.r1': u, 'q7.r2': p },
  },
  {
    question: 'q8',
    kind: 'strong',
    answer:
      "Every call to a dependency has a timeout, and retries are limited and use backoff so we don't make an overload worse. We put slow dependencies behind bulkheads — separate connection pools — and a circuit breaker opens when the error rate crosses a threshold. A slow component is actually worse than a failed one, because a dead service fails fast while a slow one ties up threads, so we alert on latency percentiles, not just on health checks.",
    labels: { 'q8.g1': p, 'q8.g2': p, 'q8.r1': a, 'q8.r2': a },
  },
  {
    question: 'q8',
    kind: 'red',
    answer:
      "A component is either up or down, so we rely on the health check. If it's down, Kubernetes restarts it and that's it.",
    labels: { 'q8.g1': a, 'q8.g2': a, 'q8.r1': p, 'q8.r2': p },
  },
  {
    question: 'q8',
    kind: 'vague',
    answer:
      "I'd look at the logs and dashboards to see which service is having problems, then fix it or roll back the last deploy.",
    labels: { 'q8.g1': a, 'q8.g2': a, 'q8.r1': a, 'q8.r2': p },
  },
  {
    question: 'q8',
    kind: 'hypothetical',
    answer: "We have timeouts on every HTTP call. I've read about bulkheads but never used them.",
    labels: { 'q8.g1': p, 'q8.g2': a, 'q8.r1': a, 'q8.r2': u },
  },
  {
    question: 'q9',
    kind: 'strong',
    answer:
      "I wouldn't say microservices are always better. For a small team a monolith is usually the better choice because you avoid the operational overhead of deploying and monitoring twenty services. Microservices pay off when you have many teams that need independent ownership and different scaling characteristics.",
    labels: { 'q9.g1': p, 'q9.g2': p, 'q9.r1': a, 'q9.r2': a },
  },
  {
    question: 'q9',
    kind: 'red',
    answer: 'Microservices are always better, they scale and every team can deploy on their own.',
    labels: { 'q9.g1': a, 'q9.g2': a, 'q9.r1': p, 'q9.r2': p },
  },
  {
    question: 'q9',
    kind: 'distanced',
    answer:
      "Some people say microservices are always better, but that's a myth. A monolith is simpler to run and debug until the team gets big.",
    labels: { 'q9.g1': u, 'q9.g2': p, 'q9.r1': a, 'q9.r2': a },
  },
  {
    question: 'q9',
    kind: 'negated',
    answer:
      "I don't think ownership or operational overhead really matter; we split everything into services from day one because that's simply how modern systems are built.",
    labels: { 'q9.g1': a, 'q9.g2': a, 'q9.r1': u, 'q9.r2': p },
  },
  {
    question: 'q10',
    kind: 'strong',
    answer:
      "It's too micro when a single feature needs coordinated changes across five services and a release train to ship them together. Another sign is when the service boundaries don't match the domain boundaries, so one business concept like an order is smeared over several services that all share a database.",
    labels: { 'q10.g1': p, 'q10.g2': p, 'q10.r1': a, 'q10.r2': a },
  },
  {
    question: 'q10',
    kind: 'red',
    answer:
      'I like to split services as small as possible, basically one service per database table, just for the sake of keeping each one tiny.',
    labels: { 'q10.g1': a, 'q10.g2': a, 'q10.r1': p, 'q10.r2': p },
  },
  {
    question: 'q10',
    kind: 'vague',
    answer: 'When it gets too small, I guess. It depends on the team.',
    labels: { 'q10.g1': a, 'q10.g2': a, 'q10.r1': u, 'q10.r2': a },
  },
  {
    question: 'q10',
    kind: 'mixed',
    answer:
      "If every change means coordinating deploys across many services, the split is too fine-grained. I haven't done much domain-driven design myself though.",
    labels: { 'q10.g1': p, 'q10.g2': a, 'q10.r1': u, 'q10.r2': a },
  },
  {
    question: 'q11',
    kind: 'strong',
    answer:
      "Reinventing makes sense when no existing library meets our constraints, for example we wrote our own rate limiter because the open source ones couldn't handle our latency requirements, or when security concerns rule out a dependency. It's a trap when a mature, well-tested library already solves the problem; then building it yourself just adds maintenance.",
    labels: { 'q11.g1': p, 'q11.g2': p, 'q11.r1': a, 'q11.r2': a },
  },
  {
    question: 'q11',
    kind: 'red',
    answer:
      'I always build it myself. Libraries come with bloat and I like knowing exactly what my code does.',
    labels: { 'q11.g1': a, 'q11.g2': a, 'q11.r1': p, 'q11.r2': a },
  },
  {
    question: 'q11',
    kind: 'red',
    answer:
      'Always use libraries. Somebody has already solved your problem better than you will, so writing your own code is a waste of time.',
    labels: { 'q11.g1': a, 'q11.g2': u, 'q11.r1': a, 'q11.r2': p },
  },
  {
    question: 'q11',
    kind: 'hypothetical',
    answer: "I'm not sure, I've never really had to decide that. Maybe when the library is too slow?",
    labels: { 'q11.g1': u, 'q11.g2': a, 'q11.r1': a, 'q11.r2': a },
  },
];
