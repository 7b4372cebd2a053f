import { z } from 'zod';

/**
 * The schema of a generation config (`gen.yaml`), one zod schema per section; the TypeScript
 * types below are inferred from it, so the two cannot drift apart (STYLE.md "one source of truth").
 * Defaults live here. Cross-field rules (counts, grammar references, placeholders) are checked by
 * `parseGenerateConfig` on top of this schema.
 *
 * ```yaml
 * task: classification            # classification | qa | dialogue | structured
 * seed: 7
 * labels:
 *   - { name: positive, count: 10, description: a satisfied customer }
 *   - { name: negative, count: 10 }
 * variation: { topics: [headphones, kettles], styles: [casual, formal] }
 * examples: { k: 2 }               # few-shot exemplars from --examples real.jsonl
 * provider: { model: gpt-4o-mini, temperature: 0.9, concurrency: 4, requestsPerMinute: 500 }
 * pricing: { inputPerMillion: 0.15, outputPerMillion: 0.6 }
 * template:                        # the offline provider's slot grammar
 *   grammar: { opener: ["I bought", "We got"] }
 *   fields: { text: ["{opener} a {topic}."] }
 * ```
 */

/** One alternative of a knob or grammar symbol: a string, or a string with a relative weight. */
export const choiceSchema = z.union([
  z.string().min(1),
  z.object({ value: z.string().min(1), weight: z.number().positive().finite() }).strict(),
]);
export type Choice = z.infer<typeof choiceSchema>;
const choices = z.array(choiceSchema).min(1);

/** Grammar symbol names: letters, digits and underscores, not starting with a digit. */
export const SYMBOL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const scriptTurnSchema = z
  .object({
    role: z.string().min(1),
    text: choices,
    /** Consecutive optional turns are kept or dropped together, with probability one half per dialogue. */
    optional: z.boolean().default(false),
  })
  .strict();

/** Slot grammar of the template provider. */
export const templateSpecSchema = z
  .object({
    /** Symbols: `{name}` in any alternative expands to one of the symbol's alternatives. */
    grammar: z.record(z.string().regex(SYMBOL_NAME, 'grammar symbol names use letters, digits and _'), choices).optional(),
    /** One entry per output field (`text`, `question`, `answer`, a structured property path). */
    fields: z.record(z.string().min(1), choices).optional(),
    /** Dialogues: the turns in order. */
    script: z.array(scriptTurnSchema).min(1).optional(),
  })
  .strict();
export type TemplateSpec = z.infer<typeof templateSpecSchema>;

export const labelSpecSchema = z
  .object({
    name: z.union([z.string().trim().min(1), z.number().finite()]),
    /** Rows to generate for this label; or give `total` and let weights share it out. */
    count: z.number().int().min(0).optional(),
    /** Share of `total` relative to the other labels' weights (default 1): boosts rare labels. */
    weight: z.number().positive().finite().optional(),
    /** What the label means, shown to the model. */
    description: z.string().min(1).optional(),
    /** Extra instructions for this label's prompts. */
    instructions: z.string().min(1).optional(),
    /** Grammar overrides for this label (merged over the task-level template). */
    template: templateSpecSchema.optional(),
  })
  .strict();
export type LabelSpec = z.infer<typeof labelSpecSchema>;

export const variationSchema = z
  .object({
    topics: choices.optional(),
    personas: choices.optional(),
    styles: choices.optional(),
    lengths: choices.optional(),
  })
  .strict();
export type VariationSpec = z.infer<typeof variationSchema>;

export const examplesSchema = z
  .object({
    /** Real dataset to draw exemplars from, relative to the config file; `--examples` overrides it. */
    path: z.string().min(1).optional(),
    /** Exemplars per prompt. */
    k: z.number().int().min(0).max(50).default(2),
    /** Draw exemplars with the item's label when the dataset has such rows. */
    sameLabel: z.boolean().default(true),
    textField: z.string().min(1).default('text'),
    labelField: z.string().min(1).default('label'),
    /** Field holding the rows' ids (recorded in provenance.exemplarIds); default: `row-<line>`. */
    idField: z.string().min(1).optional(),
  })
  .strict();
export type ExamplesSpec = z.infer<typeof examplesSchema>;

export const promptSpecSchema = z
  .object({
    /** System message template; `{{placeholders}}` as for `user`. */
    system: z.string().min(1).optional(),
    /** User message template with `{{label}}`, `{{topic}}`, `{{examples}}`, …; default per task. */
    user: z.string().min(1).optional(),
  })
  .strict();
export type PromptSpec = z.infer<typeof promptSpecSchema>;

export const providerSpecSchema = z
  .object({
    /** Default: 'openai' when an endpoint or key is configured, else 'template'. */
    type: z.enum(['openai', 'template']).optional(),
    /** Default 'gpt-4o-mini'. */
    model: z.string().min(1).optional(),
    /** OpenAI-compatible base URL, e.g. http://localhost:8000/v1 (the key is never in the config). */
    baseUrl: z.url({ protocol: /^https?$/ }).optional(),
    temperature: z.number().min(0).max(2).default(1),
    topP: z.number().gt(0).max(1).optional(),
    maxTokens: z.number().int().min(1).default(512),
    /** o-series models want `max_completion_tokens`; most compatible servers take `max_tokens`. */
    maxTokensParameter: z.enum(['max_tokens', 'max_completion_tokens']).default('max_tokens'),
    /** 'auto' tries a JSON schema, falls back to JSON mode, then to the prompt alone. */
    responseFormat: z.enum(['auto', 'json_schema', 'json_object', 'none']).default('auto'),
    concurrency: z.number().int().min(1).max(256).default(4),
    requestsPerMinute: z.number().positive().finite().optional(),
    tokensPerMinute: z.number().positive().finite().optional(),
    /** Per request, until the last byte of the answer. */
    timeoutMs: z.number().int().min(1).default(60_000),
    /** Retries of one request on 408, 409, 429, 5xx, timeouts and connection errors. */
    maxRetries: z.number().int().min(0).max(20).default(6),
    /** New requests for one item after an invalid answer or a refusal, before it is recorded as failed. */
    maxRepairs: z.number().int().min(0).max(10).default(2),
    retryBaseDelayMs: z.number().int().min(0).default(500),
    retryMaxDelayMs: z.number().int().min(0).default(8000),
  })
  .strict();
