import type { LabelJudge } from '../core/evaluate/label-judge.js';
import { createOpenAIClient } from './create-openai-client.js';
import { displayURL } from './display-url.js';

export interface OpenAILabelJudgeOptions {
  baseURL: string;
  model: string;
  /** From OPENAI_API_KEY; never stored in results or messages. */
  apiKey?: string;
  /** Requests in flight at once [4]. */
  concurrency?: number;
  /** Per request [60,000 ms]. */
  timeoutMs?: number;
  /** Attempts per text before its answer counts as none [3]. */
  attempts?: number;
}

/**
 * A LabelJudge over an OpenAI-compatible chat endpoint: one request per text at temperature 0,
 * asking for `{"label": <one of the labels>}` as JSON. An answer that is not one of the labels,
 * a refusal or a request that keeps failing gives null for that text (an annotator that
 * abstains), never an invented label.
 *
 * @example
 * const judge = createOpenAILabelJudge({ baseURL: 'http://localhost:8000/v1', model: 'qwen', apiKey });
 * await judge.judge(['I loved it'], ['negative', 'positive'], {}); // ['positive']
 */
export function createOpenAILabelJudge(options: OpenAILabelJudgeOptions): LabelJudge {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const client = createOpenAIClient({ apiKey: options.apiKey, baseURL: options.baseURL, timeoutMs });
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const attempts = Math.max(1, options.attempts ?? 3);

  const ask = async (text: string, labels: readonly string[], descriptions: Readonly<Record<string, string>>): Promise<string | null> => {
    const list = labels.map((l) => (descriptions[l] ? `- ${l}: ${descriptions[l]}` : `- ${l}`)).join('\n');
    const messages = [
      {
        role: 'system' as const,
        content: `You label texts. Answer with JSON {"label": L} where L is exactly one of these labels:\n${list}`,
      },
      { role: 'user' as const, content: text },
    ];
    for (let attempt = 0; attempt < attempts; attempt++) {
      try {
        const response = await client.chat.completions.create(
          { model: options.model, messages, temperature: 0, response_format: { type: 'json_object' } },
          { maxRetries: 0, timeout: timeoutMs },
        );
        const content = response.choices[0]?.message?.content ?? '';
        const label = (JSON.parse(content) as { label?: unknown }).label;
        const answer = typeof label === 'string' || typeof label === 'number' ? String(label).trim() : null;
        return answer !== null && labels.includes(answer) ? answer : null;
      } catch {
        // A failed or unparsable answer: try again, then abstain.
      }
    }
    return null;
  };

  return {
    id: `openai:${options.model} at ${displayURL(options.baseURL)}`,
    async judge(texts, labels, descriptions) {
      const out: (string | null)[] = new Array(texts.length).fill(null);
      let next = 0;
      const worker = async () => {
        while (next < texts.length) {
          const i = next++;
          out[i] = await ask(texts[i], labels, descriptions);
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, texts.length) }, worker));
      return out;
    },
  };
}
