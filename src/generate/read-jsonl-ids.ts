import { readFile } from 'node:fs/promises';
import { SynthscopeError } from '../core/errors.js';
import { jsonlBadLine, jsonlDuplicateId, jsonlNoId } from '../core/messages.js';

export interface JsonlIds {
  /** Row ids in file order. */
  ids: string[];
  /** Bytes of complete lines; anything after them is a torn last line. */
  completeBytes: number;
  /** File size; 0 when the file does not exist. */
  totalBytes: number;
}

/**
 * The ids of the rows of a generated JSONL file, without changing it. Only complete lines
 * (ending in a newline) count: a last line without its newline is a write cut short by a kill,
 * reported as `totalBytes - completeBytes`. A complete line that is not a JSON object with a
 * non-empty string `id`, or a repeated id, throws SynthscopeError 'INPUT' naming the line.
 * A missing file has no rows.
 *
 * @example
 * await readJsonlIds('synth.jsonl'); // { ids: ['positive-0001', …], completeBytes: 5120, totalBytes: 5177 }
 */
export async function readJsonlIds(path: string): Promise<JsonlIds> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ids: [], completeBytes: 0, totalBytes: 0 };
    throw error;
  }
  const end = bytes.lastIndexOf(0x0a) + 1;
  const ids: string[] = [];
  const seen = new Map<string, number>();
  const lines = bytes.subarray(0, end).toString('utf8').split('\n');
  lines.pop();
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const line = i + 1;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch {
      throw new SynthscopeError('INPUT', jsonlBadLine(path, line));
    }
    const id = (row as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') throw new SynthscopeError('INPUT', jsonlNoId(path, line));
    const first = seen.get(id);
    if (first !== undefined) throw new SynthscopeError('INPUT', jsonlDuplicateId(path, line, id, first));
    seen.set(id, line);
    ids.push(id);
  });
  return { ids, completeBytes: end, totalBytes: bytes.length };
}
