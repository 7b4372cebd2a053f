/**
 * Label handling shared by the classification and agreement functions (internal).
 *
 * Labels follow scikit-learn's rules (sklearn.utils.multiclass.unique_labels, 1.2): the default
 * label set is the sorted union of both label arrays; numbers sort ascending, strings by Unicode
 * code point (Python's `sorted` on `str`), and a mix of strings and numbers is refused, as
 * sklearn refuses it ("Mix of label input types (string and number)").
 * One deliberate difference: a fractional number (2.5) is taken as a category like any other,
 * where sklearn refuses such targets as "continuous". Labels compare with `===` (so 0 and -0 are
 * one label, as in Python), and "1" and 1 never meet because a mix is refused.
 */
import { InvalidArgumentError } from '../../core/errors.js';

/** A class label: a string or a finite number. Booleans, null and NaN are refused. */
export type Label = string | number;

type LabelKind = 'string' | 'number';

/**
 * Compares two strings by Unicode code point, as Python does. JavaScript's `<` compares UTF-16
 * code units, which orders astral characters (emoji) before U+E000–U+FFFF; Python does not.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i) as number;
    const cb = b.codePointAt(i) as number;
    if (ca !== cb) return ca - cb;
    if (ca > 0xffff) i++;
  }
  return a.length - b.length;
}

function kindOf(value: unknown, who: string, what: string, index: number): LabelKind {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new InvalidArgumentError(`${who} refuses NaN in ${what} (index ${index})`);
    if (!Number.isFinite(value)) {
      throw new InvalidArgumentError(`${who} refuses the non-finite label ${value} in ${what} (index ${index})`);
    }
    return 'number';
  }
  throw new InvalidArgumentError(
    `${who} takes string or number labels, got ${value === null ? 'null' : typeof value} in ${what} (index ${index})`,
  );
}

/** Checks that `values` is an array of labels of one kind; returns that kind (null when empty). */
export function checkLabels(values: readonly unknown[], who: string, what: string): LabelKind | null {
  if (!Array.isArray(values)) throw new InvalidArgumentError(`${who} needs ${what} as an array of labels`);
  let kind: LabelKind | null = null;
  for (let i = 0; i < values.length; i++) {
    const k = kindOf(values[i], who, what, i);
    if (kind === null) kind = k;
    else if (k !== kind) {
      throw new InvalidArgumentError(
        `${who} refuses a mix of string and number labels (as scikit-learn does); ${what} has both (index ${i})`,
      );
    }
  }
  return kind;
}

/** Sorts labels as sklearn's `sorted(set(...))`: numbers ascending, strings by code point. */
export function sortLabels(labels: Label[]): Label[] {
  return labels.sort((a, b) =>
    typeof a === 'number' ? (a as number) - (b as number) : compareCodePoints(a as string, b as string),
  );
}

/**
 * Validates a pair of equal-length, non-empty label arrays and returns the label set to use:
 * `labels` when given (validated, duplicates refused), otherwise the sorted union.
 */
export function pairLabels(
  a: readonly Label[],
  b: readonly Label[],
  who: string,
  names: [string, string],
  labels?: readonly Label[],
): Label[] {
  const kindA = checkLabels(a, who, names[0]);
  const kindB = checkLabels(b, who, names[1]);
  if (a.length !== b.length) {
    throw new InvalidArgumentError(`${who} needs ${names[0]} and ${names[1]} of equal length, got ${a.length} and ${b.length}`);
  }
  if (a.length === 0) throw new InvalidArgumentError(`${who} needs at least one labelled item, got empty arrays`);
  if (kindA !== kindB) {
    throw new InvalidArgumentError(
      `${who} refuses a mix of string and number labels (as scikit-learn does): ${names[0]} has ${kindA}s, ${names[1]} has ${kindB}s`,
    );
  }
  if (labels !== undefined) {
    const kind = checkLabels(labels, who, 'options.labels');
    if (labels.length === 0) throw new InvalidArgumentError(`${who} needs options.labels to list at least one label`);
    if (kind !== kindA) {
      throw new InvalidArgumentError(`${who} needs options.labels of the same type as the data (${kindA}s), got ${kind}s`);
    }
    if (new Set(labels).size !== labels.length) {
      throw new InvalidArgumentError(`${who} refuses duplicate entries in options.labels`);
    }
    return [...labels];
  }
  const union = new Set<Label>(a);
  for (const v of b) union.add(v);
  return sortLabels([...union]);
}

/** Maps each label to its position in `labels`; labels not listed map to -1. */
export function indexLabels(values: readonly Label[], labels: readonly Label[]): Int32Array {
  const position = new Map<Label, number>();
  labels.forEach((label, i) => position.set(label, i));
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = position.get(values[i]) ?? -1;
  return out;
}
