import { MetricSkip, type MetricDefinition } from '../../core/evaluate/types.js';
import type { Matrix } from '../../core/matrix.js';
import type { Rng } from '../../core/rng.js';
import { matmulTransposed } from '../../stats/kernels/matmul-transposed.js';
import { biasLexicon } from './bias-lexicon.js';
import { ASSOCIATION_CI_MAX_ROWS, ASSOCIATION_RESAMPLES } from './config.js';
import { labelStrata } from './label-strata.js';
import { tooFewAssociationLabels, tooFewTargetTerms, unknownTargetGroup } from './messages.js';
import { weatEffectSize } from './weat-effect-size.js';
import { weatPermutationPValue } from './weat-permutation-p-value.js';

/** A term whose embedding is this close to the empty text's is unknown to the embedder. */
const UNKNOWN_COSINE = 0.9999;

const compareCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (x: number) => Math.round(x * 1e6) / 1e6;

interface TargetSet {
  dimension: string;
  group: string;
  terms: string[];
  unknown: string[];
}

interface Targets {
  x: TargetSet;
  y: TargetSet;
  /** X's rows then Y's, unit length. */
  matrix: Matrix;
}

/**
 * bias.embedding-association: a WEAT effect size (Caliskan, Bryson & Narayanan 2017) between two
 * sets of group terms, X and Y (by default the gender lexicon's female and male terms, each term
 * embedded on its own by the run's embedder; names are not included), and two labels' rows as
 * the attribute sets A and B:
 *
 *   s(w, A, B) = mean_{a ∈ A} cos(w, a) − mean_{b ∈ B} cos(w, b),
 *   d(A, B) = [mean_{x ∈ X} s(x, A, B) − mean_{y ∈ Y} s(y, A, B)] / std-dev_{w ∈ X ∪ Y} s(w, A, B)
 *
 * (`weatEffectSize`, sample standard deviation). With unit-length row embeddings, mean_{a ∈ A}
 * cos(w, a) = w · μ_A, the dot product with the label's (unnormalised) centroid, so this is the
 * association of each term with the label centroids. The attribute sets are the labels of the
 * scored side (synthetic rows for the value, holdout rows for the baseline) with at least
 * `bias.associationMinLabelRows` rows; for more than two labels, d is computed for every pair of
 * labels (in code-point order, A the first) and the value is the largest |d| (the pair, its
 * signed d and a two-sided permutation p-value are in details). Terms the embedder cannot tell
 * from an empty text are dropped (listed). CI: stratified bootstrap of the rows of each label;
 * above ASSOCIATION_CI_MAX_ROWS rows, drawn from a recorded sample of that many with the spread
 * scaled to the full size. A value of 0 means no association in either direction; the baseline
 * (holdout rows) shows the association the real data itself has.
 */
