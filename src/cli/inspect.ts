import type { Command } from 'commander';
import { summarizeDataset, type DatasetSummary } from '../core/dataset-summary.js';
import { loadDataset } from '../io/load-dataset.js';
import type { InvalidRow } from '../io/types.js';
import { addDatasetFlags, toLoadOptions, type DatasetFlags } from './dataset-flags.js';
import { runCommand, type GlobalFlags } from './run-command.js';

const SHOWN_INVALID = 20;

export function registerInspect(program: Command): void {
  addDatasetFlags(
    program
      .command('inspect')
      .description('rows, invalid rows, labels, text lengths and duplicates of a dataset')
      .argument('<file>', 'JSONL, JSON, CSV or TSV file'),
  )
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, flags: DatasetFlags & { json?: boolean }, command: Command) => {
      await runCommand(command.optsWithGlobals<GlobalFlags>(), async () => {
        const dataset = await loadDataset(file, toLoadOptions(flags));
        const summary = summarizeDataset(dataset);
        const invalid = dataset.invalid;
        if (flags.json) {
          process.stdout.write(`${JSON.stringify({ file, format: dataset.format, sha256: dataset.sha256, ...summary, invalid }, null, 2)}\n`);
        } else {
          process.stdout.write(formatSummary(file, dataset.format, summary, invalid));
        }
      });
    });
}

function formatSummary(file: string, format: string, s: DatasetSummary, invalid: InvalidRow[]): string {
  const out: string[] = [];
  out.push(`${file} (${format})`);
  out.push(`  rows          ${s.rows}`);
  out.push(`  invalid rows  ${s.invalidRows}`);
  out.push(`  duplicates    ${s.duplicates.exact} exact, ${s.duplicates.normalized} after lowercasing and collapsing whitespace`);
  const labels = s.labelCounts.map(({ label, count }) => [String(label), count] as const);
  out.push(`  labels        ${labels.length === 0 ? 'none' : labels.length}${s.unlabeled > 0 ? ` (${s.unlabeled} rows without a label)` : ''}`);
  const width = Math.max(0, ...labels.map(([l]) => l.length));
  for (const [label, count] of labels) {
    out.push(`    ${label.padEnd(width)}  ${String(count).padStart(7)}  ${((100 * count) / s.rows).toFixed(1).padStart(5)}%`);
  }
  out.push('  text length   min    p5   p25 median   p75   p95    max    mean');
  for (const [unit, q] of [['chars', s.lengths.chars], ['words', s.lengths.words]] as const) {
    const cells = [q.min, q.p5, q.p25, q.median, q.p75, q.p95, q.max].map((v) => fmt(v).padStart(6));
    out.push(`    ${unit.padEnd(10)}${cells.join('')} ${fmt(q.mean).padStart(7)}`);
  }
  if (invalid.length > 0) {
    out.push(`  skipped rows (line: reason)`);
    for (const row of invalid.slice(0, SHOWN_INVALID)) out.push(`    ${row.line}: ${row.reason}`);
    if (invalid.length > SHOWN_INVALID) out.push(`    … and ${invalid.length - SHOWN_INVALID} more (all of them with --json)`);
  }
  return `${out.join('\n')}\n`;
}

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1));
