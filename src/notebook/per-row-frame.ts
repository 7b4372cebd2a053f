import type { DataFrame } from 'danfojs-node';
import { InvalidArgumentError } from '../core/errors.js';
import type { Flag } from '../core/results-schema.js';
import type { Dataset, DatasetRow } from '../io/types.js';
import { tokenize } from '../text/tokenize.js';
import { buildFrame, type FrameColumn } from './build-frame.js';
import { checkResults } from './check-results.js';
import { datasetMismatch, describe } from './messages.js';

/**
 * One row per synthetic row, in file order, with what the results say about it: `row` (line in
 * the file), `id`, `label`, `text`, `chars` (Unicode code points) and `words` (tokens of
 * `tokenize`, as the drift length metrics count them), `flags` (how many flags the row has) and,
 * for each flag kind in the results, a boolean column named after the kind and, for kinds whose
 * flags carry a score, a `<kind> score` column (the row's highest; NaN when not flagged). Sort
 * or filter it with danfojs to find the rows to fix.
 *
 * `synthetic` must be the dataset the results were computed on: its row count, and its SHA-256
 * when a `Dataset` is given, are checked against `results.inputs.synthetic`. Flags past the
 * per-kind cap (`results.flagCounts` > kept) are not in results.json, so those rows show
 * unflagged: raise `maxFlagsPerKind` in the evaluation config to see every one.
 *
 * @example
 * const df = perRowFrame(results, synthetic);
 * df.query(df['suspect-label']).sortValues('suspect-label score', { ascending: false })
 *   .loc({ columns: ['row', 'label', 'suspect-label score'] }).head(2).print();
 * // ║ 31 │ 32 │ negative │ 0.239  ║
 * // ║ 35 │ 36 │ negative │ 0.2044 ║
 */
export function perRowFrame(results: unknown, synthetic: Dataset | readonly DatasetRow[]): DataFrame {
  const fn = 'perRowFrame';
  const r = checkResults(fn, results);
  const isDataset = !Array.isArray(synthetic) && synthetic !== null && typeof synthetic === 'object' && Array.isArray((synthetic as Dataset).rows);
  if (!isDataset && !Array.isArray(synthetic)) throw new InvalidArgumentError(datasetMismatch(fn, 'a Dataset or its rows', describe(synthetic)));
  const rows: readonly DatasetRow[] = isDataset ? (synthetic as Dataset).rows : (synthetic as readonly DatasetRow[]);
  const expected = r.inputs.synthetic;
  if (isDataset && (synthetic as Dataset).sha256 !== expected.sha256) {
    throw new InvalidArgumentError(datasetMismatch(fn, `sha256 ${expected.sha256.slice(0, 12)}…`, `sha256 ${(synthetic as Dataset).sha256.slice(0, 12)}…`));
  }
  if (rows.length !== expected.rows) throw new InvalidArgumentError(datasetMismatch(fn, `${expected.rows} rows`, `${rows.length} rows`));

  const position = new Map<number, number>();
  rows.forEach((row, i) => position.set(row.line, i));
  const byRow: Flag[][] = rows.map(() => []);
  for (const flag of r.flags) {
    const i = position.get(flag.row);
    if (i === undefined) throw new InvalidArgumentError(datasetMismatch(fn, `a row at line ${flag.row} (flag ${flag.kind})`, 'no row there'));
    byRow[i].push(flag);
  }
  const kinds = [...new Set(r.flags.map((f) => f.kind))].sort();
  const columns: FrameColumn[] = [
    { name: 'row', dtype: 'int32', values: rows.map((x) => x.line) },
    { name: 'id', dtype: 'string', values: rows.map((x) => x.id) },
    { name: 'label', dtype: 'string', values: rows.map((x) => (x.label === null ? null : String(x.label))) },
    { name: 'text', dtype: 'string', values: rows.map((x) => x.text) },
    { name: 'chars', dtype: 'int32', values: rows.map((x) => [...x.text].length) },
    { name: 'words', dtype: 'int32', values: rows.map((x) => tokenize(x.text).length) },
    { name: 'flags', dtype: 'int32', values: byRow.map((f) => f.length) },
  ];
  for (const kind of kinds) {
    columns.push({ name: kind, dtype: 'boolean', values: byRow.map((f) => f.some((x) => x.kind === kind)) });
    if (r.flags.some((f) => f.kind === kind && f.score !== undefined)) {
      columns.push({
        name: `${kind} score`,
        dtype: 'float32',
        values: byRow.map((f) => {
          let best = NaN;
          for (const x of f) if (x.kind === kind && x.score !== undefined && (Number.isNaN(best) || x.score > best)) best = x.score;
          return best;
        }),
      });
    }
  }
  return buildFrame(fn, columns);
}
