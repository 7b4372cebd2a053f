import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate/evaluate.js';
import { createEmbedder } from '../../../src/embed/create-embedder.js';
import type { Embedder } from '../../../src/embed/types.js';
import { agreementMetrics } from '../../../src/metrics/agreement/index.js';
import { createOpenAILabelJudge } from '../../../src/openai/openai-label-judge.js';
import { startOpenAIStubServer, type OpenAIStubServer } from '../../helpers/openai-stub-server.js';
import { TEST_CACHE_DIR } from '../../helpers/test-cache.js';
import { realPair, shuffleLabels } from './agreement-data.js';

const KEY = 'sk-judge-test-key-4242';

let embedder: Embedder;
let stub: OpenAIStubServer;
/** What the stub "model" answers: the label people gave each text in the real dataset. */
const truth = new Map<string, string>();

beforeAll(async () => {
  embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
  stub = await startOpenAIStubServer({ apiKey: KEY });
  stub.addRoute('POST', '/v1/chat/completions', ({ body }) => {
    const messages = (body as { messages: Array<{ role: string; content: string }> }).messages;
    const text = messages[messages.length - 1].content;
    const label = truth.get(text);
    return {
      json: {
        id: 'chatcmpl-judge',
        object: 'chat.completion',
        created: 0,
        model: 'judge',
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: label === undefined ? 'no idea' : JSON.stringify({ label }) } }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      },
    };
  });
});
afterAll(async () => {
  await embedder?.dispose();
  await stub?.close();
});

describe('agreement: LLM judge through an OpenAI-compatible endpoint (loopback stub)', () => {
  it('adds the judge as an annotator on a seeded sample of rows; a judge that gives the true labels disagrees exactly with the relabelled rows', async () => {
    const pair = await realPair('sentiment_uci_labelled_sentences', 300, 600);
    for (const d of [pair.synthetic, pair.real]) for (const r of d.rows) truth.set(r.text, String(r.label));
    const { data: synthetic, changed } = shuffleLabels(pair.synthetic, pair.labels, 0.3);
    const judge = createOpenAILabelJudge({ baseURL: stub.baseURL, model: 'judge', apiKey: KEY, concurrency: 4 });
    const results = await evaluate({
      synthetic,
      real: pair.real,
      embedder,
      seed: 3,
      metrics: agreementMetrics,
      judge,
      config: { agreement: { judge: { baseURL: stub.baseURL, model: 'judge', maxRows: 120 } } },
    });
    const kappa = results.metrics.find((m) => m.id === 'agreement.cohen-kappa')!;
    const annotators = (kappa.details.annotators as Array<{ id: string; status: string; n: number; agreement: number | null; kappa: number | null }>);
    const llm = annotators.find((a) => a.id === 'llm-judge')!;
    expect(llm.status).toBe('ok');
    expect(llm.n).toBe(120);
    // The judge answers what people wrote; it disagrees with the intended label exactly on the
    // relabelled rows among those it was asked about (about 30% of them).
    expect(llm.agreement!).toBeGreaterThan(0.6);
    expect(llm.agreement!).toBeLessThan(0.8);
    expect(changed.size).toBeGreaterThan(60);
    // Value and baseline passes each ask 120 rows; nothing is asked twice.
    const asked = stub.requests.filter((r) => r.path === '/v1/chat/completions');
    expect(asked.length).toBe(240);
    expect(results.samples.some((s) => s.purpose.includes('LLM judge rows'))).toBe(true);
    expect(JSON.stringify(results)).not.toContain(KEY);
  });

  it('is reported as skipped, with the reason, when configured but no judge client is given', async () => {
    const pair = await realPair('sentiment_uci_labelled_sentences', 100, 300);
    const results = await evaluate({
      synthetic: pair.synthetic,
      real: pair.real,
      embedder,
      seed: 3,
      metrics: agreementMetrics,
      config: { agreement: { judge: { baseURL: stub.baseURL, model: 'judge' } } },
    });
    const kappa = results.metrics.find((m) => m.id === 'agreement.cohen-kappa')!;
    const llm = (kappa.details.annotators as Array<{ id: string; status: string; reason?: string }>).find((a) => a.id === 'llm-judge')!;
    expect(llm.status).toBe('skipped');
    expect(llm.reason).toMatch(/no judge client was given/);
  });
});
