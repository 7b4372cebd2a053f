import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbedder } from '../../src/embed/create-embedder.js';
import type { Embedder } from '../../src/embed/types.js';
import { NOTES } from '../../src/pipeline/messages.js';
import { runPipeline, type PipelineEvent } from '../../src/pipeline/run-pipeline.js';
import { addChatCompletionsRoute, type ChatRoute } from '../helpers/openai-chat-route.js';
import { startOpenAIStubServer, type OpenAIStubServer } from '../helpers/openai-stub-server.js';
import { sharedPath, TEST_CACHE_DIR } from '../helpers/test-cache.js';

/**
 * runPipeline with the LLM provider against the loopback OpenAI-compatible stub. The stub answers
 * "text <hash>" for every prompt, nothing like the real UCI sentences, so round 1 fails the policy's
 * two checks: drift.c2st-auc (→ closer to real: exemplars from under-represented clusters and a
 * sentence) and similarity.coverage (→ diversify: temperature + 0.2 and a sentence). Round 2's
 * requests, as the stub recorded them, must show all of it; round 1's none of it.
 */
let dir = '';
let stub: OpenAIStubServer;
let chat: ChatRoute;
let embedder: Embedder;
const realTexts = new Set<string>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthscope-run-openai-'));
  const lines = (await readFile(sharedPath('datasets', 'sentiment_uci_labelled_sentences', 'data.jsonl'), 'utf8')).trim().split('\n').slice(0, 300);
  for (const l of lines) realTexts.add(JSON.parse(l).text);
  await writeFile(join(dir, 'real.jsonl'), `${lines.join('\n')}\n`);
  stub = await startOpenAIStubServer();
  chat = addChatCompletionsRoute(stub);
  embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
});
afterAll(async () => {
  await stub?.close();
  await embedder?.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('runPipeline with an OpenAI-compatible server', () => {
  it('changes the second round\u2019s prompts for what failed: temperature, exemplars from under-represented clusters, sentences', async () => {
    const events: PipelineEvent[] = [];
    const run = await runPipeline(
      {
        generate: {
          task: 'classification',
          seed: 11,
          labels: [
            { name: 'positive', count: 20, description: 'the reviewer liked it' },
            { name: 'negative', count: 20, description: 'the reviewer did not like it' },
          ],
          provider: { type: 'openai', model: 'stub-model', temperature: 1, concurrency: 4, maxRetries: 0, timeoutMs: 5000 },
        },
        real: { path: 'real.jsonl', labelField: 'label_name' },
        rounds: 2,
        policy: {
          name: 'stub-policy',
          checks: [
            { metric: 'drift.c2st-auc', max: 0.6 },
            { metric: 'similarity.coverage', min: 0.99 },
          ],
        },
        evaluate: { include: ['drift.c2st-auc', 'drift.clusters', 'similarity.coverage'] },
      },
      { outDir: join(dir, 'out'), baseDir: dir, embedder, openai: { baseURL: stub.baseURL, apiKey: 'sk-test' }, onEvent: (e) => events.push(e) },
    );

    expect(run.history.rounds.map((r) => r.gate.failed.map((c) => c.metric))).toEqual([
      ['drift.c2st-auc', 'similarity.coverage'],
      ['drift.c2st-auc', 'similarity.coverage'],
    ]);
    expect(run.history.final).toEqual({ round: 2, passed: false, stopReason: 'max-rounds' });
    expect(chat.calls.length).toBe(80);
    const round1 = chat.calls.slice(0, 40);
    const round2 = chat.calls.slice(40);
    const user = (c: (typeof chat.calls)[number]) => c.messages.find((m) => m.role === 'user')!.content;

    // Round 1: the config as written.
    for (const c of round1) {
      expect(c.body.temperature).toBe(1);
      expect(user(c)).not.toContain(NOTES.diversify);
      expect(user(c)).not.toContain('Real examples');
    }
    // Round 2: temperature + 0.2, both sentences, and up to three real exemplars per prompt (drawn
    // from the pool's rows of the item's label when it has some: fewer when it has fewer).
    for (const c of round2) {
      expect(c.body.temperature).toBe(1.2);
      expect(user(c)).toContain(NOTES.diversify);
      expect(user(c)).toContain(NOTES.closerToReal);
      const shown = user(c).split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
      expect(shown.length).toBeGreaterThanOrEqual(1);
      expect(shown.length).toBeLessThanOrEqual(3);
      for (const text of shown) expect(realTexts.has(text)).toBe(true);
    }
    // The exemplars are the real rows drift.clusters listed for its under-represented clusters.
    const clusters = run.final.results.metrics.find((m) => m.id === 'drift.clusters');
    expect(clusters?.status).toBe('ok');
    const round1Results = JSON.parse(await readFile(join(dir, 'out', 'round-1', 'results.json'), 'utf8'));
    const listed = new Set<string>(
      (round1Results.metrics.find((m: { id: string }) => m.id === 'drift.clusters').details.clusters as { direction: string; examples: { reference: { text: string }[] } }[])
        .filter((c) => c.direction === 'under')
        .flatMap((c) => c.examples.reference.map((e) => e.text)),
    );
    for (const c of round2) for (const l of user(c).split('\n').filter((x) => x.startsWith('- '))) expect(listed.has(l.slice(2))).toBe(true);

    const changes = run.history.rounds[1].changes;
    expect(changes.map((c) => c.action)).toEqual(['reseed', 'closer-to-real', 'closer-to-real', 'closer-to-real', 'diversify', 'diversify', 'diversify']);
    expect(changes.at(-1)).toEqual({ action: 'diversify', target: 'all', detail: 'temperature 1 → 1.2' });
    expect(events.filter((e) => e.type === 'round-done').length).toBe(2);
    // Provenance records the exemplars each row was prompted with.
    const rows = (await readFile(join(dir, 'out', 'round-2', 'synthetic.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.every((r) => r.provenance.exemplarIds.length >= 1 && r.provenance.parameters.temperature === 1.2)).toBe(true);
    expect(rows.some((r) => r.provenance.exemplarIds.length === 3)).toBe(true);
  }, 60_000);

  it('regenerates only the label a per-label check failed, with a sentence for it, and keeps the other label\u2019s rows', async () => {
    const before = chat.calls.length;
    const run = await runPipeline(
      {
        generate: {
          task: 'classification',
          seed: 3,
          labels: [
            { name: 'positive', count: 10, description: 'the reviewer liked it' },
            { name: 'negative', count: 10, description: 'the reviewer did not like it' },
          ],
          provider: { type: 'openai', model: 'stub-model', temperature: 1, concurrency: 4, maxRetries: 0, timeoutMs: 5000 },
        },
        real: { path: 'real.jsonl', labelField: 'label_name' },
        rounds: 2,
        policy: { checks: [{ metric: 'agreement.accuracy', perLabel: true, minBelowBaseline: 0.1 }] },
        evaluate: { include: ['agreement.accuracy'] },
      },
      { outDir: join(dir, 'out-label'), baseDir: dir, embedder, openai: { baseURL: stub.baseURL, apiKey: 'sk-test' } },
    );
    // The stub's texts all read alike to a classifier trained on the real sentences, so it puts them
    // all in one class: that label's accuracy passes and the other label's (0) fails.
    const failed = run.history.rounds[0].gate.failed;
    expect(failed.length).toBe(1);
    const label = failed[0].label as string;
    const other = label === 'positive' ? 'negative' : 'positive';
    expect(run.history.rounds[1].regenerated).toEqual({ labels: [label], keptRows: 10 });
    const round2 = chat.calls.slice(before + 20);
    expect(round2.length).toBe(10);
    const description = label === 'positive' ? 'the reviewer liked it' : 'the reviewer did not like it';
    for (const c of round2) {
      const user = c.messages.find((m) => m.role === 'user')!.content;
      expect(user).toContain(`Write one new text with the label "${label}".`);
      expect(user).toContain(`It must be unmistakably "${label}" (${description}), never "${other}".`);
      expect(c.body.temperature).toBe(0.8);
    }
    const lines = async (round: number) => (await readFile(join(dir, 'out-label', `round-${round}`, 'synthetic.jsonl'), 'utf8')).trim().split('\n');
    const kept = (rows: string[]) => rows.filter((l) => JSON.parse(l).label === other);
    expect(kept(await lines(2))).toEqual(kept(await lines(1)));
    expect(kept(await lines(2)).length).toBe(10);
  }, 60_000);
});
