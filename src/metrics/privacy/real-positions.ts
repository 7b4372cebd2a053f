import type { MetricContext } from '../../core/evaluate/types.js';
import type { DatasetRow } from '../../io/types.js';

/**
 * Each real row object → its position in `ctx.real`. The reference and holdout sides hold the
 * real rows' own objects, so identity tells which real row a row is; `row.index` is not relied
 * on (a dataset assembled from another's rows keeps their old indices). Built once per run.
 */
export function realPositions(ctx: MetricContext): Promise<Map<DatasetRow, number>> {
  return ctx.shared('privacy.real-positions', () => new Map(ctx.real.rows.map((row, j) => [row, j])));
}
