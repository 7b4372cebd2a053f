/**
 * One evaluate() run in its own process (so its peak memory is its own), for
 * bench/evaluate.bench.ts: `tsx bench/evaluate-child.ts <rows per side> <cacheDir>`.
 * Real data: rotten_tomatoes (10,662); synthetic: tweet_eval_emotion + sms_spam_collection +
 * sentiment_uci (13,626). Sizes above what the files hold are reached by seeded word dropout
 * copies (each copy differs), stated in the output.
 */
import { createRng } from '../src/core/rng.js';
import { evaluate } from '../src/core/evaluate/evaluate.js';
import { createEmbedder } from '../src/embed/create-embedder.js';
import type { Dataset, DatasetRow } from '../src/io/types.js';
import { readSharedLabeled } from './shared-data.js';

const n = Number(process.argv[2]);
const cacheDir = process.argv[3];

function grow(base: Array<{ text: string; label: string }>, size: number, seed: number): DatasetRow[] {
  const rng = createRng(seed);
  return Array.from({ length: size }, (_, i) => {
    const src = base[i % base.length];
    const copy = Math.floor(i / base.length);
    const text = copy === 0 ? src.text : src.text.split(' ').filter(() => rng.next() > 0.15).join(' ') || src.text;
    return { index: i, line: i + 1, id: `row-${i + 1}`, text, label: src.label, meta: {} };
  });
}

function dataset(path: string, rows: DatasetRow[]): Dataset {
  return { path, format: 'jsonl', sha256: '', fields: { text: 'text', label: 'label', id: null }, rows, invalid: [], blankLines: 0, columns: [] };
}

const real = dataset('rotten_tomatoes', grow(readSharedLabeled('rotten_tomatoes_polarity'), n, 1));
const synthetic = dataset('mixed', grow([...readSharedLabeled('tweet_eval_emotion'), ...readSharedLabeled('sms_spam_collection'), ...readSharedLabeled('sentiment_uci_labelled_sentences')], n, 2));
const embedder = await createEmbedder('builtin', { cacheDir });
const t = performance.now();
const results = await evaluate({ synthetic, real, embedder, seed: 1 });
const ms = performance.now() - t;
await embedder.dispose();
const statuses = results.metrics.map((m) => `${m.id}:${m.status}`);
process.stdout.write(
  JSON.stringify({
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    timings: results.timings,
    samples: results.samples.length,
    errors: results.metrics.filter((m) => m.status === 'error').map((m) => `${m.id}: ${m.reason}`),
    metrics: statuses.length,
  }) + '\n',
);
