import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A labeled dataset from ../shared/datasets (read-only; never copied into the project). */
export function readSharedLabeled(name: string): Array<{ text: string; label: string }> {
  const path = join(process.cwd(), '..', 'shared', 'datasets', name, 'data.jsonl');
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as { text: string; label: string | number };
      return { text: row.text, label: String(row.label) };
    });
}
