import { MetricSkip, type MetricDefinition } from '../../core/evaluate/types.js';
import { krippendorffAlpha } from '../../stats/agreement/krippendorff-alpha.js';
import { agreementAnnotations } from './agreement-annotations.js';
import { alphaUndefined } from './messages.js';
import { nominalAlphaUnits } from './nominal-alpha-units.js';

/**
 * agreement.krippendorff-alpha: nominal Krippendorff's α across every coder of the synthetic
 * rows' labels: the intended label itself (the generator is one coder: α then asks whether the
 * annotators and the generator label the rows alike), the real-data classifier, nearest centroid,
 * zero-shot, and each annotation column; skipped annotators are not coders. Rows are the units;
 * missing values (a column with no entry for a row) are allowed. Baseline: the same coders on the
 * holdout half (true labels as the intended label; annotation columns only where the real rows
 * have them). details.coders lists the coders and α with each one left out, so a report can show
 * which one disagrees. The CI bootstraps the units.
 */
export const krippendorffAlphaMetric: MetricDefinition = {
  id: 'agreement.krippendorff-alpha',
  family: 'agreement',
  title: "Krippendorff's α across annotators",
  description: "Krippendorff's alpha (nominal) across the intended label and every annotator (real-data classifier, nearest centroid, zero-shot, annotation columns); compare with the same on held-out real rows.",
  goal: 'maximize',
  range: [-1, 1],
  requires: { labels: true, reference: true },
  // Krippendorff (2004) asks for enough units that each value is pairable several times; 50 rows is the floor used for κ too.
  minRows: 50,
  ci: { method: 'bootstrap', resamples: 1000 },
  async compute(ctx) {
    const a = await agreementAnnotations(ctx);
    const coders = [
      { id: 'intended', title: 'Intended label (the generator)', labels: a.intended as (string | null)[], codes: a.intendedCodes },
      ...a.annotators.filter((x) => x.status === 'ok').map((x) => ({ id: x.id, title: x.title, labels: x.labels, codes: x.codes })),
    ];
    const value = krippendorffAlpha(coders.map((c) => c.labels));
    if (!Number.isFinite(value)) throw new MetricSkip(alphaUndefined);
    const units = nominalAlphaUnits(coders.map((c) => c.codes), a.values.length);
    const indices = new Int32Array(units.pairable);
    const without = (skip: number): number | null => {
      if (coders.length <= 2) return null;
      const alpha = nominalAlphaUnits(coders.filter((_, i) => i !== skip).map((c) => c.codes), a.values.length).alpha();
      return Number.isFinite(alpha) ? alpha : null;
    };
    return {
      value,
      resample(rng) {
        for (let t = 0; t < indices.length; t++) indices[t] = rng.int(units.pairable);
        return units.alpha(indices);
      },
      details: {
        level: 'nominal',
        units: a.rows.length,
        pairableUnits: units.pairable,
        coders: coders.map((c, i) => ({ id: c.id, title: c.title, values: c.labels.filter((l) => l !== null).length, alphaWithout: without(i) })),
        skippedAnnotators: a.annotators.filter((x) => x.status === 'skipped').map((x) => ({ id: x.id, reason: x.reason })),
      },
    };
  },
};
