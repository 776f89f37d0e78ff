import { describe, expect, it } from 'vitest';
import { isQuestionLike } from './is-question-like.ts';

describe('isQuestionLike', () => {
  it.each([
    ['Why did you leave?', true],
    ['Great. Can you tell me about X?', true],
    ['Tell me about a time you failed.', true],
    ['Walk me through your design.', true],
    ['Describe the system', true],
    ['what made you choose postgres', true],
    ['He asked "why?"', true],
    ['When I joined, the team had no tests.', false],
    ['How we did it was simple.', false],
    ['I built a billing pipeline.', false],
    ['', false],
    ['¿Qué cambiarías hoy?', true],
    ['Cuéntame un incidente difícil.', true],
    ['Bonjour, pouvez-vous vous présenter ?', true],
    ["Parlez-moi d'un incident que vous avez géré.", true],
    ['Расскажите о системе, которую вы проектировали.', true],
    ['你遇到过最难的问题是什么？', true],
    ['你好，请先介绍一下你自己。', true],
    ['你是怎么发现这个问题的', true],
    ['支付系统里的并发问题。我们用唯一约束解决了。', false],
    ['Claro. Diseñé un servicio de facturación.', false],
  ])('%s → %s', (text, expected) => {
    expect(isQuestionLike(text)).toBe(expected);
  });
});
