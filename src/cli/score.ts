import type { Command } from 'commander';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { EvaluateConfigSchema } from '../core/evaluate/config.js';
import { evaluate } from '../core/evaluate/evaluate.js';
import { METRICS } from '../core/evaluate/registry.js';
import { SynthscopeError } from '../core/errors.js';
import { cannotWrite } from '../core/messages.js';
import { createEmbedder } from '../embed/create-embedder.js';
import { evaluateGate } from '../gate/evaluate-gate.js';
import { gateText } from '../gate/gate-text.js';
import { policySchemaFor } from '../gate/policy-schema.js';
import { loadDataset } from '../io/load-dataset.js';
import { readConfigFile } from '../io/read-config-file.js';
import { writeRunOutputs } from '../pipeline/write-run-outputs.js';
import { addDatasetFlags, toLoadOptions, type DatasetFlags } from './dataset-flags.js';
import { createProgress } from './progress.js';
import { formatResultsTable } from './results-table.js';
import { runCommand, type GlobalFlags } from './run-command.js';
import type { EvaluateConfigInput } from '../core/evaluate/config.js';
import type { LabelJudge } from '../core/evaluate/label-judge.js';
import { createOpenAILabelJudge } from '../openai/openai-label-judge.js';
import { fileBaselineCache } from '../io/file-baseline-cache.js';
import { defaultCacheDir } from '../embed/cache-dir.js';
import { homedir } from 'node:os';

interface ScoreFlags extends DatasetFlags {
  synthetic: string;
  real: string;
  out?: string;
  seed: string;
  embedder: string;
  config?: string;
  gate?: string;
  json?: boolean;
  quiet?: boolean;
  cache: boolean;
}

const timestamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19);

export function registerScore(program: Command): void {
  addDatasetFlags(
    program
      .command('score')
      .description('score synthetic data against real data; writes DIR/results.json, report.html and summary.md')
      .requiredOption('--synthetic <file>', 'the synthetic dataset')
      .requiredOption('--real <file>', 'the real dataset'),
  )
    .option('--out <dir>', 'output folder (default: reports/<timestamp>)')
    .option('--seed <n>', 'seed for the split, samples and bootstrap', '0')
    .option('--embedder <id>', "'builtin', a transformers.js model id or folder, or 'openai:<model>'", 'builtin')
    .option('--config <file>', 'evaluation settings (YAML or JSON)')
    .option('--gate <policy>', 'gate policy (YAML or JSON): the verdict goes into results.json; exit 1 when a check fails')
    .option('--json', 'print results.json to stdout instead of the table')
    .option('--no-cache', 'do not read or write the embedding and baseline caches')
    .option('--quiet', 'no progress bar')
    .action(async (flags: ScoreFlags, command: Command) => {
      await runCommand(command.optsWithGlobals<GlobalFlags>(), async () => {
        const seed = Number(flags.seed);
        if (!Number.isInteger(seed) || seed < 0) throw new SynthscopeError('USAGE', `--seed must be a non-negative integer, got ${JSON.stringify(flags.seed)}`);
        const outDir = flags.out ?? join('reports', timestamp(new Date()));
        const existing = await stat(outDir).catch(() => null);
        if (existing && !existing.isDirectory()) throw new SynthscopeError('USAGE', cannotWrite(outDir, 'it exists and is not a folder'));
        const config = flags.config ? await readConfigFile(flags.config, EvaluateConfigSchema) : {};
        // Checked before any work: results always list every registered metric (skipped ones too).
        const policy = flags.gate ? await readConfigFile(flags.gate, policySchemaFor(METRICS.map((m) => m.id))) : undefined;
        const loadOptions = toLoadOptions(flags);
        const synthetic = await loadDataset(flags.synthetic, loadOptions);
        const real = await loadDataset(flags.real, loadOptions);
        const embedder = await createEmbedder(flags.embedder, {
          cacheDir: process.env.SYNTHSCOPE_CACHE_DIR || undefined,
          cache: flags.cache,
          openai: { baseURL: process.env.OPENAI_BASE_URL || undefined, apiKey: process.env.OPENAI_API_KEY || undefined },
          onWarning: (message) => process.stderr.write(`synthscope: warning: ${message}\n`),
        });
        const progress = createProgress({
          stream: process.stderr,
          label: 'scoring (metrics)',
          total: 100,
          enabled: Boolean(process.stderr.isTTY) && !flags.quiet && !process.env.CI,
        });
        let results;
        try {
          results = await evaluate({
            synthetic,
            real,
            embedder,
            seed,
            config,
            toolVersion: await toolVersion(),
            ...judgeFor(config),
            ...(flags.cache ? { baselineCache: fileBaselineCache(join(cacheRoot(), 'baselines')) } : {}),
            onStage: (_stage, done, total) => progress.update(total ? Math.round((100 * done) / total) : 0),
          });
        } finally {
          progress.done();
          await embedder.dispose();
        }
        if (policy) results.gate = evaluateGate(results, policy, { policyName: flags.gate });
        // Written only now, whole: an error above leaves no partial results.json behind.
        const { results: path } = await writeRunOutputs(outDir, results);
        if (flags.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
        else process.stdout.write(formatResultsTable(results) + (results.gate ? `\n${gateText(results.gate)}` : ''));
        process.stderr.write(`synthscope: wrote ${path}, report.html and summary.md\n`);
        if (results.gate && !results.gate.passed) return 1;
      });
    });
}

/** The LLM judge of agreement.judge, if configured; its key only from OPENAI_API_KEY. */
function judgeFor(config: EvaluateConfigInput): { judge?: LabelJudge } {
  const settings = config.agreement?.judge;
  if (!settings) return {};
  return { judge: createOpenAILabelJudge({ baseURL: settings.baseURL, model: settings.model, apiKey: process.env.OPENAI_API_KEY || undefined }) };
}

/** SYNTHSCOPE_CACHE_DIR, else the user's cache folder (as the embedding cache). */
function cacheRoot(): string {
  return process.env.SYNTHSCOPE_CACHE_DIR || defaultCacheDir(process.env, process.platform, homedir());
}

async function toolVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
