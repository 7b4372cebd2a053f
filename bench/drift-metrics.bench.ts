/**
 * The drift family alone through evaluate(), builtin embedder: 10,000 vs 10,000 rows (the
 * family's share of the 60 s budget is about 8 s) and 100,000 vs 100,000 (must complete; c2st,
 * MMD² and the k-means fit run on recorded samples, the rest on every row). Real rows:
 * rotten_tomatoes; synthetic: text messages, tweets and review sentences; both grown past the
 * files' sizes by seeded word-dropout copies, with a numeric and a categorical metadata column so
 * every metric runs. Embeddings are cached in a temporary folder kept between runs; the times
 * below are the metrics' own.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../src/core/evaluate/evaluate.js';
import { createRng } from '../src/core/rng.js';
import { createEmbedder } from '../src/embed/create-embedder.js';
import type { Dataset, DatasetRow } from '../src/io/types.js';
import { driftMetrics } from '../src/metrics/drift/index.js';
import { readSharedLabeled } from './shared-data.js';
import type { BenchRow } from './types.js';

function grow(base: Array<{ text: string; label: string }>, size: number, seed: number, source: string): DatasetRow[] {
  const rng = createRng(seed);
  return Array.from({ length: size }, (_, i) => {
    const src = base[i % base.length];
    const text = i < base.length ? src.text : src.text.split(' ').filter(() => rng.next() > 0.15).join(' ') || src.text;
    return { index: i, line: i + 1, id: `row-${i + 1}`, text, label: src.label, meta: { stars: 1 + rng.int(5), source: `${source}-${rng.int(4)}` } };
  });
}

const dataset = (path: string, rows: DatasetRow[]): Dataset => ({ path, format: 'jsonl', sha256: '', fields: { text: 'text', label: 'label', id: null }, rows, invalid: [], blankLines: 0, columns: [] });

export default async function (): Promise<BenchRow[]> {
  const embedder = await createEmbedder('builtin', { cacheDir: join(tmpdir(), 'synthscope-bench-drift') });
  const rows: BenchRow[] = [];
  const sizes = (process.env.DRIFT_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
  try {
    for (const n of sizes) {
      const real = dataset('rotten_tomatoes', grow(readSharedLabeled('rotten_tomatoes_polarity'), n, 1, 'r'));
      const synthetic = dataset('mixed', grow([...readSharedLabeled('sms_spam_collection'), ...readSharedLabeled('tweet_eval_emotion'), ...readSharedLabeled('sentiment_uci_labelled_sentences')], n, 2, 's'));
      // Warm the embedding cache first so that the CPU time below is the metrics' own.
      await embedder.embed([...synthetic.rows.map((r) => r.text), ...real.rows.map((r) => r.text)]);
      // CPU seconds per metric (all threads), read at each stage change: on a shared, loaded
      // machine the wall-clock timings overstate what the metrics cost.
      const cpuOf = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
      const cpu = process.cpuUsage();
      const cpuByMetric: Record<string, number> = {};
      let stage = '';
      let mark = process.cpuUsage();
      const onStage = (next: string) => {
        if (stage) cpuByMetric[stage] = cpuOf(process.cpuUsage(mark));
        stage = next;
        mark = process.cpuUsage();
      };
      const results = await evaluate({ synthetic, real, embedder, seed: 1, metrics: driftMetrics, onStage });
      onStage('');
      const cpuSeconds = cpuOf(process.cpuUsage(cpu));
      const { embed, total, ...perMetric } = results.timings;
      const size = n.toLocaleString('en-US');
      const failed = results.metrics.filter((m) => m.status !== 'ok').map((m) => `${m.id}: ${m.reason}`);
      rows.push({
        name: `drift family ${size} vs ${size}`,
        synthscopeMs: total - embed,
        note: `${Object.entries(perMetric).map(([k, v]) => `${k.replace('drift.', '')} ${(v / 1000).toFixed(2)}s (CPU ${(cpuByMetric[k] ?? 0).toFixed(2)}s)`).join(', ')}; CPU ${cpuSeconds.toFixed(1)}s (all threads; wall time on a loaded machine overstates); embedding ${(embed / 1000).toFixed(1)}s; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; ${results.samples.length} samples recorded${failed.length ? `; NOT OK: ${failed.join('; ')}` : ''}`,
      });
    }
  } finally {
    await embedder.dispose();
  }
  return rows;
}
