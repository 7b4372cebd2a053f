import { MetricSkip, type MetricContext, type MetricOutput, type Side } from '../../core/evaluate/types.js';
import { categoricalShift, type CategoricalShift, type CategoricalStatistics } from './categorical-shift.js';
import { CENTRED_CI_METHOD, centredResampler } from './centred-resampler.js';
import { DRIFT_RESAMPLES } from './config.js';
import { metaColumns } from './meta-columns.js';

/** Categories listed per column in details at most (largest reference share first). */
const MAX_LISTED = 50;

function present(side: Side, column: string): { values: string[]; missing: number } {
  const values: string[] = [];
  let missing = 0;
  for (const row of side.rows) {
    const v = row.meta[column];
    if (v === null || v === undefined) missing++;
    else values.push(String(v));
  }
  return { values, missing };
}

/**
 * Shared compute of drift.categorical-js and drift.categorical-chi2: every categorical metadata
 * column (`row.meta`; strings or booleans with few distinct values, see `metaColumns`; missing
 * values left out per column) compared between the candidate and reference rows by
 * `categoricalShift`. The value is the largest statistic over the columns; the χ² p-value is the
 * smallest column p-value times the number of columns (Bonferroni, capped at 1); each column's
 * numbers and category counts are in details, worst first. CI: bootstrap of both sides, the
 * maximum recomputed over the columns, re-centred (`centredResampler`). Skipped when there is no categorical column.
 */
export function categoricalColumnsShift(ctx: MetricContext, statistic: keyof CategoricalStatistics): MetricOutput {
  const cfg = ctx.config.drift;
  const kinds = metaColumns([ctx.candidate.rows, ctx.reference.rows], cfg.excludeColumns);
  if (kinds.categorical.length === 0) {
    throw new MetricSkip(`no categorical metadata columns${kinds.ignored.length ? ` (ignored: ${kinds.ignored.map((c) => `${c.column}: ${c.reason}`).join('; ')})` : ''}`);
  }
  const columns: Array<{ column: string; shift: CategoricalShift; missing: { candidate: number; reference: number } }> = [];
  const skipped: Array<{ column: string; reason: string }> = [];
  for (const column of kinds.categorical) {
    const c = present(ctx.candidate, column);
    const r = present(ctx.reference, column);
    if (c.values.length === 0 || r.values.length === 0) {
      skipped.push({ column, reason: `no values on a side (${c.values.length} candidate, ${r.values.length} reference)` });
      continue;
    }
    columns.push({ column, shift: categoricalShift(r.values, c.values), missing: { candidate: c.missing, reference: r.missing } });
  }
  if (columns.length === 0) throw new MetricSkip(`no categorical column has values on both sides (${skipped.map((s) => s.column).join(', ')})`);
  const ranked = [...columns].sort((a, b) => b.shift[statistic] - a.shift[statistic]);
  const minP = Math.min(...columns.map((c) => c.shift.chi2.pValue));
  const value = ranked[0].shift[statistic];
  return {
    value,
    ...(statistic === 'cramersV' ? { pValue: Math.min(1, minP * columns.length) } : {}),
    resample: centredResampler(
      value,
      (rng) => {
        let max = -Infinity;
        for (const c of columns) max = Math.max(max, c.shift.resample(rng)[statistic]);
        return max;
      },
      DRIFT_RESAMPLES,
      ctx.rng.int(2 ** 31),
      0,
    ),
    details: {
      ciMethod: CENTRED_CI_METHOD,
      worstColumn: ranked[0].column,
      ...(statistic === 'cramersV' ? { pValueMethod: `smallest column p-value × ${columns.length} columns (Bonferroni)` } : {}),
      columns: ranked.map(({ column, shift, missing }) => {
        const nC = shift.candidateCounts.reduce((a, b) => a + b, 0);
        const nR = shift.referenceCounts.reduce((a, b) => a + b, 0);
        const categories = shift.categories
          .map((category, i) => ({
            category,
            candidate: shift.candidateCounts[i],
            reference: shift.referenceCounts[i],
            candidateShare: shift.candidateCounts[i] / nC,
            referenceShare: shift.referenceCounts[i] / nR,
          }))
          .sort((a, b) => b.referenceShare - a.referenceShare || b.candidateShare - a.candidateShare);
        return {
          column,
          js: shift.js,
          cramersV: shift.cramersV,
          chi2: shift.chi2,
          missing,
          categoryCount: shift.categories.length,
          categories: categories.slice(0, MAX_LISTED),
        };
      }),
      skippedColumns: skipped,
      ignoredColumns: kinds.ignored,
    },
  };
}
