import OpenAI from 'openai';

const silentLogger = { error() {}, warn() {}, info() {}, debug() {} };

/**
 * The `openai` npm client (v6) as synthscope's OpenAI-compatible embedder and generation
 * provider use it: its own retries off (`maxRetries: 0`, the callers retry), silent, no
 * OPENAI_* environment variables read (explicit nulls), no Authorization header without a key,
 * and error bodies rewritten so the server's message survives (see `readableErrors`).
 *
 * @example
 * const client = createOpenAIClient({ baseURL: 'http://localhost:8000/v1', timeoutMs: 60_000 });
 * await client.embeddings.create({ model: 'm', input: ['a'] }, { signal, maxRetries: 0, timeout: 60_000 });
 */
export function createOpenAIClient(options: { apiKey?: string; baseURL: string; timeoutMs: number }): OpenAI {
  const { apiKey } = options;
  return new OpenAI({
    // The client refuses to start without a key; with none given, a placeholder satisfies it and
    // the null Authorization header below keeps it from ever being sent.
    apiKey: apiKey ?? 'no-key',
    baseURL: options.baseURL,
    // Explicit nulls stop the client from falling back to OPENAI_* environment variables.
    adminAPIKey: null,
    organization: null,
    project: null,
    webhookSecret: null,
    maxRetries: 0,
    timeout: options.timeoutMs,
    logLevel: 'off',
    logger: silentLogger,
    fetch: readableErrors,
    ...(apiKey ? {} : { defaultHeaders: { Authorization: null } }),
  });
}

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