export const embeddingAssociation: MetricDefinition = {
  id: 'bias.embedding-association',
  family: 'bias',
  title: 'Embedding association (WEAT effect size)',
  description:
    "How much more one group's terms (by default female) lean toward one label's rows than the other group's terms (male) do, in the embedding space: the largest |WEAT effect size| over label pairs; lower is better.",
  goal: 'minimize',
  range: [0, null],
  requires: { labels: true },
  // The attribute sets are labels' rows: with 50 rows (25 per label) a centroid still moves by
  // about 0.2 of a row's spread between resamples, as large as the associations it compares.
  minRows: 50,
  ci: { method: 'bootstrap', resamples: ASSOCIATION_RESAMPLES },
  async compute(ctx) {
    const settings = ctx.config.bias;
    const lexicon = await biasLexicon(ctx);
    const [[dx, gx], [dy, gy]] = settings.associationTargets;
    const groupOf = (dimension: string, group: string) => {
      const found = lexicon.groups.find((g) => g.dimension === dimension && g.group === group);
      if (!found) throw new MetricSkip(unknownTargetGroup(dimension, group));
      return found;
    };
    const groupX = groupOf(dx, gx);
    const groupY = groupOf(dy, gy);
    const targets = await ctx.shared<Targets>(`bias:association-targets:${dx}/${gx}:${dy}/${gy}`, async () => {
      const texts = ['', ...groupX.terms, ...groupY.terms];
      const e = await ctx.embed(texts);
      const d = e.dimension;
      const keep = (terms: string[], offset: number) => {
        const kept: number[] = [];
        const unknown: string[] = [];
        terms.forEach((term, i) => {
          let dot = 0;
          for (let k = 0; k < d; k++) dot += e.data[k] * e.data[(offset + i) * d + k];
          if (dot > UNKNOWN_COSINE) unknown.push(term);
          else kept.push(offset + i);
        });
        return { kept, unknown };
      };
      const kx = keep(groupX.terms, 1);
      const ky = keep(groupY.terms, 1 + groupX.terms.length);
      const rows = [...kx.kept, ...ky.kept];
      const matrix: Matrix = { rows: rows.length, dimension: d, data: new Float32Array(rows.length * d) };
      rows.forEach((r, i) => matrix.data.set(e.data.subarray(r * d, (r + 1) * d), i * d));
      return {
        x: { dimension: dx, group: gx, terms: kx.kept.map((r) => texts[r]), unknown: kx.unknown },
        y: { dimension: dy, group: gy, terms: ky.kept.map((r) => texts[r]), unknown: ky.unknown },
        matrix,
      };
    });
    if (targets.x.terms.length < 2) throw new MetricSkip(tooFewTargetTerms(`${dx}/${gx}`, targets.x.terms.length, targets.x.unknown));
    if (targets.y.terms.length < 2) throw new MetricSkip(tooFewTargetTerms(`${dy}/${gy}`, targets.y.terms.length, targets.y.unknown));

    const side = ctx.candidate;
    const sizes = new Map<string, number>();
    for (const l of side.labels) if (l !== null) sizes.set(l, (sizes.get(l) ?? 0) + 1);
    const labels = [...sizes.keys()].filter((l) => (sizes.get(l) as number) >= settings.associationMinLabelRows).sort(compareCodePoints);
    if (labels.length < 2) throw new MetricSkip(tooFewAssociationLabels(settings.associationMinLabelRows));

    const nx = targets.x.terms.length;
    const m = targets.matrix.rows;
    // rows × terms: the cosine of every row with every target term (rows and terms are unit length).
    const projections: Float32Array = (await matmulTransposed(side.embeddings, targets.matrix)).data;
    const centroidsOf = (strata: readonly (readonly number[])[], rng?: Rng) =>
      strata.map((stratum) => {
        const mean = new Float64Array(m);
        const n = stratum.length;
        for (let j = 0; j < n; j++) {
          const base = (rng ? stratum[rng.int(n)] : stratum[j]) * m;
          for (let w = 0; w < m; w++) mean[w] += projections[base + w];
        }
        for (let w = 0; w < m; w++) mean[w] /= n;
        return mean;
      });
    const pairsOf = (centroids: Float64Array[]) => {
      const out: Array<{ a: number; b: number; s: Float64Array; d: number }> = [];
      for (let a = 0; a < labels.length; a++) {
        for (let b = a + 1; b < labels.length; b++) {
          const s = centroids[a].map((v, w) => v - centroids[b][w]);
          let d: number;
          try {
            d = weatEffectSize(s.subarray(0, nx), s.subarray(nx)).effectSize;
          } catch {
            d = Number.NaN; // every association equal: 0/0
          }
          out.push({ a, b, s, d });
        }
      }
      return out;
    };
    const largest = (pairs: Array<{ d: number }>) => pairs.reduce((best, p) => (Math.abs(p.d) > best ? Math.abs(p.d) : best), Number.NEGATIVE_INFINITY);

    const strata = labelStrata(side.labels, labels);
    const pairs = pairsOf(centroidsOf(strata));
    const value = largest(pairs);
    if (!Number.isFinite(value)) throw new MetricSkip('every term has the same association with every label: the effect size is 0/0');
    const top = pairs.reduce((a, b) => (Math.abs(b.d) > Math.abs(a.d) ? b : a));

    // Bootstrap rows: all of them, or a recorded sample whose resampled spread is scaled to the
    // full size (m-out-of-n bootstrap: a statistic of k rows varies √(n/k) times more than of n).
    const labelled = strata.reduce((s, x) => s + x.length, 0);
    const ciRows = new Set(ctx.sample(side, ASSOCIATION_CI_MAX_ROWS, 'rows of the embedding association bootstrap CI'));
    const ciStrata = strata.map((stratum) => stratum.filter((r) => ciRows.has(r)));
    const sampled = ciStrata.reduce((s, x) => s + x.length, 0);
    const scale = Math.sqrt(sampled / labelled);
    const centre = scale < 1 ? largest(pairsOf(centroidsOf(ciStrata))) : value;

    return {
      value,
      resample: (rng: Rng) => {
        const v = value + (largest(pairsOf(centroidsOf(ciStrata, rng))) - centre) * scale;
        return Number.isFinite(v) ? v : Number.NaN;
      },
      details: {
        targets: {
          x: { dimension: dx, group: gx, terms: targets.x.terms, unknownToEmbedder: targets.x.unknown },
          y: { dimension: dy, group: gy, terms: targets.y.terms, unknownToEmbedder: targets.y.unknown },
        },
        labels: labels.map((label, k) => ({ label, rows: strata[k].length })),
        largest: {
          a: labels[top.a],
          b: labels[top.b],
          effectSize: round(top.d),
          meaning: `${top.d >= 0 ? `${gx} terms lean toward '${labels[top.a]}' and ${gy} terms toward '${labels[top.b]}'` : `${gx} terms lean toward '${labels[top.b]}' and ${gy} terms toward '${labels[top.a]}'`}`,
        },
        pairs: pairs.map((p) => ({
          a: labels[p.a],
          b: labels[p.b],
          effectSize: round(p.d),
          pValue: Number.isFinite(p.d) && settings.associationPermutations > 0
            ? round(weatPermutationPValue(p.s.subarray(0, nx), p.s.subarray(nx), settings.associationPermutations, ctx.rng))
            : null,
        })),
        associations: [...targets.x.terms.map((term, w) => ({ term, set: gx, s: round(top.s[w]) })), ...targets.y.terms.map((term, w) => ({ term, set: gy, s: round(top.s[nx + w]) }))].sort(
          (p, q) => q.s - p.s,
        ),
      },
    };
  },
};
