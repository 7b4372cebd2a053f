import type { ChatMessage } from './tasks/task-kind.js';

/** Characters per token of English text with OpenAI's tokenizers (OpenAI Help Center, "What are tokens and how to count them"). */
export const CHARS_PER_TOKEN = 4;

/**
 * A tokenizer-free estimate of the prompt tokens of a chat request, for dry runs and for the
 * tokens-per-minute limiter before the server reports real usage: ⌈characters / 4⌉ per message
 * plus 3 tokens of framing per message and 3 to prime the reply, the overheads of the OpenAI
 * Cookbook's "How to count tokens with tiktoken" (gpt-3.5/4 family). Non-English text and code
 * take more tokens per character; treat the result as an order of magnitude.
 *
 * @example
 * estimateTokens([{ role: 'user', content: 'Write one positive review.' }]); // 13 = ⌈26/4⌉ + 3 + 3
 */
export function estimateTokens(messages: readonly ChatMessage[] | string): number {
  if (typeof messages === 'string') return Math.ceil(messages.length / CHARS_PER_TOKEN);
  let total = 3;
  for (const m of messages) total += 3 + Math.ceil(m.content.length / CHARS_PER_TOKEN);
  return total;
}
