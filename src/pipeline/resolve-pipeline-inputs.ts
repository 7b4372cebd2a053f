import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { SynthscopeError } from '../core/errors.js';
import { EvaluateConfigSchema, type EvaluateConfigInput } from '../core/evaluate/config.js';
import { METRICS } from '../core/evaluate/registry.js';
import { cannotRead, whyDirectory, whyNoSuchFile, whyOther, whyPermission } from '../core/messages.js';
import { DEFAULT_POLICY_YAML } from '../gate/default-policy.js';
import { parsePolicy } from '../gate/parse-policy.js';
import { policySchemaFor, type Policy } from '../gate/policy-schema.js';
import type { GenerateConfig } from '../generate/config-schema.js';
import { parseGenerateConfig } from '../generate/parse-generate-config.js';
import type { ExemplarRow } from '../generate/types.js';
import { loadDataset } from '../io/load-dataset.js';
import { readConfigFile } from '../io/read-config-file.js';
import type { Dataset } from '../io/types.js';
import { pipelineBadInline, pipelineNeedsReal } from './messages.js';
import type { PipelineConfig } from './pipeline-config-schema.js';

/** Everything a pipeline run reads before its first round. */
export interface PipelineInputs {
  generate: GenerateConfig;
  /** Folder the generation config's own relative paths are resolved against. */
  generateBaseDir: string;
  policy: Policy;
  /** The policy's name in the verdict when it has none: its file, or 'pipeline policy'. */
  policyName: string;
  evaluate: EvaluateConfigInput;
  real: Dataset;
  /** Few-shot exemplars from the generation config's `examples.path` (empty without one). */
  exemplars: ExemplarRow[];
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? whyNoSuchFile : code === 'EISDIR' ? whyDirectory : code === 'EACCES' ? whyPermission : whyOther((error as Error).message);
    throw new SynthscopeError('INPUT', cannotRead(path, why));
  }
}

/**
 * Reads what a pipeline config points at, relative to `baseDir`: the generation config (a file,
 * parsed with file:line errors, or inline), the gate policy ('default' is synthscope's own policy;
 * a file or an inline policy is checked against the metric registry before any work), the
 * evaluation settings, the real dataset (unless the caller passes one) and the few-shot exemplars
 * the generation config names. Every problem is found here, before anything is generated.
 *
 * @example
 * const inputs = await resolvePipelineInputs(config, { baseDir: 'fixtures/pipeline', configPath: 'fixtures/pipeline/reviews.yaml' });
 * inputs.policy.name; // 'synthscope-default'
 */
export async function resolvePipelineInputs(config: PipelineConfig, options: { baseDir: string; configPath: string; real?: Dataset }): Promise<PipelineInputs> {
  const at = (p: string) => resolve(options.baseDir, p);
  const known = METRICS.map((m) => m.id);

  let generate: GenerateConfig;
  let generateBaseDir = options.baseDir;
  if (typeof config.generate === 'string') {
    const path = at(config.generate);
    generate = parseGenerateConfig(await readText(path), { path: config.generate });
    generateBaseDir = dirname(path);
  } else generate = parseGenerateConfig(config.generate, { path: `${options.configPath} (generate)` });

  let policy: Policy;
  let policyName = 'pipeline policy';
  if (config.policy === 'default') policy = parsePolicy(DEFAULT_POLICY_YAML, { knownMetricIds: known });
  else if (typeof config.policy === 'string') {
    policy = await readConfigFile(at(config.policy), policySchemaFor(known));
    policyName = config.policy;
  } else policy = parsePolicy(config.policy, { knownMetricIds: known });

  let evaluate: EvaluateConfigInput = {};
  if (typeof config.evaluate === 'string') evaluate = await readConfigFile(at(config.evaluate), EvaluateConfigSchema);
  else if (config.evaluate !== undefined) {
    const parsed = EvaluateConfigSchema.safeParse(config.evaluate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new SynthscopeError('INPUT', pipelineBadInline(options.configPath, ['evaluate', ...issue.path.map(String)].join('.'), issue.message));
    }
    evaluate = parsed.data;
  }

  let real = options.real;
  if (!real) {
    const spec = config.real;
    if (spec === undefined) throw new SynthscopeError('INPUT', pipelineNeedsReal(options.configPath));
    real =
      typeof spec === 'string'
        ? await loadDataset(at(spec))
        : await loadDataset(at(spec.path), {
            format: spec.format,
            textField: spec.textField,
            labelField: spec.labelField,
            idField: spec.idField ?? null,
            onInvalid: spec.onInvalid,
            ...(spec.columns ? { columns: spec.columns } : {}),
          });
  }

  let exemplars: ExemplarRow[] = [];
  if (generate.examples?.path) {
    const dataset = await loadDataset(resolve(generateBaseDir, generate.examples.path), {
      textField: generate.examples.textField,
      labelField: generate.examples.labelField,
      idField: generate.examples.idField ?? null,
    });
    exemplars = dataset.rows.map((r) => ({ id: r.id, text: r.text, label: r.label }));
  }
  return { generate, generateBaseDir, policy, policyName, evaluate, real, exemplars };
}
