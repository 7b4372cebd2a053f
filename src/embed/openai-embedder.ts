import { setMaxListeners } from 'node:events';
import type { Matrix } from '../core/matrix.js';
import { InvalidArgumentError, SynthscopeError } from '../core/errors.js';
import { backoffDelay } from '../generate/backoff-delay.js';
import { sleep } from '../generate/sleep.js';
import { AttemptFailure } from '../openai/attempt-failure.js';
import { attemptWithTimeout } from '../openai/attempt-with-timeout.js';
import { createOpenAIClient } from '../openai/create-openai-client.js';
import { displayURL } from '../openai/display-url.js';
import { oneLine } from '../openai/one-line.js';
import { readOpenAIError } from '../openai/read-openai-error.js';
import type { EmbedOptions, Embedder } from './types.js';

export interface OpenAIEmbedderOptions {
  /** Model name the server knows, e.g. 'text-embedding-3-small' or a vLLM/TEI served name. */
  model: string;
  /** Default 'https://api.openai.com/v1'. Library code never reads OPENAI_BASE_URL: the CLI does. */
  baseURL?: string;
  /** Sent as `Authorization: Bearer …` when given; without it no Authorization header is sent. */
  apiKey?: string;
  /** Texts per request. Default 128 (the OpenAI API takes at most 2048). */
  batchSize?: number;
  /** Requests in flight at once, across all embed() calls on this embedder. Default 4. */
  concurrency?: number;
  /** Retries per request after the first attempt, on 408, 409, 429, 5xx, timeouts and connection errors. Default 6. */
  maxRetries?: number;
  /** Per attempt, from sending the request to the last byte of the body. Default 60000. */
  timeoutMs?: number;
  /** Asks the server for shorter vectors (OpenAI text-embedding-3 models); also skips the probe request. */
  dimensions?: number;
  /** Backoff before retry k (k = 0, 1, …) is uniform in [0, min(retryMaxDelayMs, retryBaseDelayMs · 2^k)]. Default 500. */
  retryBaseDelayMs?: number;
  /** Default 8000. */
  retryMaxDelayMs?: number;
}

const WHO = 'createOpenAIEmbedder';
const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
const PROBE_TEXT = 'synthscope dimension probe';

/**
 * Embeds texts through any OpenAI-compatible `POST /embeddings` endpoint (OpenAI, vLLM, TEI,
 * Ollama, llama.cpp server, LM Studio) with batching, bounded concurrency, retries and timeouts.
 *
 * Requests go through the `openai` npm client (v6) with its own retries turned off
 * (`maxRetries: 0`): measured against the stub server in test/embed/openai-embedder.test.ts,
 * openai 6.49 honours Retry-After but its timeout stops at the response headers (a stalled body
 * hangs), its backoff jitter is only 25 %, a user abort still sits out the whole Retry-After, and
 * error bodies without an `error` key (vLLM's `{object: 'error', message}`) lose their message.
 * So this layer retries 408/409/429/5xx, timeouts and connection errors itself: Retry-After
 * (seconds or HTTP date) and `retry-after-ms` are honoured (up to 60 s), otherwise exponential
 * backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015). Jitter
 * uses Math.random on purpose: it exists to decorrelate processes, which a seed would undo.
 *
 * The dimension: the factory is async. With `dimensions` set it trusts that width and makes no
 * request; otherwise it sends one probe request with one short text to learn it, which also fails
 * fast on a wrong URL, model or key. Every later response must have that width (a server that
 * swaps models mid-run would otherwise poison caches). Note that the probe needs the server even
 * when every text is cached; pass `dimensions` to create the embedder offline.
 *
 * Rows come back re-ordered by `index`, checked (count, width, finite values, non-zero) and
 * L2-normalised in float64 before rounding to float32. Any failure is a SynthscopeError with code
 * 'REMOTE': "openai:<model> at <baseURL>: HTTP 500 after 6 retries: <server message>". The API
 * key never appears in any message, log or error (server messages are scrubbed of it, the client
 * logs nothing, credentials in the URL are hidden). Library code reads no environment variable;
 * the `openai` client itself still reads OPENAI_CUSTOM_HEADERS.
 *
 * `id` is 'openai:<model>'; `revision` is the model name, plus ';dimensions=<n>' when set.
 *
 * @example
 * const embedder = await createOpenAIEmbedder({ model: 'text-embedding-3-small', apiKey });
 * embedder.dimension; // 1536
 * const m = await embedder.embed(['a cat', 'a dog']);
 * // { rows: 2, dimension: 1536, data: Float32Array(3072) }, each row of unit length
 */
