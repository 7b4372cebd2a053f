/**
 * runDemo(): the whole loop on bundled data, offline and keyless.
 *
 *   real      ─ spamAssassinSubjects: 6,046 e-mails of 2002 (npm) → Subject lines, spam / ham
 *   synthetic ─ fixtures/demo/spam-subjects.yaml: slot grammars (template provider), or an LLM
 *               with three real subjects of the label per prompt when an endpoint or key is set
 *   runRound  ─ generate → evaluate (builtin embedder) → gate (default policy)
 *               → DIR/synthetic.jsonl, results.json, report.html, summary.md
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SynthscopeError } from '../core/errors.js';
import type { Results } from '../core/results-schema.js';
import { createEmbedder, type CreateEmbedderOptions } from '../embed/create-embedder.js';
import type { Embedder } from '../embed/types.js';
import { DEFAULT_POLICY_YAML } from '../gate/default-policy.js';
import { parsePolicy } from '../gate/parse-policy.js';
import { createProvider, type OpenAIOverrides } from '../generate/create-provider.js';
import { parseGenerateConfig } from '../generate/parse-generate-config.js';
import type { GenerateResult } from '../generate/types.js';
import type { Dataset } from '../io/types.js';
import { runRound } from '../pipeline/run-round.js';
import type { RunOutputs } from '../pipeline/write-run-outputs.js';
import { demoConfigUnreadable } from './messages.js';
import { spamAssassinSubjects, type SpamAssassinSubjectsOptions } from './spam-assassin-subjects.js';
import type { BaselineCache } from '../core/evaluate/baseline-cache.js';

/** The demo's generation config, shipped beside the code (src/demo → fixtures/demo, and dist/demo → fixtures/demo alike). */
export const DEMO_CONFIG_URL = new URL('../../fixtures/demo/spam-subjects.yaml', import.meta.url);
/** Real subjects of the item's label shown to an LLM per prompt. */
export const DEMO_EXEMPLARS_PER_PROMPT = 3;

export interface RunDemoOptions {
  /** Where synthetic.jsonl, results.json, report.html and summary.md go. */
  outDir: string;
  /** 'openai' or 'template'; default: openai when `openai` names an endpoint or a key, else template. */
  provider?: 'openai' | 'template';
  /** Endpoint, key and model for the LLM path (the CLI reads OPENAI_BASE_URL and OPENAI_API_KEY). */
  openai?: OpenAIOverrides;
  /** Response cache folder for LLM answers; none when absent. */
  generationCacheDir?: string;
  /** Keeps real-vs-real baselines across rounds and runs (see evaluate's baselineCache). */
  baselineCache?: BaselineCache;
  /** The embedder; default the builtin one (`createEmbedder('builtin', embedderOptions)`), disposed at the end. */
  embedder?: Embedder;
  embedderOptions?: CreateEmbedderOptions;
  /** Scoring seed [0]. */
  seed?: number;
  /** The SpamAssassin messages (tests); default the installed npm package. */
  corpus?: SpamAssassinSubjectsOptions['corpus'];
  toolVersion?: string;
  now?: () => Date;
  signal?: AbortSignal;
  onWarning?: (message: string) => void;
  /** Called when the rows are generated, before scoring starts. */
  onGenerated?: (result: GenerateResult, real: Dataset) => void;
  onStage?: (stage: string, done: number, total: number) => void;
}

export interface DemoResult {
  /** The gate verdict with the default policy. */
  passed: boolean;
  results: Results;
  real: Dataset;
  generation: GenerateResult;
  syntheticPath: string;
  outputs: RunOutputs;
}

/**
 * `synthscope demo`: one run of generate → score → gate → report on data that ships with the
 * package, so it works on a fresh machine with no key and no network. The real data are the
 * Subject lines of the SpamAssassin public corpus (`spamAssassinSubjects`, labelled spam / ham);
 * the synthetic data are 300 subject lines from the slot grammars of
 * fixtures/demo/spam-subjects.yaml, or from an LLM when an endpoint or key is given (then with
 * three real subjects of the same label per prompt as few-shot exemplars). The rows are scored
 * with the builtin embedder and gated with synthscope's default policy; the outputs go to
 * `outDir` (`runRound`). A failed gate is a result, not an error: `passed` says which.
 *
 * @example
 * const demo = await runDemo({ outDir: 'reports/demo' });
 * demo.outputs.report;               // 'reports/demo/report.html'
 * demo.results.inputs.real.rows;     // 6027
 */
export async function runDemo(options: RunDemoOptions): Promise<DemoResult> {
  let text: string;
  try {
    text = await readFile(DEMO_CONFIG_URL, 'utf8');
  } catch (error) {
    throw new SynthscopeError('INPUT', demoConfigUnreadable(fileURLToPath(DEMO_CONFIG_URL), (error as Error).message), [], { cause: error });
  }
  let config = parseGenerateConfig(text, { path: fileURLToPath(DEMO_CONFIG_URL) });
  const real = spamAssassinSubjects({ corpus: options.corpus });
  const provider = createProvider(config, options.provider, options.openai).name;
  if (provider === 'openai') config = { ...config, examples: { k: DEMO_EXEMPLARS_PER_PROMPT, sameLabel: true, textField: 'text', labelField: 'label' } };
  const exemplars = provider === 'openai' ? real.rows.map((r) => ({ id: r.id, text: r.text, label: r.label })) : [];

  const embedder = options.embedder ?? (await createEmbedder('builtin', options.embedderOptions));
  try {
    const round = await runRound({
      config,
      dir: options.outDir,
      real,
      embedder,
      policy: parsePolicy(DEFAULT_POLICY_YAML),
      seed: options.seed ?? 0,
      textField: 'text',
      provider,
      openai: options.openai,
      exemplars,
      exemplarTexts: new Map(exemplars.map((e) => [e.id, e.text])),
      cacheDir: options.generationCacheDir,
      ...(options.baselineCache ? { baselineCache: options.baselineCache } : {}),
      signal: options.signal,
      toolVersion: options.toolVersion,
      now: options.now,
      onWarning: options.onWarning,
      onStage: options.onStage,
      onGenerated: (result) => options.onGenerated?.(result, real),
    });
    return {
      passed: round.results.gate?.passed ?? true,
      results: round.results,
      real,
      generation: round.generation,
      syntheticPath: round.syntheticPath,
      outputs: round.outputs,
    };
  } finally {
    if (!options.embedder) await embedder.dispose();
  }
}
