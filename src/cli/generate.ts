import { Option, type Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SynthscopeError } from '../core/errors.js';
import {
  cannotRead,
  cliBadCount,
  cliGenerateNeedsOut,
  cliInterrupting,
  dryRunCost,
  dryRunHeader,
  dryRunLabel,
  dryRunMore,
  dryRunRequest,
  dryRunSample,
  dryRunTemplate,
  dryRunTokens,
  genCost,
  genNoPricing,
  genProgress,
  genSomeFailed,
  genTemplateCost,
  genTokens,
  genWrote,
  whyDirectory,
  whyNoSuchFile,
  whyOther,
  whyPermission,
} from '../core/messages.js';
import { defaultCacheDir } from '../embed/cache-dir.js';
import { generate } from '../generate/generate.js';
import { parseGenerateConfig } from '../generate/parse-generate-config.js';
import type { ExemplarRow, GenerateResult, GenerationPlanSummary } from '../generate/types.js';
import { loadDataset } from '../io/load-dataset.js';
import { runCommand, type GlobalFlags } from './run-command.js';

interface GenerateFlags {
  config: string;
  out?: string;
  provider?: 'openai' | 'template';
  baseUrl?: string;
  model?: string;
  concurrency?: string;
  requestsPerMinute?: string;
  tokensPerMinute?: string;
  timeoutMs?: string;
  examples?: string;
  examplesK?: string;
  seed?: string;
  resume?: boolean;
  dryRun?: boolean;
  cache: boolean;
  quiet?: boolean;
}

/** A flag's whole number: ≥ 1, or ≥ 0 with `zero`. */
function count(flag: string, value: string | undefined, zero = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < (zero ? 0 : 1)) throw new SynthscopeError('USAGE', cliBadCount(flag, value));
  return n;
}

async function readConfigText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? whyNoSuchFile : code === 'EISDIR' ? whyDirectory : code === 'EACCES' ? whyPermission : whyOther((error as Error).message);
    throw new SynthscopeError('INPUT', cannotRead(path, why));
  }
}

function variationText(v: GenerationPlanSummary['requests'][number]['variation']): string {
  return Object.entries(v)
    .map(([k, value]) => `${k}=${JSON.stringify(value)}`)
    .join(' ');
}

function printPlan(plan: GenerationPlanSummary, write: (line: string) => void): void {
  write(dryRunHeader(plan.task, plan.provider, plan.model, plan.planned, plan.alreadyDone, plan.pending, plan.cached));
  for (const entry of plan.byLabel) if (entry.label !== null) write(dryRunLabel(String(entry.label), entry.planned, entry.pending));
  for (const r of plan.requests) write(dryRunRequest(r.id, variationText(r.variation), r.exemplarIds.length, plan.provider === 'openai' ? r.promptTokens : null));
  if (plan.pending > plan.requests.length) write(dryRunMore(plan.pending - plan.requests.length));
  if (plan.provider === 'template') {
    write(dryRunTemplate);
    return;
  }
  write(dryRunTokens(plan.estimatedPromptTokens, plan.maxCompletionTokens));
  write(plan.estimatedCost ? dryRunCost(plan.estimatedCost.low, plan.estimatedCost.high, plan.estimatedCost.currency) : genNoPricing);
  if (plan.sample) {
    write(dryRunSample);
    for (const m of plan.sample.messages) write(`--- ${m.role}\n${m.content}`);
  }
}

function printSummary(result: GenerateResult, write: (line: string) => void): void {
  write(genWrote(result.written, result.outPath ?? '', result.skipped, result.fromCache, result.provider, result.model));
  if (result.provider === 'template') {
    write(genTemplateCost);
    return;
  }
  const t = result.tokens;
  write(genTokens(t.promptTokens, t.completionTokens, result.requests, t.cachedPromptTokens, t.cachedCompletionTokens));
  write(result.cost ? genCost(result.cost.amount, result.cost.currency) : genNoPricing);
}

/**
 * `synthscope generate --config gen.yaml --out synth.jsonl`: reads the config, flags and
 * environment (OPENAI_BASE_URL, OPENAI_API_KEY, SYNTHSCOPE_CACHE_DIR), loads `--examples`, and
 * calls the library's `generate`. The plan of `--dry-run` goes to stdout; the run's report (rows,
 * tokens, cost) and warnings go to stderr. Exit 0 when every planned row is in the file, 2 for a
 * bad config or flag (one line naming file, line and key), 3 when items failed or the server
 * could not be used. Ctrl-C stops after keeping the finished rows (again to quit at once).
 */
