import { InvalidArgumentError } from '../core/errors.js';

/** Numeric samples the stats functions accept: plain arrays or typed arrays. */
export type NumericSample = ArrayLike<number>;

/**
 * Copies a sample into a fresh Float64Array (the caller's array is never mutated), refusing
 * anything that is not an array of finite numbers. `who` and `what` name the caller and the
 * argument in the error ("ksTest refuses NaN in the first sample (index 3)").
 */
export function finiteSample(values: NumericSample, who: string, what: string): Float64Array {
  if (!Array.isArray(values) && !(ArrayBuffer.isView(values) && !(values instanceof DataView))) {
    throw new InvalidArgumentError(`${who} needs ${what} as an array of numbers, got ${values === null ? 'null' : typeof values}`);
  }
  const n = values.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== 'number') {
      throw new InvalidArgumentError(`${who} needs numbers in ${what}, got ${typeof v} at index ${i}`);
    }
    if (!Number.isFinite(v)) {
      throw new InvalidArgumentError(`${who} refuses ${Number.isNaN(v) ? 'NaN' : String(v)} in ${what} (index ${i})`);
    }
    out[i] = v;
  }
  return out;
}

/** Throws unless `value` is one of `allowed`; names the option in the message. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], who: string, option: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new InvalidArgumentError(`${who} option ${option} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${JSON.stringify(value)}`);
}
