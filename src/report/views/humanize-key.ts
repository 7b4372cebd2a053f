const NAMES: Record<string, string> = {
  row: 'line',
  realRow: 'real line',
  realId: 'real id',
  realText: 'real text',
  candidate: 'synthetic',
  reference: 'real',
  candidateShare: 'synthetic share',
  referenceShare: 'real share',
  candidatePer1k: 'per 1k synthetic tokens',
  referencePer1k: 'per 1k real tokens',
  pValue: 'p-value',
  ksPValue: 'KS p-value',
  n: 'rows',
};

const BASELINE_NAMES: Record<string, string> = {
  candidate: 'real holdout',
  candidateShare: 'holdout share',
  candidatePer1k: 'per 1k holdout tokens',
};

/**
 * A details key as a column or row heading: camelCase split into words, with the metric
 * vocabulary made plain (`candidate` is the synthetic side in the value pass and the real
 * holdout in the baseline pass; `reference` is the real reference half in both; `row` is a line
 * number in the input file).
 *
 * @example
 * [humanizeKey('candidateShare'), humanizeKey('candidateShare', 'baseline'), humanizeKey('outsideEveryBall')];
 * // ['synthetic share', 'holdout share', 'outside every ball']
 */
export function humanizeKey(key: string, pass: 'value' | 'baseline' = 'value'): string {
  if (pass === 'baseline' && key in BASELINE_NAMES) return BASELINE_NAMES[key];
  if (key in NAMES) return NAMES[key];
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
}
