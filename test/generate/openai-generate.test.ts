import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SynthscopeError } from '../../src/core/errors.js';
import { buildPrompt } from '../../src/generate/build-prompt.js';
import type { GenerateConfigInput } from '../../src/generate/config-schema.js';
import { estimateTokens } from '../../src/generate/estimate-tokens.js';
import { generate, type GenerateOptions } from '../../src/generate/generate.js';
import { parseGenerateConfig } from '../../src/generate/parse-generate-config.js';
import { planGeneration } from '../../src/generate/plan-generation.js';
import { addChatCompletionsRoute, CHAT_PATH, type ChatRoute, type ChatRouteOptions } from '../helpers/openai-chat-route.js';
import { startOpenAIStubServer, type OpenAIStubServer } from '../helpers/openai-stub-server.js';

const KEY = 'sk-test-7f3a9c2e1b5d4f60a8c9';
const NOW = new Date('2025-01-02T03:04:05.000Z');

/** Six items (three labels × 2), fast retries, prices for cost checks. */
const baseConfig: GenerateConfigInput = {
  task: 'classification',
  seed: 13,
  labels: [
    { name: 'positive', count: 2, description: 'pleased' },
    { name: 'neutral', count: 2 },
    { name: 'negative', count: 2 },
  ],
  variation: { topics: ['kettle', 'lamp'], styles: ['terse', 'chatty'] },
  provider: { model: 'stub-model', temperature: 0.7, maxTokens: 100, concurrency: 1, retryBaseDelayMs: 5, retryMaxDelayMs: 20, timeoutMs: 3000 },
  pricing: { inputPerMillion: 2, outputPerMillion: 8 },
};

let stub: OpenAIStubServer;
let dir: string;
let warnings: string[];

async function setup(route: ChatRouteOptions = {}, server: Parameters<typeof startOpenAIStubServer>[0] = {}): Promise<ChatRoute> {
  stub = await startOpenAIStubServer(server);
  return addChatCompletionsRoute(stub, route);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthscope-gen-'));
  warnings = [];
});
afterEach(async () => {
  await stub?.close();
  await rm(dir, { recursive: true, force: true });
});

