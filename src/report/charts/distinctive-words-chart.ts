import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG, COLORS, SCHEMA } from './chart-theme.js';

/** A word and its z-score: positive when synthetic rows use it more, negative when real rows do. */
export interface WordScore {
  word: string;
  z: number;
  /** Occurrences per 1,000 tokens on each side, for the tooltip (when known). */
  candidatePer1k?: number;
  referencePer1k?: number;
}

/**
 * The words that give synthetic rows away (positive z) and the words real rows use that
 * synthetic rows lack (negative z), as a diverging bar chart sorted by z (log-odds ratio with
 * an informative Dirichlet prior, Monroe, Colaresi & Quinn 2008).
 *
 * @example
 * distinctiveWordsChart([{ word: 'phone', z: 8.34 }, { word: 'film', z: -3.1 }]).data.values[1].leaning;
 * // 'more in real rows'
 */
export function distinctiveWordsChart(words: readonly WordScore[], options: { title?: string } = {}): TopLevelSpec {
  const synth = 'more in synthetic rows';
  const real = 'more in real rows';
  const values = words.map((w) => ({ word: w.word, z: w.z, leaning: w.z >= 0 ? synth : real, candidatePer1k: w.candidatePer1k ?? null, referencePer1k: w.referencePer1k ?? null }));
  return {
    $schema: SCHEMA,
    ...(options.title ? { title: options.title } : {}),
    description: 'Distinctive words: z-score of the log-odds ratio, positive when synthetic rows use the word more.',
    config: CHART_CONFIG,
    width: 420,
    height: { step: 13 },
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'word', type: 'nominal', title: null, sort: { field: 'z', order: 'descending' }, axis: { labelLimit: 160 } },
      x: { field: 'z', type: 'quantitative', title: 'z (log-odds ratio, synthetic vs real)' },
      color: { field: 'leaning', type: 'nominal', title: null, scale: { domain: [synth, real], range: [COLORS.synthetic, COLORS.real] } },
      tooltip: [
        { field: 'word', type: 'nominal' },
        { field: 'z', type: 'quantitative', format: '.2f' },
        { field: 'candidatePer1k', type: 'quantitative', title: 'per 1,000 synthetic tokens', format: '.2f' },
        { field: 'referencePer1k', type: 'quantitative', title: 'per 1,000 real tokens', format: '.2f' },
      ],
    },
  };
}
