/**
 * runPipeline(): generate → score against real data → gate → refine what failed → again.
 *
 *   pipeline config ─ resolvePipelineInputs (generation config, policy, evaluation settings,
 *                     real data, exemplars: every problem found before any work)
 *     round 1 ─ runRound: generate (round-1/synthetic.jsonl) ─ evaluate ─ gate ─ round-1/results.json,
 *               report.html, summary.md ─ roundRecord ─ history.json
 *     round k ─ planRefinement(results of k−1): failed checks → actions and labels at fault
 *               applyRefinement: new seed, temperature, knobs, exemplars from under-represented
 *               clusters, label counts, prompt sentences (LLM only)
 *               rows of the other labels kept ─ runRound (only the missing ids generated) ─ …
 *     stop    ─ gate passed | rounds used up | nothing left to adjust
 *     final   ─ DIR/results.json, report.html and summary.md of the last round with the history
 *               of rounds; DIR/synthetic.jsonl; DIR/history.json
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateTemplateIgnoresExemplars } from '../core/messages.js';
import type { Results } from '../core/results-schema.js';
import { createEmbedder, type CreateEmbedderOptions } from '../embed/create-embedder.js';
import type { Embedder } from '../embed/types.js';
import { createProvider, type OpenAIOverrides } from '../generate/create-provider.js';
import type { GenerateProgress } from '../generate/generate.js';
import { planGeneration } from '../generate/plan-generation.js';
import type { ExemplarRow, GenerateResult } from '../generate/types.js';
import type { Dataset } from '../io/types.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { applyRefinement } from './apply-refinement.js';
import { HISTORY_SCHEMA_VERSION, type Change, type History, type RoundRecord, type StopReason } from './history-schema.js';
import { historyHtml } from './history-html.js';
import { historyMarkdown } from './history-markdown.js';
import { PipelineConfigSchema, type PipelineConfig, type PipelineConfigInput } from './pipeline-config-schema.js';
import { planRefinement, type RefinementPlan } from './plan-refinement.js';
import { resolvePipelineInputs } from './resolve-pipeline-inputs.js';
import { roundRecord } from './round-record.js';
import { runRound } from './run-round.js';
import { writeRunOutputs, type RunOutputs } from './write-run-outputs.js';
import type { BaselineCache } from '../core/evaluate/baseline-cache.js';

/** What a run reports as it goes (the CLI prints these). */
export type PipelineEvent =
  | { type: 'round-start'; round: number; maxRounds: number; regenerate: string[] | null; keptRows: number }
  | { type: 'changes'; round: number; changes: Change[] }
  | { type: 'generated'; round: number; result: GenerateResult }
  | { type: 'round-done'; round: number; record: RoundRecord; results: Results }
  | { type: 'stopped'; round: number; reason: StopReason };

export interface PipelineContext {
  /** The run's folder: round-<k>/ per round, history.json and the final outputs. */
  outDir: string;
  /** Folder the config's relative paths are resolved against (the pipeline file's folder) ['.']. */
  baseDir?: string;
  /** The pipeline file's name, for messages ['pipeline config']. */
  configPath?: string;
  /** The real data, instead of the config's `real`. */
  real?: Dataset;
  /** The embedder to score with; default `createEmbedder(config.embedder, embedderOptions)`, disposed at the end. */
  embedder?: Embedder;
  embedderOptions?: CreateEmbedderOptions;
  /** 'openai' or 'template'; default as `generate` chooses (openai when an endpoint or key is given). */
  provider?: 'openai' | 'template';
  /** Endpoint, key, model and limits for the LLM provider; they win over the generation config's. */
  openai?: OpenAIOverrides;
  /**
   * A base URL used only when neither `openai.baseURL` nor the generation config names one (the
   * CLI passes OPENAI_BASE_URL here, as `synthscope generate` does).
   */
  fallbackBaseURL?: string;
  /** Response cache folder for LLM answers; none when absent. */
  generationCacheDir?: string;
  /** Keeps real-vs-real baselines across rounds and runs (see evaluate's baselineCache). */
  baselineCache?: BaselineCache;
  /** Rounds at most, instead of the config's. */
  rounds?: number;
  toolVersion?: string;
  signal?: AbortSignal;
  now?: () => Date;
  onEvent?: (event: PipelineEvent) => void;
  onWarning?: (message: string) => void;
  onGenerateProgress?: (round: number, progress: GenerateProgress) => void;
  onStage?: (round: number, stage: string, done: number, total: number) => void;
}

