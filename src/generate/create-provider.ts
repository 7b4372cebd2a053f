import type { GenerateConfig } from './config-schema.js';
import { createOpenAIProvider } from './providers/openai-provider.js';
import { createTemplateProvider } from './providers/template-provider.js';
import type { GenerationProvider } from './types.js';

/** Endpoint settings from outside the config (the CLI's flags and environment); they win over the config's. */
export interface OpenAIOverrides {
  baseURL?: string;
  /** From OPENAI_API_KEY in the CLI; there is deliberately no config key or flag for it. */
  apiKey?: string;
  model?: string;
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  timeoutMs?: number;
  maxRetries?: number;
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  /** Backoff jitter source (tests). */
  random?: () => number;
}

/** The model used when neither the config nor the caller names one. */
export const DEFAULT_MODEL = 'gpt-4o-mini';

/**
 * The provider a run uses: `choice` when given, else `config.provider.type`, else 'openai' when
 * an endpoint or a key is configured (a base URL in the overrides or the config, or an API key),
 * else the offline 'template' provider, so a config with a grammar runs with no setup at all.
 *
 * @example
 * createProvider(config, undefined, {}).name;                        // 'template'
 * createProvider(config, undefined, { baseURL: 'http://localhost:8000/v1' }).name; // 'openai'
 */
export function createProvider(
  config: GenerateConfig,
  choice: 'openai' | 'template' | GenerationProvider | undefined,
  overrides: OpenAIOverrides = {},
  onWarning?: (message: string) => void,
): GenerationProvider {
  if (typeof choice === 'object' && choice !== null) return choice;
  const p = config.provider;
  const endpoint = overrides.baseURL ?? p.baseUrl;
  const name = choice ?? p.type ?? (endpoint !== undefined || overrides.apiKey !== undefined ? 'openai' : 'template');
  if (name === 'template') return createTemplateProvider(config);
  return createOpenAIProvider({
    model: overrides.model ?? p.model ?? DEFAULT_MODEL,
    baseURL: endpoint,
    apiKey: overrides.apiKey,
    temperature: p.temperature,
    topP: p.topP,
    maxTokens: p.maxTokens,
    maxTokensParameter: p.maxTokensParameter,
    responseFormat: p.responseFormat,
    timeoutMs: overrides.timeoutMs ?? p.timeoutMs,
    maxRetries: overrides.maxRetries ?? p.maxRetries,
    retryBaseDelayMs: overrides.retryBaseDelayMs ?? p.retryBaseDelayMs,
    retryMaxDelayMs: overrides.retryMaxDelayMs ?? p.retryMaxDelayMs,
    requestsPerMinute: overrides.requestsPerMinute ?? p.requestsPerMinute,
    tokensPerMinute: overrides.tokensPerMinute ?? p.tokensPerMinute,
    random: overrides.random,
    onWarning,
  });
}
