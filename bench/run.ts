/**
 * `npm run bench`: runs every bench/*.bench.ts suite (or those whose file name contains one of the
 * command-line arguments) and prints one table. Each suite times synthscope beside its trusted
 * reference (numpy, scipy, sklearn via /usr/bin/python3) in the same run. Never part of `npm test`.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import type { BenchRow, BenchSuite } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

const rows: Array<BenchRow & { suite: string }> = [];
for (const file of files) {
  const suite = file.replace(/\.bench\.ts$/, '');
  process.stderr.write(`bench: ${suite} …\n`);
  const run = (await import(pathToFileURL(join(here, file)).href)).default as BenchSuite;
  try {
    for (const row of await run()) rows.push({ suite, ...row });
  } catch (error) {
    rows.push({ suite, name: 'FAILED', synthscopeMs: Number.NaN, note: (error as Error).message });
  }
}

const ms = (v?: number) => (v === undefined ? '' : Number.isNaN(v) ? '—' : v < 10 ? v.toFixed(2) : v.toFixed(0));
const header = ['suite', 'benchmark', 'synthscope ms', 'reference', 'reference ms', 'ratio', 'note'];
const body = rows.map((r) => [
  r.suite,
  r.name,
  ms(r.synthscopeMs),
  r.reference ?? '',
  ms(r.referenceMs),
  r.referenceMs ? (r.synthscopeMs / r.referenceMs).toFixed(2) + '×' : '',
  r.note ?? '',
]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const b of body) console.log(line(b));
