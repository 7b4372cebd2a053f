/**
 * A real HTTP server on 127.0.0.1 (random port) that speaks enough of the OpenAI REST API for
 * tests: `POST /v1/embeddings` out of the box, more routes through `addRoute` (e.g. chat
 * completions). It records every request, counts requests in flight, and injects failures on
 * demand (429 with Retry-After, 5xx, slow or stalled responses, malformed JSON, raw bodies).
 *
 * Embeddings are deterministic: component j of the vector for `text` is
 * `(sha256(floor(j / 32) + "\0" + text)[j % 32] - 127.5) / 64`, deliberately not unit length,
 * so a client's normalisation is visible. Tests recompute it on their own.
 *
 * @example
 * const stub = await startOpenAIStubServer({ dimension: 8 });
 * stub.failNext({ type: 'rate-limit', retryAfterSeconds: 1 });
 * // … point a client at stub.baseURL ('http://127.0.0.1:PORT/v1') …
 * stub.requests.length; // 2: the 429 and the retry
 * await stub.close();
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. '/v1/embeddings'. */
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  /** performance.now() when the request arrived. */
  receivedAt: number;
  /** What the server did with it: 'ok' or the failure type applied. */
  outcome: string;
}

/** One injected failure; consumed by the next request whose path matches (any path if unset). */
export type Failure = { path?: string } & (
  | { type: 'status'; status: number; message?: string; headers?: Record<string, string> }
  | { type: 'rate-limit'; retryAfterSeconds?: number; retryAfterMs?: number }
  /** Waits before sending anything (headers included), then answers normally. */
  | { type: 'delay'; ms: number }
  /** Sends the status line and headers at once, the body only after `ms`. */
  | { type: 'stall-body'; ms: number }
  /** 200 with content-type application/json and a body that is not JSON. */
  | { type: 'malformed-json' }
  /** Any status, content type and body text. */
  | { type: 'raw'; status?: number; contentType?: string; body: string }
  /** 401 whose message repeats the Authorization header, as a careless server might. */
  | { type: 'echo-authorization' }
  /** Answers normally but rewrites the JSON body first (wrong counts, bad indices…). */
  | { type: 'transform'; transform: (json: Record<string, unknown>) => unknown }
);

export interface RouteContext {
  request: RecordedRequest;
  body: unknown;
}

export interface RouteResult {
  status?: number;
  headers?: Record<string, string>;
  json: unknown;
}

export type RouteHandler = (context: RouteContext) => RouteResult | Promise<RouteResult>;

export interface StubServerOptions {
  /** Embedding width when the request has no `dimensions`. Default 8. */
  dimension?: number;
  /** Added before every answer, to make concurrency observable. Default 0. */
  latencyMs?: number;
  /** Order of `data` items in embedding responses. Default 'reverse', so clients must sort by index. */
  order?: 'reverse' | 'input';
  /** When set, requests must carry `Authorization: Bearer <apiKey>` or get a 401. */
  apiKey?: string;
}

export interface OpenAIStubServer {
  /** 'http://127.0.0.1:PORT' */
  url: string;
  /** 'http://127.0.0.1:PORT/v1', what OpenAI clients take as baseURL. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Requests currently being answered, and the most there have been at once. */
  readonly inFlight: number;
  readonly maxInFlight: number;
  failNext(...failures: Failure[]): void;
  addRoute(method: string, path: string, handler: RouteHandler): void;
  /** Forgets requests, failures and the in-flight maximum (routes stay). */
  reset(): void;
  close(): Promise<void>;
}

/** The stub's raw (not normalised) embedding, documented in the header comment. */
export function stubEmbedding(text: string, dimension: number): number[] {
  const out: number[] = [];
  let block = -1;
  let digest = Buffer.alloc(0);
  for (let j = 0; j < dimension; j++) {
    if (Math.floor(j / 32) !== block) {
      block = Math.floor(j / 32);
      digest = createHash('sha256').update(`${block}\u0000${text}`).digest();
    }
    out.push((digest[j % 32] - 127.5) / 64);
  }
  return out;
}

function openAIError(status: number, message: string, type: string): RouteResult {
  return { status, json: { error: { message, type, param: null, code: null } } };
}

function embeddingsRoute(options: Required<Omit<StubServerOptions, 'apiKey'>>): RouteHandler {
  return ({ body }) => {
    const request = body as { model?: unknown; input?: unknown; encoding_format?: unknown; dimensions?: unknown };
    if (typeof request !== 'object' || request === null) return openAIError(400, 'body must be a JSON object', 'invalid_request_error');
    if (typeof request.model !== 'string' || request.model === '') return openAIError(400, "'model' is required", 'invalid_request_error');
    const inputs = typeof request.input === 'string' ? [request.input] : request.input;
    if (!Array.isArray(inputs) || inputs.length === 0 || inputs.some((x) => typeof x !== 'string' || x === '')) {
      return openAIError(400, "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.", 'invalid_request_error');
    }
    const dimension = request.dimensions === undefined ? options.dimension : Number(request.dimensions);
    if (!Number.isInteger(dimension) || dimension < 1) return openAIError(400, "'dimensions' must be a positive integer", 'invalid_request_error');
    const base64 = request.encoding_format === 'base64';
    const data = (inputs as string[]).map((text, index) => {
      const vector = stubEmbedding(text, dimension);
      const embedding = base64 ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
      return { object: 'embedding', index, embedding };
    });
    if (options.order === 'reverse') data.reverse();
    const tokens = (inputs as string[]).reduce((s, t) => s + t.split(/\s+/).length, 0);
    return { json: { object: 'list', data, model: request.model, usage: { prompt_tokens: tokens, total_tokens: tokens } } };
  };
}

