/**
 * Types shared by the generation modules: planned items, provider requests and responses,
 * output rows and their provenance, and what a run returns.
 */
import type { ChatMessage } from './tasks/task-kind.js';

export type { ChatMessage };

/** A label as written in the config: classification labels, or groups of any other task. */
export type GenerationLabel = string | number;

/** Token counts, as the server reports them (`usage` of a chat completion). */
export interface Usage {
  promptTokens: number;
  completionTokens: number;
}

/** One few-shot exemplar taken from a real dataset (a `DatasetRow` fits). */
export interface ExemplarRow {
  id: string;
  text: string;
  label: string | number | null;
}

/** A passage that grounds question–answer pairs. */
export interface Passage {
  id: string;
  title: string | null;
  text: string;
}

/** The variation knobs drawn for one item; a knob that is not configured is absent. */
export interface Variation {
  topic?: string;
  persona?: string;
  style?: string;
  length?: string;
}

/** One row to generate, fixed by the config and the seed before any request is made. */
export interface PlannedItem {
  /** Stable across runs of the same config: `<label slug>-0001`, or `<task>-0001` without labels. */
  id: string;
  /** Position in the plan (0-based). */
  index: number;
  /** The intended label, or null when the config has no labels. */
  label: GenerationLabel | null;
  /** Position of the label in `config.labels`, or null. */
  labelIndex: number | null;
  /** Seed of this item alone (a hash of the run seed and the id), so items do not depend on each other. */
  seed: number;
  variation: Variation;
  exemplars: ExemplarRow[];
  passage: Passage | null;
}

/** A JSON Schema the response must match, as sent to the server. */
export interface ResponseSchema {
  /** Name for `response_format.json_schema.name` (a-z, 0-9, _ and -). */
  name: string;
  schema: Record<string, unknown>;
  /** Whether the schema meets OpenAI's strict-mode rules (all properties required, no extra keys). */
  strict: boolean;
}

/** A request for one item: the chat messages plus the schema of the answer. */
export interface PromptRequest {
  /** `<task>:default@1`, or `<task>:custom@<hash>` for prompts from the config. */
  promptTemplateId: string;
  messages: ChatMessage[];
  responseSchema: ResponseSchema;
}

/** What a provider answered for one request. */
export interface ProviderResponse {
  /** The message text (a JSON object when all went well), or null with a refusal. */
  content: string | null;
  refusal: string | null;
  /** 'stop', 'length' (cut off at max tokens), 'content_filter', … or null. */
  finishReason: string | null;
  usage: Usage;
  /** The model that answered, as the server names it. */
  model: string;
}

export interface ProviderCall {
  item: PlannedItem;
  messages: ChatMessage[];
  responseSchema: ResponseSchema;
  /** 0 for the first request of an item, then 1, 2, … for repairs. */
  attempt: number;
  signal: AbortSignal;
}

/** A source of generations: an OpenAI-compatible endpoint, or the offline slot grammars. */
export interface GenerationProvider {
  readonly name: 'openai' | 'template';
  readonly model: string;
  /** Whether requests cost tokens (and so go through the cache, limits and cost accounting). */
  readonly billable: boolean;
  /** Request parameters recorded in provenance (temperature, max tokens, …). */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** What identifies a request besides its messages, for the response cache (never the key). */
  readonly cacheIdentity: Readonly<Record<string, unknown>>;
  complete(call: ProviderCall): Promise<ProviderResponse>;
}

/** Where a row came from. */
export interface Provenance {
  provider: 'openai' | 'template';
  model: string;
  promptTemplateId: string;
  /** Request parameters and the variation drawn for the row. */
  parameters: Record<string, unknown>;
  /** The run seed (each item's own seed derives from it and the id). */
  seed: number;
  exemplarIds: string[];
  /** Tokens of every request made for this row, repairs included. */
  usage: Usage;
  /** ISO 8601. */
  createdAt: string;
}

/** One output line: `id`, the task's fields, the intended `label` and `provenance`. */
export interface GeneratedRow {
  id: string;
  label: GenerationLabel | null;
  provenance: Provenance;
  [field: string]: unknown;
}

/** An item that produced no row, and why. */
export interface GenerationFailure {
  id: string;
  label: GenerationLabel | null;
  reason: string;
  attempts: number;
}

export interface TokenTotals extends Usage {
  /** Tokens of rows replayed from the response cache (not billed again, not in the totals above). */
  cachedPromptTokens: number;
  cachedCompletionTokens: number;
}

/** Plan of a run: what `--dry-run` prints. */
export interface GenerationPlanSummary {
  task: string;
  provider: 'openai' | 'template';
  model: string;
  /** Items in the plan, and how many of them are already in the output (with resume). */
  planned: number;
  alreadyDone: number;
  /** Items that would be requested, and how many of those the response cache already answers. */
  pending: number;
  cached: number;
  byLabel: { label: GenerationLabel | null; planned: number; pending: number }[];
  /** First requests (up to 20): id, label, variation, estimated prompt tokens. */
  requests: { id: string; label: GenerationLabel | null; variation: Variation; exemplarIds: string[]; promptTokens: number }[];
  /** The first pending request's messages, as they would be sent. */
  sample: PromptRequest | null;
  /** Over the requests not answered by the cache (repairs and retries not counted). */
  estimatedPromptTokens: number;
  maxCompletionTokens: number;
  /** null without pricing in the config. */
  estimatedCost: { low: number; high: number; currency: string } | null;
}

export interface GenerateResult {
  outPath: string | null;
  planned: number;
  /** Rows written by this run. */
  written: number;
  /** Rows already in the file (resume) and not requested again. */
  skipped: number;
  /** Rows written from the response cache (included in `written`). */
  fromCache: number;
  failures: GenerationFailure[];
  /** Where failures were written (`<out>.failures.jsonl`), or null when there were none. */
  failuresPath: string | null;
  /** HTTP requests sent (retries and repairs included). */
  requests: number;
  tokens: TokenTotals;
  /** Cost of the tokens billed by this run; null without pricing in the config. */
  cost: { amount: number; currency: string } | null;
  provider: 'openai' | 'template';
  model: string;
  /** Set for `dryRun`: nothing was requested or written. */
  plan: GenerationPlanSummary | null;
  /** True when the torn last line of a killed run was found and removed. */
  repairedTornLine: boolean;
  /** Rows in the file whose ids the current config does not plan (kept as they are). */
  unplannedRows: number;
}
