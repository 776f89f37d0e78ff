import type { TestTurn } from './make-transcript.ts';

/**
 * Three short interviews written after the aligner was tuned on the bundled samples and never
 * used to tune it: a second, independent check that it has not learnt one author's wording.
 * `asked` maps each asked question to a fragment of the candidate's answer; every other
 * question of the rubric was not asked.
 */
export const HOLDOUT_INTERVIEWS: ReadonlyArray<{
  readonly name: string;
  readonly turns: readonly TestTurn[];
  readonly asked: Readonly<Record<string, string>>;
}> = [
  {
    name: 'casual backend',
    asked: {
      q2: 'the default list argument',
      q7: 'consumer-driven contract tests',
      q8: 'alert on p99 per dependency',
      q11: 'we wrote our own job scheduler',
    },
    turns: [
      ['I', 'Hey! Can you hear me alright?'],
      ['C', 'Yep, all good.'],
      ['I', "Cool. So I've got a handful of questions, mostly about how you build stuff. Sound okay?"],
      ['C', 'Sounds good.'],
      [
        'I',
        "Let's kick off with something Python-specific. In your experience, what goes wrong when people pass lists or dicts around carelessly?",
      ],
      ['C', 'The classic is the default list argument that silently collects items across calls.'],
      ['I', 'Uh-huh.'],
      ['C', 'And aliasing: a helper modifies a dict that the caller still holds.'],
      ['I', 'How do you guard against that in code review?'],
      ['C', 'We ask for tuples or frozen dataclasses at module boundaries.'],
      [
        'I',
        'Nice. Your team runs a bunch of services, right? How do you make sure the whole thing works together before shipping, not just each piece?',
      ],
      ['C', 'We rely on consumer-driven contract tests, plus an end-to-end suite on every merge.'],
      ['I', 'Any chaos experiments?'],
      ['C', 'Game days once a month where we kill a database replica.'],
      ['I', 'What would you say is the biggest thing you learned at your current company?'],
      ['C', 'Write decisions down. Nobody remembers why anything was done.'],
      [
        'I',
        'Fair. Okay, imagine a service you call starts answering in thirty seconds instead of two hundred milliseconds. What is your playbook?',
      ],
      ['C', 'First we would see it, because we alert on p99 per dependency, not just on errors.'],
      ['I', 'And how do you stop it from dragging everything else down?'],
      ['C', 'Separate connection pools, and a breaker that opens after a few slow calls.'],
      [
        'I',
        'Last one from me: when have you decided to write your own thing instead of grabbing an open-source package?',
      ],
      ['C', 'Once: we wrote our own job scheduler because nothing handled our tenant quotas.'],
      ['I', 'Thanks! Do you have any questions for me?'],
      ['C', 'How big is the team?'],
      ['I', 'Eight engineers, two of them in Lisbon.'],
      ['C', 'Great, thanks.'],
    ],
  },
  {
    name: 'numbered questions',
    asked: {
      q3: 'only inside tests',
      q4: 'a unique constraint on spot and time slot',
      q6: 'we added read replicas',
      q9: 'deployable until the teams step on each other',
    },
    turns: [
      ['I', 'Morning! We are on a tight schedule today, so I will go straight down our list.'],
      ['C', 'Sure, go ahead.'],
      ['I', 'Alright, question three on our sheet: monkey patching. Good idea or bad idea?'],
      ['C', 'Mostly bad. I use it only inside tests, to freeze time or fake a client.'],
      ['I', 'Q4. In the parking app you sketched, what happens when two drivers grab the same spot at once?'],
      ['C', 'Both could read it as free. I would put a unique constraint on spot and time slot.'],
      ['I', 'Okay.'],
      ['C', 'And the payment step retries with an idempotency key, so a double charge cannot happen.'],
      ['I', 'How would you describe what it means for an app like that to scale?'],
      ['C', 'Knowing which resource saturates first. For us it was the database, so we added read replicas.'],
      ['I', 'Question 9: one big app or lots of small services. How do you choose?'],
      ['C', 'One deployable until the teams step on each other, then split along team lines.'],
      ['I', 'Thanks, that is all from my side.'],
      ['C', 'Thank you!'],
    ],
  },
  {
    name: 'clarifications and asides',
    asked: {
      q1: 'import-linter contracts between layers',
      q5: 'token bucket in front of the vendor client',
      q9: 'modular monolith first',
      q10: 'three services that always deploy together',
    },
    turns: [
      ['I', 'Thanks for coming in. Did you find the office okay?'],
      ['C', 'Yes, the receptionist sent me up.'],
      ['I', 'How do you keep a big Python codebase from rotting as more people work on it?'],
      ['C', 'Clear layers, and import-linter contracts between layers so nobody reaches across.'],
      ['I', 'Do those checks run locally or only in CI?'],
      ['C', 'Both, through pre-commit.'],
      ['I', "What's your notice period at the moment?"],
      ['C', 'One month.'],
      [
        'I',
        'Tell me how you deal with third-party APIs that are slow or throttle you. Timeouts, rate limiting, that kind of thing.',
      ],
      ['C', 'Do you mean for synchronous user requests, or background jobs?'],
      ['I', 'Let us say user-facing.'],
      [
        'C',
        'Then short timeouts with a cached fallback, and a token bucket in front of the vendor client so we never exceed their quota.',
      ],
      ['I', 'Where do you land on microservices versus a monolith?'],
      ['C', 'A modular monolith first, and services only where the scaling needs really differ.'],
      ['I', 'And how small is too small for a service?'],
      ['C', 'If you have three services that always deploy together, they are one service.'],
      ['I', 'Great. We are almost at time, anything you want to ask me?'],
      ['C', 'What is the on-call rotation like?'],
    ],
  },
];
