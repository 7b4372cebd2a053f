/**
 * The privacy family alone through evaluate(), builtin embedder: 10,000 vs 10,000 rows (the
 * family's share of the 60 s budget is about 8 s) and 100,000 vs 100,000 (must complete; the
 * nearest-neighbour parts search a recorded sample of 20,000 candidate rows against all real rows).
 * Real rows: rotten_tomatoes; synthetic: text messages, tweets and review sentences (phone numbers
 * and e-mails included), grown past the files' sizes by seeded word-dropout copies. Embeddings are
 * cached in a temporary folder kept between runs; the times below are the metrics' own, and the
 * process CPU time is printed too (onnxruntime runs two threads, so CPU ≈ 2 × wall when alone).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../src/core/evaluate/evaluate.js';
import { createRng } from '../src/core/rng.js';
import { createEmbedder } from '../src/embed/create-embedder.js';
import type { Dataset, DatasetRow } from '../src/io/types.js';
import { privacyMetrics } from '../src/metrics/privacy/index.js';
import { readSharedLabeled } from './shared-data.js';
import type { BenchRow } from './types.js';

function grow(base: Array<{ text: string; label: string }>, size: number, seed: number): DatasetRow[] {
  const rng = createRng(seed);
  return Array.from({ length: size }, (_, i) => {
    const src = base[i % base.length];
    const text = i < base.length ? src.text : src.text.split(' ').filter(() => rng.next() > 0.15).join(' ') || src.text;
    return { index: i, line: i + 1, id: `row-${i + 1}`, text, label: src.label, meta: {} };
  });
}

const dataset = (path: string, rows: DatasetRow[]): Dataset => ({ path, format: 'jsonl', sha256: '', fields: { text: 'text', label: 'label', id: null }, rows, invalid: [], blankLines: 0, columns: [] });

export default async function (): Promise<BenchRow[]> {
  const embedder = await createEmbedder('builtin', { cacheDir: join(tmpdir(), 'synthscope-bench-privacy') });
  const rows: BenchRow[] = [];
  try {
    for (const n of [10_000, 100_000]) {
      const real = dataset('rotten_tomatoes', grow(readSharedLabeled('rotten_tomatoes_polarity'), n, 1));
      const synthetic = dataset('mixed', grow([...readSharedLabeled('sms_spam_collection'), ...readSharedLabeled('tweet_eval_emotion'), ...readSharedLabeled('sentiment_uci_labelled_sentences')], n, 2));
      const exemplarTexts = real.rows.slice(0, 20).map((r) => r.text);
      const cpu = process.cpuUsage();
      const results = await evaluate({ synthetic, real, embedder, seed: 1, metrics: privacyMetrics, config: { privacy: { exemplarTexts } } });
      const used = process.cpuUsage(cpu);
      const { embed, total, ...perMetric } = results.timings;
      const size = n.toLocaleString('en-US');
      rows.push({
        name: `privacy family ${size} vs ${size}`,
        synthscopeMs: total - embed,
        note: `CPU ${((used.user + used.system) / 1e6).toFixed(1)}s with embedding (wall times suffer when other processes share the 2 cores); ${Object.entries(perMetric).map(([k, v]) => `${k.replace('privacy.', '')} ${(v / 1000).toFixed(2)}s`).join(', ')}; embedding ${(embed / 1000).toFixed(1)}s; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; ${results.samples.length} samples recorded`,
      });
    }
  } finally {
    await embedder.dispose();
  }
  return rows;
}
