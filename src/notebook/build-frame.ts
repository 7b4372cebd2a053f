import type { DataFrame } from 'danfojs-node';
import { loadDanfo } from './load-danfo.js';

/** A column of a frame: name, danfojs dtype and one value per row (NaN or null where missing). */
export interface FrameColumn {
  name: string;
  dtype: 'float32' | 'int32' | 'string' | 'boolean';
  values: Array<number | string | boolean | null>;
}

/**
 * A DataFrame with the given columns, in order, and explicit dtypes (danfojs would call a
 * column of nulls float32). A frame with no rows keeps its column names. ("float32" is danfojs's
 * name for its number dtype: the values stay JavaScript doubles.)
 */
export function buildFrame(fn: string, columns: readonly FrameColumn[]): DataFrame {
  const dfd = loadDanfo(fn);
  const names = columns.map((c) => c.name);
  const rows = columns[0]?.values.length ?? 0;
  if (rows === 0) return new dfd.DataFrame([], { columns: names });
  return new dfd.DataFrame(Object.fromEntries(columns.map((c) => [c.name, c.values])), {
    columns: names,
    dtypes: columns.map((c) => c.dtype),
  });
}
