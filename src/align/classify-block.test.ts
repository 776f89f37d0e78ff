import { describe, expect, it } from 'vitest';
import {
  hasAgendaCue,
  hasClosingCue,
  hasFollowUpCue,
  hasTransitionCue,
  isBackChannel,
  isQuestionLike,
} from './classify-block.ts';

describe('isBackChannel', () => {
  it.each([
    ['Mm-hm.', true],
    ['Right, right.', true],
    ['Okay, got it, makes sense.', true],
    ['Interesting. Go on.', true],
    ['Mm-hm. Did that fix it?', false],
    ['Assume several instances.', false],
  ])('%j → %s', (text, expected) => {
    expect(isBackChannel(text)).toBe(expected);
  });
});

describe('hasTransitionCue', () => {
  it.each([
    ['Okay, moving on.', true],
    ["Let's switch gears a bit.", true],
    ['Tell me about a project you are proud of.', true],
    ['What are your salary expectations?', true],
    ['Do you have any questions for us?', true],
    ['Can you say more about the retries?', false],
    ['How do you detect it?', false],
  ])('%j → %s', (text, expected) => {
    expect(hasTransitionCue(text)).toBe(expected);
  });
});

describe('hasClosingCue', () => {
  it.each([
    ['Any questions for me?', true],
    ['Great. Any questions?', true],
    ['What questions do you have for us?', true],
    ["That's all my technical questions.", true],
    ['Thanks, that is all from my side.', true],
    ["We're almost at time, anything you want to ask me?", true],
    ['Any questions about the retries before we go on with latency?', false],
    ['How do you test a distributed system?', false],
  ])('%j → %s', (text, expected) => {
    expect(hasClosingCue(text)).toBe(expected);
  });
});

describe('hasFollowUpCue', () => {
  it.each([
    ['Can you say more about the retries?', true],
    ['What about the database?', true],
    ['And how do you recover?', true],
    ['So when would you split?', true],
    ['How would a circuit breaker help there?', true],
    ['Then what?', true],
    ['You mentioned Kafka earlier. Why Kafka?', true],
    ['Tell me about a project you are proud of.', false],
    [
      'What are some pitfalls around mutability in Python, and how do you avoid them in a large codebase?',
      false,
    ],
  ])('%j → %s', (text, expected) => {
    expect(hasFollowUpCue(text)).toBe(expected);
  });
});

describe('isQuestionLike', () => {
  it.each([
    ['Where could race conditions occur?', true],
    ['Walk me through how you detect partial failures.', true],
    ['Okay, so tell me about scaling.', true],
    ['Assume several instances behind a load balancer.', false],
  ])('%j → %s', (text, expected) => {
    expect(isQuestionLike(text)).toBe(expected);
  });
});

describe('hasAgendaCue', () => {
  it.each([
    ["So the plan for today: I'll ask about code and design. Sound good?", true],
    ["We'll talk about a couple of systems you've worked on.", true],
    ['How do you design for latency?', false],
  ])('%j → %s', (text, expected) => {
    expect(hasAgendaCue(text)).toBe(expected);
  });
});
