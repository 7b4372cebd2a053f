import type { MetricResult } from '../../core/results-schema.js';

const GOAL_WORDS = { maximize: 'higher is better', minimize: 'lower is better' } as const;

/**
 * The facet label of each metric in per-metric charts: its title and which way is better
 * ("Coverage (k-NN) · higher is better", "Classifier two-sample AUC · best at 0.5"); the id is
 * added when two metrics share a title, so facets never merge.
 *
 * @example
 * metricFacetLabels([coverage]).get('similarity.coverage');
 * // 'Coverage (k-NN) · higher is better'
 */
export function metricFacetLabels(metrics: readonly Pick<MetricResult, 'id' | 'title' | 'goal' | 'target'>[]): Map<string, string> {
  const titles = new Map<string, number>();
  for (const m of metrics) titles.set(m.title, (titles.get(m.title) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const m of metrics) {
    const goal = m.goal === 'target' ? (m.target === undefined ? 'best at its target' : `best at ${m.target}`) : GOAL_WORDS[m.goal];
    const title = (titles.get(m.title) ?? 0) > 1 ? `${m.title} (${m.id})` : m.title;
    out.set(m.id, `${title} · ${goal}`);
  }
  return out;
}
