/** Reads one field of a record; `undefined` when the field is absent. */
export type FieldGetter = (record: Record<string, unknown>) => unknown;

/**
 * Compiles a field path such as `text` or `meta.text` into a getter. A key that exists as
 * written wins (so a CSV header or JSON key that contains a dot, `"meta.text"`, is read as one
 * field); otherwise the path is split on dots and followed through nested objects. Walking into
 * a non-object, an array, or a missing key gives `undefined`. The same rule as lodash `get`
 * (4.17) for dotted strings, except that arrays are not indexed.
 *
 * @example
 * compileFieldPath('meta.text')({ meta: { text: 'hi' } }); // 'hi'
 * compileFieldPath('meta.text')({ 'meta.text': 'flat' });  // 'flat'
 * compileFieldPath('a.b')({ a: [1] });                     // undefined
 */
export function compileFieldPath(path: string): FieldGetter {
  const own = Object.prototype.hasOwnProperty;
  const parts = path.split('.');
  if (parts.length === 1 || parts.some((part) => part === '')) {
    return (record) => (own.call(record, path) ? record[path] : undefined);
  }
  return (record) => {
    if (own.call(record, path)) return record[path];
    let value: unknown = record;
    for (const part of parts) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
      if (!own.call(value, part)) return undefined;
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  };
}
