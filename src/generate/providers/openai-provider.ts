import OpenAI from 'openai';
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
import { retryAfterMs } from '../retry-after.js';
import { sleep } from '../sleep.js';
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
const RETRYABLE_STATUS = new Set([408, 409, 429]);
/** Words in a 400/422 that mean the server does not take our response_format (OpenAI, vLLM, Ollama, llama.cpp wordings). */
const FORMAT_REJECTED = /response_format|json_schema|json_object|structured output|guided|grammar|schema/i;
const silentLogger = { error() {}, warn() {}, info() {}, debug() {} };

/** Why one attempt failed and whether another may help. Internal: never escapes. */
class AttemptFailure {
  constructor(
    readonly retryable: boolean,
    readonly what: string,
    readonly detail?: string,
    readonly status?: number,
    readonly retryAfter?: number,
    readonly formatRejected = false,
  ) {}
}

/** The base URL as shown in messages: no user:password, query or fragment. */
function displayURL(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.search = '';
    u.hash = '';
    return u.toString().replace(/\/+$/, '');
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//').replace(/[?#].*$/, '');
  }
}

const oneLine = (text: string, max = 300): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * fetch that rewrites an error body into the `{error: {message}}` shape the openai client reads,
 * so the message of a server answering `{message}`, `{detail}`, `{error: "…"}` or plain text
 * reaches our error instead of being dropped.
 */
async function readableErrors(url: string | URL | Request, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (response.ok) return response;
  const text = await response.text();
  let message = text;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const error = json.error as { message?: unknown } | string | undefined;
    const found = typeof error === 'string' ? error : (error?.message ?? json.message ?? json.detail);
    if (found !== undefined) message = typeof found === 'string' ? found : JSON.stringify(found);
  } catch {
    if (/^\s*</.test(text)) message = response.statusText || 'an HTML error page';
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify({ error: { message } }), { status: response.status, statusText: response.statusText, headers });
}

function classify(error: unknown, timedOut: boolean, timeoutMs: number, scrub: (s: string) => string): AttemptFailure {
  if (timedOut || error instanceof OpenAI.APIConnectionTimeoutError) return new AttemptFailure(true, whatTimeout(timeoutMs));
  if (error instanceof OpenAI.APIError && typeof error.status === 'number') {
    const status = error.status;
    const body = error.error as { message?: unknown } | string | undefined;
    const text = typeof body === 'string' ? body : typeof body?.message === 'string' ? body.message : error.message;
    const detail = scrub(oneLine(text)) || '(no message)';
    const formatRejected = (status === 400 || status === 422) && FORMAT_REJECTED.test(detail);
    return new AttemptFailure(RETRYABLE_STATUS.has(status) || status >= 500, whatHttp(status), detail, status, retryAfterMs(error.headers), formatRejected);
  }
  if (error instanceof OpenAI.APIConnectionError) {
    const cause = (error as { cause?: { code?: unknown; cause?: { code?: unknown } } }).cause;
    const code = cause?.code ?? cause?.cause?.code;
    return new AttemptFailure(true, whatConnection(typeof code === 'string' ? code : null));
  }
  if (error instanceof SyntaxError) return new AttemptFailure(true, whatBodyNotJson, scrub(oneLine(error.message)));
  // Bodies cut short ("terminated", "other side closed") surface as plain errors from undici.
  return new AttemptFailure(true, whatOther, scrub(oneLine(error instanceof Error ? error.message : String(error))));
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

  const client = new OpenAI({
    // The client refuses to start without a key; a placeholder satisfies it and the null
    // Authorization header below keeps it from ever being sent.
    apiKey: apiKey ?? 'no-key',
    baseURL: settings.baseURL,
    // Explicit nulls stop the client from reading OPENAI_* environment variables.
    adminAPIKey: null,
    organization: null,
    project: null,
    webhookSecret: null,
    maxRetries: 0,
    timeout: timeoutMs,
    logLevel: 'off',
    logger: silentLogger,
    fetch: readableErrors,
    ...(apiKey ? {} : { defaultHeaders: { Authorization: null } }),
  });

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

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = (): void => controller.abort(call.signal.reason);
    call.signal.addEventListener('abort', onAbort, { once: true });
    requestCount++;
    let completion: OpenAI.Chat.Completions.ChatCompletion;
    try {
      completion = await client.chat.completions.create(body as unknown as OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming, {
        signal: controller.signal,
        maxRetries: 0,
        timeout: timeoutMs,
      });
    } catch (error) {
      limiter.settle(estimate, 0);
      if (call.signal.aborted) throw call.signal.reason;
      throw classify(error, timedOut, timeoutMs, scrub);
    } finally {
      clearTimeout(timer);
      call.signal.removeEventListener('abort', onAbort);
    }
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
        const wait = backoffDelay(retry, { baseMs: retryBaseDelayMs, maxMs: retryMaxDelayMs }, error.retryAfter, random);
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
