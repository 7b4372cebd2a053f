import type { MetricDefinition } from '../../core/evaluate/types.js';
import { mtld as mtldOf } from '../../text/mtld.js';
import { RESAMPLES } from './config.js';
import { corpusLexical } from './corpus-lexical.js';
import { mtldOfIds } from '../../text/lexical-id-kernels.js';

/**
 * diversity.mtld: measure of textual lexical diversity (McCarthy & Jarvis 2010; LexicalRichness
 * rules) of the corpus, i.e. of the tokens of all rows concatenated in a seeded random order (see
 * corpusLexical). Not size-sensitive: MTLD was built to be independent of text length once a text
 * has more than ~100 tokens.
 */
export const mtld: MetricDefinition = {
  id: 'diversity.mtld',
  family: 'diversity',
  title: 'MTLD',
  description: 'Measure of textual lexical diversity over the synthetic corpus (all rows\' tokens in one stream): roughly how many tokens it takes before the vocabulary starts repeating (TTR falls to 0.72); lower means more repetitive.',
  goal: 'maximize',
  range: [0, null],
  requires: { reference: false },
  // McCarthy & Jarvis find MTLD unstable below ~100 tokens, and a stable one needs a few
  // hundred: about 50 rows of sentence-length text.
  minRows: 50,
  perLabel: true,
  ci: { method: 'bootstrap', resamples: RESAMPLES.lexicalBootstrap },
  async compute(ctx) {
    const { threshold } = ctx.config.diversity.mtld;
    const out = await corpusLexical(ctx, {
      name: 'MTLD',
      minTokens: 1,
      onTokens: (tokens) => mtldOf(tokens, { threshold }).mtld,
      onIds: (ids, types) => mtldOfIds(ids, types, threshold).mtld,
    });
    return { ...out, details: { ...out.details, threshold, variant: 'lexicalrichness' } };
  },
};
