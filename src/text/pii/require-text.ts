import { InvalidArgumentError } from '../../core/errors.js';
import { describe } from '../token-ids.js';

/** Internal: refuses a non-string input of a PII function, naming the function. */
export function requireText(text: unknown, fn: string): string {
  if (typeof text !== 'string') throw new InvalidArgumentError(`${fn} needs a string, got ${describe(text)}`);
  return text;
}
