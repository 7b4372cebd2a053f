import { Option, type Command } from 'commander';
import type { LoadDatasetOptions } from '../io/types.js';

export interface DatasetFlags {
  format: 'auto' | 'jsonl' | 'json' | 'csv' | 'tsv';
  textField?: string;
  labelField?: string;
  idField?: string;
  onInvalid: 'error' | 'skip';
  columns?: string;
}

/** The dataset options shared by every command that reads a dataset. */
export function addDatasetFlags(command: Command): Command {
  return command
    .addOption(new Option('--format <format>', 'file format').choices(['auto', 'jsonl', 'json', 'csv', 'tsv']).default('auto'))
    .option('--text-field <path>', 'field holding the text; dotted paths reach into objects (default: text)')
    .option('--label-field <path>', 'field holding the label (default: label, if present)')
    .option('--id-field <path>', 'field holding a unique row id')
    .option('--columns <names>', 'comma-separated column names for a CSV/TSV file without a header row (e.g. label,text)')
    .addOption(new Option('--on-invalid <policy>', 'refuse a file with invalid rows, or skip and record them').choices(['error', 'skip']).default('error'));
}

export function toLoadOptions(flags: DatasetFlags): LoadDatasetOptions {
  return {
    format: flags.format,
    textField: flags.textField,
    labelField: flags.labelField,
    idField: flags.idField ?? null,
    onInvalid: flags.onInvalid,
    ...(flags.columns ? { columns: flags.columns.split(',').map((c) => c.trim()) } : {}),
  };
}
