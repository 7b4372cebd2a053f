import type { MetricDefinition } from '../../core/evaluate/types.js';
import { mattr as mattrOf } from '../../text/mattr.js';
import { RESAMPLES } from './config.js';
import { corpusLexical } from './corpus-lexical.js';
import { mattrOfIds } from '../../text/lexical-id-kernels.js';

/**
 * diversity.mattr: moving-average type–token ratio (Covington & McFall 2010) of the corpus, i.e.
 * of the tokens of all rows concatenated in a seeded random order (see corpusLexical). Not
 * size-sensitive: the mean over fixed windows does not drift with the corpus length.
 */
export const mattr: MetricDefinition = {
  id: 'diversity.mattr',
  family: 'diversity',
  title: 'MATTR',
  description: 'Moving-average type–token ratio over the synthetic corpus (all rows\' tokens in one stream): the share of distinct words in every window of 50 tokens, averaged; lower means more repeated wording.',
  goal: 'maximize',
  range: [0, 1],
  requires: { reference: false },
  // 50 rows of sentence-length text give a few hundred tokens, i.e. several full windows; fewer
  // rows leave the mean to a handful of overlapping windows.
  minRows: 50,
  perLabel: true,
  ci: { method: 'bootstrap', resamples: RESAMPLES.lexicalBootstrap },
  async compute(ctx) {
    const { window } = ctx.config.diversity.mattr;
    const out = await corpusLexical(ctx, {
      name: 'MATTR',
      minTokens: 1,
      onTokens: (tokens) => mattrOf(tokens, { window }),
      onIds: (ids, types) => mattrOfIds(ids, types, window),
    });
    return { ...out, details: { ...out.details, window } };
  },
};
