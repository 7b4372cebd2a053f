import type OpenAI from 'openai';
import { InvalidArgumentError, SynthscopeError } from '../../core/errors.js';
import {
  openaiBadOption,
  openaiFormatFallback,
  openaiNoKeyHint,
  openaiNoUsage,
  openaiRequestFailed,
  whatBodyNotJson,
  whatConnection,
  whatHttp,
  whatNoChoices,
  whatOther,
  whatTimeout,
} from '../../core/messages.js';
import { backoffDelay } from '../backoff-delay.js';
import { estimateTokens } from '../estimate-tokens.js';
import { createRateLimiter } from '../rate-limiter.js';
import { sleep } from '../sleep.js';
import { AttemptFailure } from '../../openai/attempt-failure.js';
import { attemptWithTimeout } from '../../openai/attempt-with-timeout.js';
import { createOpenAIClient } from '../../openai/create-openai-client.js';
import { displayURL } from '../../openai/display-url.js';
import { readOpenAIError } from '../../openai/read-openai-error.js';
import type { GenerationProvider, ProviderCall, ProviderResponse, Usage } from '../types.js';

export type ResponseFormatMode = 'auto' | 'json_schema' | 'json_object' | 'none';

export interface OpenAIProviderOptions {
  /** Model name the server knows, e.g. 'gpt-4o-mini' or a vLLM served name. */
  model: string;
  /** Default 'https://api.openai.com/v1'. Library code never reads OPENAI_BASE_URL: the CLI does. */
  baseURL?: string;
  /** Sent as `Authorization: Bearer …`; without it no Authorization header is sent. Never logged or stored. */
  apiKey?: string;
  temperature?: number;
  topP?: number;
  /** Default 512. */
  maxTokens?: number;
  maxTokensParameter?: 'max_tokens' | 'max_completion_tokens';
  /** Default 'auto': JSON schema (structured outputs), falling back to JSON mode, then to the prompt alone. */
  responseFormat?: ResponseFormatMode;
  /** Per attempt, until the last byte of the answer. Default 60 000. */
  timeoutMs?: number;
  /** Retries per request on 408, 409, 429, 5xx, timeouts, connection errors and unreadable bodies. Default 6. */
  maxRetries?: number;
  /** Default 500. */
  retryBaseDelayMs?: number;
  /** Default 8000. */
  retryMaxDelayMs?: number;
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  onWarning?: (message: string) => void;
  /** Source of backoff jitter (default Math.random, see backoffDelay). */
  random?: () => number;
}

export interface OpenAIProvider extends GenerationProvider {
  /** HTTP requests sent so far (retries included). */
  readonly requestCount: number;
  /** The response format in use now ('auto' resolves after the first answer or refusal). */
  readonly responseFormat: Exclude<ResponseFormatMode, 'auto'>;
}

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** Words in a 400/422 that mean the server does not take our response_format (OpenAI, vLLM, Ollama, llama.cpp wordings). */
const FORMAT_REJECTED = /response_format|json_schema|json_object|structured output|guided|grammar|schema/i;

function classify(error: unknown, timedOut: boolean, timeoutMs: number, scrub: (s: string) => string): AttemptFailure {
  const e = readOpenAIError(error, timedOut, scrub);
  switch (e.kind) {
    case 'timeout':
      return new AttemptFailure(true, whatTimeout(timeoutMs));
    case 'http': {
      const formatRejected = (e.status === 400 || e.status === 422) && FORMAT_REJECTED.test(e.detail);
      return new AttemptFailure(e.retryable, whatHttp(e.status), e.detail, e.status, e.retryAfterMs, formatRejected);
    }
    case 'connection':
      return new AttemptFailure(true, whatConnection(e.code));
    case 'not-json':
      return new AttemptFailure(true, whatBodyNotJson, e.detail);
    case 'other':
      // Bodies cut short ("terminated", "other side closed") surface as plain errors from undici.
      return new AttemptFailure(true, whatOther, e.detail);
  }
}

