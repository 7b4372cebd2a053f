import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InvalidArgumentError, SynthscopeError } from '../../src/core/errors.js';
import { createOpenAIEmbedder } from '../../src/embed/openai-embedder.js';
import { startOpenAIStubServer, type OpenAIStubServer } from '../helpers/openai-stub-server.js';

/**
 * The stub's documented recipe, recomputed here on its own: component j is
 * (sha256(floor(j/32) + "\0" + text)[j % 32] − 127.5) / 64, then we L2-normalise in float64.
 */
function expectedUnitVector(text: string, dimension: number): number[] {
  const raw: number[] = [];
  for (let j = 0; j < dimension; j++) {
    const digest = createHash('sha256').update(`${Math.floor(j / 32)}\u0000${text}`).digest();
    raw.push((digest[j % 32] - 127.5) / 64);
  }
  const norm = Math.sqrt(raw.reduce((s, x) => s + x * x, 0));
  return raw.map((x) => x / norm);
}

function rowOf(data: Float32Array, r: number, dimension: number): number[] {
  return Array.from(data.subarray(r * dimension, (r + 1) * dimension));
}

const gap = (stub: OpenAIStubServer, i: number): number => stub.requests[i].receivedAt - stub.requests[i - 1].receivedAt;

/** Fast retries for tests; the defaults (500 ms base, 8 s cap) are checked in the options test. */
const fast = { retryBaseDelayMs: 10, retryMaxDelayMs: 50 };

let stub: OpenAIStubServer;
beforeEach(async () => {
  stub = await startOpenAIStubServer({ dimension: 8 });
});
afterEach(async () => {
  await stub.close();
});

async function rejection(promise: Promise<unknown>): Promise<SynthscopeError> {
  try {
    await promise;
  } catch (error) {
    return error as SynthscopeError;
  }
  throw new Error('expected a rejection');
}

describe('createOpenAIEmbedder: results', () => {
  it('learns the dimension from one probe request, then returns unit rows in input order although the server answers in reverse', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'stub-model', baseURL: stub.baseURL, batchSize: 2 });
    expect(embedder.id).toBe('openai:stub-model');
    expect(embedder.revision).toBe('stub-model');
    expect(embedder.dimension).toBe(8);
    expect(stub.requests).toHaveLength(1);

    const texts = ['a cat sat', 'the dog ran', 'naïve café ☕', 'x', 'fifth text'];
    const m = await embedder.embed(texts);
    expect(m.rows).toBe(5);
    expect(m.dimension).toBe(8);
    texts.forEach((text, r) => {
      const expected = expectedUnitVector(text, 8);
      // float32 storage: rounding error ≤ 6e-8 per unit-scale value.
      rowOf(m.data, r, 8).forEach((x, j) => expect(x).toBeCloseTo(expected[j], 6));
    });
    // probe + ceil(5 / 2) batches, each asking for floats, inputs in order.
    expect(stub.requests).toHaveLength(4);
    expect(stub.requests.slice(1).map((r) => (r.body as { input: string[] }).input)).toEqual([texts.slice(0, 2), texts.slice(2, 4), texts.slice(4)]);
    expect(stub.requests.every((r) => (r.body as { encoding_format: string }).encoding_format === 'float')).toBe(true);
    await embedder.dispose();
  });

  it('with dimensions set, sends them, makes no probe request and records them in the revision', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 40 });
    expect(stub.requests).toHaveLength(0);
    expect(embedder.dimension).toBe(40);
    expect(embedder.revision).toBe('m;dimensions=40');
    const m = await embedder.embed(['hello']);
    expect((stub.requests[0].body as { dimensions: number }).dimensions).toBe(40);
    // 40 > 32 components exercises the second hash block of the recipe.
    rowOf(m.data, 0, 40).forEach((x, j) => expect(x).toBeCloseTo(expectedUnitVector('hello', 40)[j], 6));
  });

  it('splits n texts into ceil(n / batchSize) requests and reports progress up to n', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8, batchSize: 128 });
    const texts = Array.from({ length: 1000 }, (_, i) => `text number ${i}`);
    const progress: number[] = [];
    const m = await embedder.embed(texts, { onProgress: (done, total) => progress.push(done / total) });
    expect(stub.requests).toHaveLength(8);
    expect(progress).toHaveLength(8);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    rowOf(m.data, 999, 8).forEach((x, j) => expect(x).toBeCloseTo(expectedUnitVector('text number 999', 8)[j], 6));
  });

  it('keeps at most `concurrency` requests in flight, also across simultaneous embed() calls', async () => {
    await stub.close();
    stub = await startOpenAIStubServer({ dimension: 8, latencyMs: 40 });
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8, batchSize: 1, concurrency: 3 });
    const texts = Array.from({ length: 12 }, (_, i) => `t${i}`);
    await Promise.all([embedder.embed(texts), embedder.embed(texts)]);
    expect(stub.requests).toHaveLength(24);
    expect(stub.maxInFlight).toBe(3);
  });

  it('returns an empty matrix for no texts without any request, and refuses empty strings and non-strings', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8 });
    expect(await embedder.embed([])).toEqual({ rows: 0, dimension: 8, data: new Float32Array(0) });
    await expect(embedder.embed(['ok', ''])).rejects.toThrow(/refuses the empty text at row 1/);
    await expect(embedder.embed(['ok', 3 as unknown as string])).rejects.toThrow(InvalidArgumentError);
    expect(stub.requests).toHaveLength(0);
  });

  it('decodes base64 rows from a server that sends them although floats were asked for', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8 });
    stub.failNext({
      type: 'transform',
      transform: (json) => ({
        ...json,
        data: (json.data as { index: number; embedding: number[] }[]).map((d) => ({ ...d, embedding: Buffer.from(new Float32Array(d.embedding).buffer).toString('base64') })),
      }),
    });
    const m = await embedder.embed(['b64']);
    rowOf(m.data, 0, 8).forEach((x, j) => expect(x).toBeCloseTo(expectedUnitVector('b64', 8)[j], 6));
  });

  it('refuses to embed after dispose()', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8 });
    await embedder.dispose();
    await embedder.dispose();
    await expect(embedder.embed(['a'])).rejects.toThrow(/was disposed/);
  });
});

