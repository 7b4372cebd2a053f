import { z } from 'zod';
import { choiceSchema } from '../generate/config-schema.js';

/** A mapping written inline in the pipeline file (validated by the schema of what it stands for). */
const inline = z.record(z.string(), z.unknown());

/** The real dataset: a path, or a path with the loader's options (`loadDataset`). */
export const RealSpecSchema = z.union([
  z.string().min(1),
  z
    .object({
      path: z.string().min(1),
      format: z.enum(['auto', 'jsonl', 'json', 'csv', 'tsv']).default('auto'),
      textField: z.string().min(1).optional(),
      labelField: z.string().min(1).optional(),
      idField: z.string().min(1).optional(),
      columns: z.array(z.string().min(1)).min(1).optional(),
      onInvalid: z.enum(['error', 'skip']).default('error'),
    })
    .strict(),
]);
export type RealSpec = z.output<typeof RealSpecSchema>;

/**
 * How a round after the first changes the generation config for what failed the gate. What each
 * action does, and what it cannot do with the offline template provider, is listed on
 * `applyRefinement`.
 */
export const RefineSpecSchema = z
  .object({
    /**
     * Rows a refinement round makes anew: those of the labels the failed checks point at, keeping
     * the other labels' rows ('failing-labels'), or every row ('all').
     */
    regenerate: z.enum(['failing-labels', 'all']).default('failing-labels'),
    /** LLM temperature added when diversity or coverage fails, taken off when label agreement fails. */
    temperatureStep: z.number().min(0).max(1).default(0.2),
    maxTemperature: z.number().min(0).max(2).default(1.5),
    minTemperature: z.number().min(0).max(2).default(0.3),
    /**
     * Few-shot exemplars per prompt taken from the real rows of under-represented clusters
     * (drift.clusters) when the synthetic data drifts from the real data (LLM only); 0: never.
     */
    exemplars: z.number().int().min(0).max(20).default(3),
    /** Personas and styles added to the variation knobs when diversity fails (LLM only: the template provider would print them). */
    personas: z.array(choiceSchema).default([]),
    styles: z.array(choiceSchema).default([]),
    /** Add a sentence per failed family to the regenerated labels' prompts (LLM only). */
    instructions: z.boolean().default(true),
  })
  .strict()
  .refine((r) => r.minTemperature <= r.maxTemperature, { message: 'refine.minTemperature must not be above refine.maxTemperature', path: ['minTemperature'] });
export type RefineSpec = z.output<typeof RefineSpecSchema>;

/**
 * `synthscope run --config pipeline.yaml`: generate → score against real data → gate → refine
 * the failing labels or checks → again, up to `rounds` times. Paths are relative to the pipeline
 * file.
 *
 * ```yaml
 * generate: gen.yaml            # a generation config (or the config itself, inline)
 * real: { path: real.jsonl, labelField: label }
 * rounds: 3                     # at most; stops at the first round that passes the gate
 * policy: default               # or a policy file, or a policy inline
 * seed: 0                       # scoring seed (split, samples, bootstrap), the same every round
 * refine: { temperatureStep: 0.2, exemplars: 3 }
 * ```
 */
export const PipelineConfigSchema = z
  .object({
    /** Generation config: a file (YAML or JSON) or the config inline. */
    generate: z.union([z.string().min(1), inline]),
    /** The real data every round is scored against (optional only when the caller passes a Dataset). */
    real: RealSpecSchema.optional(),
    /** Field of the generated rows that holds the text to score (classification rows: `text`). */
    textField: z.string().min(1).default('text'),
    /** Rounds at most (the first is plain generation; each further one a refinement). */
    rounds: z.number().int().min(1).max(20).default(3),
    /** Scoring seed: split, samples and bootstrap; kept the same in every round so rounds compare. */
    seed: z.number().int().min(0).default(0),
    /** 'builtin', a transformers.js model id or folder, or 'openai:<model>'. */
    embedder: z.string().min(1).default('builtin'),
    /** Evaluation settings: a file or inline (as `score --config`). */
    evaluate: z.union([z.string().min(1), inline]).optional(),
    /** Gate policy: 'default' (synthscope's, as `init-policy` writes it), a file, or inline. */
    policy: z.union([z.string().min(1), inline]).default('default'),
    refine: RefineSpecSchema.prefault({}),
    /** Output folder (`--out` wins); default reports/run-<timestamp>. */
    out: z.string().min(1).optional(),
  })
  .strict();

/** A pipeline config with defaults applied. */
export type PipelineConfig = z.output<typeof PipelineConfigSchema>;
/** A pipeline config as written. */
export type PipelineConfigInput = z.input<typeof PipelineConfigSchema>;
