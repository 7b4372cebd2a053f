import { MetricSkip, type MetricDefinition, type Side } from '../../core/evaluate/types.js';
import { normalSf } from '../../stats/special/normal.js';
import { totalVariationDistance } from '../../stats/total-variation-distance.js';
import { CENTRED_CI_METHOD, centredResampler } from './centred-resampler.js';
import { DRIFT_RESAMPLES } from './config.js';
import { exampleRow } from './example-row.js';
import { kmeans } from './kmeans.js';
import { logOddsDirichlet } from './log-odds-dirichlet.js';
import { nearestCentroid } from './nearest-centroid.js';
import { selectRows } from './select-rows.js';
import { tokenIds } from './token-ids.js';

/** A cluster is called over- or under-represented when its Bonferroni-adjusted two-proportion p-value is below this. */
const SIGNIFICANCE = 0.01;
/** Keywords listed per cluster (its most distinctive words against the other clusters). */
const KEYWORDS = 8;

/**
 * drift.clusters: where in embedding space the candidate rows are over- or under-represented.
 * The pooled candidate and reference embeddings (each side sampled to `clusterMaxRows`) are
 * clustered by seeded k-means (`kmeans`: k-means++ and Lloyd, k = `clusters`); every row of both
 * sides is then assigned to its nearest centroid. For each cluster, details give both sides'
 * shares, their ratio, a two-proportion z-test (pooled variance, two-sided, Bonferroni over the k
 * clusters) with a direction ('over', 'under' or 'even' at adjusted p < 0.01), its keywords (the
 * cluster's most distinctive words against the rest, `logOddsDirichlet`, over the rows k-means was
 * fitted on) and the rows of each side
 * nearest its centroid as examples. Clusters are listed from the most over- to the most
 * under-represented (by share difference).
 *
 * The value is the total variation distance between the two sides' cluster-share distributions
 * (½ Σ |share_candidate − share_reference|): the share of candidate rows that would have to move
 * cluster to match the reference. Its CI bootstraps the rows' cluster assignments of both sides
 * with the centroids held fixed (it leaves out the variability of the clustering itself),
 * re-centred on the estimate (`centredResampler`).
 */
