import type { MetricContext, MetricOutput } from '../../core/evaluate/types.js';
import { MetricSkip } from '../../core/evaluate/types.js';
import { concatenateIds } from './concatenate-ids.js';
import { drawWithReplacement, ngramTableOf } from './shared.js';

export interface CorpusLexicalMeasure {
  /** The src/text measure on the concatenated tokens: the reported value. */
  onTokens(tokens: string[]): number;
  /** The same measure on token ids (src/text/lexical-id-kernels.ts), for the bootstrap resamples. */
  onIds(ids: Int32Array, typeCount: number): number;
  /** Fewest tokens the measure is defined for (HD-D needs `draws`); fewer is a skip. */
  minTokens: number;
  name: string;
}

/**
 * A corpus-level lexical measure (MATTR, MTLD, HD-D) of the candidate rows: their tokens
 * (`tokenize`, the project tokenizer) concatenated into one stream, rows in a seeded random
 * order so that the file's order (e.g. grouped by label or by prompt) does not matter; at most
 * `corpus.maxRows` rows (seeded sample, recorded). These
 * measures are built to be independent of text length, and a corpus of short rows is one long
 * text to them; per-row values would only see one sentence and miss repetition across rows.
 *
 * CI: percentile bootstrap over rows (resampled with replacement, concatenated, measured again
 * on token ids).
 */
export async function corpusLexical(ctx: MetricContext, measure: CorpusLexicalMeasure): Promise<MetricOutput> {
  const all = ctx.candidate.tokens();
  const picked = ctx.sample(ctx.candidate, ctx.config.diversity.corpus.maxRows, 'MATTR, MTLD and HD-D token stream');
  const tokens = picked.length === all.length ? all : picked.map((i) => all[i]);
  const order = ctx.rng.shuffle(tokens.map((_, i) => i));
  let total = 0;
  for (const t of tokens) total += t.length;
  if (total < measure.minTokens) {
    throw new MetricSkip(`${measure.name} needs at least ${measure.minTokens} tokens over all rows, got ${total}`);
  }
  const stream = new Array<string>(total);
  let at = 0;
  for (const r of order) for (const token of tokens[r]) stream[at++] = token;
  const value = measure.onTokens(stream);
  const table = await ngramTableOf(ctx);
  let rowIds: Int32Array[] | null = null;
  let buffer: Int32Array | null = null;
  return {
    value,
    resample(rng) {
      rowIds ??= tokens.map((t) => table.grams(t, 1));
      buffer ??= new Int32Array(total * 2);
      const ids = concatenateIds(rowIds, drawWithReplacement(rowIds.length, rowIds.length, rng), buffer);
      if (ids.length < measure.minTokens) return Number.NaN;
      return measure.onIds(ids, table.size(1));
    },
    details: { rows: tokens.length, tokens: total, types: new Set(stream).size, stream: 'tokens of all rows, rows in a seeded random order' },
  };
}
