import { extname } from 'node:path';
import type { DatasetFormat } from './types.js';

/** How many bytes of the file `loadDataset` reads to sniff its format. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * Picks a file's format from its extension, looking at its first bytes (`head`, decoded, BOM
 * removed) only where the extension does not settle it:
 * - `.jsonl`, `.ndjson`, `.jsonlines` → jsonl; `.csv` → csv; `.tsv`, `.tab` → tsv (case-insensitive);
 * - `.json` → json, unless the first line is a complete JSON object on its own, which means JSON
 *   Lines saved as .json (what pandas `to_json(lines=True)` and Hugging Face `Dataset.to_json`
 *   write by default);
 * - any other extension (or none): content starting with `[` → json; with `{` → jsonl when the
 *   first line is a complete JSON object, else json; otherwise a delimited file, TSV when the
 *   first line has at least one tab and no fewer tabs than commas, else CSV.
 *
 * @example
 * detectFormat('data.json', '{"text": "a"}\n{"text": "b"}\n'); // 'jsonl'
 * detectFormat('data.json', '[{"text": "a"}]');                // 'json'
 * detectFormat('data.txt', 'label\ttext\nham\tOk lar\n');        // 'tsv'
 */
export function detectFormat(path: string, head: string): DatasetFormat {
  const extension = extname(path).toLowerCase();
  switch (extension) {
    case '.jsonl':
    case '.ndjson':
    case '.jsonlines':
      return 'jsonl';
    case '.csv':
      return 'csv';
    case '.tsv':
    case '.tab':
      return 'tsv';
    case '.json':
      return firstLineIsObject(head) ? 'jsonl' : 'json';
    default:
      break;
  }
  const start = head.trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return firstLineIsObject(start) ? 'jsonl' : 'json';
  const newline = head.indexOf('\n');
  const firstLine = newline === -1 ? head : head.slice(0, newline);
  const tabs = countChar(firstLine, '\t');
  const commas = countChar(firstLine, ',');
  return tabs > 0 && tabs >= commas ? 'tsv' : 'csv';
}

function firstLineIsObject(head: string): boolean {
  const start = head.trimStart();
  if (!start.startsWith('{')) return false;
  const newline = start.indexOf('\n');
  const line = newline === -1 ? start : start.slice(0, newline);
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

function countChar(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
}
