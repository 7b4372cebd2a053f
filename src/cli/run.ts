import { Option, type Command } from 'commander';
import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SynthscopeError } from '../core/errors.js';
import { cannotWrite, cliBadCount, cliInterrupting } from '../core/messages.js';
import { defaultCacheDir } from '../embed/cache-dir.js';
import { createEmbedder } from '../embed/create-embedder.js';
import { historyText } from '../pipeline/history-text.js';
import { roundChange, roundGenerated, roundStart, roundVerdict } from '../pipeline/messages.js';
import { PipelineConfigSchema } from '../pipeline/pipeline-config-schema.js';
import { runPipeline, type PipelineEvent } from '../pipeline/run-pipeline.js';
import { readConfigFile } from '../io/read-config-file.js';
import { runCommand, type GlobalFlags } from './run-command.js';
import { fileBaselineCache } from '../io/file-baseline-cache.js';

interface RunFlags {
  config: string;
  out?: string;
  rounds?: string;
  provider?: 'openai' | 'template';
  baseUrl?: string;
  model?: string;
  cache: boolean;
  quiet?: boolean;
}

const timestamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19);

function describe(event: PipelineEvent): string[] {
  switch (event.type) {
    case 'changes':
      return event.changes.map((c) => roundChange(event.round, c.action, c.target, c.detail));
    case 'round-start':
      return [roundStart(event.round, event.maxRounds, event.regenerate, event.keptRows)];
    case 'generated':
      return [roundGenerated(event.round, event.result.written + event.result.skipped, event.result.failures.length)];
    case 'round-done':
      return [roundVerdict(event.round, event.record.gate.passed, event.record.gate.failed.map((c) => (c.label === undefined ? c.metric : `${c.metric} (${c.label})`)))];
    case 'stopped':
      return [];
  }
}

/**
 * `synthscope run --config pipeline.yaml`: generate → score against the real data → gate →
 * regenerate what failed with adjusted prompts, up to N rounds (`runPipeline`). Reads the
 * pipeline file (errors name file, line and key), OPENAI_BASE_URL, OPENAI_API_KEY and
 * SYNTHSCOPE_CACHE_DIR; prints each round's progress on stderr and the history of rounds on
 * stdout. Exit 0 when the final round passed the gate, 1 when it failed, 2 for a bad config or
 * flag, 3 for a runtime error (finished rounds stay on disk).
 */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('generate → score → gate → refine what failed, for up to N rounds; writes DIR/round-<k>/, DIR/history.json and DIR/report.html')
    .requiredOption('--config <pipeline.yaml>', 'pipeline config (example in fixtures/pipeline/)')
    .option('--out <dir>', 'output folder (default: the config\u2019s out, else reports/run-<timestamp>)')
    .option('--rounds <n>', 'rounds at most (default: the config, else 3)')
    .addOption(new Option('--provider <name>', 'default: openai when an endpoint or key is set, else template').choices(['openai', 'template']))
    .option('--base-url <url>', 'OpenAI-compatible server (default: the generation config, else OPENAI_BASE_URL); the key is read from OPENAI_API_KEY only')
    .option('--model <name>', 'model name (default: the generation config, else gpt-4o-mini)')
    .option('--no-cache', 'neither replay nor store LLM answers, embeddings or baselines in the cache')
    .option('--quiet', 'no progress lines')
    .action(async (flags: RunFlags, command: Command) => {
      await runCommand(command.optsWithGlobals<GlobalFlags>(), async () => {
        const env = process.env;
        let rounds: number | undefined;
        if (flags.rounds !== undefined) {
          rounds = Number(flags.rounds);
          if (!/^\s*\d+\s*$/.test(flags.rounds) || rounds < 1 || rounds > 20) throw new SynthscopeError('USAGE', cliBadCount('--rounds', flags.rounds));
        }
        const config = await readConfigFile(flags.config, PipelineConfigSchema);
        const baseDir = dirname(flags.config);
        const outDir = flags.out ?? (config.out ? resolve(baseDir, config.out) : join('reports', `run-${timestamp(new Date())}`));
        const existing = await stat(outDir).catch(() => null);
        if (existing && !existing.isDirectory()) throw new SynthscopeError('USAGE', cannotWrite(outDir, 'it exists and is not a folder'));
        const cacheRoot = env.SYNTHSCOPE_CACHE_DIR || defaultCacheDir(env, process.platform, homedir());
        const apiKey = env.OPENAI_API_KEY || undefined;
        const embedder = await createEmbedder(config.embedder, {
          cacheDir: cacheRoot,
          cache: flags.cache,
          openai: { baseURL: env.OPENAI_BASE_URL || undefined, apiKey },
          onWarning: (message) => process.stderr.write(`synthscope: warning: ${message}\n`),
        });

        const stop = new AbortController();
        let interrupted = false;
        const onSigint = (): void => {
          if (interrupted) process.exit(130);
          interrupted = true;
          process.stderr.write(`synthscope: ${cliInterrupting}\n`);
          stop.abort(new Error('interrupted'));
        };
        process.on('SIGINT', onSigint);
        try {
          const run = await runPipeline(config, {
            outDir,
            baseDir,
            configPath: flags.config,
            embedder,
            provider: flags.provider,
            openai: { baseURL: flags.baseUrl, apiKey, model: flags.model },
            fallbackBaseURL: env.OPENAI_BASE_URL || undefined,
            generationCacheDir: flags.cache ? join(cacheRoot, 'generations') : undefined,
            ...(flags.cache ? { baselineCache: fileBaselineCache(join(cacheRoot, 'baselines')) } : {}),
            rounds,
            toolVersion: await toolVersion(),
            signal: stop.signal,
            onWarning: (message) => process.stderr.write(`synthscope: warning: ${message}\n`),
            onEvent: flags.quiet ? undefined : (event) => describe(event).forEach((line) => process.stderr.write(`synthscope: ${line}\n`)),
          });
          process.stdout.write(historyText(run.history));
          process.stdout.write(`report: ${run.final.outputs.report}\nhistory: ${run.historyPath}\n`);
          return run.passed ? 0 : 1;
        } finally {
          process.off('SIGINT', onSigint);
          await embedder.dispose();
        }
      });
    });
}

async function toolVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
