import { InvalidArgumentError } from '../../core/errors.js';
import { checkLabels, sortLabels, type Label } from './labels.js';

export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export interface KrippendorffAlphaOptions {
  /** Level of measurement, which picks the difference function δ². Default 'nominal'. */
  level?: MeasurementLevel;
  /**
   * Every value a coder could use. For 'ordinal' its order is the rank order (required when the
   * values are strings; numbers otherwise rank ascending). Any level refuses data values that are
   * not listed. Values nobody used change nothing: they have zero frequency.
   */
  valueDomain?: Label[];
}

/**
 * Krippendorff's alpha: agreement among any number of coders, with missing values, for nominal,
 * ordinal, interval or ratio data. α = 1 − D_o / D_e, from the coincidence matrix of pairable
 * values; 1 is perfect reliability, 0 chance level.
 *
 * `reliabilityData` has one row per coder and one column per unit; `null` marks a value the coder
 * did not give. Units with fewer than two values are not pairable and are left out. Follows
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability" (Annenberg School for
 * Communication, University of Pennsylvania): coincidences o_ck with weight
 * 1/(m_u − 1), α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck, and the difference functions
 * ordinal δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², interval (c − k)², ratio ((c − k)/(c + k))².
 * When all pairable values are equal, D_e = 0 and alpha is undefined: the result is NaN.
 *
 * Cost: O(coders · units) plus, for 'ordinal' and 'ratio', O(V²) in the number V of distinct
 * values ('nominal' and 'interval' are O(V)).
 *
 * @example
 * // Krippendorff (2011), worked example: 4 observers × 12 units with missing values
 * const data = [
 *   [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
 *   [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
 *   [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
 *   [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
 * ];
 * krippendorffAlpha(data) // => 0.743421052631579 (paper: 0.743)
 * krippendorffAlpha(data, { level: 'interval' }) // => 0.8491071428571428 (paper: 0.849)
 */
