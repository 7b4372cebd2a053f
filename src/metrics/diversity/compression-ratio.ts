import type { MetricDefinition } from '../../core/evaluate/types.js';
import { MetricSkip } from '../../core/evaluate/types.js';
import { compressionRatio as ratioOf } from '../../text/compression-ratio.js';
import { RESAMPLES } from './config.js';
import { drawWithoutReplacement } from './shared.js';

/**
 * diversity.compression-ratio (Shaib et al. 2024; `compressionRatio`): UTF-8 bytes over gzip −9
 * bytes of the texts joined by spaces. Size-sensitive (the ratio grows with the corpus until gzip's
 * 32 kB window is full), so the runner compares equal-size sides, and the ratio is taken over a
 * seeded sample of c = min(maxRows, ⌊n/2⌋) rows in random order (gzip of everything would cost
 * ~0.1 s per 5,000 rows, per resample). CI: percentiles of the ratio over other seeded samples of
 * c rows drawn without replacement from the side (c ≤ n/2, so the samples vary).
 */
export const compressionRatio: MetricDefinition = {
  id: 'diversity.compression-ratio',
  family: 'diversity',
  title: 'Compression ratio',
  description: 'Size of the synthetic texts divided by their gzip-compressed size (compared at equal size with the real rows); higher means more repetitive text.',
  goal: 'minimize',
  range: [0, null],
  requires: { reference: false },
  // gzip's header and trailer (18 bytes) and its first block weigh on small inputs: 100 rows
  // (c = 50, a few kB) is about where the ratio reflects the text.
  minRows: 100,
  sizeSensitive: true,
  ci: { method: 'bootstrap', resamples: RESAMPLES.compressionSamples },
  async compute(ctx) {
    const texts = ctx.candidate.texts;
    const n = texts.length;
    const c = Math.min(ctx.config.diversity.compression.maxRows, Math.floor(n / 2));
    if (c < 2) throw new MetricSkip(`compression ratio needs at least 4 rows, got ${n}`);
    const picked = ctx.rng.shuffle(ctx.sample(ctx.candidate, c, `compression ratio: ${c} rows in random order`));
    const sample = picked.map((i) => texts[i]);
    let value: number;
    try {
      value = ratioOf(sample);
    } catch {
      throw new MetricSkip('the sampled texts are all empty');
    }
    return {
      value,
      resample(rng) {
        const other = drawWithoutReplacement(n, c, rng).map((i) => texts[i]);
        try {
          return ratioOf(other);
        } catch {
          return Number.NaN;
        }
      },
      details: {
        rows: c,
        bytes: Buffer.byteLength(sample.join(' '), 'utf8'),
        interval: `percentiles over ${RESAMPLES.compressionSamples} other seeded samples of ${c} rows`,
      },
    };
  },
};