export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('generate synthetic rows from a config, with an OpenAI-compatible LLM or offline slot grammars')
    .requiredOption('--config <gen.yaml>', 'generation config (examples in fixtures/generate/)')
    .option('--out <file.jsonl>', 'output: one JSON row per line with id, fields, label and provenance')
    .addOption(new Option('--provider <name>', 'default: openai when an endpoint or key is set, else template').choices(['openai', 'template']))
    .option('--base-url <url>', 'OpenAI-compatible server (default: the config, else OPENAI_BASE_URL); the key is read from OPENAI_API_KEY only')
    .option('--model <name>', 'model name (default: the config, else gpt-4o-mini)')
    .option('--concurrency <n>', 'requests in flight at once (default: the config, else 4)')
    .option('--requests-per-minute <n>', 'request rate limit')
    .option('--tokens-per-minute <n>', 'token rate limit')
    .option('--timeout-ms <ms>', 'per-request timeout, until the last byte of the answer')
    .option('--examples <file>', 'real dataset to draw few-shot exemplars from (JSONL, JSON, CSV or TSV with text and label)')
    .option('--examples-k <n>', 'exemplars per prompt (default: the config, else 2)')
    .option('--seed <n>', 'seed for every draw (default: the config, else 0)')
    .option('--resume', 'keep the rows already in --out and generate only the missing ones')
    .option('--dry-run', 'print the planned requests, estimated tokens and cost; request and write nothing')
    .option('--no-cache', 'neither replay nor store answers in the response cache')
    .option('--quiet', 'no progress line')
    .action(async (flags: GenerateFlags, command: Command) => {
      await runCommand(command.optsWithGlobals<GlobalFlags>(), async () => {
        const env = process.env;
        const concurrency = count('--concurrency', flags.concurrency);
        const requestsPerMinute = count('--requests-per-minute', flags.requestsPerMinute);
        const tokensPerMinute = count('--tokens-per-minute', flags.tokensPerMinute);
        const timeoutMs = count('--timeout-ms', flags.timeoutMs);
        const examplesK = count('--examples-k', flags.examplesK, true);
        const seed = count('--seed', flags.seed, true);
        if (!flags.dryRun && !flags.out) throw new SynthscopeError('USAGE', cliGenerateNeedsOut);

        const parsed = parseGenerateConfig(await readConfigText(flags.config), { path: flags.config });
        const examplesPath = flags.examples ?? (parsed.examples?.path ? resolve(dirname(flags.config), parsed.examples.path) : undefined);
        const config = {
          ...parsed,
          ...(seed === undefined ? {} : { seed }),
          ...(flags.examples !== undefined || examplesK !== undefined
            ? { examples: { ...(parsed.examples ?? {}), ...(examplesK === undefined ? {} : { k: examplesK }) } }
            : {}),
        };
        let exemplars: ExemplarRow[] = [];
        if (examplesPath) {
          const dataset = await loadDataset(examplesPath, {
            textField: config.examples?.textField,
            labelField: config.examples?.labelField,
            idField: config.examples?.idField ?? null,
          });
          exemplars = dataset.rows;
        }

        const stop = new AbortController();
        let interrupted = false;
        const onSigint = (): void => {
          if (interrupted) process.exit(130);
          interrupted = true;
          process.stderr.write(`synthscope: ${cliInterrupting}\n`);
          stop.abort(new Error('interrupted'));
        };
        process.on('SIGINT', onSigint);
        const showProgress = Boolean(process.stderr.isTTY) && !flags.quiet && !env.CI && !flags.dryRun;
        let lastProgress = 0;
        try {
          const result = await generate(config, {
            out: flags.out,
            provider: flags.provider,
            openai: {
              baseURL: flags.baseUrl ?? (parsed.provider.baseUrl === undefined ? env.OPENAI_BASE_URL || undefined : undefined),
              apiKey: env.OPENAI_API_KEY || undefined,
              model: flags.model,
              requestsPerMinute,
              tokensPerMinute,
              timeoutMs,
            },
            concurrency,
            exemplars,
            baseDir: dirname(flags.config),
            resume: flags.resume ?? false,
            dryRun: flags.dryRun ?? false,
            cacheDir: flags.cache ? join(defaultCacheDir(env, process.platform, homedir()), 'generations') : undefined,
            signal: stop.signal,
            onWarning: (message) => process.stderr.write(`synthscope: warning: ${message}\n`),
            onProgress: showProgress
              ? (p) => {
                  const now = Date.now();
                  if (now - lastProgress < 200 && p.done < p.total) return;
                  lastProgress = now;
                  process.stderr.write(`\r${genProgress(p.done, p.total, p.failed)}`);
                  if (p.done === p.total) process.stderr.write('\n');
                }
              : undefined,
          });
          if (result.plan) {
            printPlan(result.plan, (line) => process.stdout.write(`${line}\n`));
            return 0;
          }
          printSummary(result, (line) => process.stderr.write(`synthscope: ${line}\n`));
          if (result.failures.length > 0) throw new SynthscopeError('RUNTIME', genSomeFailed(result.failures.length, result.planned, result.failuresPath ?? ''));
          return 0;
        } finally {
          process.off('SIGINT', onSigint);
        }
      });
    });
}