describe('createOpenAIEmbedder: retries and timeouts', () => {
  it('waits as long as a 429 Retry-After (seconds) asks, then succeeds on the second request', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8 });
    stub.failNext({ type: 'rate-limit', retryAfterSeconds: 1 });
    const m = await embedder.embed(['a']);
    expect(stub.requests.map((r) => r.outcome)).toEqual(['rate-limit', 'ok']);
    expect(gap(stub, 1)).toBeGreaterThanOrEqual(990);
    expect(gap(stub, 1)).toBeLessThan(1600);
    rowOf(m.data, 0, 8).forEach((x, j) => expect(x).toBeCloseTo(expectedUnitVector('a', 8)[j], 6));
  });

  it('prefers retry-after-ms over Retry-After when both are sent', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8 });
    stub.failNext({ type: 'rate-limit', retryAfterSeconds: 30, retryAfterMs: 250 });
    await embedder.embed(['a']);
    expect(stub.requests).toHaveLength(2);
    expect(gap(stub, 1)).toBeGreaterThanOrEqual(240);
    expect(gap(stub, 1)).toBeLessThan(1000);
  });

  it('retries a 500 and a 503 with backoff and returns the right rows', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8, ...fast });
    stub.failNext({ type: 'status', status: 500 }, { type: 'status', status: 503 });
    const m = await embedder.embed(['a', 'b']);
    expect(stub.requests.map((r) => r.outcome)).toEqual(['status', 'status', 'ok']);
    rowOf(m.data, 1, 8).forEach((x, j) => expect(x).toBeCloseTo(expectedUnitVector('b', 8)[j], 6));
  });

  it('gives up on a request whose headers do not arrive within timeoutMs and retries it', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8, timeoutMs: 300, ...fast });
    stub.failNext({ type: 'delay', ms: 3000 });
    const started = performance.now();
    await embedder.embed(['a']);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(stub.requests.map((r) => r.outcome)).toEqual(['delay', 'ok']);
  });

  it('also times out a response whose body stalls after the headers (the openai client alone does not)', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8, timeoutMs: 300, ...fast });
    stub.failNext({ type: 'stall-body', ms: 3000 });
    const started = performance.now();
    await embedder.embed(['a']);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(stub.requests.map((r) => r.outcome)).toEqual(['stall-body', 'ok']);
  });

  it('(why this layer exists) openai 6 with its own timeout still waits out a stalled body', async () => {
    // If this starts failing after an openai upgrade, the client's own timeout may now be enough.
    const client = new OpenAI({ apiKey: 'k', baseURL: stub.baseURL, timeout: 200, maxRetries: 0 });
    stub.failNext({ type: 'stall-body', ms: 800 });
    const started = performance.now();
    await client.embeddings.create({ model: 'm', input: ['a'], encoding_format: 'float' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(750);
  });

  it('after maxRetries failed retries throws REMOTE naming the model, URL, status, retries and server message', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8, maxRetries: 2, ...fast });
    stub.failNext(...Array.from({ length: 3 }, () => ({ type: 'status' as const, status: 500, message: 'upstream exploded' })));
    const error = await rejection(embedder.embed(['a']));
    expect(error).toBeInstanceOf(SynthscopeError);
    expect(error.code).toBe('REMOTE');
    expect(error.message).toBe(`openai:m at ${stub.baseURL}: HTTP 500 after 2 retries: upstream exploded`);
    expect(stub.requests).toHaveLength(3);
  });

  it('does not retry a 400 and passes its message on', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8, ...fast });
    stub.failNext({ type: 'status', status: 400, message: "'$.input' is invalid" });
    const error = await rejection(embedder.embed(['a']));
    expect(error.message).toBe(`openai:m at ${stub.baseURL}: HTTP 400: '$.input' is invalid`);
    expect(stub.requests).toHaveLength(1);
  });

  it('keeps the message of servers that answer errors as {object: "error", message} (vLLM) or plain text', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8, maxRetries: 0 });
    stub.failNext({ type: 'raw', status: 400, body: '{"object":"error","message":"This model does not support embeddings","type":"BadRequestError","code":400}' });
    expect((await rejection(embedder.embed(['a']))).message).toMatch(/HTTP 400: This model does not support embeddings$/);
    stub.failNext({ type: 'raw', status: 502, contentType: 'text/plain', body: 'bad gateway from proxy' });
    expect((await rejection(embedder.embed(['a']))).message).toMatch(/HTTP 502: bad gateway from proxy$/);
  });

  it('reports a refused connection after its retries', async () => {
    const url = stub.baseURL;
    await stub.close();
    const error = await rejection(createOpenAIEmbedder({ model: 'm', baseURL: url, maxRetries: 1, ...fast }));
    expect(error.code).toBe('REMOTE');
    expect(error.message).toBe(`openai:m at ${url}: connection failed (ECONNREFUSED) after 1 retry`);
    stub = await startOpenAIStubServer();
  });

  it('stops at once when the caller aborts during a Retry-After wait', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8 });
    stub.failNext({ type: 'rate-limit', retryAfterSeconds: 5 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user cancelled')), 100);
    const started = performance.now();
    await expect(embedder.embed(['a'], { signal: controller.signal })).rejects.toThrow('user cancelled');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(stub.requests).toHaveLength(1);
  });

  it('stops the other batches after one fails for good', async () => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8, batchSize: 1, concurrency: 1, maxRetries: 0 });
    stub.failNext({ type: 'status', status: 400 });
    await expect(embedder.embed(['a', 'b', 'c', 'd'])).rejects.toThrow(/HTTP 400/);
    expect(stub.requests).toHaveLength(1);
  });
});

