import type { MetricDefinition } from '../../core/evaluate/types.js';
import type { Flag } from '../../core/results-schema.js';
import { nearestReal } from './nearest-real.js';
import { normalizeText } from './normalize-text.js';
import { quantiles } from './quantiles.js';
import { realTextIndex } from './real-text-index.js';
import { safeSnippet as snippet } from '../../text/pii/safe-snippet.js';

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
 * Nearest neighbours come from onnxruntime (`rowTopK`: Gemm then TopK, float32) on the unit
 * embeddings, shared with `privacy.dcr-share` (`nearestReal`); at most `privacy.maxNeighbourRows`
 * candidate rows are searched (a recorded seeded sample), against every real row. Baseline: the
 * same for the holdout rows, each against every real row but itself. Details give the rate per
 * intended label of the synthetic rows, from the same search.
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
  // One point more of rows copied or leaking data is already worth a look.
  fairTolerance: 0.01,
  // Not recomputed per label by the runner (each label would repeat a candidate × all-real
  // search); the per-label rates come from the one search, in details.byLabel.
  async compute(ctx) {
    const cfg = ctx.config.privacy;
    const { candidate, real } = ctx;
    const { searched, reference, holdout } = await nearestReal(ctx);
    const index = await realTextIndex(ctx);
    const m = searched.length;
    const perRow = new Float64Array(m);
    const similarity = new Float64Array(m);
    const nearest = new Int32Array(m);
    for (let t = 0; t < m; t++) {
      const r = reference.k > 0 ? reference.values[t * reference.k] : -Infinity;
      const h = holdout.k > 0 ? holdout.values[t * holdout.k] : -Infinity;
      // Ties go to the reference half (either is the same text, as far as a copy goes).
      const [value, position] = r >= h ? [r, reference.positions[reference.indices[t * reference.k]]] : [h, holdout.positions[holdout.indices[t * holdout.k]]];
      similarity[t] = value;
      nearest[t] = position;
      perRow[t] = value >= cfg.nearCopyThreshold ? 1 : 0;
    }
    const inexact: number[] = [];
    let exact = 0;
    for (let t = 0; t < m; t++) {
      if (perRow[t] === 0) continue;
      const hits = index.get(normalizeText(candidate.texts[searched[t]])) ?? [];
      // An exact copy of some real row other than the row itself.
      if (hits.some((j) => candidate.rows[searched[t]] !== real.rows[j])) exact++;
      else inexact.push(t);
    }
    inexact.sort((a, b) => similarity[b] - similarity[a] || a - b);
    const flags: Flag[] =
      ctx.pass !== 'value'
        ? []
        : inexact.map((t) => ({
            row: candidate.rows[searched[t]].line,
            id: candidate.rows[searched[t]].id,
            kind: 'near-copy',
            detail: `cosine ${similarity[t].toFixed(3)} to real row at line ${real.rows[nearest[t]].line}`,
            score: similarity[t],
            related: [{ source: 'real' as const, row: real.rows[nearest[t]].line, id: real.rows[nearest[t]].id }],
          }));
    const counts = new Array(BINS).fill(0);
    for (const s of similarity) counts[Math.min(BINS - 1, Math.max(0, Math.floor(s * BINS)))]++;
    const rateAt = (threshold: number) => (m === 0 ? 0 : similarity.filter((s) => s >= threshold).length / m);
    const count = exact + inexact.length;
    const byLabel: Record<string, { rows: number; nearCopies: number; rate: number }> = {};
    for (let t = 0; t < m; t++) {
      const label = candidate.labels[searched[t]];
      if (label === null) continue;
      const entry = (byLabel[label] ??= { rows: 0, nearCopies: 0, rate: 0 });
      entry.rows++;
      entry.nearCopies += perRow[t];
    }
    for (const entry of Object.values(byLabel)) entry.rate = entry.nearCopies / entry.rows;
    return {
      value: m === 0 ? 0 : count / m,
      perRow,
      flags,
      warnings: m < candidate.rows.length ? [`near copies sought for a seeded sample of ${m} of ${candidate.rows.length} rows (privacy.maxNeighbourRows)`] : [],
      details: {
        threshold: cfg.nearCopyThreshold,
        rowsSearched: m,
        realRowsSearched: reference.positions.length + holdout.positions.length - (candidate.name === 'synthetic' ? 0 : 1),
        nearCopies: count,
        exactCopiesAmongThem: exact,
        byLabel: Object.fromEntries(Object.entries(byLabel).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
        rateAt: Object.fromEntries(SWEEP.map((s) => [String(s), rateAt(s)])),
        nearestSimilarity: quantiles(similarity, [0.5, 0.9, 0.99, 1]),
        // Cosines below 0 fall in the first bin.
        histogram: { edges: Array.from({ length: BINS + 1 }, (_, b) => b / BINS), counts },
        examples: inexact.slice(0, 5).map((t) => ({
          row: candidate.rows[searched[t]].line,
          id: candidate.rows[searched[t]].id,
          realRow: real.rows[nearest[t]].line,
          realId: real.rows[nearest[t]].id,
          similarity: similarity[t],
          text: snippet(candidate.texts[searched[t]]),
          realText: snippet(real.texts[nearest[t]]),
        })),
      },
    };
  },
};
