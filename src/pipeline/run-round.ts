import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SynthscopeError } from '../core/errors.js';
import type { EvaluateConfigInput } from '../core/evaluate/config.js';
import { evaluate } from '../core/evaluate/evaluate.js';
import type { Results } from '../core/results-schema.js';
import type { Embedder } from '../embed/types.js';
import { evaluateGate } from '../gate/evaluate-gate.js';
import type { Policy } from '../gate/policy-schema.js';
import type { GenerateConfig } from '../generate/config-schema.js';
import type { OpenAIOverrides } from '../generate/create-provider.js';
import { generate, type GenerateProgress } from '../generate/generate.js';
import type { ExemplarRow, GenerateResult } from '../generate/types.js';
import { loadDataset } from '../io/load-dataset.js';
import type { Dataset } from '../io/types.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { pipelineNoRows, someRowsFailed } from './messages.js';
import { writeRunOutputs, type RunOutputs } from './write-run-outputs.js';
import type { BaselineCache } from '../core/evaluate/baseline-cache.js';

export interface RunRoundOptions {
  config: GenerateConfig;
  /** Folder of the round: synthetic.jsonl, results.json, report.html and summary.md go here. */
  dir: string;
  real: Dataset;
  embedder: Embedder;
  policy: Policy;
  /** Recorded as the gate's policy name when the policy has none. */
  policyName?: string;
  /** The round's number, for messages [1]. */
  round?: number;
  /** Scoring seed (split, samples, bootstrap). */
  seed: number;
  evaluateConfig?: EvaluateConfigInput;
  /** Field of the generated rows holding the text to score. */
  textField: string;
  provider: 'openai' | 'template';
  openai?: OpenAIOverrides;
  /** Few-shot exemplar pool (used by the LLM provider only). */
  exemplars: readonly ExemplarRow[];
  /** Text of every exemplar a row may name in its provenance (for privacy.exemplar-overlap). */
  exemplarTexts?: ReadonlyMap<string, string>;
  /** Lines of generated rows to keep (from an earlier round); only the missing ids are generated. */
  keepLines?: readonly string[];
  /** Folder relative paths of the generation config are resolved against. */
  baseDir?: string;
  /** Response cache folder for LLM answers; none when absent. */
  cacheDir?: string;
  /** Keeps real-vs-real baselines across rounds and runs (see evaluate's baselineCache). */
  baselineCache?: BaselineCache;
  signal?: AbortSignal;
  toolVersion?: string;
  now?: () => Date;
  onWarning?: (message: string) => void;
  onGenerateProgress?: (progress: GenerateProgress) => void;
  onStage?: (stage: string, done: number, total: number) => void;
  /** Called once the rows are generated, before scoring. */
  onGenerated?: (result: GenerateResult) => void;
}

export interface RoundOutcome {
  generation: GenerateResult;
  syntheticPath: string;
  synthetic: Dataset;
  results: Results;
  outputs: RunOutputs;
}

/**
 * One round of the loop: generate the rows of a config into `dir/synthetic.jsonl` (after the kept
 * lines of an earlier round, if any: only the missing ids are requested), load them, score them
 * against the real data (`evaluate`, with the exemplars the rows were prompted with passed to the
 * privacy family), gate the results with the policy, and write results.json, report.html and
 * summary.md beside them (`writeRunOutputs`). Items whose generation failed are left out with a
 * warning (and listed in `synthetic.failures.jsonl`); a round with no rows at all is an error.
 *
 * @example
 * const round = await runRound({ config, dir: 'reports/demo', real, embedder, policy, seed: 0, textField: 'text', provider: 'template', exemplars: [] });
 * round.results.gate?.passed; // true or false
 */
export async function runRound(options: RunRoundOptions): Promise<RoundOutcome> {
  const warn = options.onWarning ?? (() => undefined);
  const llm = options.provider === 'openai';
  await mkdir(options.dir, { recursive: true });
  const syntheticPath = join(options.dir, 'synthetic.jsonl');
  const keep = options.keepLines ?? [];
  if (keep.length > 0) await writeFileAtomic(syntheticPath, `${keep.join('\n')}\n`);
  else await rm(syntheticPath, { force: true });

  // The template provider takes no exemplars: leave them out rather than have generate warn each round.
  const config = llm ? options.config : { ...options.config, examples: undefined };
  const generation = await generate(config, {
    out: syntheticPath,
    provider: options.provider,
    openai: options.openai,
    exemplars: llm ? options.exemplars : [],
    baseDir: options.baseDir,
    resume: keep.length > 0,
    cacheDir: options.cacheDir,
    signal: options.signal,
    onWarning: warn,
    onProgress: options.onGenerateProgress,
    now: options.now,
  });
  options.onGenerated?.(generation);
  if (generation.written + generation.skipped === 0) throw new SynthscopeError('RUNTIME', pipelineNoRows(options.round ?? 1, syntheticPath));
  if (generation.failures.length > 0) warn(someRowsFailed(options.round ?? 1, generation.failures.length, generation.failuresPath ?? syntheticPath));

  const synthetic = await loadDataset(syntheticPath, { format: 'jsonl', textField: options.textField, labelField: 'label', idField: 'id' });
  const used = new Set<string>();
  for (const row of synthetic.rows) {
    const ids = (row.meta.provenance as { exemplarIds?: unknown } | undefined)?.exemplarIds;
    if (Array.isArray(ids)) for (const id of ids) used.add(String(id));
  }
  const texts = [...used].map((id) => options.exemplarTexts?.get(id)).filter((t): t is string => t !== undefined);
  const userConfig = options.evaluateConfig ?? {};
  const evaluateConfig: EvaluateConfigInput =
    texts.length === 0 ? userConfig : { ...userConfig, privacy: { ...(userConfig.privacy ?? {}), exemplarTexts: [...(userConfig.privacy?.exemplarTexts ?? []), ...texts] } };

  const results = await evaluate({
    synthetic,
    real: options.real,
    embedder: options.embedder,
    seed: options.seed,
    config: evaluateConfig,
    toolVersion: options.toolVersion,
    now: options.now,
    ...(options.baselineCache ? { baselineCache: options.baselineCache } : {}),
    onStage: options.onStage,
  });
  results.gate = evaluateGate(results, options.policy, { policyName: options.policyName });
  const outputs = await writeRunOutputs(options.dir, results);
  return { generation, syntheticPath, synthetic, results, outputs };
}