export async function createOpenAIEmbedder(options: OpenAIEmbedderOptions): Promise<Embedder> {
  const settings = checkOptions(options);
  const { model, apiKey, batchSize, maxRetries, timeoutMs, dimensions, retryBaseDelayMs, retryMaxDelayMs } = settings;
  const shownURL = displayURL(settings.baseURL);
  const id = `openai:${model}`;
  const revision = dimensions === undefined ? model : `${model};dimensions=${dimensions}`;
  const prefix = `${id} at ${shownURL}`;
  const scrub = (text: string): string => (apiKey ? text.split(apiKey).join('[redacted]') : text);

  const client = createOpenAIClient({ apiKey, baseURL: settings.baseURL, timeoutMs });

  const semaphore = createSemaphore(settings.concurrency);
  let disposed = false;
  let dimension = dimensions;

  const attempt = async (input: string[], signal: AbortSignal): Promise<Float32Array> => {
    const outcome = await attemptWithTimeout(signal, timeoutMs, (attemptSignal) =>
      client.embeddings.create(
        { model, input, encoding_format: 'float', ...(dimensions === undefined ? {} : { dimensions }) },
        { signal: attemptSignal, maxRetries: 0, timeout: timeoutMs },
      ),
    );
    if (!outcome.ok) {
      if (signal.aborted) throw signal.reason;
      throw classify(outcome.error, outcome.timedOut, timeoutMs, scrub);
    }
    const rows = parseResponse(outcome.value, input.length, dimension);
    if (typeof rows === 'string') throw new AttemptFailure(false, scrub(rows));
    return rows;
  };

  const request = async (input: string[], signal: AbortSignal): Promise<Float32Array> => {
    for (let retry = 0; ; retry++) {
      try {
        return await attempt(input, signal);
      } catch (error) {
        if (!(error instanceof AttemptFailure)) throw error;
        if (!error.retryable || retry >= maxRetries) {
          const after = error.retryable && retry > 0 ? ` after ${retry} ${retry === 1 ? 'retry' : 'retries'}` : '';
          const message = `${prefix}: ${error.what}${after}${error.detail === undefined ? '' : `: ${error.detail}`}`;
          const details = error.status === 401 && !apiKey ? ['no API key was given (the CLI reads OPENAI_API_KEY)'] : [];
          throw new SynthscopeError('REMOTE', message, details);
        }
        await sleep(backoffDelay(retry, { baseMs: retryBaseDelayMs, maxMs: retryMaxDelayMs }, error.retryAfterMs), signal);
      }
    }
  };

  const embed = async (texts: readonly string[], embedOptions: EmbedOptions = {}): Promise<Matrix> => {
    if (disposed) throw new SynthscopeError('EMBEDDER', `${id} was disposed; create a new embedder`);
    if (!Array.isArray(texts)) throw new InvalidArgumentError(`${id} embed() needs an array of strings`);
    texts.forEach((text, i) => {
      if (typeof text !== 'string') throw new InvalidArgumentError(`${id} embed() needs strings, got ${typeof text} at row ${i}`);
      if (text === '') throw new InvalidArgumentError(`${id} embed() refuses the empty text at row ${i}: the OpenAI API rejects empty input`);
    });
    embedOptions.signal?.throwIfAborted();
    const n = texts.length;
    const width = dimension as number;
    const data = new Float32Array(n * width);
    if (n === 0) return { rows: 0, dimension: width, data };

    // One controller per call: the first permanent failure (or the caller's abort) stops the rest.
    const stop = new AbortController();
    setMaxListeners(0, stop.signal);
    const userSignal = embedOptions.signal;
    const onUserAbort = (): void => stop.abort(userSignal?.reason);
    userSignal?.addEventListener('abort', onUserAbort, { once: true });
    let failure: unknown;
    let done = 0;
    let next = 0;
    // A few workers per call pull batches in order; the semaphore bounds requests across calls.
    const worker = async (): Promise<void> => {
      while (!stop.signal.aborted && next < n) {
        const start = next;
        const end = Math.min(n, start + batchSize);
        next = end;
        try {
          await semaphore.acquire(stop.signal);
        } catch {
          return;
        }
        try {
          const rows = await request(texts.slice(start, end), stop.signal);
          data.set(rows, start * width);
          done += end - start;
          embedOptions.onProgress?.(done, n);
        } catch (error) {
          if (!stop.signal.aborted) {
            failure = error;
            stop.abort(error);
          }
        } finally {
          semaphore.release();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(settings.concurrency, Math.ceil(n / batchSize)) }, worker));
    userSignal?.removeEventListener('abort', onUserAbort);
    if (userSignal?.aborted) throw userSignal.reason;
    if (failure !== undefined) throw failure;
    return { rows: n, dimension: width, data };
  };

  if (dimension === undefined) {
    const probe = await request([PROBE_TEXT], new AbortController().signal);
    dimension = probe.length;
  }

  return Object.freeze({
    id,
    revision,
    dimension,
    embed,
    dispose: async () => {
      disposed = true;
    },
  });
}

