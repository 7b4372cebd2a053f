import { answerCacheKey } from './answer-cache-key.js';
import { buildPrompt } from './build-prompt.js';
import type { GenerateConfig } from './config-schema.js';
import { estimateCost } from './estimate-cost.js';
import { estimateTokens } from './estimate-tokens.js';
import type { ResponseCache } from './response-cache.js';
import type { GenerationPlanSummary, GenerationProvider, PlannedItem, ResponseSchema } from './types.js';

/** Requests listed one by one in a dry run; the rest are counted. */
export const PLAN_PREVIEW = 20;

export interface SummarizePlanInput {
  config: GenerateConfig;
  items: readonly PlannedItem[];
  provider: GenerationProvider;
  responseSchema: ResponseSchema;
  /** Ids already in the output (resume). */
  done: ReadonlySet<string>;
  cache: ResponseCache | null;
}

/**
 * What a run would do, without doing it (`--dry-run`): items planned and already done, per
 * label; the first requests with their variation, exemplars and estimated prompt tokens; the first
 * prompt in full; and, for an LLM provider, the prompt tokens (`estimateTokens`) and the most
 * completion tokens (max tokens per request) of the requests the response cache does not
 * already answer, with their cost between "prompts only" and "every answer at max tokens" when
 * the config has prices. Retries and repairs are not counted (they depend on the server).
 *
 * @example
 * (await summarizePlan({ config, items, provider, responseSchema, done: new Set(), cache: null })).estimatedPromptTokens;
 * // 5230
 */
export async function summarizePlan(input: SummarizePlanInput): Promise<GenerationPlanSummary> {
  const { config, items, provider, responseSchema, done, cache } = input;
  const pending = items.filter((item) => !done.has(item.id));
  const byLabel = new Map<string, { label: PlannedItem['label']; planned: number; pending: number }>();
  for (const item of items) {
    const key = String(item.label);
    const entry = byLabel.get(key) ?? { label: item.label, planned: 0, pending: 0 };
    entry.planned++;
    if (!done.has(item.id)) entry.pending++;
    byLabel.set(key, entry);
  }

  let cached = 0;
  let promptTokens = 0;
  let completionTokens = 0;
  const requests: GenerationPlanSummary['requests'] = [];
  for (const item of pending) {
    const prompt = buildPrompt(config, item, responseSchema);
    const tokens = provider.billable ? estimateTokens(prompt.messages) : 0;
    if (requests.length < PLAN_PREVIEW) {
      requests.push({ id: item.id, label: item.label, variation: item.variation, exemplarIds: item.exemplars.map((e) => e.id), promptTokens: tokens });
    }
    if (!provider.billable) continue;
    if (cache && (await cache.has(answerCacheKey(provider, prompt, item)))) {
      cached++;
      continue;
    }
    promptTokens += tokens;
    completionTokens += config.provider.maxTokens;
  }
  const pricing = config.pricing;
  return {
    task: config.task,
    provider: provider.name,
    model: provider.model,
    planned: items.length,
    alreadyDone: items.length - pending.length,
    pending: pending.length,
    cached,
    byLabel: [...byLabel.values()],
    requests,
    sample: provider.billable && pending.length > 0 ? buildPrompt(config, pending[0], responseSchema) : null,
    estimatedPromptTokens: promptTokens,
    maxCompletionTokens: completionTokens,
    estimatedCost: pricing
      ? { low: estimateCost(promptTokens, 0, pricing), high: estimateCost(promptTokens, completionTokens, pricing), currency: pricing.currency }
      : null,
  };
}
