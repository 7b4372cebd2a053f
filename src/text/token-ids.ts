/**
 * Internal (not exported from the package): turns a token array into dense integer ids so the
 * lexical measures can count with typed arrays instead of string-keyed maps in their hot loops.
 */
import { InvalidArgumentError } from '../core/errors.js';

export interface TokenIds {
  /** ids[i] is the type id of tokens[i]; ids are 0 … typeCount-1 in order of first appearance. */
  ids: Int32Array;
  /** Number of distinct tokens (types). */
  typeCount: number;
}

/** Validates `tokens` (an array of strings) for `fn` and interns it. */
export function internTokens(tokens: readonly string[], fn: string): TokenIds {
  if (!Array.isArray(tokens)) {
    throw new InvalidArgumentError(`${fn} needs an array of string tokens, got ${describe(tokens)}`);
  }
  const n = tokens.length;
  const ids = new Int32Array(n);
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const token = tokens[i];
    if (typeof token !== 'string') {
      throw new InvalidArgumentError(`${fn} needs string tokens, got ${describe(token)} at index ${i}`);
    }
    let id = index.get(token);
    if (id === undefined) {
      id = index.size;
      index.set(token, id);
    }
    ids[i] = id;
  }
  return { ids, typeCount: index.size };
}

/** Checks that an option is a positive integer; returns it. */
export function positiveInteger(value: unknown, fn: string, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new InvalidArgumentError(`${fn} needs ${name} to be a positive integer, got ${describe(value)}`);
  }
  return value;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return String(value);
  return typeof value;
}
