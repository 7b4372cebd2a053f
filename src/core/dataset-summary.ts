import { countWords, isPythonSpace } from '../io/count-words.js';
import type { Dataset } from '../io/types.js';
import { InvalidArgumentError } from './errors.js';
import { quantileSorted } from '../stats/quantile-sorted.js';

/** Order statistics of one length measure over the rows. */
export interface LengthStats {
  min: number;
  p5: number;
  p25: number;
  median: number;
  p75: number;
  p95: number;
  max: number;
  mean: number;
}

export interface DatasetSummary {
  rows: number;
  invalidRows: number;
  /**
   * Rows per label (keys are `String(label)`; unlabeled rows are not counted here). Keys are
   * inserted by count descending, then label; but JavaScript objects list integer-like keys
   * ('0', '1', …) first in ascending order whatever the insertion order, so use `labelCounts`
   * where order matters.
   */
  labels: Record<string, number>;
  /** The same counts as an ordered list: count descending, then label (see `summarizeDataset`). */
  labelCounts: { label: string; count: number }[];
  /** Rows whose label is null. */
  unlabeled: number;
  lengths: { chars: LengthStats; words: LengthStats };
  duplicates: {
    /** Rows whose text equals an earlier row's text exactly. */
    exact: number;
    /** The same after lowercasing and collapsing whitespace (Python `' '.join(t.lower().split())`). */
    normalized: number;
  };
}

/**
 * What `synthscope inspect` prints about a loaded dataset: row and invalid-row counts, label
 * counts, text lengths and duplicate texts. Pure: reads only `dataset.rows` and `dataset.invalid`.
 *
 * - chars = Unicode code points (Python `len(text)`; an emoji is 1, not 2 UTF-16 units);
 *   words = whitespace-separated tokens (Python `len(text.split())`, see `countWords`).
 * - Quantiles p5, p25, median, p75, p95 use numpy's default method ('linear', Hyndman & Fan 1996
 *   type 7), including numpy's two-sided lerp (`_lerp` in numpy 1.24: `b − (b − a)(1 − t)` when
 *   t ≥ 0.5), so values match `numpy.percentile` bit for bit; mean is the plain mean.
 * - Labels sort by count descending, then by label: numerically when both labels are numbers,
 *   else by UTF-16 code units (numbers before strings).
 * - duplicates.normalized counts rows whose lowercased, whitespace-collapsed text equals an
 *   earlier row's; it is always ≥ duplicates.exact.
 * Checked against numpy 1.24 on the SMS Spam Collection by `scripts/reference/summary.py`.
 *
 * @throws InvalidArgumentError for a dataset without rows (loadDataset never returns one).
 * @example
 * summarizeDataset(await loadDataset('../shared/datasets/sms_spam_collection/data.jsonl'));
 * // { rows: 5574, invalidRows: 0, labels: { ham: 4827, spam: 747 }, unlabeled: 0,
 * //   labelCounts: [{ label: 'ham', count: 4827 }, { label: 'spam', count: 747 }],
 * //   lengths: { chars: { min: 2, p5: 22, p25: 36, median: 62, p75: 122, p95: 160, max: 910, mean: 80.478… },
 * //              words: { min: 1, p5: 4, p25: 7, median: 12, p75: 23, p95: 33, max: 171, mean: 15.591… } },
 * //   duplicates: { exact: 403, normalized: 415 } }
 */
export function summarizeDataset(dataset: Pick<Dataset, 'rows' | 'invalid'>): DatasetSummary {
  const rows = dataset.rows;
  const n = rows.length;
  if (n === 0) throw new InvalidArgumentError('summarizeDataset needs a dataset with at least one row');

  const chars = new Float64Array(n);
  const words = new Float64Array(n);
  const counts = new Map<string, { label: string | number; count: number }>();
  let unlabeled = 0;
  const exactSeen = new Set<string>();
  const normalizedSeen = new Set<string>();
  let exact = 0;
  let normalized = 0;

  for (let i = 0; i < n; i++) {
    const { text, label } = rows[i];
    chars[i] = countCodePoints(text);
    words[i] = countWords(text);
    if (label === null) unlabeled++;
    else {
      const key = String(label);
      const entry = counts.get(key);
      if (entry === undefined) counts.set(key, { label, count: 1 });
      else entry.count++;
    }
    if (exactSeen.has(text)) exact++;
    else exactSeen.add(text);
    const folded = normalizeText(text);
    if (normalizedSeen.has(folded)) normalized++;
    else normalizedSeen.add(folded);
  }

  const ordered = [...counts.values()].sort((a, b) => b.count - a.count || compareLabels(a.label, b.label));
  const labels: Record<string, number> = {};
  for (const entry of ordered) labels[String(entry.label)] = entry.count;

  return {
    rows: n,
    invalidRows: dataset.invalid.length,
    labels,
    labelCounts: ordered.map((entry) => ({ label: String(entry.label), count: entry.count })),
    unlabeled,
    lengths: { chars: lengthStats(chars), words: lengthStats(words) },
    duplicates: { exact, normalized },
  };
}

function compareLabels(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function countCodePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** Python `' '.join(text.lower().split())`. */
function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const space = i === lower.length || isPythonSpace(lower.charCodeAt(i));
    if (!space) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      out += (out === '' ? '' : ' ') + lower.slice(start, i);
      start = -1;
    }
  }
  return out;
}

function lengthStats(values: Float64Array): LengthStats {
  const sorted = values.slice().sort();
  let sum = 0;
  for (const value of sorted) sum += value; // integer lengths: the sum is exact below 2^53
  return {
    min: sorted[0],
    p5: quantileSorted(sorted, 0.05),
    p25: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    p75: quantileSorted(sorted, 0.75),
    p95: quantileSorted(sorted, 0.95),
    max: sorted[sorted.length - 1],
    mean: sum / sorted.length,
  };
}