describe('createOpenAIEmbedder: response checks', () => {
  const cases: [string, Parameters<OpenAIStubServer['failNext']>[0], string][] = [
    ['malformed JSON', { type: 'malformed-json' }, 'the response is not valid JSON: '],
    [
      'one embedding too few',
      { type: 'transform', transform: (json) => ({ ...json, data: (json.data as unknown[]).slice(1) }) },
      'the response has 1 embeddings for 2 inputs',
    ],
    [
      'a repeated index',
      { type: 'transform', transform: (json) => ({ ...json, data: (json.data as object[]).map((d) => ({ ...d, index: 0 })) }) },
      'the response has a missing, out-of-range or repeated index (0) among 2 inputs',
    ],
    [
      'a non-finite value (1e999 parses to Infinity)',
      { type: 'raw', body: '{"object":"list","data":[{"index":0,"embedding":[1,2,3,4,5,6,7,1e999]},{"index":1,"embedding":[1,2,3,4,5,6,7,8]}]}' },
      'embedding 0 has a non-finite value (Infinity) at position 7',
    ],
    [
      'a width other than the embedder dimension',
      { type: 'raw', body: '{"object":"list","data":[{"index":0,"embedding":[1,2,3,4]},{"index":1,"embedding":[1,2,3,4]}]}' },
      'embedding 0 has 4 values, expected 8',
    ],
    [
      'an all-zero vector',
      { type: 'raw', body: '{"object":"list","data":[{"index":0,"embedding":[0,0,0,0,0,0,0,0]},{"index":1,"embedding":[1,2,3,4,5,6,7,8]}]}' },
      'embedding 0 has zero or overflowing length and cannot be normalised',
    ],
    ['an HTML page with status 200', { type: 'raw', contentType: 'text/html', body: '<html>login</html>' }, 'the response has no data array (got text "<html>login</html>")'],
  ];
  it.each(cases)('refuses %s with a REMOTE error and no retry', async (_name, failure, message) => {
    const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, dimensions: 8 });
    stub.failNext(failure);
    const error = await rejection(embedder.embed(['a', 'b']));
    expect(error.code).toBe('REMOTE');
    expect(error.message).toContain(`openai:m at ${stub.baseURL}: ${message}`);
    expect(stub.requests).toHaveLength(1);
  });
});

