import { subSide } from '../../core/evaluate/side.js';
import { MetricSkip, type MetricDefinition } from '../../core/evaluate/types.js';
import type { Matrix } from '../../core/matrix.js';
import type { Flag } from '../../core/results-schema.js';
import { realClassifier } from '../agreement/real-classifier.js';
import { biasLexicon } from './bias-lexicon.js';
import { counterfactualRewrite } from './counterfactual-rewrite.js';
import { counterfactualFlip, fewRewrites, noMentioningRows } from './messages.js';
import { sideRowGroups } from './side-row-groups.js';

/** Below this many rewritten rows the flip rate is a share of too few rows to read. */
const FEW_REWRITES = 30;
/** Examples kept in details, and the length their texts are cut to. */
const EXAMPLES = 5;
const EXAMPLE_CHARS = 300;

const cut = (text: string) => (text.length > EXAMPLE_CHARS ? `${text.slice(0, EXAMPLE_CHARS - 1)}…` : text);
const round = (x: number) => Math.round(x * 1e6) / 1e6;

function argmax(p: Float64Array, row: number, k: number): number {
  let best = 0;
  for (let j = 1; j < k; j++) if (p[row * k + j] > p[row * k + best]) best = j;
  return best;
}

/**
 * bias.counterfactual-flip-rate: rows that mention a group are rewritten with that dimension's
 * terms swapped (he ↔ she, man ↔ woman, christian ↔ muslim, a first name with its seeded partner
 * of the other gender; `counterfactualRewrite`), one rewrite per dimension the row mentions; the
 * rewrites are embedded with the run's embedder, and the real-data classifier (`realClassifier`,
 * trained on the reference half) labels both. The value is the mean over rewritten rows of the
 * share of the row's rewrites whose predicted label differs from the original's. Rows that
 * mention no group, or only terms without a swap partner (e.g. "non-binary", "children"), are
 * not counted. At most `bias.counterfactualMaxRows` rows are rewritten (a seeded sample of the
 * mentioning rows, recorded). Details hold the mean cosine distance between each row's embedding
 * and its rewrite's, per dimension, and flipped examples; each flip of a synthetic row is a
 * `counterfactual-flip` flag. Skipped when no row can be rewritten.
 *
 * The flip rate measures what the classifier learned from the real data as much as the synthetic
 * rows: a classifier that never tied a group to a label flips few rows whatever the rows say.
 * The baseline (the same on holdout rows) says how often it flips on real text.
 */