const out = (): string => join(dir, 'synth.jsonl');
function run(config: GenerateConfigInput = baseConfig, options: GenerateOptions = {}) {
  return generate(config, {
    out: out(),
    provider: 'openai',
    now: () => NOW,
    onWarning: (m) => warnings.push(m),
    ...options,
    openai: { baseURL: stub.baseURL, ...options.openai },
  });
}
const rows = async (path = out()) =>
  (await readFile(path, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, any>);
const chatRequests = () => stub.requests.filter((r) => r.path === CHAT_PATH);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('generate with an OpenAI-compatible server: requests and rows', () => {
  it('asks for structured outputs and writes one row per item, with provenance and the usage the server reported', async () => {
    const chat = await setup();
    const result = await run();
    const config = parseGenerateConfig(baseConfig);
    const items = planGeneration(config);

    expect(result).toMatchObject({ planned: 6, written: 6, skipped: 0, failures: [], requests: 6, provider: 'openai', model: 'stub-model' });
    const written = await rows();
    expect(written.map((r) => r.id)).toEqual(items.map((i) => i.id));

    chat.calls.forEach((call, i) => {
      const item = items[i];
      expect(call.body).toMatchObject({
        model: 'stub-model',
        temperature: 0.7,
        max_tokens: 100,
        seed: item.seed % 2 ** 31,
        response_format: { type: 'json_schema', json_schema: { name: 'classification_text', strict: true } },
      });
      expect(call.messages).toEqual(buildPrompt(config, item).messages);
      const row = written[i];
      // The stub's documented answer for these messages and schema.
      expect(row.text).toBe(chat.answerFor(call.messages, (call.body.response_format as any).json_schema.schema).text);
      expect(row.label).toBe(item.label);
      const promptTokens = call.messages.reduce((s, m) => s + words(m.content), 0);
      expect(row.provenance).toEqual({
        provider: 'openai',
        model: 'stub-model',
        promptTemplateId: 'classification:default@1',
        parameters: { temperature: 0.7, maxTokens: 100, ...item.variation, attempts: 1 },
        seed: 13,
        exemplarIds: [],
        usage: { promptTokens, completionTokens: words(row.text) },
        createdAt: NOW.toISOString(),
      });
    });
    const prompt = written.reduce((s, r) => s + r.provenance.usage.promptTokens, 0);
    const completion = written.reduce((s, r) => s + r.provenance.usage.completionTokens, 0);
    expect(result.tokens).toEqual({ promptTokens: prompt, completionTokens: completion, cachedPromptTokens: 0, cachedCompletionTokens: 0 });
    expect(result.cost?.amount).toBeCloseTo((prompt * 2 + completion * 8) / 1e6, 15);
    expect(result.cost?.currency).toBe('USD');
  });

  it('falls back from JSON schema to JSON mode, then to the prompt alone, when the server refuses them, warning once each', async () => {
    const chat = await setup({ jsonSchema: false, jsonObject: false });
    const result = await run();
    expect(result.written).toBe(6);
    expect(chat.calls.map((c) => c.format)).toEqual(['json_schema', 'json_object', 'none', 'none', 'none', 'none', 'none', 'none']);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/does not take response_format json_schema \(response_format type json_schema is not supported by this server\); using json_object/);
    expect(warnings[1]).toMatch(/using the prompt alone from now on$/);
  });

  it('does not fall back when the config pins the response format', async () => {
    await setup({ jsonSchema: false });
    const error = await run({ ...baseConfig, provider: { ...baseConfig.provider, responseFormat: 'json_schema' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SynthscopeError);
    expect((error as SynthscopeError).message).toBe(
      `openai:stub-model at ${stub.baseURL}: HTTP 400: response_format type json_schema is not supported by this server`,
    );
  });

  it('generates dialogues, qa pairs and structured rows through the same path', async () => {
    await setup();
    const dialogue = await run({ task: 'dialogue', count: 2, roles: ['customer', 'agent'], turns: { min: 4, max: 6 }, provider: { model: 'm' } });
    expect(dialogue.written).toBe(2);
    for (const row of await rows()) {
      expect(row.turns.map((t: { role: string }) => t.role)).toEqual(['customer', 'agent', 'customer', 'agent']);
      expect(row.text.split('\n')[0]).toBe(`customer: ${row.turns[0].content}`);
    }
    await run({ task: 'qa', count: 1, passages: [{ id: 'p1', text: 'Returns take 30 days.' }], provider: { model: 'm' } });
    expect((await rows())[0]).toMatchObject({ id: 'qa-0001', context: 'Returns take 30 days.', passageId: 'p1', label: null });
    await run({ task: 'structured', count: 1, schema: { type: 'object', properties: { age: { type: 'integer', minimum: 18, maximum: 20 } }, required: ['age'] }, provider: { model: 'm' } });
    expect((await rows())[0].age).toBeGreaterThanOrEqual(18);
  });

  it('puts exemplars in the prompt and their ids in provenance', async () => {
    const chat = await setup();
    const exemplars = [
      { id: 'real-1', text: 'Great kettle, boils fast.', label: 'positive' },
      { id: 'real-2', text: 'Broke in a week.', label: 'negative' },
    ];
    await run({ ...baseConfig, examples: { k: 1 } }, { exemplars });
    const written = await rows();
    expect(written[0].provenance.exemplarIds).toEqual(['real-1']);
    expect(written[5].provenance.exemplarIds).toEqual(['real-2']);
    expect(chat.calls[0].messages[1].content).toContain('- Great kettle, boils fast.');
  });
});

describe('generate with an OpenAI-compatible server: failures', () => {
  it('waits as long as Retry-After says on a 429, not the backoff', async () => {
    await setup();
    stub.failNext({ type: 'rate-limit', retryAfterSeconds: 0.3, path: CHAT_PATH });
    // A 5 s backoff base would show if Retry-After were ignored.
    const result = await run({ ...baseConfig, provider: { ...baseConfig.provider, retryBaseDelayMs: 5000, retryMaxDelayMs: 5000 } });
    expect(result.written).toBe(6);
    const [limited, retry] = chatRequests();
    expect(limited.outcome).toBe('rate-limit');
    const gap = retry.receivedAt - limited.receivedAt;
    expect(gap).toBeGreaterThanOrEqual(290);
    expect(gap).toBeLessThan(1500);
  });

  it('retries 500s with exponential backoff: base · 2^k with the jitter draw at 1', async () => {
    await setup();
    stub.failNext(...[1, 2, 3].map(() => ({ type: 'status' as const, status: 500, path: CHAT_PATH })));
    const result = await run({ ...baseConfig, provider: { ...baseConfig.provider, retryBaseDelayMs: 40, retryMaxDelayMs: 1000 } }, { openai: { random: () => 1 } });
    expect(result.written).toBe(6);
    expect(result.requests).toBe(9);
    const r = chatRequests();
    // waits of 40, 80, 160 ms before retries 1, 2, 3 (timer resolution: allow 5 ms early)
    expect(r[1].receivedAt - r[0].receivedAt).toBeGreaterThanOrEqual(35);
    expect(r[2].receivedAt - r[1].receivedAt).toBeGreaterThanOrEqual(75);
    expect(r[3].receivedAt - r[2].receivedAt).toBeGreaterThanOrEqual(155);
  });

  it('abandons a response slower than the timeout, or a body that stalls, and retries', async () => {
    await setup();
    stub.failNext({ type: 'delay', ms: 2000, path: CHAT_PATH }, { type: 'stall-body', ms: 2000, path: CHAT_PATH });
    const started = performance.now();
    const result = await run({ ...baseConfig, provider: { ...baseConfig.provider, timeoutMs: 200 } });
    expect(result.written).toBe(6);
    expect(result.requests).toBe(8);
    expect(performance.now() - started).toBeLessThan(1800);
  });

  it('retries a body that is not JSON', async () => {
    await setup();
    stub.failNext({ type: 'malformed-json', path: CHAT_PATH }, { type: 'raw', body: '{"choices": [', path: CHAT_PATH });
    const result = await run();
    expect(result.written).toBe(6);
    expect(result.requests).toBe(8);
  });

  it('sends an unusable answer back with the reason, and records the repair in provenance', async () => {
    const chat = await setup();
    chat.next({ type: 'malformed' }, { type: 'ok' }, { type: 'truncated' });
    const result = await run();
    expect(result.written).toBe(6);
    expect(chat.calls).toHaveLength(8);
    const repair = chat.calls[1].messages;
    expect(repair.slice(0, 2)).toEqual(chat.calls[0].messages);
    expect(repair[2]).toEqual({ role: 'assistant', content: "Sure! Here it is: {text: 'unquoted', and more" });
    expect(repair[3].role).toBe('user');
    expect(repair[3].content).toMatch(/^Your answer could not be used: the answer is not valid JSON \(.+\)\. Answer again with only one JSON object/);
    expect(chat.calls[3].messages[3].content).toContain('the answer was cut off at the token limit');
    const written = await rows();
    expect(written.map((r) => r.provenance.parameters.attempts)).toEqual([2, 2, 1, 1, 1, 1]);
    // usage adds up both requests of a repaired item
    expect(written[0].provenance.usage.promptTokens).toBe(chat.calls.slice(0, 2).reduce((s, c) => s + c.messages.reduce((t, m) => t + words(m.content), 0), 0));
  });

  it('accepts a fenced answer without another request', async () => {
    const chat = await setup();
    chat.next({ type: 'fenced' });
    expect((await run()).written).toBe(6);
    expect(chat.calls).toHaveLength(6);
  });

  it('records an item refused on every attempt as failed with the reason, and a resume asks for it again', async () => {
    const chat = await setup();
    chat.next({ type: 'refusal' }, { type: 'refusal' }, { type: 'refusal' });
    const result = await run();
    expect(result.written).toBe(5);
    expect(result.failures).toEqual([{ id: 'positive-0001', label: 'positive', reason: "the model refused: I'm sorry, but I can't help with that request.", attempts: 3 }]);
    expect(chat.calls[1].messages).toEqual(chat.calls[0].messages);
    const failuresPath = join(dir, 'synth.failures.jsonl');
    expect(result.failuresPath).toBe(failuresPath);
    expect(await rows(failuresPath)).toEqual(result.failures);
    expect((await rows()).map((r) => r.id)).not.toContain('positive-0001');

    const resumed = await run(baseConfig, { resume: true });
    expect(resumed).toMatchObject({ written: 1, skipped: 5, failures: [], failuresPath: null, requests: 1 });
    expect((await rows()).map((r) => r.id)).toEqual(planGeneration(parseGenerateConfig(baseConfig)).map((i) => i.id));
    await expect(stat(failuresPath)).rejects.toThrow(/ENOENT/);
  });

  it('stops on retries exhausted, keeping the rows already written, and says how to resume', async () => {
    await setup();
    let armed = false;
    const error = await run({ ...baseConfig, provider: { ...baseConfig.provider, maxRetries: 2 } }, {
      onProgress: (p) => {
        if (p.written === 2 && !armed) {
          armed = true;
          stub.failNext(...[1, 2, 3].map(() => ({ type: 'status' as const, status: 503, message: 'overloaded', path: CHAT_PATH })));
        }
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SynthscopeError);
    const e = error as SynthscopeError;
    expect(e.code).toBe('REMOTE');
    expect(e.exitCode).toBe(3);
    expect(e.message).toBe(`openai:stub-model at ${stub.baseURL}: HTTP 503 after 2 retries: overloaded`);
    expect(e.details).toEqual([`2 of 6 rows are in ${out()}; rerun with --resume to continue`]);
    expect((await rows()).map((r) => r.id)).toEqual(['positive-0001', 'positive-0002']);
  });

  it('never lets the API key into rows, failures, cache, warnings or errors, though it is sent', async () => {
    const chat = await setup({}, { apiKey: KEY });
    chat.next({ type: 'refusal' }, { type: 'refusal' }, { type: 'refusal', refusal: `I refuse, ${KEY}` });
    const cacheDir = join(dir, 'cache');
    const result = await run(baseConfig, { openai: { apiKey: KEY }, cacheDir });
    expect(chat.calls.every((c) => c.authorization === `Bearer ${KEY}`)).toBe(true);
    expect(result.failures[0].reason).toContain('[redacted]');

    // A careless server that echoes the Authorization header in its 401.
    stub.failNext({ type: 'echo-authorization', path: CHAT_PATH });
    const error = (await run(baseConfig, { openai: { apiKey: KEY }, cacheDir, out: join(dir, 'second.jsonl') }).catch((e: unknown) => e)) as SynthscopeError;
    expect(error.message).toContain('HTTP 401: Incorrect API key provided: Bearer [redacted]');

    const texts = [
      await readFile(out(), 'utf8'),
      await readFile(join(dir, 'synth.failures.jsonl'), 'utf8'),
      JSON.stringify(result),
      warnings.join('\n'),
      `${error.message}\n${error.details.join('\n')}\n${error.stack}`,
    ];
    for (const sub of await readdir(cacheDir)) for (const file of await readdir(join(cacheDir, sub))) texts.push(await readFile(join(cacheDir, sub, file), 'utf8'));
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(text).not.toContain(KEY);
  });
});

describe('generate with an OpenAI-compatible server: limits, cache, determinism, dry run', () => {
  it('keeps at most `concurrency` requests in flight', async () => {
    await setup({}, { latencyMs: 40 });
    const result = await run({ ...baseConfig, labels: [{ name: 'a', count: 12 }] }, { concurrency: 3 });
    expect(result.written).toBe(12);
    expect(stub.maxInFlight).toBe(3);
  });

  it('spreads requests to the requests-per-minute limit: at 1200 a minute, 20 at once, then one every 50 ms', async () => {
    await setup();
    const result = await run({ ...baseConfig, labels: [{ name: 'a', count: 30 }] }, { concurrency: 30, openai: { requestsPerMinute: 1200 } });
    expect(result.written).toBe(30);
    const times = chatRequests()
      .map((r) => r.receivedAt)
      .sort((a, b) => a - b);
    // The limiter starts 20 at once and one more every 50 ms, so by w ms after the first arrival at
    // most 20 + w/50 (+ 2 for timer and network slack) can have arrived; without it all 30 arrive
    // within a few ms. Network delays only make arrivals later, so this bound is safe to test.
    for (const w of [100, 200, 300]) expect(times.filter((t) => t <= times[0] + w).length).toBeLessThanOrEqual(20 + w / 50 + 2);
    expect(times[29] - times[0]).toBeGreaterThanOrEqual(300);
  });

  it('replays a rerun of the same config from the response cache at no cost, and asks again when the config changes', async () => {
    await setup();
    const cacheDir = join(dir, 'cache');
    const first = await run(baseConfig, { cacheDir });
    const firstFile = await readFile(out(), 'utf8');
    const second = await run(baseConfig, { cacheDir });
    expect(second).toMatchObject({ written: 6, fromCache: 6, requests: 0, cost: { amount: 0 } });
    expect(second.tokens).toEqual({
      promptTokens: 0,
      completionTokens: 0,
      cachedPromptTokens: first.tokens.promptTokens,
      cachedCompletionTokens: first.tokens.completionTokens,
    });
    expect(await readFile(out(), 'utf8')).toBe(firstFile);
    const changed = await run({ ...baseConfig, provider: { ...baseConfig.provider, temperature: 0.2 } }, { cacheDir });
    expect(changed.requests).toBe(6);
    const noCache = await run(baseConfig);
    expect(noCache.requests).toBe(6);
  });

  it('gives byte-identical files for the same config and seed', async () => {
    await setup({}, { latencyMs: 5 });
    await run(baseConfig, { concurrency: 4 });
    const a = await readFile(out(), 'utf8');
    await run(baseConfig, { concurrency: 4 });
    expect(await readFile(out(), 'utf8')).toBe(a);
  });

  it('plans a dry run without requests or files: estimated tokens and the cost range', async () => {
    await setup();
    const config = parseGenerateConfig(baseConfig);
    const result = await run(baseConfig, { dryRun: true });
    const prompt = planGeneration(config).reduce((s, item) => s + estimateTokens(buildPrompt(config, item).messages), 0);
    expect(result.plan).toMatchObject({
      task: 'classification',
      provider: 'openai',
      planned: 6,
      pending: 6,
      cached: 0,
      estimatedPromptTokens: prompt,
      maxCompletionTokens: 600,
    });
    expect(result.plan?.estimatedCost?.low).toBeCloseTo((prompt * 2) / 1e6, 15);
    expect(result.plan?.estimatedCost?.high).toBeCloseTo((prompt * 2 + 600 * 8) / 1e6, 15);
    expect(result.plan?.requests.map((r) => r.id)).toEqual(planGeneration(config).map((i) => i.id));
    expect(result.plan?.sample?.messages).toEqual(buildPrompt(config, planGeneration(config)[0]).messages);
    expect(stub.requests).toHaveLength(0);
    await expect(stat(out())).rejects.toThrow(/ENOENT/);

    const cacheDir = join(dir, 'cache');
    await run(baseConfig, { cacheDir });
    const again = await run(baseConfig, { cacheDir, dryRun: true });
    expect(again.plan).toMatchObject({ cached: 6, estimatedPromptTokens: 0, maxCompletionTokens: 0 });
  });
});