function checkOptions(options: OpenAIProviderOptions) {
  const WHO = 'createOpenAIProvider';
  if (typeof options?.model !== 'string' || options.model.trim() === '') throw new InvalidArgumentError(openaiBadOption(WHO, 'model', 'a model name', options?.model));
  if (options.apiKey !== undefined && (typeof options.apiKey !== 'string' || options.apiKey === '')) {
    throw new InvalidArgumentError(openaiBadOption(WHO, 'apiKey', 'a non-empty string when given', '(hidden)'));
  }
  const baseURL = (options.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  let parsed: URL | null = null;
  try {
    parsed = new URL(baseURL);
  } catch {
    // reported below
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.username !== '' || parsed.password !== '') {
    throw new InvalidArgumentError(openaiBadOption(WHO, 'baseURL', 'an http(s) URL without user:password', displayURL(baseURL)));
  }
  const integer = (name: keyof OpenAIProviderOptions, fallback: number, min: number): number => {
    const value = options[name] ?? fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) throw new InvalidArgumentError(openaiBadOption(WHO, name, `an integer ≥ ${min}`, value));
    return value;
  };
  return {
    baseURL,
    maxTokens: integer('maxTokens', 512, 1),
    timeoutMs: integer('timeoutMs', 60_000, 1),
    maxRetries: integer('maxRetries', 6, 0),
    retryBaseDelayMs: integer('retryBaseDelayMs', 500, 0),
    retryMaxDelayMs: integer('retryMaxDelayMs', 8000, 0),
  };
}

/**
 * A generation provider for any OpenAI-compatible `POST /chat/completions` endpoint (OpenAI,
 * vLLM, Ollama, llama.cpp server, LM Studio, TGI) through the `openai` npm client (v6), with its
 * own retries turned off in favour of this layer's:
 *
 * - Answers are asked for as JSON: structured outputs (`response_format: {type: 'json_schema'}`,
 *   strict when the schema allows) where the server supports them; with 'auto', a 400/422 that
 *   names the response format switches the provider to JSON mode (`json_object`), then to the
 *   prompt alone, with a warning each time.
 * - 408, 409, 429, 5xx, timeouts, connection errors and unreadable bodies are retried up to
 *   `maxRetries` times: after the wait the server asks for (`retry-after-ms`, `Retry-After`),
 *   else after exponential backoff with full jitter (`backoffDelay`); a 429 also pauses every
 *   other request (`RateLimiter.pause`).
 * - Each attempt has its own timeout covering the whole answer, body included (the client's
 *   timeout stops at the headers, so a stalled body would hang).
 * - Requests pass a requests-per-minute and tokens-per-minute limiter (`createRateLimiter`),
 *   charged with an estimate (`estimateTokens` + max tokens) and corrected with the reported usage.
 * - Anything else (400, 401, 403, 404, …) or retries exhausted throws SynthscopeError 'REMOTE':
 *   "openai:<model> at <baseURL>: HTTP 401: <server message>". The key never appears in any
 *   message: server text is scrubbed of it and the client logs nothing.
 *
 * The request carries `seed` (the item's seed below 2^31) so servers that honour it repeat
 * themselves. Refusals come back as `refusal`, for the caller to count against its repairs.
 *
 * @example
 * const provider = createOpenAIProvider({ model: 'gpt-4o-mini', apiKey });
 * const answer = await provider.complete({ item, messages, responseSchema, attempt: 0, signal });
 * answer.content; // '{"text":"Arrived on time and works like a charm."}'
 */
