import { MetricSkip, type MetricDefinition } from '../../core/evaluate/types.js';
import type { Flag } from '../../core/results-schema.js';
import { rowTopK } from '../../stats/kernels/row-top-k.js';
import { gatherRows } from './gather-rows.js';
import { normalizeText } from './normalize-text.js';
import { quantiles } from './quantiles.js';
import { copiesOf, realTextIndex } from './real-text-index.js';
import { selfIndices } from './self-indices.js';
import { snippet } from './snippet.js';

/** Thresholds at which the rate is also reported, to show how the choice of threshold matters. */
const SWEEP = [0.9, 0.95, 0.98, 0.99];
const BINS = 20;

/**
 * privacy.near-copy-rate: the share of synthetic rows whose nearest real row, sought among ALL the
 * real rows, has cosine similarity ≥ `privacy.nearCopyThreshold` (default 0.95). Exact copies count
 * too (their cosine is 1); `near-copy` flags go to the rows above the threshold that are not exact
 * copies (those have `exact-copy` flags), with the cosine as score and the nearest real row in
 * `related`.
 *
 * Nearest neighbours come from onnxruntime (`rowTopK`, Gemm then ArgMax, float32) on unit
 * embeddings; at most `privacy.maxNeighbourRows` candidate rows are searched (a recorded seeded
 * sample) against every real row. Baseline: the same for the holdout rows, each against every real
 * row but itself (k = 2 neighbours, the row itself skipped).
 */
export const nearCopyRate: MetricDefinition = {
  id: 'privacy.near-copy-rate',
  family: 'privacy',
  title: 'Near copies of real rows',
  description:
    'Share of synthetic rows whose nearest real row (all real rows searched) has embedding cosine ≥ the near-copy threshold (default 0.95), exact copies included; lower is better.',
  goal: 'minimize',
  range: [0, 1],
  requires: { reference: true },
  // As for exact copies: below 50 rows one row moves the rate by more than 2 points.
  minRows: 50,
  perLabel: true,
  async compute(ctx) {
    const cfg = ctx.config.privacy;
    const { candidate, real } = ctx;
    const self = await selfIndices(ctx);
    const k = self.some((s) => s >= 0) ? 2 : 1;
    if (real.rows.length < k) throw new MetricSkip('needs at least 2 real rows to compare a real row with another');
    const picked = ctx.sample(candidate, cfg.maxNeighbourRows, 'nearest real row (near copies)');
    const top = await rowTopK(gatherRows(candidate.embeddings, picked), real.embeddings, k);
    const index = await realTextIndex(ctx);
    const m = picked.length;
    const perRow = new Float64Array(m);
    const similarity = new Float64Array(m);
    const nearest = new Int32Array(m);
    for (let t = 0; t < m; t++) {
      const i = picked[t];
      let slot = 0;
      if (k === 2 && top.indices[t * k] === self[i]) slot = 1;
      similarity[t] = top.values[t * k + slot];
      nearest[t] = top.indices[t * k + slot];
      perRow[t] = similarity[t] >= cfg.nearCopyThreshold ? 1 : 0;
    }
    const near: { t: number; exact: boolean }[] = [];
    for (let t = 0; t < m; t++) {
      if (perRow[t] === 0) continue;
      const i = picked[t];
      near.push({ t, exact: copiesOf(index, normalizeText(candidate.texts[i]), self[i]).length > 0 });
    }
    const inexact = near.filter((x) => !x.exact).sort((a, b) => similarity[b.t] - similarity[a.t] || a.t - b.t);
    const flags: Flag[] =
      ctx.pass !== 'value'
        ? []
        : inexact.map(({ t }) => {
            const i = picked[t];
            const j = nearest[t];
            return {
              row: candidate.rows[i].line,
              id: candidate.rows[i].id,
              kind: 'near-copy',
              detail: `cosine ${similarity[t].toFixed(3)} to real row at line ${real.rows[j].line}`,
              score: similarity[t],
              related: [{ source: 'real' as const, row: real.rows[j].line, id: real.rows[j].id }],
            };
          });
    const counts = new Array(BINS).fill(0);
    for (const s of similarity) counts[Math.min(BINS - 1, Math.max(0, Math.floor(s * BINS)))]++;
    const rateAt = (threshold: number) => (m === 0 ? 0 : similarity.filter((s) => s >= threshold).length / m);
    let count = 0;
    for (const v of perRow) count += v;
    return {
      value: m === 0 ? 0 : count / m,
      perRow,
      flags,
      warnings: m < candidate.rows.length ? [`near copies sought for a seeded sample of ${m} of ${candidate.rows.length} rows (privacy.maxNeighbourRows)`] : [],
      details: {
        threshold: cfg.nearCopyThreshold,
        rowsSearched: m,
        realRowsSearched: real.rows.length - (k === 2 ? 1 : 0),
        nearCopies: count,
        exactCopiesAmongThem: near.length - inexact.length,
        rateAt: Object.fromEntries(SWEEP.map((s) => [String(s), rateAt(s)])),
        nearestSimilarity: quantiles(similarity, [0.5, 0.9, 0.99, 1]),
        // Cosines below 0 fall in the first bin.
        histogram: { edges: Array.from({ length: BINS + 1 }, (_, b) => b / BINS), counts },
        examples: inexact.slice(0, 5).map(({ t }) => ({
          row: candidate.rows[picked[t]].line,
          id: candidate.rows[picked[t]].id,
          realRow: real.rows[nearest[t]].line,
          realId: real.rows[nearest[t]].id,
          similarity: similarity[t],
          text: snippet(candidate.texts[picked[t]]),
          realText: snippet(real.texts[nearest[t]]),
        })),
      },
    };
  },
};
