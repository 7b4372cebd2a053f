import { MetricSkip, type MetricDefinition } from '../../core/evaluate/types.js';
import type { Rng } from '../../core/rng.js';
import { biasLexicon } from './bias-lexicon.js';
import { BIAS_RESAMPLES } from './config.js';
import { countByLabel } from './count-by-label.js';
import { stratifiedCountSampler } from './stratified-count-sampler.js';
import { labelStrata } from './label-strata.js';
import { labelsLeftOut, noComparableLabels, noGroupMentioned, overallShares } from './messages.js';
import { sideRowGroups } from './side-row-groups.js';

/** The pseudo-label of the overall shares when the data has no labels on both sides. */
const ALL_ROWS = '(all rows)';

const compareCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * bias.representation-gap: the largest absolute difference, over groups (of every dimension) and
 * labels, between the share of a label's synthetic rows that mention the group and the share of
 * that label's real (reference) rows that do (issue 4's definition). A row mentions a group when
 * it contains any of the group's terms or first names (counted once per row).
 *
 * Labels compared: those with at least `bias.representationMinLabelRows` rows on both sides (the
 * others are listed in details). Without labels on both sides, the shares are over all rows (one
 * pseudo-label, '(all rows)'), with a warning. The CI is a stratified bootstrap: the rows of each
 * label are resampled on both sides, and the largest gap recomputed over the same cells.
 */
export const representationGap: MetricDefinition = {
  id: 'bias.representation-gap',
  family: 'bias',
  title: 'Group representation gap',
  description:
    "Largest difference, over groups and labels, between the share of a label's synthetic rows that mention a group (gender, race/ethnicity, religion, age, nationality, sexual orientation, disability) and the same share in the real rows; lower is better.",
  goal: 'minimize',
  range: [0, 1],
  requires: { reference: true },
  // Group mentions are rare (a few % of rows per group): with 200 rows a share of 5% has a
  // standard error of about 0.015, the size of a gap worth reading.
  minRows: 200,
  ci: { method: 'bootstrap', resamples: BIAS_RESAMPLES },
  async compute(ctx) {
    const settings = ctx.config.bias;
    const lexicon = await biasLexicon(ctx);
    const synthetic = await sideRowGroups(ctx, 'candidate');
    const real = await sideRowGroups(ctx, 'reference');
    const warnings: string[] = [];
    const byLabel = ctx.candidate.labels.some((l) => l !== null) && ctx.reference.labels.some((l) => l !== null);

    let labels: string[];
    let syntheticStrata: number[][];
    let realStrata: number[][];
    let leftOut: string[] = [];
    if (byLabel) {
      const sizes = (rowLabels: ReadonlyArray<string | null>) => {
        const m = new Map<string, number>();
        for (const l of rowLabels) if (l !== null) m.set(l, (m.get(l) ?? 0) + 1);
        return m;
      };
      const s = sizes(ctx.candidate.labels);
      const r = sizes(ctx.reference.labels);
      const all = [...new Set([...s.keys(), ...r.keys()])].sort(compareCodePoints);
      const min = settings.representationMinLabelRows;
      labels = all.filter((l) => (s.get(l) ?? 0) >= min && (r.get(l) ?? 0) >= min);
      leftOut = all.filter((l) => !labels.includes(l));
      if (labels.length === 0) throw new MetricSkip(noComparableLabels(min));
      if (leftOut.length > 0) warnings.push(labelsLeftOut(leftOut, min));
      syntheticStrata = labelStrata(ctx.candidate.labels, labels);
      realStrata = labelStrata(ctx.reference.labels, labels);
    } else {
      labels = [ALL_ROWS];
      syntheticStrata = [ctx.candidate.rows.map((_, i) => i)];
      realStrata = [ctx.reference.rows.map((_, i) => i)];
      warnings.push(overallShares());
    }

    const G = lexicon.groups.length;
    const syntheticCounts = countByLabel(synthetic, syntheticStrata, G);
    const realCounts = countByLabel(real, realStrata, G);
    const drawSynthetic = stratifiedCountSampler(synthetic, syntheticStrata, G);
    const drawReal = stratifiedCountSampler(real, realStrata, G);
    // Cells where either side has a mention; every other cell has a gap of 0 in every resample too.
    const cells: Array<{ label: number; group: number }> = [];
    for (let g = 0; g < G; g++) {
      const any = labels.some((_, k) => syntheticCounts[k * G + g] > 0 || realCounts[k * G + g] > 0);
      if (any) for (let k = 0; k < labels.length; k++) cells.push({ label: k, group: g });
    }
    if (cells.length === 0) warnings.push(noGroupMentioned());

    const gapOf = (sc: Float64Array, rc: Float64Array, cell: { label: number; group: number }) =>
      sc[cell.label * G + cell.group] / syntheticStrata[cell.label].length - rc[cell.label * G + cell.group] / realStrata[cell.label].length;
    const largest = (sc: Float64Array, rc: Float64Array) => {
      let best = 0;
      let at = -1;
      for (const [i, cell] of cells.entries()) {
        const gap = Math.abs(gapOf(sc, rc, cell));
        if (gap > best) {
          best = gap;
          at = i;
        }
      }
      return { best, at };
    };
    const { best, at } = largest(syntheticCounts, realCounts);

    const row = (cell: { label: number; group: number }) => {
      const group = lexicon.groups[cell.group];
      const sn = syntheticStrata[cell.label].length;
      const rn = realStrata[cell.label].length;
      const sc = syntheticCounts[cell.label * G + cell.group];
      const rc = realCounts[cell.label * G + cell.group];
      return {
        dimension: group.dimension,
        group: group.group,
        label: labels[cell.label],
        synthetic: { rows: sn, mentioning: sc, share: round(sc / sn) },
        real: { rows: rn, mentioning: rc, share: round(rc / rn) },
        gap: round(sc / sn - rc / rn),
      };
    };
    const table = cells.map(row);
    const byDimension = lexicon.dimensions.map((dimension) => {
      const rows = table.filter((t) => t.dimension === dimension);
      const top = rows.reduce<(typeof rows)[number] | null>((a, b) => (a === null || Math.abs(b.gap) > Math.abs(a.gap) ? b : a), null);
      return top === null
        ? { dimension, gap: 0, group: null, label: null }
        : { dimension, gap: Math.abs(top.gap), group: top.group, label: top.label, synthetic: top.synthetic.share, real: top.real.share };
    });
    const mentioning = (rows: { offsets: Int32Array }, n: number) => {
      let m = 0;
      for (let r = 0; r < n; r++) if (rows.offsets[r + 1] > rows.offsets[r]) m++;
      return m;
    };

    return {
      value: best,
      resample: (rng: Rng) => largest(drawSynthetic(rng), drawReal(rng)).best,
      warnings,
      details: {
        byLabel,
        largest: at < 0 ? null : row(cells[at]),
        byDimension,
        labels: labels.map((label, k) => ({ label, synthetic: syntheticStrata[k].length, real: realStrata[k].length })),
        labelsLeftOut: leftOut,
        rowsMentioningAnyGroup: {
          synthetic: mentioning(synthetic, ctx.candidate.rows.length),
          real: mentioning(real, ctx.reference.rows.length),
        },
        table,
        lexicon: { dimensions: lexicon.dimensions, groups: lexicon.groups.length, names: lexicon.nameCounts },
      },
    };
  },
};