export interface PipelineResult {
  /** True when the final round passed the gate. */
  passed: boolean;
  history: History;
  /** The final round (the last one run) and where its outputs are. */
  final: { round: number; results: Results; syntheticPath: string; outputs: RunOutputs };
  historyPath: string;
}

/** The rows of the last round to keep: planned ids of labels that are not regenerated. */
async function keptLines(path: string, plannedIds: ReadonlySet<string>, regenerate: readonly string[]): Promise<string[]> {
  const text = await readFile(path, 'utf8');
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { id?: unknown; label?: unknown };
    if (!plannedIds.has(String(row.id))) continue;
    if (row.label !== null && row.label !== undefined && regenerate.includes(String(row.label))) continue;
    out.push(line);
  }
  return out;
}

/**
 * Runs the generate → score → gate → refine loop of `synthscope run` (see the flow at the top of
 * this file). Round 1 generates from the config as written; while the gate fails and rounds are
 * left, the next round changes the generation config for the checks that failed
 * (`planRefinement`, `applyRefinement`) and makes anew the rows of the labels at fault, keeping
 * the others. The scoring seed is the same in every round, so rounds compare. Every round's
 * synthetic.jsonl, results.json, report.html and summary.md stay in `outDir/round-<k>/`;
 * history.json is rewritten after each round; the final round's outputs, with a history section,
 * are written to `outDir` itself with a copy of its synthetic.jsonl. The final round is the last
 * one run: the first that passes, or the last allowed.
 *
 * With the template provider refinement can only draw new seeds, flatten the variation knobs and
 * rebalance label counts; prompts, temperature and exemplars need an LLM (see `applyRefinement`).
 *
 * @example
 * const run = await runPipeline(config, { outDir: 'reports/run', baseDir: 'fixtures/pipeline' });
 * run.history.rounds.map((r) => r.gate.passed); // [false, true]
 * run.final.outputs.report;                      // 'reports/run/report.html'
 */