export function krippendorffAlpha(
  reliabilityData: readonly (readonly (Label | null)[])[],
  options: KrippendorffAlphaOptions = {},
): number {
  const who = 'krippendorffAlpha';
  const level = options.level ?? 'nominal';
  if (level !== 'nominal' && level !== 'ordinal' && level !== 'interval' && level !== 'ratio') {
    throw new InvalidArgumentError(`${who} takes level 'nominal', 'ordinal', 'interval' or 'ratio', got ${String(level)}`);
  }
  if (!Array.isArray(reliabilityData) || reliabilityData.length === 0) {
    throw new InvalidArgumentError(`${who} needs reliability data as rows of coders × columns of units`);
  }
  const units = Array.isArray(reliabilityData[0]) ? reliabilityData[0].length : -1;
  const present: Label[] = [];
  for (let r = 0; r < reliabilityData.length; r++) {
    const row = reliabilityData[r];
    if (!Array.isArray(row) || row.length !== units) {
      throw new InvalidArgumentError(
        `${who} needs one row per coder, all of the same length (units): row 0 has ${units}, row ${r} has ${Array.isArray(row) ? row.length : 'none'}`,
      );
    }
    for (let u = 0; u < units; u++) {
      const v = row[u];
      if (v === null) continue;
      if (typeof v === 'number' && Number.isNaN(v)) {
        throw new InvalidArgumentError(`${who} refuses NaN (coder ${r}, unit ${u}); mark a missing value with null`);
      }
      present.push(v);
    }
  }
  const kind = checkLabels(present, who, 'reliabilityData');
  if ((level === 'interval' || level === 'ratio') && kind === 'string') {
    throw new InvalidArgumentError(`${who} needs numeric values for level '${level}', got strings`);
  }
  if (level === 'ratio' && present.some((v) => (v as number) < 0)) {
    throw new InvalidArgumentError(`${who} needs non-negative values for level 'ratio'`);
  }

  // The distinct values, in rank order for 'ordinal'.
  let values: Label[];
  if (options.valueDomain !== undefined) {
    const domain = options.valueDomain;
    const domainKind = checkLabels(domain, who, 'options.valueDomain');
    if (domain.length === 0) throw new InvalidArgumentError(`${who} needs options.valueDomain to list at least one value`);
    if (new Set(domain).size !== domain.length) throw new InvalidArgumentError(`${who} refuses duplicates in options.valueDomain`);
    if (kind !== null && domainKind !== kind) {
      throw new InvalidArgumentError(`${who} needs options.valueDomain of the same type as the data (${kind}s)`);
    }
    const inDomain = new Set<Label>(domain);
    for (const v of present) {
      if (!inDomain.has(v)) throw new InvalidArgumentError(`${who} found the value ${JSON.stringify(v)} that is not in options.valueDomain`);
    }
    values = [...domain];
  } else {
    if (level === 'ordinal' && kind === 'string') {
      throw new InvalidArgumentError(`${who} needs options.valueDomain to rank string values for level 'ordinal'`);
    }
    values = sortLabels([...new Set<Label>(present)]);
  }
  const index = new Map<Label, number>();
  values.forEach((v, i) => index.set(v, i));
  const V = values.length;

  // Pairable units: their distinct values and counts, and the value totals n_c.
  const totals = new Float64Array(V);
  const unitValues: Int32Array[] = [];
  const unitCounts: Float64Array[] = [];
  for (let u = 0; u < units; u++) {
    const counts = new Map<number, number>();
    let m = 0;
    for (const row of reliabilityData) {
      const v = row[u];
      if (v === null) continue;
      const i = index.get(v) as number;
      counts.set(i, (counts.get(i) ?? 0) + 1);
      m++;
    }
    if (m < 2) continue;
    const idx = Int32Array.from(counts.keys());
    const cnt = Float64Array.from(counts.values());
    for (let j = 0; j < idx.length; j++) totals[idx[j]] += cnt[j];
    unitValues.push(idx);
    unitCounts.push(cnt);
  }
  let n = 0;
  for (let c = 0; c < V; c++) n += totals[c];
  if (n === 0) throw new InvalidArgumentError(`${who} needs at least one unit with values from two or more coders`);

  const numeric = level === 'interval' || level === 'ratio' ? values.map((v) => v as number) : [];
  // Exclusive prefix sums of n_g in rank order, for the ordinal metric.
  const cumulative = new Float64Array(V + 1);
  for (let c = 0; c < V; c++) cumulative[c + 1] = cumulative[c] + totals[c];
  const delta2 = (c: number, k: number): number => {
    if (c === k) return 0;
    switch (level) {
      case 'nominal':
        return 1;
      case 'ordinal': {
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        const d = cumulative[hi + 1] - cumulative[lo] - (totals[c] + totals[k]) / 2;
        return d * d;
      }
      case 'interval': {
        const d = numeric[c] - numeric[k];
        return d * d;
      }
      case 'ratio': {
        const s = numeric[c] + numeric[k];
        const d = s === 0 ? 0 : (numeric[c] - numeric[k]) / s;
        return d * d;
      }
    }
  };

  // Σ_c Σ_k o_ck δ²_ck: within each unit, every ordered pair of values from different coders
  // weighs 1 / (m_u − 1).
  let observed = 0;
  for (let u = 0; u < unitValues.length; u++) {
    const idx = unitValues[u];
    const cnt = unitCounts[u];
    let m = 0;
    for (let j = 0; j < cnt.length; j++) m += cnt[j];
    let s = 0;
    for (let a = 0; a < idx.length; a++) {
      for (let b = a + 1; b < idx.length; b++) s += 2 * cnt[a] * cnt[b] * delta2(idx[a], idx[b]);
    }
    observed += s / (m - 1);
  }

  // Σ_c Σ_k n_c n_k δ²_ck.
  let expected = 0;
  if (level === 'nominal') {
    let squares = 0;
    for (let c = 0; c < V; c++) squares += totals[c] * totals[c];
    expected = n * n - squares;
  } else if (level === 'interval') {
    let mean = 0;
    for (let c = 0; c < V; c++) mean += totals[c] * numeric[c];
    mean /= n;
    let ss = 0;
    for (let c = 0; c < V; c++) ss += totals[c] * (numeric[c] - mean) ** 2;
    expected = 2 * n * ss;
  } else {
    for (let c = 0; c < V; c++) {
      if (totals[c] === 0) continue;
      for (let k = c + 1; k < V; k++) {
        if (totals[k] !== 0) expected += 2 * totals[c] * totals[k] * delta2(c, k);
      }
    }
  }
  if (expected === 0) return Number.NaN;
  return 1 - ((n - 1) * observed) / expected;
}