function checkOptions(options: OpenAIEmbedderOptions) {
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError(`${WHO} needs an options object with a model`);
  const { model, apiKey } = options;
  if (typeof model !== 'string' || model.trim() === '') throw new InvalidArgumentError(`${WHO} needs a model name, got ${JSON.stringify(model)}`);
  if (apiKey !== undefined && (typeof apiKey !== 'string' || apiKey === '')) throw new InvalidArgumentError(`${WHO} needs apiKey to be a non-empty string when given`);
  const baseURL = (options.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(baseURL);
  } catch {
    throw new InvalidArgumentError(`${WHO} needs baseURL to be an absolute http(s) URL, got ${JSON.stringify(displayURL(baseURL))}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InvalidArgumentError(`${WHO} needs baseURL to be an http(s) URL, got ${JSON.stringify(displayURL(baseURL))}`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new InvalidArgumentError(`${WHO} refuses a baseURL with user:password in it (${displayURL(baseURL)}); pass the key as apiKey`);
  }
  const integer = (name: keyof OpenAIEmbedderOptions, fallback: number, min: number): number => {
    const value = options[name] ?? fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      throw new InvalidArgumentError(`${WHO} needs ${name} to be an integer ≥ ${min}, got ${String(value)}`);
    }
    return value;
  };
  const dimensions = options.dimensions === undefined ? undefined : integer('dimensions', 0, 1);
  return {
    model,
    apiKey,
    baseURL,
    batchSize: integer('batchSize', 128, 1),
    concurrency: integer('concurrency', 4, 1),
    maxRetries: integer('maxRetries', 6, 0),
    timeoutMs: integer('timeoutMs', 60_000, 1),
    dimensions,
    retryBaseDelayMs: integer('retryBaseDelayMs', 500, 0),
    retryMaxDelayMs: integer('retryMaxDelayMs', 8000, 0),
  };
}

function classify(error: unknown, timedOut: boolean, timeoutMs: number, scrub: (s: string) => string): AttemptFailure {
  const e = readOpenAIError(error, timedOut, scrub);
  switch (e.kind) {
    case 'timeout':
      return new AttemptFailure(true, `no response within ${timeoutMs} ms`);
    case 'http':
      return new AttemptFailure(e.retryable, `HTTP ${e.status}`, e.detail, e.status, e.retryAfterMs);
    case 'connection':
      return new AttemptFailure(true, `connection failed${e.code === null ? '' : ` (${e.code})`}`);
    case 'not-json':
      return new AttemptFailure(false, 'the response is not valid JSON', e.detail);
    case 'other':
      return new AttemptFailure(false, 'request failed', e.detail);
  }
}

/**
 * Checks an embeddings response and returns its rows in input order, unit length, as one
 * Float32Array; or a message saying what is wrong with it.
 */
function parseResponse(response: unknown, expected: number, width: number | undefined): Float32Array | string {
  const list = (response as { data?: unknown } | null)?.data;
  if (typeof response !== 'object' || response === null || !Array.isArray(list)) {
    const got = typeof response === 'string' ? `text ${JSON.stringify(oneLine(response, 80))}` : typeof response;
    return `the response has no data array (got ${got})`;
  }
  if (list.length !== expected) return `the response has ${list.length} embeddings for ${expected} inputs`;
  let dim = width;
  let out: Float32Array | undefined;
  const seen = new Uint8Array(expected);
  for (const item of list as { index?: unknown; embedding?: unknown }[]) {
    const index = item?.index;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= expected || seen[index]) {
      return `the response has a missing, out-of-range or repeated index (${JSON.stringify(index)}) among ${expected} inputs`;
    }
    seen[index] = 1;
    const vector = typeof item.embedding === 'string' ? decodeBase64Floats(item.embedding) : item.embedding;
    if (!Array.isArray(vector) && !(vector instanceof Float32Array)) return `embedding ${index} is not an array of numbers`;
    if (dim === undefined) dim = vector.length;
    if (vector.length !== dim || dim === 0) return `embedding ${index} has ${vector.length} values, expected ${dim}`;
    out ??= new Float32Array(expected * dim);
    let sum = 0;
    for (let j = 0; j < dim; j++) {
      const x = vector[j];
      if (typeof x !== 'number' || !Number.isFinite(x)) return `embedding ${index} has a non-finite value (${String(x)}) at position ${j}`;
      sum += x * x;
    }
    if (!(sum > 0) || !Number.isFinite(sum)) return `embedding ${index} has zero or overflowing length and cannot be normalised`;
    const norm = Math.sqrt(sum);
    for (let j = 0; j < dim; j++) out[index * dim + j] = (vector[j] as number) / norm;
  }
  return out as Float32Array;
}

/** Some servers answer base64 (little-endian float32) even when asked for floats. */
function decodeBase64Floats(text: string): number[] {
  const bytes = Buffer.from(text, 'base64');
  const out: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) out.push(bytes.readFloatLE(i));
  return bytes.length % 4 === 0 ? out : [Number.NaN];
}

/** A counting semaphore with a FIFO queue; a waiter leaves the queue when its signal aborts. */
function createSemaphore(limit: number) {
  let active = 0;
  const queue: { grant: () => void }[] = [];
  return {
    acquire(signal: AbortSignal): Promise<void> {
      if (signal.aborted) return Promise.reject(signal.reason);
      if (active < limit) {
        active++;
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const waiter = {
          grant: () => {
            signal.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        const onAbort = (): void => {
          const i = queue.indexOf(waiter);
          if (i >= 0) queue.splice(i, 1);
          reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        queue.push(waiter);
      });
    },
    release(): void {
      const next = queue.shift();
      if (next) next.grant();
      else active--;
    },
  };
}
