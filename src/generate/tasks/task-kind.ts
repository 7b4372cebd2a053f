import type { z } from 'zod';
import type { Rng } from '../../core/rng.js';
import type { Choice, GenerateConfig, TaskName } from '../config-schema.js';
import type { PlannedItem, ResponseSchema } from '../types.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** What the template provider gives a task to build one answer from the grammar. */
export interface TemplateContext {
  rng: Rng;
  /** Expands one alternative of the grammar entry for an output field (the label's own wins); undefined when there is none. */
  field(path: string): string | undefined;
  /** Dialogue turns (the label's own script wins), undefined when there is none. */
  script: readonly { role: string; text: readonly Choice[]; optional: boolean }[] | undefined;
  /** Expands one alternative of the given list with the item's grammar and variables. */
  expand(choices: readonly Choice[]): string;
}

/**
 * One kind of generation task. Each kind says what an answer looks like (a zod schema, from which
 * the JSON Schema sent to the server is derived), how its default prompt reads, which fields the
 * template provider needs grammars for, and how an answer becomes an output row.
 */
export interface TaskKind {
  name: TaskName;
  /** The answer the model must give: validated with `validator`, described to the server by `wire`. */
  responseSchema(config: GenerateConfig): { validator: z.ZodType<Record<string, unknown>>; wire: ResponseSchema };
  /** Default system and user prompt templates (`{{placeholders}}`, see renderTemplate). */
  defaultPrompt: { system: string; user: string };
  /** Placeholders a user's prompt template may use for this task. */
  placeholders: readonly string[];
  /** Output fields the template provider needs alternatives for (`template.fields.<path>`); dialogues need a script instead. */
  templateFields(config: GenerateConfig): string[];
  /** The answer the template provider makes from the grammar. */
  fromTemplate(config: GenerateConfig, item: PlannedItem, context: TemplateContext): Record<string, unknown>;
  /** The row's fields from a validated answer (id, label and provenance are added by the caller). */
  toFields(answer: Record<string, unknown>, item: PlannedItem): Record<string, unknown>;
}

/** Placeholders every task has. */
export const COMMON_PLACEHOLDERS = ['label', 'description', 'instructions', 'topic', 'persona', 'style', 'length', 'examples'] as const;
