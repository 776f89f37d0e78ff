/**
 * Interviewer lines written for the aligner's scorer, independent of the sample interviews: how
 * people actually ask the bundled rubric's questions (rarely in its words), wrapped in the usual
 * small talk, plus lines that ask nothing from the rubric. `expected` is a question id, or null.
 */
export const PARAPHRASE_PROBES: ReadonlyArray<{ readonly expected: string | null; readonly text: string }> = [
  {
    expected: 'q1',
    text: 'So how do you organize a big Python codebase so it stays maintainable over time?',
  },
  {
    expected: 'q1',
    text: 'Tell me about how you lay out a large Python project. What conventions do you follow?',
  },
  {
    expected: 'q1',
    text: 'Cool. When a Python service grows to a few hundred thousand lines, what keeps it from turning into spaghetti?',
  },
  {
    expected: 'q1',
    text: 'What practices do you rely on to keep Python code maintainable as a system grows?',
  },
  { expected: 'q2', text: 'What gotchas have you hit with mutable objects in Python?' },
  { expected: 'q2', text: 'Have you ever been bitten by a default argument that was a list?' },
  {
    expected: 'q2',
    text: 'Python lets you mutate almost anything. What problems does that cause, and how do you avoid them?',
  },
  { expected: 'q3', text: 'How do you feel about monkeypatching?' },
  { expected: 'q3', text: 'Is it ever okay to patch a module at runtime, say in tests?' },
  { expected: 'q3', text: 'Monkey-patching: useful trick or a liability? Where do you draw the line?' },
  {
    expected: 'q4',
    text: 'Going back to the booking system you sketched earlier, where could two requests step on each other, and how would you stop that?',
  },
  {
    expected: 'q4',
    text: 'In your design, what happens if two users try to reserve the last item at the same time?',
  },
  {
    expected: 'q4',
    text: 'Where are the race conditions in the checkout flow you just drew, and how do you prevent them?',
  },
  {
    expected: 'q5',
    text: "Let's say you depend on a third-party payment API that is slow and throttles you. How do you build around that?",
  },
  {
    expected: 'q5',
    text: 'How do you design an integration with an external API that has rate limits and high latency?',
  },
  {
    expected: 'q5',
    text: 'Have you integrated with a flaky external provider? How did you handle timeouts and rate limiting?',
  },
  {
    expected: 'q6',
    text: 'What does scalability mean to you, and can you tell me about a time you scaled something?',
  },
  { expected: 'q6', text: 'When people say a system needs to scale, what do you take that to mean?' },
  {
    expected: 'q6',
    text: 'Give me an example of a real system you had to scale up. What did scaling mean there?',
  },
  { expected: 'q7', text: 'How would you go about testing something distributed, beyond unit tests?' },
  {
    expected: 'q7',
    text: 'Unit tests only get you so far. How do you test a system made of many services talking over the network?',
  },
  { expected: 'q7', text: 'What does your testing strategy look like for a distributed system?' },
  { expected: 'q8', text: 'How do you notice when one dependency is degraded, and what do you do about it?' },
  {
    expected: 'q8',
    text: 'Walk me through detecting and recovering when part of the system is slow or unhealthy.',
  },
  {
    expected: 'q8',
    text: 'Say one component in your system starts responding slowly. How do you find out, and how do you recover?',
  },
  { expected: 'q9', text: 'Microservices versus a monolith: what are the real tradeoffs?' },
  { expected: 'q9', text: 'When would you pick a monolith over microservices?' },
  { expected: 'q9', text: 'How do you decide between a monolithic architecture and microservices?' },
  { expected: 'q10', text: 'Can a microservice be too small? What does that look like?' },
  { expected: 'q10', text: 'How do you know you have split your services too finely?' },
  { expected: 'q10', text: 'When is a service too micro, in your experience?' },
  { expected: 'q11', text: 'When does it make sense to build something in-house rather than use a library?' },
  { expected: 'q11', text: 'How do you decide between writing your own solution and using an existing one?' },
  { expected: 'q11', text: 'Is reinventing the wheel ever justified?' },
  { expected: null, text: 'Tell me about a project you are proud of.' },
  { expected: null, text: 'Do you have any questions for us?' },
  { expected: null, text: 'What are you working on right now at your current job?' },
  { expected: null, text: 'Why are you looking to leave?' },
  { expected: null, text: 'How was your weekend? Did you do anything fun?' },
  { expected: null, text: 'Before we start, can you give me a quick overview of your background?' },
  { expected: null, text: 'What kind of team are you hoping to join next?' },
  { expected: null, text: "Great, thanks. That's all the questions I had." },
  { expected: null, text: 'Can you hear me okay? Let me know if the connection drops.' },
  { expected: null, text: 'What are your salary expectations for this role?' },
];
