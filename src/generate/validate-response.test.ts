import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { validateResponse } from './validate-response.js';

const schema = z.object({ text: z.string().trim().min(1) });
const answer = (content: string | null, extra: { refusal?: string; finishReason?: string } = {}) => ({
  content,
  refusal: extra.refusal ?? null,
  finishReason: extra.finishReason ?? 'stop',
  usage: { promptTokens: 1, completionTokens: 1 },
  model: 'm',
});

describe('validateResponse', () => {
  it('accepts a valid answer and drops keys the schema does not have', () => {
    expect(validateResponse(answer('{"text":"ok","label":"positive"}'), schema)).toEqual({ ok: true, value: { text: 'ok' }, repaired: false });
  });

  it('repairs a Markdown code fence or prose around one object without a new request', () => {
    expect(validateResponse(answer('```json\n{"text":"ok"}\n```'), schema)).toEqual({ ok: true, value: { text: 'ok' }, repaired: true });
    expect(validateResponse(answer('Here you go: {"text":"ok"} Hope it helps!'), schema)).toEqual({ ok: true, value: { text: 'ok' }, repaired: true });
  });

  it('says why an answer cannot be used', () => {
    expect(validateResponse(answer(null, { refusal: "I can't help with that." }), schema)).toEqual({
      ok: false,
      reason: "the model refused: I can't help with that.",
      refused: true,
    });
    expect(validateResponse(answer('{"text":"cut sh', { finishReason: 'length' }), schema)).toMatchObject({
      ok: false,
      reason: 'the answer was cut off at the token limit before its JSON was complete (raise provider.maxTokens)',
    });
    expect(validateResponse(answer("Sure: {text: 'x'}"), schema)).toMatchObject({ ok: false, reason: expect.stringMatching(/^the answer is not valid JSON \(/) });
    expect(validateResponse(answer('[1]'), schema)).toMatchObject({ reason: 'the answer is an array, not a JSON object' });
    expect(validateResponse(answer(''), schema)).toMatchObject({ reason: 'the answer is empty' });
    expect(validateResponse(answer(null, { finishReason: 'content_filter' }), schema)).toMatchObject({ reason: 'the answer was withheld by the content filter' });
    expect(validateResponse(answer('{"text":"   "}'), schema)).toMatchObject({
      ok: false,
      reason: 'the answer does not match the schema: text: Too small: expected string to have >=1 characters',
      refused: false,
    });
  });
});
