import { z } from 'zod';

/** What a refinement round changed, in words: which action, for which label ('all': every label), how. */
export const ChangeSchema = z.object({
  action: z.string(),
  target: z.string(),
  detail: z.string(),
});
export type Change = z.infer<typeof ChangeSchema>;

/** A gate check as the history keeps it (failed or warned). */
export const HistoryCheckSchema = z.object({
  metric: z.string(),
  label: z.string().optional(),
  op: z.string(),
  threshold: z.number(),
  value: z.number().nullable(),
  severity: z.enum(['fail', 'warn']),
  message: z.string(),
});
export type HistoryCheck = z.infer<typeof HistoryCheckSchema>;

/** A key metric of a round: the metrics the policy checks, as results.json has them. */
export const HistoryMetricSchema = z.object({
  id: z.string(),
  status: z.enum(['ok', 'skipped', 'error']),
  value: z.number().nullable(),
  ci: z.object({ lo: z.number(), hi: z.number() }).nullable(),
  baseline: z.number().nullable(),
  reading: z.enum(['good', 'fair', 'poor', 'n/a']),
});
export type HistoryMetric = z.infer<typeof HistoryMetricSchema>;

export const RoundRecordSchema = z.object({
  round: z.number().int().min(1),
  /** The round's folder, relative to the run's folder: round-<k>. */
  dir: z.string(),
  /** The labels whose rows this round made anew (null: every row), and the rows kept from the round before. */
  regenerated: z.object({ labels: z.array(z.string()).nullable(), keptRows: z.number().int() }),
  /** What this round changed in the generation config (empty for the first round). */
  changes: z.array(ChangeSchema),
  generation: z.object({
    provider: z.enum(['openai', 'template']),
    model: z.string(),
    seed: z.number().int(),
    /** Rows written by this round (from the cache included), and rows whose generation failed. */
    written: z.number().int(),
    fromCache: z.number().int(),
    failed: z.number().int(),
    requests: z.number().int(),
    promptTokens: z.number().int(),
    completionTokens: z.number().int(),
    cost: z.object({ amount: z.number(), currency: z.string() }).nullable(),
  }),
  synthetic: z.object({ rows: z.number().int(), sha256: z.string() }),
  gate: z.object({
    policy: z.string(),
    passed: z.boolean(),
    counts: z.object({ pass: z.number().int(), fail: z.number().int(), warn: z.number().int(), skipped: z.number().int() }),
    failed: z.array(HistoryCheckSchema),
    warned: z.array(HistoryCheckSchema),
  }),
  metrics: z.array(HistoryMetricSchema),
  durationMs: z.number(),
});
export type RoundRecord = z.infer<typeof RoundRecordSchema>;

export const HISTORY_SCHEMA_VERSION = 1;

/** Why the run stopped: a round passed the gate, the round limit was reached, or nothing left to adjust. */
export const StopReasonSchema = z.enum(['passed', 'max-rounds', 'nothing-to-refine']);
export type StopReason = z.infer<typeof StopReasonSchema>;

/**
 * DIR/history.json of `synthscope run`: one record per round (what changed, what was generated,
 * the gate verdict with its failed and warned checks, the key metric values) and which round is
 * the final one. Rewritten whole after every round, so a stopped run keeps the rounds it finished.
 */
export const HistorySchema = z.object({
  schemaVersion: z.literal(HISTORY_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('synthscope'), version: z.string() }),
  createdAt: z.string(),
  maxRounds: z.number().int(),
  rounds: z.array(RoundRecordSchema),
  /** Set once the run has stopped. */
  final: z.object({ round: z.number().int(), passed: z.boolean(), stopReason: StopReasonSchema }).nullable(),
});
export type History = z.infer<typeof HistorySchema>;