export async function runPipeline(configInput: PipelineConfig | PipelineConfigInput, context: PipelineContext): Promise<PipelineResult> {
  const config = PipelineConfigSchema.parse(configInput);
  const baseDir = context.baseDir ?? '.';
  const configPath = context.configPath ?? 'pipeline config';
  const warn = context.onWarning ?? (() => undefined);
  const emit = context.onEvent ?? (() => undefined);
  const now = context.now ?? (() => new Date());
  const maxRounds = context.rounds ?? config.rounds;
  const inputs = await resolvePipelineInputs(config, { baseDir, configPath, real: context.real });
  const openai: OpenAIOverrides | undefined =
    context.fallbackBaseURL !== undefined && context.openai?.baseURL === undefined && inputs.generate.provider.baseUrl === undefined
      ? { ...context.openai, baseURL: context.fallbackBaseURL }
      : context.openai;
  const provider = createProvider(inputs.generate, context.provider, openai).name;
  if (provider === 'template' && (inputs.generate.examples?.k ?? 0) > 0) warn(generateTemplateIgnoresExemplars);

  const embedder = context.embedder ?? (await createEmbedder(config.embedder, context.embedderOptions));
  const history: History = {
    schemaVersion: HISTORY_SCHEMA_VERSION,
    tool: { name: 'synthscope', version: context.toolVersion ?? '0.0.0' },
    createdAt: now().toISOString(),
    maxRounds,
    rounds: [],
    final: null,
  };
  const historyPath = join(context.outDir, 'history.json');
  const writeHistory = () => writeFileAtomic(historyPath, `${JSON.stringify(history, null, 2)}\n`);
  const exemplarTexts = new Map<string, string>();
  const remember = (rows: readonly ExemplarRow[]) => rows.forEach((r) => exemplarTexts.set(r.id, r.text));

  let genConfig = inputs.generate;
  let exemplars: ExemplarRow[] = inputs.exemplars;
  remember(exemplars);
  let plan: RefinementPlan | null = null;
  let changes: Change[] = [];
  let last: { round: number; results: Results; syntheticPath: string } | null = null;
  let stopReason: StopReason = 'max-rounds';

  try {
    for (let round = 1; round <= maxRounds; round++) {
      const started = performance.now();
      const dir = join(context.outDir, `round-${round}`);
      let keepLines: string[] = [];
      if (last && plan) {
        const applied = applyRefinement({ config: genConfig, exemplars, plan, results: last.results, real: inputs.real, provider, refine: config.refine, round, baseSeed: inputs.generate.seed });
        genConfig = applied.config;
        exemplars = applied.exemplars;
        remember(exemplars);
        changes = applied.changes;
        if (plan.regenerate !== null) {
          const planned = new Set(planGeneration(genConfig).map((item) => item.id));
          keepLines = await keptLines(last.syntheticPath, planned, plan.regenerate);
        }
      }
      const regenerate = plan ? plan.regenerate : null;
      emit({ type: 'round-start', round, maxRounds, regenerate, keptRows: keepLines.length });
      if (changes.length > 0) emit({ type: 'changes', round, changes });
      const outcome = await runRound({
        config: genConfig,
        dir,
        round,
        real: inputs.real,
        embedder,
        policy: inputs.policy,
        policyName: inputs.policyName,
        seed: config.seed,
        evaluateConfig: inputs.evaluate,
        textField: config.textField,
        provider,
        openai,
        exemplars,
        exemplarTexts,
        keepLines,
        baseDir: inputs.generateBaseDir,
        cacheDir: context.generationCacheDir,
      ...(context.baselineCache ? { baselineCache: context.baselineCache } : {}),
        signal: context.signal,
        toolVersion: context.toolVersion,
        now: context.now,
        onWarning: warn,
        onGenerateProgress: context.onGenerateProgress ? (p) => context.onGenerateProgress?.(round, p) : undefined,
        onStage: context.onStage ? (stage, done, total) => context.onStage?.(round, stage, done, total) : undefined,
        onGenerated: (result) => emit({ type: 'generated', round, result }),
      });
      const record = roundRecord({
        round,
        dir: `round-${round}`,
        regenerated: { labels: regenerate, keptRows: keepLines.length },
        changes,
        generation: outcome.generation,
        seed: genConfig.seed,
        results: outcome.results,
        policy: inputs.policy,
        durationMs: performance.now() - started,
      });
      history.rounds.push(record);
      await writeHistory();
      emit({ type: 'round-done', round, record, results: outcome.results });
      last = { round, results: outcome.results, syntheticPath: outcome.syntheticPath };
      if (outcome.results.gate?.passed) {
        stopReason = 'passed';
        break;
      }
      if (round === maxRounds) break;
      plan = planRefinement(outcome.results, { regenerate: config.refine.regenerate });
      if (plan.actions.length === 0) {
        stopReason = 'nothing-to-refine';
        break;
      }
    }
  } finally {
    if (!context.embedder) await embedder.dispose();
  }

  const final = last as { round: number; results: Results; syntheticPath: string };
  history.final = { round: final.round, passed: final.results.gate?.passed ?? true, stopReason };
  emit({ type: 'stopped', round: final.round, reason: stopReason });
  await writeHistory();
  const outputs = await writeRunOutputs(context.outDir, final.results, { appendHtml: historyHtml(history), appendMarkdown: historyMarkdown(history) });
  const syntheticPath = join(context.outDir, 'synthetic.jsonl');
  await copyFile(final.syntheticPath, syntheticPath);
  return { passed: history.final.passed, history, final: { round: final.round, results: final.results, syntheticPath, outputs }, historyPath };
}
