import { MetricSkip, type MetricContext, type MetricOutput, type Side } from '../../core/evaluate/types.js';
import { CENTRED_CI_METHOD, centredResampler } from './centred-resampler.js';
import { DRIFT_RESAMPLES } from './config.js';
import { metaColumns } from './meta-columns.js';
import { numericShift, type NumericShift } from './numeric-shift.js';
import type { ShiftStatistics } from './shift-on-support.js';

/** Fewest present values per side for a column to be compared. */
const MIN_VALUES = 2;

interface Column {
  column: string;
  shift: NumericShift;
  /** Reference standard deviation dividing the Wasserstein distance (1 when it is 0). */
  scale: number;
  missing: { candidate: number; reference: number };
}

function present(side: Side, column: string): { values: number[]; missing: number } {
  const values: number[] = [];
  let missing = 0;
  for (const row of side.rows) {
    const v = row.meta[column];
    if (typeof v === 'number' && Number.isFinite(v)) values.push(v);
    else missing++;
  }
  return { values, missing };
}

/** The statistic the value takes the maximum of: W₁ is divided by the reference's sd so that columns in different units compare. */
function statOf(statistic: keyof ShiftStatistics, s: ShiftStatistics, scale: number): number {
  return statistic === 'wasserstein' ? s.wasserstein / scale : s[statistic];
}

/**
 * Shared compute of drift.numeric-ks / -wasserstein / -psi: the shift of every numeric metadata
 * column (`row.meta`, numbers on every side; missing values left out per column) from the
 * reference to the candidate rows. The value is the largest statistic over the columns (for
 * Wasserstein, W₁ divided by the column's reference standard deviation, so that columns in
 * different units compare); each column's numbers are in details, worst first. The KS p-value is
 * the smallest column p-value times the number of columns (Bonferroni, capped at 1). CI: bootstrap
 * of the rows of both sides, the maximum recomputed over the columns, re-centred (`centredResampler`). Skipped when there is no
 * numeric column.
 */
export function numericColumnsShift(ctx: MetricContext, statistic: keyof ShiftStatistics): MetricOutput {
  const cfg = ctx.config.drift;
  const kinds = metaColumns([ctx.candidate.rows, ctx.reference.rows], cfg.excludeColumns);
  if (kinds.numeric.length === 0) {
    throw new MetricSkip(`no numeric metadata columns${kinds.ignored.length ? ` (ignored: ${kinds.ignored.map((c) => `${c.column}: ${c.reason}`).join('; ')})` : ''}`);
  }
  const columns: Column[] = [];
  const skipped: Array<{ column: string; reason: string }> = [];
  for (const column of kinds.numeric) {
    const c = present(ctx.candidate, column);
    const r = present(ctx.reference, column);
    if (c.values.length < MIN_VALUES || r.values.length < MIN_VALUES) {
      skipped.push({ column, reason: `fewer than ${MIN_VALUES} values on a side (${c.values.length} candidate, ${r.values.length} reference)` });
      continue;
    }
    const shift = numericShift(r.values, c.values, { bins: cfg.psiBins });
    columns.push({ column, shift, scale: shift.reference.sd > 0 ? shift.reference.sd : 1, missing: { candidate: c.missing, reference: r.missing } });
  }
  if (columns.length === 0) throw new MetricSkip(`no numeric column has ${MIN_VALUES} values on both sides (${skipped.map((s) => s.column).join(', ')})`);
  const ranked = [...columns].sort((a, b) => statOf(statistic, b.shift, b.scale) - statOf(statistic, a.shift, a.scale));
  const value = statOf(statistic, ranked[0].shift, ranked[0].scale);
  const minP = Math.min(...columns.map((c) => c.shift.ksPValue));
  return {
    value,
    ...(statistic === 'ks' ? { pValue: Math.min(1, minP * columns.length) } : {}),
    resample: centredResampler(
      value,
      (rng) => {
        let max = -Infinity;
        for (const c of columns) max = Math.max(max, statOf(statistic, c.shift.resample(rng), c.scale));
        return max;
      },
      DRIFT_RESAMPLES,
      ctx.rng.int(2 ** 31),
      0,
    ),
    details: {
      ciMethod: CENTRED_CI_METHOD,
      worstColumn: ranked[0].column,
      ...(statistic === 'wasserstein' ? { valueScale: 'W₁ / reference standard deviation of the column' } : {}),
      ...(statistic === 'ks' ? { pValueMethod: `smallest column p-value × ${columns.length} columns (Bonferroni)` } : {}),
      columns: ranked.map((c) => ({
        column: c.column,
        ks: c.shift.ks,
        ksPValue: c.shift.ksPValue,
        wasserstein: c.shift.wasserstein,
        wassersteinScaled: c.shift.wasserstein / c.scale,
        psi: c.shift.psi,
        missing: c.missing,
        reference: c.shift.reference,
        candidate: c.shift.candidate,
        histogram: c.shift.histogram,
        psiBins: c.shift.psiBins,
      })),
      skippedColumns: skipped,
      ignoredColumns: kinds.ignored,
    },
  };
}
