import type { MetricDefinition } from '../../core/evaluate/types.js';
import { hdd as hddOf } from '../../text/hdd.js';
import { RESAMPLES } from './config.js';
import { corpusLexical } from './corpus-lexical.js';
import { hddOfIds } from '../../text/lexical-id-kernels.js';

/**
 * diversity.hdd: HD-D (McCarthy & Jarvis 2007) of the corpus, i.e. of the tokens of all rows
 * pooled (order does not matter to HD-D): the expected type–token ratio of a random draw of 42
 * tokens. Not size-sensitive: it is an expectation over fixed-size draws.
 */
export const hdd: MetricDefinition = {
  id: 'diversity.hdd',
  family: 'diversity',
  title: 'HD-D',
  description: 'Expected share of distinct words in a random draw of 42 tokens from the synthetic corpus (hypergeometric diversity); lower means a few words dominate.',
  goal: 'maximize',
  range: [0, 1],
  requires: { reference: false },
  // The draw is 42 tokens; the word frequencies it is drawn from need a few hundred tokens
  // (about 50 sentence-length rows) before rare words are represented.
  minRows: 50,
  perLabel: true,
  ci: { method: 'bootstrap', resamples: RESAMPLES.lexicalBootstrap },
  async compute(ctx) {
    const { draws } = ctx.config.diversity.hdd;
    const out = await corpusLexical(ctx, {
      name: 'HD-D',
      minTokens: draws,
      onTokens: (tokens) => hddOf(tokens, { draws }),
      onIds: (ids, types) => hddOfIds(ids, types, draws),
    });
    return { ...out, details: { ...out.details, draws } };
  },
};
