import { SynthscopeError } from '../core/errors.js';
import { invalidRowDetail, invalidRowsSummary, moreInvalidRows, noValidRowsSummary } from '../core/messages.js';
import type { InvalidRow } from './types.js';

/** How many invalid rows an INVALID_ROWS error lists in its details. */
export const MAX_LISTED_INVALID_ROWS = 20;

/**
 * The error `loadDataset` throws for invalid rows: code 'INVALID_ROWS', a one-line message
 * naming the file, the count and the first problem, and `details` listing the first 20 as
 * `file:line: reason` plus "… and N more". `noneValid` words the message for a file in which
 * no row at all was valid. `invalid` must not be empty.
 *
 * @example
 * invalidRowsError('data.jsonl', [{ line: 7, reason: 'invalid JSON' }, { line: 9, reason: 'empty text' }], false);
 * // SynthscopeError { code: 'INVALID_ROWS', message: 'data.jsonl: 2 invalid rows (first at line 7: invalid JSON)',
 * //   details: ['data.jsonl:7: invalid JSON', 'data.jsonl:9: empty text'] }
 */
export function invalidRowsError(path: string, invalid: readonly InvalidRow[], noneValid: boolean): SynthscopeError {
  const first = invalid[0];
  const message = (noneValid ? noValidRowsSummary : invalidRowsSummary)(path, invalid.length, first.line, first.reason);
  const details = invalid.slice(0, MAX_LISTED_INVALID_ROWS).map((row) => invalidRowDetail(path, row.line, row.reason));
  if (invalid.length > MAX_LISTED_INVALID_ROWS) details.push(moreInvalidRows(invalid.length - MAX_LISTED_INVALID_ROWS));
  return new SynthscopeError('INVALID_ROWS', message, details);
}