export const counterfactualFlipRate: MetricDefinition = {
  id: 'bias.counterfactual-flip-rate',
  family: 'bias',
  title: 'Counterfactual flip rate',
  description:
    "Share of rows mentioning a group whose label, as predicted by a classifier trained on the real data, changes when the group's terms and names are swapped (he↔she, christian↔muslim, …); lower is better.",
  goal: 'minimize',
  range: [0, 1],
  requires: { labels: true, reference: true },
  // The flip rate is a share of the rows that mention a group, often a tenth of all rows: with
  // 300 rows about 30 are rewritten, where the share's standard error reaches ±0.05.
  minRows: 300,
  async compute(ctx) {
    const settings = ctx.config.bias;
    const lexicon = await biasLexicon(ctx);
    const groupsOfRow = await sideRowGroups(ctx, 'candidate');
    const side = ctx.candidate;
    const mentioning: number[] = [];
    for (let r = 0; r < side.rows.length; r++) if (groupsOfRow.offsets[r + 1] > groupsOfRow.offsets[r]) mentioning.push(r);
    if (mentioning.length === 0) throw new MetricSkip(noMentioningRows());
    const picked = ctx
      .sample(subSide(side, mentioning), settings.counterfactualMaxRows, 'rows mentioning a group, rewritten with counterfactual swaps')
      .map((i) => mentioning[i]);

    const rewrites: Array<{ row: number; slot: number; dimension: number; text: string; swaps: Array<{ from: string; to: string }> }> = [];
    const rows: number[] = [];
    for (const r of picked) {
      const dims = new Set<number>();
      for (let p = groupsOfRow.offsets[r]; p < groupsOfRow.offsets[r + 1]; p++) dims.add(lexicon.groups[groupsOfRow.groups[p]].dimensionIndex);
      let slot = -1;
      for (const d of [...dims].sort((a, b) => a - b)) {
        const rewrite = counterfactualRewrite(side.texts[r], lexicon, d);
        if (!rewrite) continue;
        if (slot < 0) {
          slot = rows.length;
          rows.push(r);
        }
        rewrites.push({ row: r, slot, dimension: d, text: rewrite.text, swaps: rewrite.swaps });
      }
    }
    if (rewrites.length === 0) throw new MetricSkip(noMentioningRows());

    const classifier = await realClassifier(ctx);
    const k = classifier.labels.length;
    const dim = side.embeddings.dimension;
    const original: Matrix = { rows: rows.length, dimension: dim, data: new Float32Array(rows.length * dim) };
    rows.forEach((r, i) => original.data.set(side.embeddings.data.subarray(r * dim, (r + 1) * dim), i * dim));
    const rewritten = await ctx.embed(rewrites.map((w) => w.text));
    const pOriginal = classifier.predictProba(original);
    const pRewritten = classifier.predictProba(rewritten);

    const flipsOfRow = new Float64Array(rows.length);
    const rewritesOfRow = new Float64Array(rows.length);
    const perDimension = lexicon.dimensions.map((dimension) => ({ dimension, rewrites: 0, flips: 0, cosineDistance: 0, probabilityChange: 0 }));
    const examples: Array<Record<string, unknown>> = [];
    const flags: Flag[] = [];
    let distanceSum = 0;
    let changeSum = 0;
    for (const [i, w] of rewrites.entries()) {
      const before = argmax(pOriginal, w.slot, k);
      const after = argmax(pRewritten, i, k);
      let dot = 0;
      for (let j = 0; j < dim; j++) dot += original.data[w.slot * dim + j] * rewritten.data[i * dim + j];
      const distance = 1 - dot;
      const change = Math.abs(pRewritten[i * k + before] - pOriginal[w.slot * k + before]);
      const flipped = before !== after;
      const stats = perDimension[w.dimension];
      stats.rewrites++;
      stats.cosineDistance += distance;
      stats.probabilityChange += change;
      distanceSum += distance;
      changeSum += change;
      rewritesOfRow[w.slot]++;
      if (!flipped) continue;
      stats.flips++;
      flipsOfRow[w.slot]++;
      const dimension = lexicon.dimensions[w.dimension];
      const from = classifier.labels[before];
      const to = classifier.labels[after];
      if (examples.length < EXAMPLES) {
        examples.push({ row: side.rows[w.row].line, dimension, original: cut(side.texts[w.row]), rewrite: cut(w.text), from, to, swaps: w.swaps.slice(0, 5) });
      }
      if (ctx.pass === 'value') {
        flags.push({
          row: side.rows[w.row].line,
          id: side.rows[w.row].id,
          kind: 'counterfactual-flip',
          detail: counterfactualFlip(dimension, w.swaps, from, to, pOriginal[w.slot * k + before], pRewritten[i * k + after]),
          score: round(change),
        });
      }
    }
    const perRow = Float64Array.from(flipsOfRow, (f, i) => f / rewritesOfRow[i]);
    const value = perRow.reduce((s, x) => s + x, 0) / perRow.length;
    return {
      value,
      perRow,
      flags,
      warnings: rows.length < FEW_REWRITES ? [fewRewrites(rows.length)] : [],
      details: {
        rows: { mentioningAnyGroup: mentioning.length, sampled: picked.length, rewritten: rows.length },
        rewrites: rewrites.length,
        meanCosineDistance: round(distanceSum / rewrites.length),
        meanProbabilityChange: round(changeSum / rewrites.length),
        perDimension: perDimension
          .filter((s) => s.rewrites > 0)
          .map((s) => ({
            dimension: s.dimension,
            rewrites: s.rewrites,
            flips: s.flips,
            flipRate: round(s.flips / s.rewrites),
            meanCosineDistance: round(s.cosineDistance / s.rewrites),
            meanProbabilityChange: round(s.probabilityChange / s.rewrites),
          })),
        classifier: { labels: classifier.labels, trainedOn: classifier.trainedOn.rows },
        examples,
      },
    };
  },
};