describe('createOpenAIEmbedder: the API key', () => {
  const KEY = 'sk-synthscope-FAKE-KEY-7c1e5d9a0b3f';

  it('is sent as a bearer token when given, and no Authorization header is sent without one', async () => {
    await stub.close();
    stub = await startOpenAIStubServer({ apiKey: KEY });
    const withKey = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, apiKey: KEY });
    await withKey.embed(['a']);
    expect(stub.requests.every((r) => r.headers.authorization === `Bearer ${KEY}`)).toBe(true);

    stub.reset();
    const error = await rejection(createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, maxRetries: 0 }));
    expect(stub.requests[0].headers.authorization).toBeUndefined();
    expect(error.message).toMatch(/HTTP 401: You didn.t provide a valid API key\.$/);
    expect(error.details).toEqual(['no API key was given (the CLI reads OPENAI_API_KEY)']);
  });

  it('never appears in errors, the embedder object or console output, even when the server echoes it', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((name) => vi.spyOn(console, name));
    const stderr = vi.spyOn(process.stderr, 'write');
    try {
      const embedder = await createOpenAIEmbedder({ model: 'm', baseURL: stub.baseURL, apiKey: KEY, maxRetries: 1, timeoutMs: 200, ...fast });
      const errors: SynthscopeError[] = [];
      stub.failNext({ type: 'echo-authorization' });
      errors.push(await rejection(embedder.embed(['a'])));
      stub.failNext({ type: 'status', status: 500, message: `bad key ${KEY}` }, { type: 'status', status: 500, message: `bad key ${KEY}` });
      errors.push(await rejection(embedder.embed(['a'])));
      stub.failNext({ type: 'delay', ms: 1000 }, { type: 'delay', ms: 1000 });
      errors.push(await rejection(embedder.embed(['a'])));
      stub.failNext({ type: 'raw', body: `{"data": "${KEY}"}` });
      errors.push(await rejection(embedder.embed(['a'])));

      expect(errors[0].message).toBe(`openai:m at ${stub.baseURL}: HTTP 401: Incorrect API key provided: Bearer [redacted]`);
      for (const error of errors) {
        expect(error.code).toBe('REMOTE');
        const everything = [error.message, error.stack, JSON.stringify(error.details), inspect(error, { depth: 5 }), String(error.cause)].join('\n');
        expect(everything).not.toContain(KEY);
      }
      expect(inspect(embedder, { depth: 5, showHidden: true })).not.toContain(KEY);
      expect(JSON.stringify(embedder)).not.toContain(KEY);
      const printed = [...spies.flatMap((s) => s.mock.calls), ...stderr.mock.calls].map((call) => inspect(call, { depth: 5 })).join('\n');
      expect(printed).not.toContain(KEY);
    } finally {
      spies.forEach((s) => s.mockRestore());
      stderr.mockRestore();
    }
  });

  it('refuses a baseURL with credentials in it, without repeating them', async () => {
    const error = await rejection(createOpenAIEmbedder({ model: 'm', baseURL: 'http://user:hunter2@127.0.0.1:9/v1' }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).not.toContain('hunter2');
  });
});

describe('createOpenAIEmbedder: options', () => {
  it('refuses a missing model and out-of-range numbers, naming the option', async () => {
    await expect(createOpenAIEmbedder({ model: '' })).rejects.toThrow('createOpenAIEmbedder needs a model name, got ""');
    await expect(createOpenAIEmbedder({ model: 'm', batchSize: 0 })).rejects.toThrow('createOpenAIEmbedder needs batchSize to be an integer ≥ 1, got 0');
    await expect(createOpenAIEmbedder({ model: 'm', concurrency: 1.5 })).rejects.toThrow(/concurrency/);
    await expect(createOpenAIEmbedder({ model: 'm', maxRetries: -1 })).rejects.toThrow(/maxRetries/);
    await expect(createOpenAIEmbedder({ model: 'm', timeoutMs: Number.NaN })).rejects.toThrow(/timeoutMs/);
    await expect(createOpenAIEmbedder({ model: 'm', baseURL: 'ftp://x' })).rejects.toThrow(/http\(s\) URL/);
  });
});
