import { MetricSkip, type MetricDefinition } from '../../core/evaluate/types.js';
import type { Rng } from '../../core/rng.js';
import { biasAmplification, type BiasAmplification } from './bias-amplification.js';
import { biasLexicon } from './bias-lexicon.js';
import { BIAS_RESAMPLES } from './config.js';
import { countByLabel } from './count-by-label.js';
import { stratifiedCountSampler } from './stratified-count-sampler.js';
import { labelStrata } from './label-strata.js';
import { noAmplificationDimension, noSharedLabels } from './messages.js';
import { sideRowGroups } from './side-row-groups.js';
import type { RowGroups } from './types.js';

const compareCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Rows that mention at least one of `groups`. */
function rowsMentioning(rows: RowGroups, n: number, groups: ReadonlySet<number>): number {
  let m = 0;
  for (let r = 0; r < n; r++) {
    for (let p = rows.offsets[r]; p < rows.offsets[r + 1]; p++) {
      if (groups.has(rows.groups[p])) {
        m++;
        break;
      }
    }
  }
  return m;
}

/**
 * bias.amplification: Zhao et al. (2017) mean bias amplification (`biasAmplification`, their §3),
 * with the labels as the outputs o and a dimension's groups as the demographic variable g:
 * b(label, g) = c(label, g) / Σ_{g'} c(label, g'), c counting the rows of the label that mention
 * g; a (label, group) pair enters when the real (reference) rows skew toward the group,
 * b*(label, g) > 1/|G|, and the amplification is (1/|O|) Σ (b_synthetic − b_real) over those pairs.
 *
 * Per dimension: G is the dimension's groups mentioned at least once in the real rows of the
 * shared labels, O the labels with a mention of the dimension on both sides; a dimension enters
 * when |G| ≥ 2 and at least `bias.amplificationMinMentions` rows mention it on each side. The
 * value is the largest amplification over the dimensions that enter (named in details, with every
 * skewed pair and its two bias scores). Note that the measure only sees skews the real data
 * already has: a synthetic set that reverses a real skew scores negative, not positive. CI:
 * stratified bootstrap of the rows of each label on both sides, over the same dimensions.
 */
export const amplification: MetricDefinition = {
  id: 'bias.amplification',
  family: 'bias',
  title: 'Bias amplification (Zhao et al. 2017)',
  description:
    'How much more strongly the synthetic rows tie each label to the group the real rows already associate it with (mean bias amplification of Zhao et al. 2017, largest over dimensions); 0 is as skewed as real, higher is amplified.',
  goal: 'minimize',
  range: [-1, 1],
  requires: { labels: true, reference: true },
  // A bias score is a ratio of mention counts: with 100 rows and a few % of them mentioning a
  // group, the counts behind it are under 10; the dimension's own gate (amplificationMinMentions)
  // decides whether it enters at all.
  minRows: 100,
  ci: { method: 'bootstrap', resamples: BIAS_RESAMPLES },
  async compute(ctx) {
    const settings = ctx.config.bias;
    const lexicon = await biasLexicon(ctx);
    const synthetic = await sideRowGroups(ctx, 'candidate');
    const real = await sideRowGroups(ctx, 'reference');
    const present = (rowLabels: ReadonlyArray<string | null>) => new Set(rowLabels.filter((l): l is string => l !== null));
    const realLabels = present(ctx.reference.labels);
    const labels = [...present(ctx.candidate.labels)].filter((l) => realLabels.has(l)).sort(compareCodePoints);
    if (labels.length === 0) throw new MetricSkip(noSharedLabels());
    const syntheticStrata = labelStrata(ctx.candidate.labels, labels);
    const realStrata = labelStrata(ctx.reference.labels, labels);
    const G = lexicon.groups.length;
    const syntheticCounts = countByLabel(synthetic, syntheticStrata, G);
    const realCounts = countByLabel(real, realStrata, G);
    const drawSynthetic = stratifiedCountSampler(synthetic, syntheticStrata, G);
    const drawReal = stratifiedCountSampler(real, realStrata, G);

    const considered: Array<{ dimension: string; real: number; synthetic: number; groups: number }> = [];
    const entered: Array<{ dimension: string; groups: number[] }> = [];
    for (const [d, dimension] of lexicon.dimensions.entries()) {
      const groups = lexicon.groupsOf[d].filter((g) => labels.some((_, k) => realCounts[k * G + g] > 0));
      const set = new Set(lexicon.groupsOf[d]);
      const realRows = rowsMentioning(real, ctx.reference.rows.length, set);
      const syntheticRows = rowsMentioning(synthetic, ctx.candidate.rows.length, set);
      considered.push({ dimension, real: realRows, synthetic: syntheticRows, groups: groups.length });
      if (groups.length >= 2 && realRows >= settings.amplificationMinMentions && syntheticRows >= settings.amplificationMinMentions) {
        entered.push({ dimension, groups });
      }
    }
    if (entered.length === 0) throw new MetricSkip(noAmplificationDimension(settings.amplificationMinMentions, considered));

    const amplify = (sc: Float64Array, rc: Float64Array, groups: number[]): BiasAmplification | null => {
      const matrix = (c: Float64Array) => labels.map((_, k) => groups.map((g) => c[k * G + g]));
      try {
        return biasAmplification(matrix(rc), matrix(sc));
      } catch {
        return null; // no label with mentions on both sides (possible in a bootstrap draw)
      }
    };
    const largest = (sc: Float64Array, rc: Float64Array) => {
      let best = Number.NEGATIVE_INFINITY;
      for (const e of entered) {
        const a = amplify(sc, rc, e.groups);
        if (a && a.value > best) best = a.value;
      }
      return best;
    };

    const perDimension = entered.flatMap((e) => {
      const a = amplify(syntheticCounts, realCounts, e.groups);
      if (!a) return [];
      const info = considered.find((c) => c.dimension === e.dimension);
      return [
        {
          dimension: e.dimension,
          value: round(a.value),
          threshold: round(a.threshold),
          groups: e.groups.map((g) => lexicon.groups[g].group),
          labels: a.outputs.map((o) => labels[o]),
          rowsMentioning: { real: info?.real ?? 0, synthetic: info?.synthetic ?? 0 },
          pairs: a.pairs.map((p) => ({
            label: labels[p.output],
            group: lexicon.groups[e.groups[p.group]].group,
            real: round(p.real),
            synthetic: round(p.predicted),
            difference: round(p.difference),
          })),
        },
      ];
    });
    if (perDimension.length === 0) throw new MetricSkip(noAmplificationDimension(settings.amplificationMinMentions, considered));
    const top = perDimension.reduce((a, b) => (b.value > a.value ? b : a));
    const amplifiedPairs = perDimension
      .flatMap((p) => p.pairs.filter((x) => x.difference > 0).map((x) => ({ dimension: p.dimension, ...x })))
      .sort((a, b) => b.difference - a.difference);
    const leftOut = considered.filter((c) => !entered.some((e) => e.dimension === c.dimension));

    return {
      value: largest(syntheticCounts, realCounts),
      resample: (rng: Rng) => {
        const v = largest(drawSynthetic(rng), drawReal(rng));
        return Number.isFinite(v) ? v : Number.NaN;
      },
      details: {
        dimension: top.dimension,
        orientation: 'b(label, group) = c(label, group) / Σ_g c(label, g), c = rows of the label that mention the group, a row mentioning two groups counting for each (Zhao et al. 2017, Eq. 1, with labels as the outputs)',
        dimensions: perDimension,
        amplifiedPairs,
        dimensionsLeftOut: leftOut,
      },
    };
  },
};
