import type { MetricDefinition } from '../../core/evaluate/types.js';
import { MetricSkip } from '../../core/evaluate/types.js';
import { selfBleu as selfBleuOf } from '../../text/bleu/self-bleu.js';
import { excerpt } from './shared.js';

/**
 * diversity.self-bleu (Zhu et al. 2018, Texygen; `selfBleu`): on a seeded sample of up to 500 rows
 * (config `selfBleu.sampleRows`), each sampled row's BLEU-4 (NLTK method1 smoothing) against the
 * other sampled rows as references, averaged. Tokens are the project tokenizer's. Size-sensitive
 * (more references, higher BLEU): both sides are scored at the same sample size. Per-row BLEU
 * values are bootstrapped for the CI.
 */
export const selfBleu: MetricDefinition = {
  id: 'diversity.self-bleu',
  family: 'diversity',
  title: 'Self-BLEU',
  description: 'Mean BLEU-4 of each sampled synthetic row against the other sampled rows (500 by default, same size as the real sample); higher means the rows repeat each other\'s phrasing.',
  goal: 'minimize',
  range: [0, 1],
  requires: { reference: false },
  // Each row is scored against the rest of the sample: with fewer than ~50 references BLEU-4
  // mostly measures chance overlap of common words.
  minRows: 50,
  sizeSensitive: true,
  async compute(ctx) {
    const { sampleRows, maxN } = ctx.config.diversity.selfBleu;
    const n = ctx.candidate.rows.length;
    if (n < 2) throw new MetricSkip(`self-BLEU needs at least 2 rows, got ${n}`);
    const picked = ctx.sample(ctx.candidate, sampleRows, `self-BLEU: ${Math.min(sampleRows, n)} rows, each scored against the others`);
    const tokens = ctx.candidate.tokens();
    const result = selfBleuOf(picked.map((i) => tokens[i]), { maxN });
    const ranked = result.perText.map((b, t) => ({ b, t })).sort((x, y) => y.b - x.b || x.t - y.t);
    return {
      value: result.selfBleu,
      perRow: result.perText,
      details: {
        rows: picked.length,
        maxN,
        // The rows most echoed by the rest of the sample.
        highest: ranked.slice(0, 5).map(({ b, t }) => ({ row: ctx.candidate.rows[picked[t]].line, id: ctx.candidate.rows[picked[t]].id, bleu: b, text: excerpt(ctx.candidate.texts[picked[t]]) })),
      },
    };
  },
};
