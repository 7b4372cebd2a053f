/**
 * Builtin embedder speed: sentences per second on a real dataset, cold (nothing cached) and warm
 * (embedding cache filled), and the transformers.js pipeline's overhead over a bare onnxruntime
 * session running the same model on the same batches (target ≤ 1.25×).
 */
import { AutoTokenizer } from '@huggingface/transformers';
import * as ort from 'onnxruntime-node';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuiltinModel } from '../src/embed/builtin/ensure-builtin-model.js';
import { createEmbedder } from '../src/embed/create-embedder.js';
import { createTransformersEmbedder } from '../src/embed/transformers-embedder.js';
import { readSharedLabeled } from './shared-data.js';
import type { BenchRow } from './types.js';

const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
};

export default async function (): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const texts = readSharedLabeled('rotten_tomatoes_polarity').map((r) => r.text);
  const cacheDir = await mkdtemp(join(tmpdir(), 'synthscope-bench-'));
  try {
    const [, buildMs] = await time(() => ensureBuiltinModel(join(cacheDir, 'models')));
    rows.push({ name: 'builtin model build (first use, once)', synthscopeMs: buildMs });

    const perSecond = (ms: number) => `${Math.round((texts.length / ms) * 1000).toLocaleString('en-US')} sentences/s (target ≥ 5,000)`;
    const cold = await createEmbedder('builtin', { cacheDir, cache: false });
    await cold.embed(texts.slice(0, 256)); // JIT and session warm-up, not counted
    const [, coldMs] = await time(() => cold.embed(texts));
    rows.push({ name: `builtin embed ${texts.length} rotten_tomatoes sentences, no cache`, synthscopeMs: coldMs, note: perSecond(coldMs) });
    await cold.dispose();

    const cached = await createEmbedder('builtin', { cacheDir });
    const [, fillMs] = await time(() => cached.embed(texts));
    rows.push({ name: `builtin embed ${texts.length} sentences, cache empty (embed + write)`, synthscopeMs: fillMs, note: perSecond(fillMs) });
    await cached.dispose();
    const warm = await createEmbedder('builtin', { cacheDir });
    const [, warmMs] = await time(() => warm.embed(texts));
    rows.push({ name: `builtin embed ${texts.length} sentences, warm cache (new process state)`, synthscopeMs: warmMs, note: perSecond(warmMs) });
    await warm.dispose();

    // Pipeline vs bare session: same model file, same tokenizer, same batches of 256.
    const model = await ensureBuiltinModel(join(cacheDir, 'models'));
    const viaPipeline = await createTransformersEmbedder(model.path, { cacheDir, localOnly: true, pooling: 'none', normalizedOutput: true, batchSize: 256, quietLoad: true });
    const tokenizer = await AutoTokenizer.from_pretrained(model.path, { local_files_only: true });
    const session = await ort.InferenceSession.create(join(model.path, 'onnx', 'model.onnx'), { intraOpNumThreads: 2 });
    const sorted = [...texts].sort((a, b) => a.length - b.length);
    const bare = async () => {
      for (let s = 0; s < sorted.length; s += 256) {
        const enc = tokenizer(sorted.slice(s, s + 256), { padding: true, truncation: true }) as Record<string, { ort_tensor: ort.Tensor }>;
        await session.run({ input_ids: enc.input_ids.ort_tensor, attention_mask: enc.attention_mask.ort_tensor });
      }
    };
    await bare();
    await viaPipeline.embed(sorted);
    let best = Infinity;
    let bestBare = Infinity;
    for (let i = 0; i < 3; i++) {
      best = Math.min(best, (await time(() => viaPipeline.embed(sorted)))[1]);
      bestBare = Math.min(bestBare, (await time(bare))[1]);
    }
    rows.push({
      name: `transformers.js pipeline vs bare onnxruntime session, ${texts.length} sentences, batch 256`,
      synthscopeMs: best,
      reference: 'bare onnxruntime-node session (same tokenizer)',
      referenceMs: bestBare,
      note: `overhead ${(best / bestBare).toFixed(2)}× (target ≤ 1.25×)`,
    });
    await viaPipeline.dispose();
    await session.release();
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
  return rows;
}
