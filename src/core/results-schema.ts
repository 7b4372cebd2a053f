import { z } from 'zod';

/**
 * results.json: the one source of truth every output (terminal table, HTML, Markdown, JUnit,
 * notebooks) reads. The JSON Schema in schema/results.schema.json is generated from these types
 * (scripts/write-results-schema.ts), never written by hand.
 */

export const SCHEMA_VERSION = 1;

export const FamilySchema = z.enum(['similarity', 'diversity', 'agreement', 'drift', 'bias', 'privacy']);
export type Family = z.infer<typeof FamilySchema>;

export const GoalSchema = z.enum(['maximize', 'minimize', 'target']);
export type Goal = z.infer<typeof GoalSchema>;

export const CiSchema = z.object({
  lo: z.number(),
  hi: z.number(),
  level: z.number(),
  /** 'bootstrap': percentile bootstrap over rows; 'subsample': centred half-sample CI for size-sensitive corpus measures. */
  method: z.enum(['bootstrap', 'subsample']),
  resamples: z.number().int(),
});
export type Ci = z.infer<typeof CiSchema>;

export const LabelValueSchema = z.object({
  label: z.string(),
  value: z.number().nullable(),
  baseline: z.number().nullable(),
  n: z.object({ synthetic: z.number().int(), reference: z.number().int(), holdout: z.number().int() }),
  status: z.enum(['ok', 'skipped', 'error']),
  reason: z.string().optional(),
});
export type LabelValue = z.infer<typeof LabelValueSchema>;

export const MetricResultSchema = z.object({
  id: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/),
  family: FamilySchema,
  title: z.string(),
  /** What the number means, in one sentence (shown in reports). */
  description: z.string(),
  value: z.number().nullable(),
  ci: CiSchema.nullable(),
  baseline: z.object({ value: z.number().nullable(), ci: CiSchema.nullable() }).nullable(),
  pValue: z.number().nullable().optional(),
  baselinePValue: z.number().nullable().optional(),
  goal: GoalSchema,
  /** For goal 'target': the value that is best (e.g. 0.5 for a c2st AUC or a DCR share). */
  target: z.number().optional(),
  range: z.tuple([z.number().nullable(), z.number().nullable()]),
  status: z.enum(['ok', 'skipped', 'error']),
  /** Why a metric was skipped or what went wrong. */
  reason: z.string().optional(),
  /** One word for people: 'good' | 'fair' | 'poor' | 'n/a', relative to the baseline. */
  reading: z.enum(['good', 'fair', 'poor', 'n/a']),
  warnings: z.array(z.string()),
  n: z.object({ synthetic: z.number().int(), reference: z.number().int(), holdout: z.number().int() }),
  perLabel: z.array(LabelValueSchema).optional(),
  details: z.record(z.string(), z.unknown()),
});
export type MetricResult = z.infer<typeof MetricResultSchema>;

export const FlagSchema = z.object({
  /** Line of the synthetic row in its file. */
  row: z.number().int(),
  id: z.string(),
  kind: z.string(),
  /** Human-readable; never contains a full PII value or an API key. */
  detail: z.string(),
  /** For ranking within a kind (e.g. classifier confidence against the intended label). */
  score: z.number().optional(),
  /** The synthetic row's text, at most 300 characters, PII masked (for report tables). */
  text: z.string().optional(),
  /** Other rows involved (a duplicate cluster, the real row copied): lines and ids. */
  related: z.array(z.object({ source: z.enum(['synthetic', 'real']), row: z.number().int(), id: z.string() })).optional(),
});
export type Flag = z.infer<typeof FlagSchema>;

export const InputSchema = z.object({
  path: z.string(),
  sha256: z.string(),
  format: z.string(),
  rows: z.number().int(),
  invalidRows: z.number().int(),
  /** Every row skipped under --on-invalid skip, with its line and reason. */
  skipped: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});

export const SampleSchema = z.object({
  /** What the sample is for, e.g. 'drift.mmd2: kernel matrix (quadratic)'. */
  purpose: z.string(),
  side: z.enum(['synthetic', 'reference', 'holdout', 'real', 'pooled']),
  size: z.number().int(),
  of: z.number().int(),
  seed: z.number().int(),
});
export type Sample = z.infer<typeof SampleSchema>;

/** A 2-D PCA map of a seeded sample of real and synthetic embeddings, for the report's scatter plot. */
export const ProjectionSchema = z.object({
  method: z.literal('pca'),
  /** Share of the pooled sample's variance on each axis. */
  explained: z.tuple([z.number(), z.number()]),
  seed: z.number().int(),
  sampled: z.object({
    synthetic: z.object({ size: z.number().int(), of: z.number().int() }),
    real: z.object({ size: z.number().int(), of: z.number().int() }),
  }),
  points: z.array(
    z.object({ source: z.enum(['synthetic', 'real']), row: z.number().int(), label: z.string().nullable(), x: z.number(), y: z.number() }),
  ),
});
export type Projection = z.infer<typeof ProjectionSchema>;

export const GateCheckSchema = z.object({
  metric: z.string(),
  label: z.string().optional(),
  op: z.string(),
  threshold: z.number(),
  value: z.number().nullable(),
  verdict: z.enum(['pass', 'fail', 'warn', 'skipped']),
  severity: z.enum(['fail', 'warn']),
  message: z.string(),
});

export const ResultsSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('synthscope'), version: z.string() }),
  createdAt: z.string(),
  seed: z.number().int(),
  embedder: z.object({ id: z.string(), dimension: z.number().int(), revision: z.string() }),
  inputs: z.object({
    synthetic: InputSchema,
    real: InputSchema,
    fields: z.object({ text: z.string(), label: z.string().nullable() }),
    /** The seeded random split of the real rows into reference and holdout halves. */
    split: z.object({ reference: z.number().int(), holdout: z.number().int() }),
  }),
  labels: z.object({
    synthetic: z.record(z.string(), z.number().int()),
    real: z.record(z.string(), z.number().int()),
    /** Labels in synthetic rows that no real row has (reported, not an error). */
    unknownInReal: z.array(z.string()),
  }),
  config: z.record(z.string(), z.unknown()),
  samples: z.array(SampleSchema),
  metrics: z.array(MetricResultSchema),
  flags: z.array(FlagSchema),
  /** Flags per kind before any cap; `flags` holds at most the cap per kind, ranked. */
  flagCounts: z.record(z.string(), z.number().int()),
  projection: ProjectionSchema.optional(),
  gate: z
    .object({ policy: z.string(), passed: z.boolean(), checks: z.array(GateCheckSchema) })
    .optional(),
  timings: z.record(z.string(), z.number()),
});
export type Results = z.infer<typeof ResultsSchema>;