export async function startOpenAIStubServer(options: StubServerOptions = {}): Promise<OpenAIStubServer> {
  const settings = { dimension: options.dimension ?? 8, latencyMs: options.latencyMs ?? 0, order: options.order ?? 'reverse' } as const;
  const routes = new Map<string, RouteHandler>([['POST /v1/embeddings', embeddingsRoute(settings)]]);
  const requests: RecordedRequest[] = [];
  let failures: Failure[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const timers = new Set<NodeJS.Timeout>();

  const wait = (ms: number, res: ServerResponse): Promise<boolean> =>
    new Promise((resolve) => {
      if (ms <= 0) return resolve(!res.destroyed);
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve(!res.destroyed);
      }, ms);
      timers.add(timer);
      res.once('close', () => {
        clearTimeout(timer);
        timers.delete(timer);
        resolve(false);
      });
    });

  const send = (res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void => {
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...headers });
    res.end(body);
  };

  const takeFailure = (path: string): Failure | undefined => {
    const i = failures.findIndex((f) => f.path === undefined || f.path === path);
    return i < 0 ? undefined : failures.splice(i, 1)[0];
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      // keep the raw text
    }
    const path = (req.url ?? '/').split('?')[0];
    const record: RecordedRequest = { method: req.method ?? 'GET', path, headers: req.headers, body, receivedAt: performance.now(), outcome: 'ok' };
    requests.push(record);

    if (!(await wait(settings.latencyMs, res))) return;
    const handler = routes.get(`${record.method} ${path}`);
    if (!handler) return send(res, 404, 'application/json', JSON.stringify(openAIError(404, `no route ${record.method} ${path}`, 'invalid_request_error').json));

    const failure = takeFailure(path);
    if (failure) record.outcome = failure.type;
    if (failure?.type === 'echo-authorization') {
      return send(res, 401, 'application/json', JSON.stringify(openAIError(401, `Incorrect API key provided: ${req.headers.authorization ?? '(none)'}`, 'invalid_request_error').json));
    }
    if (failure === undefined && options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      record.outcome = 'unauthorized';
      return send(res, 401, 'application/json', JSON.stringify(openAIError(401, 'You didn\u2019t provide a valid API key.', 'invalid_request_error').json));
    }
    switch (failure?.type) {
      case 'status':
        return send(res, failure.status, 'application/json', JSON.stringify(openAIError(failure.status, failure.message ?? `injected ${failure.status}`, 'server_error').json), failure.headers);
      case 'rate-limit': {
        const headers: Record<string, string> = {};
        if (failure.retryAfterSeconds !== undefined) headers['retry-after'] = String(failure.retryAfterSeconds);
        if (failure.retryAfterMs !== undefined) headers['retry-after-ms'] = String(failure.retryAfterMs);
        return send(res, 429, 'application/json', JSON.stringify(openAIError(429, 'Rate limit reached for requests', 'requests').json), headers);
      }
      case 'malformed-json':
        return send(res, 200, 'application/json', '{"object": "list", "data": [{"index": 0, "embedding": [0.1, 0.2');
      case 'raw':
        return send(res, failure.status ?? 200, failure.contentType ?? 'application/json', failure.body);
      case 'delay':
        if (!(await wait(failure.ms, res))) return;
        break;
      default:
        break;
    }

    const result = await handler({ request: record, body });
    let json = result.json;
    if (failure?.type === 'transform' && (result.status ?? 200) === 200) json = failure.transform(json as Record<string, unknown>);
    const payload = JSON.stringify(json);
    if (failure?.type === 'stall-body') {
      res.writeHead(result.status ?? 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...result.headers });
      res.flushHeaders();
      if (!(await wait(failure.ms, res))) return;
      res.end(payload);
      return;
    }
    send(res, result.status ?? 200, 'application/json', payload, result.headers);
  };

  const server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let counted = true;
    const finish = (): void => {
      if (counted) inFlight--;
      counted = false;
    };
    res.once('close', finish);
    handle(req, res).catch((error: unknown) => {
      send(res, 500, 'text/plain', `stub server bug: ${String(error)}`);
    });
  });
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    baseURL: `${url}/v1`,
    requests,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    failNext: (...more) => {
      failures.push(...more);
    },
    addRoute: (method, path, handler) => {
      routes.set(`${method.toUpperCase()} ${path}`, handler);
    },
    reset: () => {
      requests.length = 0;
      failures = [];
      maxInFlight = inFlight;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
