/**
 * What a refinement round does about one failed check (see `applyRefinement` for the changes each
 * makes with either provider).
 */
export type RefinementAction =
  | 'rebalance-labels'
  | 'match-lengths'
  | 'avoid-pii'
  | 'avoid-copies'
  | 'sharpen-labels'
  | 'diversify'
  | 'closer-to-real'
  | 'balance-groups'
  | 'reseed';

/** First match wins: a metric id, or a family prefix ending in '.'. */
const RULES: ReadonlyArray<readonly [string, RefinementAction]> = [
  ['drift.label-js', 'rebalance-labels'],
  ['drift.label-chi2', 'rebalance-labels'],
  ['drift.length-ks', 'match-lengths'],
  ['drift.length-wasserstein', 'match-lengths'],
  ['drift.length-psi', 'match-lengths'],
  ['privacy.pii-rate', 'avoid-pii'],
  ['privacy.', 'avoid-copies'],
  ['agreement.', 'sharpen-labels'],
  ['diversity.', 'diversify'],
  // Coverage and recall fall short when the synthetic rows bunch in part of the real data.
  ['similarity.coverage', 'diversify'],
  ['similarity.recall', 'diversify'],
  ['similarity.', 'closer-to-real'],
  ['drift.', 'closer-to-real'],
  ['bias.', 'balance-groups'],
];

/**
 * The refinement action for a failed check on a metric: label shares → rebalance the label
 * counts; lengths → ask for real lengths; PII → ask for none; copies of real rows or exemplars →
 * ask for new wording; label agreement → sharpen each label; diversity, coverage and recall →
 * more variety; the other similarity and drift measures → closer to the real data (exemplars from
 * under-represented clusters); bias → vary the people; anything else → only new seeds.
 *
 * @example
 * refinementAction('diversity.distinct-2');  // 'diversify'
 * refinementAction('drift.c2st-auc');        // 'closer-to-real'
 * refinementAction('custom.metric');         // 'reseed'
 */
export function refinementAction(metricId: string): RefinementAction {
  for (const [key, action] of RULES) {
    if (key.endsWith('.') ? metricId.startsWith(key) : metricId === key) return action;
  }
  return 'reseed';
}