export const clusters: MetricDefinition = {
  id: 'drift.clusters',
  family: 'drift',
  title: 'Over- and under-represented clusters',
  description:
    'Total variation distance between the shares of synthetic and real rows in k-means clusters of the pooled embeddings; details list the over- and under-represented clusters with example rows.',
  goal: 'minimize',
  range: [0, 1],
  requires: { reference: true },
  // ~100 rows per side put a few rows in each of 8 clusters; below that the shares are mostly noise.
  minRows: 100,
  // The plug-in distance is biased upwards by about √(k/n): value and baseline on equal-size samples.
  sizeSensitive: true,
  ci: { method: 'bootstrap', resamples: DRIFT_RESAMPLES },
  async compute(ctx) {
    const cfg = ctx.config.drift;
    const cand = ctx.candidate;
    const ref = ctx.reference;
    const ci = ctx.sample(cand, cfg.clusterMaxRows, 'k-means fit rows');
    const ri = ctx.sample(ref, cfg.clusterMaxRows, 'k-means fit rows');
    const k = cfg.clusters;
    if (ci.length + ri.length < k) throw new MetricSkip(`needs at least k = ${k} rows to cluster, got ${ci.length + ri.length}`);
    if (cand.rows.length === 0 || ref.rows.length === 0) throw new MetricSkip('needs rows on both sides');
    const a = selectRows(cand.embeddings, ci);
    const b = selectRows(ref.embeddings, ri);
    const pooled = { rows: a.rows + b.rows, dimension: a.dimension, data: new Float32Array(a.data.length + b.data.length) };
    pooled.data.set(a.data);
    pooled.data.set(b.data, a.data.length);
    const km = kmeans(pooled, { k, rng: ctx.rng.fork(), maxIter: cfg.clusterMaxIter });
    const candAssign = nearestCentroid(cand.embeddings, km.centroids, k);
    const refAssign = nearestCentroid(ref.embeddings, km.centroids, k);
    const count = (labels: Int32Array) => {
      const out = new Array<number>(k).fill(0);
      for (const l of labels) out[l]++;
      return out;
    };
    const candCounts = count(candAssign.labels);
    const refCounts = count(refAssign.labels);
    const nC = cand.rows.length;
    const nR = ref.rows.length;
    const value = totalVariationDistance(candCounts, refCounts);

    // Keywords from the rows k-means was fitted on (a sample at scale): descriptive, and cheap.
    const keywords = clusterKeywords(
      [((t) => ci.map((i) => t[i]))(cand.tokens()), ((t) => ri.map((i) => t[i]))(ref.tokens())],
      [Int32Array.from(ci, (i) => candAssign.labels[i]), Int32Array.from(ri, (i) => refAssign.labels[i])],
      k,
      cfg.wordPriorScale,
    );
    const examples = (side: Side, labels: Int32Array, distances: Float64Array, c: number) => {
      const members: number[] = [];
      for (let i = 0; i < labels.length; i++) if (labels[i] === c) members.push(i);
      members.sort((x, y) => distances[x] - distances[y] || x - y);
      return members.slice(0, cfg.clusterExamples).map((i) => exampleRow(side, i));
    };
    const list = Array.from({ length: k }, (_, c) => {
      const sC = candCounts[c] / nC;
      const sR = refCounts[c] / nR;
      const p = (candCounts[c] + refCounts[c]) / (nC + nR);
      const se = Math.sqrt(p * (1 - p) * (1 / nC + 1 / nR));
      const z = se > 0 ? (sC - sR) / se : 0;
      const pAdjusted = Math.min(1, 2 * normalSf(Math.abs(z)) * k);
      return {
        cluster: c,
        candidate: candCounts[c],
        reference: refCounts[c],
        candidateShare: sC,
        referenceShare: sR,
        ratio: sR > 0 ? sC / sR : null,
        z,
        pValue: pAdjusted,
        direction: pAdjusted < SIGNIFICANCE ? (sC > sR ? 'over' : 'under') : 'even',
        keywords: keywords[c],
        examples: {
          candidate: examples(cand, candAssign.labels, candAssign.distances, c),
          reference: examples(ref, refAssign.labels, refAssign.distances, c),
        },
      };
    }).sort((x, y) => y.candidateShare - y.referenceShare - (x.candidateShare - x.referenceShare) || x.cluster - y.cluster);

    const drawC = new Array<number>(k);
    const drawR = new Array<number>(k);
    return {
      value,
      resample: centredResampler(
        value,
        (rng) => {
          drawC.fill(0);
          drawR.fill(0);
          for (let i = 0; i < nC; i++) drawC[candAssign.labels[rng.int(nC)]]++;
          for (let i = 0; i < nR; i++) drawR[refAssign.labels[rng.int(nR)]]++;
          return totalVariationDistance(drawC, drawR);
        },
        DRIFT_RESAMPLES,
        ctx.rng.int(2 ** 31),
        0,
      ),
      details: {
        ciMethod: `${CENTRED_CI_METHOD}; cluster assignments resampled with the centroids held fixed`,
        k,
        fitRows: { candidate: ci.length, reference: ri.length },
        iterations: km.iterations,
        converged: km.converged,
        inertia: km.inertia,
        significance: `two-proportion z-test per cluster, Bonferroni over ${k} clusters, over/under at adjusted p < ${SIGNIFICANCE}`,
        clusters: list,
      },
    };
  },
};

/** Each cluster's most distinctive words against all other clusters (both sides' rows pooled; `labels[s][i]` is the cluster of document i of side s). */
function clusterKeywords(tokens: ReadonlyArray<readonly (readonly string[])[]>, labels: Int32Array[], k: number, priorScale: number): string[][] {
  const { vocabulary, documents } = tokenIds(tokens);
  const v = vocabulary.length;
  const perCluster = Array.from({ length: k }, () => new Float64Array(v));
  documents.forEach((docs, s) => docs.forEach((doc, i) => {
    const counts = perCluster[labels[s][i]];
    for (const id of doc) counts[id]++;
  }));
  const total = new Float64Array(v);
  for (const c of perCluster) for (let w = 0; w < v; w++) total[w] += c[w];
  return perCluster.map((inside) => {
    const rest = total.map((t, w) => t - inside[w]);
    const nIn = inside.reduce((s, x) => s + x, 0);
    const nRest = rest.reduce((s, x) => s + x, 0);
    if (nIn === 0 || nRest === 0) return [];
    const { z } = logOddsDirichlet(inside, rest, { priorScale });
    return Array.from(vocabulary.keys())
      .filter((w) => z[w] > 0)
      .sort((x, y) => z[y] - z[x] || x - y)
      .slice(0, KEYWORDS)
      .map((w) => vocabulary[w]);
  });
}

