import { MetricSkip, type MetricDefinition } from '../../core/evaluate/types.js';
import { CENTRED_CI_METHOD, centredResampler } from './centred-resampler.js';
import { DRIFT_RESAMPLES } from './config.js';
import { logOddsDirichlet } from './log-odds-dirichlet.js';
import { maxAbsLogOddsZ } from './max-abs-log-odds-z.js';
import { countWords } from './count-words.js';
import { tokenIds } from './token-ids.js';

/**
 * drift.distinctive-words: the words that most separate the candidate rows from the reference
 * rows, by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
 * 2008, "Fightin' Words"; `logOddsDirichlet`, prior from the pooled counts, α₀ = wordPriorScale)
 * on `tokenize` tokens of up to `wordMaxRows` rows per side. Details list the top `topWords` each way with their z-scores, counts and
 * rates per 1,000 tokens.
 *
 * The value is max |z| over the vocabulary: how strongly the single most telling word gives one
 * side away. Under no difference the z-scores are roughly standard normal, so max |z| over V words
 * sits near √(2 ln V) (≈ 4 to 4.5 for 10³–10⁴ words); the real-vs-real baseline shows it for the
 * data at hand. It grows like √n for a real difference, hence sizeSensitive. CI: bootstrap of the
 * rows (documents) of both sides, max |z| recomputed and re-centred on the estimate (`centredResampler`):
 * the maximum's replicates sit above it.
 */
export const distinctiveWords: MetricDefinition = {
  id: 'drift.distinctive-words',
  family: 'drift',
  title: 'Distinctive words (max |z|, log-odds with Dirichlet prior)',
  description:
    "Largest |z| of a word's log-odds ratio between synthetic and real rows (Monroe et al. 2008, informative Dirichlet prior): how strongly the most telling word gives the synthetic data away; details list the top words each way.",
  goal: 'minimize',
  range: [0, null],
  requires: { reference: true },
  // With fewer than ~50 rows per side few words occur often enough on both sides for a z-score to mean much.
  minRows: 50,
  sizeSensitive: true,
  ci: { method: 'bootstrap', resamples: DRIFT_RESAMPLES },
  async compute(ctx) {
    const cfg = ctx.config.drift;
    const ci = ctx.sample(ctx.candidate, cfg.wordMaxRows, 'distinctive words (token counts)');
    const ri = ctx.sample(ctx.reference, cfg.wordMaxRows, 'distinctive words (token counts)');
    const candTokens = ctx.candidate.tokens();
    const refTokens = ctx.reference.tokens();
    const { vocabulary, documents } = tokenIds([ci.map((i) => candTokens[i]), ri.map((i) => refTokens[i])]);
    const [candDocs, refDocs] = documents;
    const a = countWords(candDocs, vocabulary.length);
    const b = countWords(refDocs, vocabulary.length);
    const nA = a.reduce((s, v) => s + v, 0);
    const nB = b.reduce((s, v) => s + v, 0);
    if (nA === 0 || nB === 0) throw new MetricSkip(`needs words on both sides, got ${nA} candidate and ${nB} reference tokens`);
    const lod = logOddsDirichlet(a, b, { priorScale: cfg.wordPriorScale });
    const order = Array.from(vocabulary.keys()).sort((i, j) => lod.z[j] - lod.z[i] || (vocabulary[i] < vocabulary[j] ? -1 : 1));
    const entry = (w: number) => ({
      word: vocabulary[w],
      z: lod.z[w],
      logOddsRatio: lod.delta[w],
      candidate: a[w],
      reference: b[w],
      candidatePer1k: (1000 * a[w]) / nA,
      referencePer1k: (1000 * b[w]) / nB,
    });
    const top = cfg.topWords;
    const candidateLeaning = order.slice(0, top).filter((w) => lod.z[w] > 0).map(entry);
    const referenceLeaning = order.slice(-top).reverse().filter((w) => lod.z[w] < 0).map(entry);
    let value = 0;
    for (const z of lod.z) value = Math.max(value, Math.abs(z));
    const drawA = new Int32Array(candDocs.length);
    const drawB = new Int32Array(refDocs.length);
    const bufA = new Float64Array(vocabulary.length);
    const bufB = new Float64Array(vocabulary.length);
    return {
      value,
      resample: centredResampler(
        value,
        (rng) => {
          for (let i = 0; i < drawA.length; i++) drawA[i] = rng.int(candDocs.length);
          for (let i = 0; i < drawB.length; i++) drawB[i] = rng.int(refDocs.length);
          return maxAbsLogOddsZ(countWords(candDocs, vocabulary.length, drawA, bufA), countWords(refDocs, vocabulary.length, drawB, bufB), cfg.wordPriorScale);
        },
        DRIFT_RESAMPLES,
        ctx.rng.int(2 ** 31),
        0,
      ),
      details: {
        ciMethod: CENTRED_CI_METHOD,
        candidateLeaning,
        referenceLeaning,
        rows: { candidate: ci.length, reference: ri.length },
        tokens: { candidate: nA, reference: nB },
        vocabulary: vocabulary.length,
        priorScale: cfg.wordPriorScale,
        method: "log-odds ratio with an informative Dirichlet prior from the pooled counts (Monroe, Colaresi & Quinn 2008), z-scores; positive z: used more by the candidate (synthetic) rows",
      },
    };
  },
};
