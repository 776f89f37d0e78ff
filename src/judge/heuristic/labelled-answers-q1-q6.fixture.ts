/** Labelled answers to seed questions q1–q6 (see labelled-answers.fixture.ts). */
import type { LabelledAnswer } from './labelled-answers.fixture.ts';

const p = 'present';
const a = 'absent';
const u = 'unclear';

/** Four answers per question, q1–q6. */
export const LABELLED_Q1_Q6: readonly LabelledAnswer[] = [
  {
    question: 'q1',
    kind: 'strong',
    answer:
      'I organise the code base into packages by domain — billing, inventory, notifications — and each package exposes a small public interface so the boundaries are clear. Inside a package I keep layers separate: API handlers, a service layer with the business logic, and repositories for data access. Dependencies are passed in through constructors, which is basically dependency injection without a framework, so I can swap the real database for a fake in tests. On top of that we run ruff and mypy in CI and pytest on every pull request, so style and types stay consistent.',
    labels: { 'q1.g1': p, 'q1.g2': p, 'q1.g3': p, 'q1.r1': a, 'q1.r2': a },
  },
  {
    question: 'q1',
    kind: 'red',
    answer:
      "Honestly I just put functions in a file, and when the file gets too long I start a second one. I haven't really needed anything more than that so far.",
    labels: { 'q1.g1': a, 'q1.g2': a, 'q1.g3': a, 'q1.r1': p, 'q1.r2': p },
  },
  {
    question: 'q1',
    kind: 'vague',
    answer:
      'I try to keep things clean and readable, use good names, and follow best practices that the team agrees on. Code reviews help a lot with keeping quality up over time.',
    labels: { 'q1.g1': a, 'q1.g2': a, 'q1.g3': a, 'q1.r1': a, 'q1.r2': p },
  },
  {
    question: 'q1',
    kind: 'negated',
    answer:
      "We didn't have any tests or linting on that project, and there was no type checking either, so the code base grew into one big module that everyone was afraid to touch. These days I'd split it into packages with clear boundaries.",
    labels: { 'q1.g1': p, 'q1.g2': a, 'q1.g3': a, 'q1.r1': a, 'q1.r2': a },
  },
  {
    question: 'q2',
    kind: 'strong',
    answer:
      "The classic one is using a mutable default argument, like def add(item, items=[]), because the default list is created once and shared between calls. I use None as the default and create a new list inside. I also copy inputs defensively when a function shouldn't have side effects on the caller's data.",
    labels: { 'q2.g1': p, 'q2.g2': p, 'q2.r1': a, 'q2.r2': a },
  },
  {
    question: 'q2',
    kind: 'red',
    answer:
      "Python passes everything by value, so if you change a list inside a function the caller never sees it. Because of that I don't really worry about mutability; it's more of a concern in languages like C++.",
    labels: { 'q2.g1': a, 'q2.g2': a, 'q2.r1': p, 'q2.r2': p },
  },
  {
    question: 'q2',
    kind: 'hypothetical',
    answer:
      "I've read about the mutable default argument thing but I'm not sure I've ever hit it. I guess you should copy things before changing them.",
    labels: { 'q2.g1': u, 'q2.g2': u, 'q2.r1': u, 'q2.r2': a },
  },
  {
    question: 'q2',
    kind: 'mixed',
    answer:
      'Mutability can cause subtle bugs, especially when two parts of the code hold a reference to the same dict and one of them modifies it. I try to return new objects instead of changing the ones I was given.',
    labels: { 'q2.g1': a, 'q2.g2': p, 'q2.r1': p, 'q2.r2': a },
  },
  {
    question: 'q3',
    kind: 'strong',
    answer:
      "Mostly in tests: pytest's monkeypatch fixture or unittest.mock.patch to swap out a clock or an HTTP client. Occasionally as a temporary patch for a bug in a third-party library until upstream ships a fix, with a ticket to remove it. In production code it's dangerous because nobody reading the module can see that the behaviour was replaced, which hurts readability and makes debugging really hard.",
    labels: { 'q3.g1': p, 'q3.g2': p, 'q3.r1': a, 'q3.r2': a },
  },
  {
    question: 'q3',
    kind: 'red',
    answer:
      "I use monkey patching in production logic quite a lot, for example to change how a library serializes dates, because it's quicker than forking it. It works fine as long as you patch early at startup.",
    labels: { 'q3.g1': a, 'q3.g2': a, 'q3.r1': p, 'q3.r2': p },
  },
  {
    question: 'q3',
    kind: 'negated',
    answer:
      "I never monkey patch outside of tests; in tests I mock the network layer. I don't see readability as a risk there because the patch is scoped to the test.",
    labels: { 'q3.g1': p, 'q3.g2': a, 'q3.r1': a, 'q3.r2': a },
  },
  {
    question: 'q3',
    kind: 'vague',
    answer:
      "It can be handy sometimes but you have to be careful with it. I'd use it when there's no other option.",
    labels: { 'q3.g1': a, 'q3.g2': a, 'q3.r1': a, 'q3.r2': u },
  },
  {
    question: 'q4',
    kind: 'strong',
    answer:
      "Two customers can check out the last item at the same time, so the reservation can be double booked. I'd do the decrement inside a database transaction with SELECT FOR UPDATE, or use optimistic concurrency with a version column, because we run several instances of the service and an in-process lock won't help.",
    labels: { 'q4.g1': p, 'q4.g2': p, 'q4.r1': a, 'q4.r2': a },
  },
  {
    question: 'q4',
    kind: 'red',
    answer:
      "Race conditions aren't really an issue in Python because of the GIL, so I wouldn't worry about it. The checkout handler runs one request at a time per worker and the ORM saves the order at the end.",
    labels: { 'q4.g1': a, 'q4.g2': a, 'q4.r1': p, 'q4.r2': p },
  },
  {
    question: 'q4',
    kind: 'mixed',
    answer:
      "The main race is two people reserving the last seat concurrently. I'd put a lock around the reservation code in the service.",
    labels: { 'q4.g1': p, 'q4.g2': p, 'q4.r1': a, 'q4.r2': p },
  },
  {
    question: 'q4',
    kind: 'negated',
    answer:
      "We didn't use transactions or locks at all in that system, and honestly I don't think it ever mattered much for our fairly modest amount of traffic.",
    labels: { 'q4.g1': a, 'q4.g2': a, 'q4.r1': a, 'q4.r2': p },
  },
  {
    question: 'q5',
    kind: 'strong',
    answer:
      'At my last job we integrated with a payments provider that was pretty flaky. We wrapped every call with a timeout of two seconds and retried with exponential backoff and jitter, but only for idempotent operations, and we sent an idempotency key so a retry never double-charged anyone. When the provider returned 429s we respected the Retry-After header. We also had a circuit breaker so that when their error rate spiked we failed fast.',
    labels: { 'q5.g1': p, 'q5.g2': p, 'q5.r1': a, 'q5.r2': a },
  },
  {
    question: 'q5',
    kind: 'red',
    answer: "Honestly I'd just call the API and hope it works. If it fails, the user can try again.",
    labels: { 'q5.g1': a, 'q5.g2': a, 'q5.r1': p, 'q5.r2': p },
  },
  {
    question: 'q5',
    kind: 'negated',
    answer:
      'We never had retries or timeouts on that integration, and there was no circuit breaker, so when the vendor went down our whole checkout went down with it. We basically called the API directly from the request handler and returned whatever it gave us to the frontend.',
    labels: { 'q5.g1': a, 'q5.g2': a, 'q5.r1': a, 'q5.r2': p },
  },
  {
    question: 'q5',
    kind: 'hypothetical',
    answer:
      "I've heard of circuit breakers but never used them. I think you could maybe add some retries, I guess.",
    labels: { 'q5.g1': u, 'q5.g2': a, 'q5.r1': a, 'q5.r2': u },
  },
  {
    question: 'q6',
    kind: 'strong',
    answer:
      'Scaling for me means handling more load without latency falling apart, and first finding the bottleneck from metrics rather than guessing. On one system the database was the bottleneck, so we added a Redis cache for product pages and partitioned the orders table by region. Vertical scaling, a bigger machine, bought us time, but horizontal scaling behind a load balancer is what let us grow, once the app servers were stateless.',
    labels: { 'q6.g1': p, 'q6.g2': p, 'q6.r1': a, 'q6.r2': a },
  },
  {
    question: 'q6',
    kind: 'red',
    answer:
      "Scaling just means handling more users. When the site got slow we'd just add more servers, and that always fixed it.",
    labels: { 'q6.g1': a, 'q6.g2': a, 'q6.r1': p, 'q6.r2': p },
  },
  {
    question: 'q6',
    kind: 'vague',
    answer:
      'Scaling is about making sure the system can grow with the business. We scaled our platform a lot over the last two years as the customer base grew and it went fine.',
    labels: { 'q6.g1': a, 'q6.g2': a, 'q6.r1': a, 'q6.r2': p },
  },
  {
    question: 'q6',
    kind: 'mixed',
    answer:
      'We scaled vertically at first by moving to a bigger database instance. Then we cached the expensive queries.',
    labels: { 'q6.g1': a, 'q6.g2': p, 'q6.r1': a, 'q6.r2': u },
  },
];
