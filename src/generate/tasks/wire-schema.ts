import { z } from 'zod';
import type { ResponseSchema } from '../types.js';

/**
 * The JSON Schema sent to the server for a zod answer schema, derived with zod's own
 * `z.toJSONSchema` (output side: objects get `additionalProperties: false`, every key is
 * required), so the schema the server sees and the one the answer is checked against are one.
 *
 * @example
 * wireSchema('classification_text', z.object({ text: z.string().min(1) })).schema;
 * // { type: 'object', properties: { text: { type: 'string', minLength: 1 } }, required: ['text'], additionalProperties: false }
 */
export function wireSchema(name: string, schema: z.ZodType): ResponseSchema {
  const json = z.toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>;
  delete json.$schema;
  return { name, schema: json, strict: true };
}
