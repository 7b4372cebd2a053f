import type { Command } from 'commander';
import { SynthscopeError } from '../core/errors.js';
import { createEmbedder } from '../embed/create-embedder.js';
import { loadDataset } from '../io/load-dataset.js';
import { assertWritableFolder, writeFileAtomic } from '../io/write-file-atomic.js';
import { addDatasetFlags, toLoadOptions, type DatasetFlags } from './dataset-flags.js';
import { createProgress } from './progress.js';
import { runCommand, type GlobalFlags } from './run-command.js';

interface EmbedFlags extends DatasetFlags {
  out: string;
  embedder: string;
  baseUrl?: string;
  batchSize?: string;
  cache: boolean;
  quiet?: boolean;
}

export function registerEmbed(program: Command): void {
  addDatasetFlags(
    program
      .command('embed')
      .description('embed every row of a dataset and write one JSON line per row')
      .argument('<file>', 'JSONL, JSON, CSV or TSV file'),
  )
    .requiredOption('--out <file.jsonl>', 'output file: {"id", "line", "label", "embedding"} per row')
    .option('--embedder <id>', "'builtin', a transformers.js model id or folder, or 'openai:<model>'", 'builtin')
    .option('--base-url <url>', 'OpenAI-compatible server for openai:<model> (default: OPENAI_BASE_URL); the key is read from OPENAI_API_KEY only')
    .option('--batch-size <n>', 'texts per request or forward pass')
    .option('--no-cache', 'do not read or write the embedding cache')
    .option('--quiet', 'no progress bar')
    .action(async (file: string, flags: EmbedFlags, command: Command) => {
      await runCommand(command.optsWithGlobals<GlobalFlags>(), async () => {
        await assertWritableFolder(flags.out);
        const dataset = await loadDataset(file, toLoadOptions(flags));
        const batchSize = flags.batchSize === undefined ? undefined : Number(flags.batchSize);
        if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) {
          throw new SynthscopeError('USAGE', `--batch-size must be a positive integer, got ${JSON.stringify(flags.batchSize)}`);
        }
        const embedder = await createEmbedder(flags.embedder, {
          cacheDir: process.env.SYNTHSCOPE_CACHE_DIR || undefined,
          cache: flags.cache,
          batchSize,
          openai: {
            baseURL: flags.baseUrl ?? (process.env.OPENAI_BASE_URL || undefined),
            apiKey: process.env.OPENAI_API_KEY || undefined,
            ...(batchSize ? { batchSize } : {}),
          },
          onWarning: (message) => process.stderr.write(`synthscope: warning: ${message}\n`),
        });
        try {
          const progress = createProgress({
            stream: process.stderr,
            label: `embedding ${dataset.rows.length} rows`,
            total: dataset.rows.length,
            enabled: Boolean(process.stderr.isTTY) && !flags.quiet && !process.env.CI,
          });
          let matrix;
          try {
            matrix = await embedder.embed(dataset.rows.map((r) => r.text), { onProgress: (done) => progress.update(done) });
          } finally {
            progress.done();
          }
          const lines = dataset.rows.map((row, i) => {
            const vector = Array.from(matrix.data.subarray(i * matrix.dimension, (i + 1) * matrix.dimension), (x) => Number(x.toPrecision(8)));
            return JSON.stringify({ id: row.id, line: row.line, label: row.label, embedding: vector });
          });
          // Skipped rows are kept in the output too, so none disappears silently.
          for (const bad of dataset.invalid) lines.push(JSON.stringify({ line: bad.line, skipped: bad.reason }));
          await writeFileAtomic(flags.out, `${lines.join('\n')}\n`);
          process.stderr.write(
            `synthscope: wrote ${dataset.rows.length} embeddings (${embedder.id}, ${matrix.dimension} dimensions)` +
              `${dataset.invalid.length ? `, ${dataset.invalid.length} skipped rows listed` : ''} to ${flags.out}\n`,
          );
        } finally {
          await embedder.dispose();
        }
      });
    });
}
