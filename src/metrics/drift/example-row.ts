import type { Side } from '../../core/evaluate/types.js';

/** Longest example text kept in details (the brief for every family: 300 characters). */
export const EXAMPLE_CHARS = 300;

export interface ExampleRow {
  /** Line of the row in its file. */
  row: number;
  id: string;
  text: string;
}

/** Row `i` of a side as a details example, its text cut to 300 characters (code points) with an ellipsis. */
export function exampleRow(side: Side, i: number): ExampleRow {
  const r = side.rows[i];
  const chars = Array.from(r.text);
  const text = chars.length > EXAMPLE_CHARS ? `${chars.slice(0, EXAMPLE_CHARS - 1).join('')}…` : r.text;
  return { row: r.line, id: r.id, text };
}
