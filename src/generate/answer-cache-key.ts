import { requestHash } from './request-hash.js';
import type { GenerationProvider, PlannedItem, PromptRequest } from './types.js';

/** Bump when what a cached answer means changes, so old entries are no longer hit. */
const CACHE_VERSION = 1;

/**
 * The response-cache key of an item's first request: `requestHash` of the provider's identity
 * (provider, base URL, model, sampling parameters; never the API key), the messages, the answer
 * schema and the item seed. Any change to the prompt, the config's knobs or the seed gives
 * another key; a rerun of the same config gives the same one.
 *
 * @example
 * answerCacheKey(provider, buildPrompt(config, item), item); // '9f2c…' (64 hex digits)
 */
export function answerCacheKey(provider: GenerationProvider, prompt: PromptRequest, item: PlannedItem): string {
  return requestHash({
    v: CACHE_VERSION,
    provider: provider.cacheIdentity,
    messages: prompt.messages,
    schema: prompt.responseSchema,
    seed: item.seed,
  });
}
