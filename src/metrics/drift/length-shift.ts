import { MetricSkip, type MetricContext, type MetricOutput } from '../../core/evaluate/types.js';
import { CENTRED_CI_METHOD, centredResampler } from './centred-resampler.js';
import { DRIFT_RESAMPLES } from './config.js';
import { numericShift, type NumericShift } from './numeric-shift.js';
import type { ShiftStatistics } from './shift-on-support.js';
import { textLengths } from './text-lengths.js';

function unitDetails(s: NumericShift) {
  return {
    ks: s.ks,
    ksPValue: s.ksPValue,
    ksMethod: s.ksMethod,
    wasserstein: s.wasserstein,
    psi: s.psi,
    reference: s.reference,
    candidate: s.candidate,
    histogram: s.histogram,
    psiBins: s.psiBins,
  };
}

/**
 * Shared compute of drift.length-ks / -wasserstein / -psi: the shift of text length from the
 * reference to the candidate rows, in characters (code points) and in words (`tokenize`). The
 * value is the statistic on characters, finer-grained than words (fewer ties, so KS and the PSI
 * deciles resolve more); the word-level numbers are in details beside it. CI: bootstrap of both
 * sides' lengths (`numericShift().resample`), re-centred (`centredResampler`).
 */
export function lengthShift(ctx: MetricContext, statistic: keyof ShiftStatistics): MetricOutput {
  if (ctx.candidate.rows.length === 0 || ctx.reference.rows.length === 0) {
    throw new MetricSkip(`needs rows on both sides, got ${ctx.candidate.rows.length} candidate and ${ctx.reference.rows.length} reference`);
  }
  const bins = ctx.config.drift.psiBins;
  const cand = textLengths(ctx.candidate);
  const ref = textLengths(ctx.reference);
  const chars = numericShift(ref.chars, cand.chars, { bins });
  const words = numericShift(ref.words, cand.words, { bins });
  const value = chars[statistic];
  return {
    value,
    ...(statistic === 'ks' ? { pValue: chars.ksPValue } : {}),
    resample: centredResampler(value, (rng) => chars.resample(rng)[statistic], DRIFT_RESAMPLES, ctx.rng.int(2 ** 31), 0),
    details: { basis: 'chars', chars: unitDetails(chars), words: unitDetails(words), ciMethod: CENTRED_CI_METHOD },
  };
}
