import { MetricSkip, type MetricContext, type MetricOutput } from '../../core/evaluate/types.js';
import { CENTRED_CI_METHOD, centredResampler } from './centred-resampler.js';
import { DRIFT_RESAMPLES } from './config.js';
import { categoricalShift, type CategoricalStatistics } from './categorical-shift.js';

/**
 * Shared compute of drift.label-js and drift.label-chi2: the label distribution of the candidate
 * rows against the reference rows (rows without a label left out, counted in details), by
 * `categoricalShift`. CI: bootstrap of both sides' labels, re-centred (`centredResampler`).
 */
export function labelShift(ctx: MetricContext, statistic: keyof CategoricalStatistics): MetricOutput {
  const cand = ctx.candidate.labels.filter((l): l is string => l !== null);
  const ref = ctx.reference.labels.filter((l): l is string => l !== null);
  if (cand.length === 0 || ref.length === 0) throw new MetricSkip(`needs labelled rows on both sides, got ${cand.length} candidate and ${ref.length} reference`);
  const s = categoricalShift(ref, cand);
  const unlabelled = { candidate: ctx.candidate.labels.length - cand.length, reference: ctx.reference.labels.length - ref.length };
  const value = s[statistic];
  return {
    value,
    ...(statistic === 'cramersV' ? { pValue: s.chi2.pValue } : {}),
    resample: centredResampler(value, (rng) => s.resample(rng)[statistic], DRIFT_RESAMPLES, ctx.rng.int(2 ** 31), 0),
    details: {
      ciMethod: CENTRED_CI_METHOD,
      labels: s.categories.map((label, i) => {
        const c = s.candidateCounts[i];
        const r = s.referenceCounts[i];
        return { label, candidate: c, reference: r, candidateShare: c / cand.length, referenceShare: r / ref.length };
      }),
      js: s.js,
      cramersV: s.cramersV,
      chi2: s.chi2,
      unlabelled,
      onlyInCandidate: s.categories.filter((_, i) => s.referenceCounts[i] === 0),
      onlyInReference: s.categories.filter((_, i) => s.candidateCounts[i] === 0),
    },
  };
}
