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

/**
 * Validates two histograms or probability vectors of the same length with non-negative finite
 * entries and a positive sum each, and returns them normalised to sum to 1.
 */
export function probabilityPair(
  p: NumericSample,
  q: NumericSample,
  who: string,
): [Float64Array, Float64Array] {
  const a = finiteSample(p, who, 'p');
  const b = finiteSample(q, who, 'q');
  if (a.length !== b.length) {
    throw new InvalidArgumentError(`${who} needs p and q of equal length, got ${a.length} and ${b.length}`);
  }
  if (a.length === 0) throw new InvalidArgumentError(`${who} needs at least one category, got empty p and q`);
  for (const [v, name] of [[a, 'p'], [b, 'q']] as const) {
    let total = 0;
    for (let i = 0; i < v.length; i++) {
      if (v[i] < 0) throw new InvalidArgumentError(`${who} refuses negative ${name}[${i}] = ${v[i]}`);
      total += v[i];
    }
    if (!(total > 0 && total < Infinity)) {
      throw new InvalidArgumentError(`${who} needs ${name} to have a positive finite sum, got ${total}`);
    }
    for (let i = 0; i < v.length; i++) v[i] /= total;
  }
  return [a, b];
}
