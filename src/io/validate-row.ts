import {
  reasonEmptyText,
  reasonIdType,
  reasonLabelType,
  reasonMissingId,
  reasonMissingText,
  reasonNonStringText,
  reasonNotObject,
} from '../core/messages.js';
import { compileFieldPath, type FieldGetter } from './field-path.js';

/** The field paths a dataset is read with. */
export interface FieldNames {
  text: string;
  label: string | null;
  id: string | null;
}

/** Field paths compiled once per file (see `compileFields`). */
export interface CompiledFields {
  names: FieldNames;
  text: FieldGetter;
  label: FieldGetter | null;
  id: FieldGetter | null;
}

/** A record that passed: its parts, ready to become a `DatasetRow` (the caller checks id uniqueness). */
export interface ValidRow {
  ok: true;
  text: string;
  label: string | number | null;
  /** Stringified id, or null when no id field is set. */
  id: string | null;
  meta: Record<string, unknown>;
  /** Whether the label field was present (even if null), for column profiling. */
  labelPresent: boolean;
  /** The id as it was in the record (undefined when no id field is set), for column profiling. */
  rawId: unknown;
}

/** A record that failed, with the reason shown to the user. */
export interface RowProblem {
  ok: false;
  reason: string;
  column?: string;
}

export function compileFields(names: FieldNames): CompiledFields {
  return {
    names,
    text: compileFieldPath(names.text),
    label: names.label === null ? null : compileFieldPath(names.label),
    id: names.id === null ? null : compileFieldPath(names.id),
  };
}

/**
 * Checks one parsed record against the field mapping and splits it into text, label, id and
 * metadata. The rules (documented for users in `loadDataset`):
 * - the record must be an object (not an array, string, number or null);
 * - text must be present and a string, and not empty after `trim()` (the text itself is kept as is);
 * - label: string or finite number kept; boolean → `'true'` / `'false'` (JSON spelling, so labels
 *   stay `string | number` and print the same from JSON and CSV); null, missing or `''` → null;
 *   an object or array is an error;
 * - id (when an id field is set): string, number or boolean, stringified; missing, null or `''`
 *   is an error, as is an object or array;
 * - meta: every top-level key except a mapped field named by that exact key; a field reached
 *   through a dotted path stays inside its parent object in meta.
 *
 * @example
 * validateRow({ text: 'hi', label: true, n: 3 }, compileFields({ text: 'text', label: 'label', id: null }));
 * // { ok: true, text: 'hi', label: 'true', id: null, meta: { n: 3 }, labelPresent: true, rawId: undefined }
 * validateRow({ text: '  ' }, compileFields({ text: 'text', label: 'label', id: null }));
 * // { ok: false, reason: 'empty text', column: 'text' }
 */
export function validateRow(record: unknown, fields: CompiledFields): ValidRow | RowProblem {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { ok: false, reason: reasonNotObject(describeValue(record)) };
  }
  const object = record as Record<string, unknown>;
  const names = fields.names;

  const text = fields.text(object);
  if (typeof text !== 'string') {
    if (text === undefined || text === null) return { ok: false, reason: reasonMissingText(names.text), column: names.text };
    return { ok: false, reason: reasonNonStringText(describeValue(text)), column: names.text };
  }
  if (isBlank(text)) return { ok: false, reason: reasonEmptyText, column: names.text };

  let label: string | number | null = null;
  let labelPresent = false;
  if (fields.label !== null) {
    const raw = fields.label(object);
    labelPresent = raw !== undefined;
    if (typeof raw === 'string') label = raw === '' ? null : raw;
    else if (typeof raw === 'number') label = raw;
    else if (typeof raw === 'boolean') label = raw ? 'true' : 'false';
    else if (raw !== undefined && raw !== null) {
      return { ok: false, reason: reasonLabelType(describeValue(raw)), column: names.label ?? undefined };
    }
  }

  let id: string | null = null;
  let rawId: unknown = undefined;
  if (fields.id !== null) {
    const raw = fields.id(object);
    rawId = raw;
    const column = names.id ?? undefined;
    if (raw === undefined || raw === null || raw === '') return { ok: false, reason: reasonMissingId(names.id ?? ''), column };
    if (typeof raw === 'string') id = raw;
    else if (typeof raw === 'number' || typeof raw === 'boolean') id = String(raw);
    else return { ok: false, reason: reasonIdType(describeValue(raw)), column };
  }

  const meta: Record<string, unknown> = {};
  const textKey = names.text;
  const labelKey = names.label;
  const idKey = names.id;
  for (const key in object) {
    if (key === textKey || key === labelKey || key === idKey) continue;
    meta[key] = object[key];
  }
  return { ok: true, text, label, id, meta, labelPresent, rawId };
}

/** `text.trim() === ''` without allocating (same whitespace as String.prototype.trim, ECMA-262 WhiteSpace and LineTerminator). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code < 0xa0) return false;
    if (!isTrimSpace(code)) return false;
  }
  return true;
}

function isTrimSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** 'a number', 'an array', 'null', … for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'string':
      return 'a string';
    default:
      return typeof value;
  }
}