export function createOpenAIProvider(options: OpenAIProviderOptions): OpenAIProvider {
  const settings = checkOptions(options);
  const { model, apiKey } = options;
  const { maxTokens, timeoutMs, maxRetries, retryBaseDelayMs, retryMaxDelayMs } = settings;
  const maxTokensParameter = options.maxTokensParameter ?? 'max_tokens';
  const random = options.random ?? Math.random;
  const warn = options.onWarning ?? (() => undefined);
  const prefix = `openai:${model} at ${displayURL(settings.baseURL)}`;
  const scrub = (text: string): string => (apiKey ? text.split(apiKey).join('[redacted]') : text);
  const limiter = createRateLimiter({ requestsPerMinute: options.requestsPerMinute, tokensPerMinute: options.tokensPerMinute });
  let mode: Exclude<ResponseFormatMode, 'auto'> = options.responseFormat === 'json_object' || options.responseFormat === 'none' ? options.responseFormat : 'json_schema';
  const adaptive = (options.responseFormat ?? 'auto') === 'auto';
  let requestCount = 0;
  let warnedNoUsage = false;

  const client = createOpenAIClient({ apiKey, baseURL: settings.baseURL, timeoutMs });

  const parameters: Record<string, unknown> = {
    temperature: options.temperature ?? 1,
    ...(options.topP === undefined ? {} : { topP: options.topP }),
    maxTokens,
  };

  const attempt = async (call: ProviderCall, estimate: number): Promise<ProviderResponse> => {
    await limiter.acquire(estimate, call.signal);
    const used = mode;
    const body: Record<string, unknown> = {
      model,
      messages: call.messages,
      temperature: options.temperature ?? 1,
      ...(options.topP === undefined ? {} : { top_p: options.topP }),
      [maxTokensParameter]: maxTokens,
      seed: call.item.seed % 2 ** 31,
    };
    if (used === 'json_schema') {
      body.response_format = { type: 'json_schema', json_schema: { name: call.responseSchema.name, schema: call.responseSchema.schema, strict: call.responseSchema.strict } };
    } else if (used === 'json_object') body.response_format = { type: 'json_object' };

    requestCount++;
    const outcome = await attemptWithTimeout(call.signal, timeoutMs, (signal) =>
      client.chat.completions.create(body as unknown as OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming, {
        signal,
        maxRetries: 0,
        timeout: timeoutMs,
      }),
    );
    if (!outcome.ok) {
      limiter.settle(estimate, 0);
      if (call.signal.aborted) throw call.signal.reason;
      throw classify(outcome.error, outcome.timedOut, timeoutMs, scrub);
    }
    const completion = outcome.value;
    const choice = (completion as Partial<OpenAI.Chat.Completions.ChatCompletion> | null)?.choices?.[0];
    if (typeof completion !== 'object' || completion === null || !choice) {
      limiter.settle(estimate, 0);
      throw new AttemptFailure(true, whatNoChoices);
    }
    let usage: Usage;
    if (completion.usage && Number.isFinite(completion.usage.prompt_tokens) && Number.isFinite(completion.usage.completion_tokens)) {
      usage = { promptTokens: completion.usage.prompt_tokens, completionTokens: completion.usage.completion_tokens };
    } else {
      if (!warnedNoUsage) warn(openaiNoUsage(prefix));
      warnedNoUsage = true;
      usage = { promptTokens: estimateTokens(call.messages), completionTokens: estimateTokens(choice.message?.content ?? '') };
    }
    limiter.settle(estimate, usage.promptTokens + usage.completionTokens);
    return {
      // Scrubbed like every server text: an answer can end up in a failure reason.
      content: typeof choice.message?.content === 'string' ? scrub(choice.message.content) : null,
      refusal: typeof choice.message?.refusal === 'string' && choice.message.refusal !== '' ? scrub(choice.message.refusal) : null,
      finishReason: choice.finish_reason ?? null,
      usage,
      model: typeof completion.model === 'string' && completion.model !== '' ? completion.model : model,
    };
  };

  const complete = async (call: ProviderCall): Promise<ProviderResponse> => {
    const estimate = estimateTokens(call.messages) + maxTokens;
    for (let retry = 0; ; ) {
      const used = mode;
      try {
        return await attempt(call, estimate);
      } catch (error) {
        if (!(error instanceof AttemptFailure)) throw error;
        if (error.formatRejected && adaptive && used !== 'none') {
          // Another request may have switched already; step down once from what this one used.
          if (mode === used) {
            mode = used === 'json_schema' ? 'json_object' : 'none';
            warn(openaiFormatFallback(prefix, used, mode, error.detail ?? ''));
          }
          continue;
        }
        if (!error.retryable || retry >= maxRetries) {
          const details = error.status === 401 && !apiKey ? [openaiNoKeyHint] : [];
          throw new SynthscopeError('REMOTE', openaiRequestFailed(prefix, error.what, error.retryable ? retry : 0, error.detail), details);
        }
        const wait = backoffDelay(retry, { baseMs: retryBaseDelayMs, maxMs: retryMaxDelayMs }, error.retryAfterMs, random);
        if (error.status === 429) limiter.pause(wait);
        retry++;
        await sleep(wait, call.signal);
      }
    }
  };

  return {
    name: 'openai',
    model,
    billable: true,
    parameters,
    cacheIdentity: { provider: 'openai', baseURL: displayURL(settings.baseURL), model, ...parameters, maxTokensParameter },
    complete,
    get requestCount() {
      return requestCount;
    },
    get responseFormat() {
      return mode;
    },
  };
}
