import { InvalidArgumentError } from '../core/errors.js';
import { ResultsSchema, type Results } from '../core/results-schema.js';
import { describe, notResults } from './messages.js';

/**
 * Refuses anything that is not a results object (evaluate()'s return, or a parsed results.json),
 * naming the first key that does not fit the schema. Returns the object as given.
 */
export function checkResults(fn: string, value: unknown): Results {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new InvalidArgumentError(notResults(fn, describe(value)));
  const parsed = ResultsSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    throw new InvalidArgumentError(notResults(fn, `an object whose ${where} does not fit: ${issue.message}`));
  }
  return value as Results;
}