export type ProviderSpec = z.infer<typeof providerSpecSchema>;

export const pricingSchema = z
  .object({
    /** Price of one million prompt tokens. */
    inputPerMillion: z.number().min(0).finite(),
    /** Price of one million completion tokens. */
    outputPerMillion: z.number().min(0).finite(),
    currency: z.string().min(1).default('USD'),
  })
  .strict();
export type PricingSpec = z.infer<typeof pricingSchema>;

/** The subset of JSON Schema a structured row may use (what both zod and the template provider handle). */
export type RowSchemaNode =
  | { type: 'string'; enum?: string[]; minLength?: number; maxLength?: number; description?: string; title?: string }
  | { type: 'number' | 'integer'; enum?: number[]; minimum?: number; maximum?: number; description?: string; title?: string }
  | { type: 'boolean'; description?: string; title?: string }
  | { type: 'array'; items: RowSchemaNode; minItems?: number; maxItems?: number; description?: string; title?: string }
  | { type: 'object'; properties: Record<string, RowSchemaNode>; required?: string[]; description?: string; title?: string };

const annotations = { description: z.string().optional(), title: z.string().optional() };
export const rowSchemaNodeSchema: z.ZodType<RowSchemaNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z
      .object({
        type: z.literal('string'),
        enum: z.array(z.string()).min(1).optional(),
        minLength: z.number().int().min(0).optional(),
        maxLength: z.number().int().min(0).optional(),
        ...annotations,
      })
      .strict(),
    z
      .object({
        type: z.enum(['number', 'integer']),
        enum: z.array(z.number().finite()).min(1).optional(),
        minimum: z.number().finite().optional(),
        maximum: z.number().finite().optional(),
        ...annotations,
      })
      .strict(),
    z.object({ type: z.literal('boolean'), ...annotations }).strict(),
    z
      .object({
        type: z.literal('array'),
        items: rowSchemaNodeSchema,
        minItems: z.number().int().min(0).optional(),
        maxItems: z.number().int().min(0).optional(),
        ...annotations,
      })
      .strict(),
    z
      .object({
        type: z.literal('object'),
        properties: z.record(z.string().min(1), rowSchemaNodeSchema),
        required: z.array(z.string()).optional(),
        ...annotations,
      })
      .strict(),
  ]),
);

const common = {
  /** Seeds every draw: variation, exemplars, template expansion, the request `seed`. */
  seed: z.number().int().min(0).max(4294967295).default(0),
  /** Rows to generate when there are no labels. */
  count: z.number().int().min(1).optional(),
  /** Rows in all, shared out over the labels by weight (per-label `count` wins). */
  total: z.number().int().min(1).optional(),
  labels: z.array(labelSpecSchema).min(1).optional(),
  variation: variationSchema.default({}),
  examples: examplesSchema.optional(),
  prompt: promptSpecSchema.optional(),
  provider: providerSpecSchema.default(providerSpecSchema.parse({})),
  pricing: pricingSchema.optional(),
  template: templateSpecSchema.optional(),
};

const passageSchema = z.union([
  z.string().trim().min(1),
  z.object({ id: z.string().min(1).optional(), title: z.string().min(1).optional(), text: z.string().trim().min(1) }).strict(),
]);

export const classificationConfigSchema = z
  .object({ task: z.literal('classification'), ...common, labels: z.array(labelSpecSchema).min(1) })
  .strict();
export const qaConfigSchema = z
  .object({
    task: z.literal('qa'),
    ...common,
    /** Passages to ground the pairs in; each item gets one, in a seeded order. */
    passages: z.array(passageSchema).min(1).optional(),
  })
  .strict();
export const dialogueConfigSchema = z
  .object({
    task: z.literal('dialogue'),
    ...common,
    roles: z.array(z.string().trim().min(1)).min(2).default(['user', 'assistant']),
    turns: z.object({ min: z.number().int().min(1).default(2), max: z.number().int().min(1).default(6) }).strict().default({ min: 2, max: 6 }),
  })
  .strict();
export const structuredConfigSchema = z
  .object({
    task: z.literal('structured'),
    ...common,
    /** JSON Schema of one row: an object whose properties become the row's fields. */
    schema: rowSchemaNodeSchema,
  })
  .strict();

export const generateConfigSchema = z.discriminatedUnion('task', [
  classificationConfigSchema,
  qaConfigSchema,
  dialogueConfigSchema,
  structuredConfigSchema,
]);

/** A generation config with defaults applied. */
export type GenerateConfig = z.output<typeof generateConfigSchema>;
/** A generation config as written (defaults optional). */
export type GenerateConfigInput = z.input<typeof generateConfigSchema>;
export type TaskName = GenerateConfig['task'];
export type ClassificationConfig = z.output<typeof classificationConfigSchema>;
export type QaConfig = z.output<typeof qaConfigSchema>;
export type DialogueConfig = z.output<typeof dialogueConfigSchema>;
export type StructuredConfig = z.output<typeof structuredConfigSchema>;
