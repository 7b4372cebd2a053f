import type { z } from 'zod';
import type { RowSchemaNode, StructuredConfig, GenerateConfig } from '../config-schema.js';
import { jsonSchemaToZod } from '../json-schema-to-zod.js';
import type { Rng } from '../../core/rng.js';
import { COMMON_PLACEHOLDERS, type TaskKind, type TemplateContext } from './task-kind.js';

const rowSchema = (config: GenerateConfig): RowSchemaNode => (config as StructuredConfig).schema;

/** The user's schema as sent to the server: objects closed; strict only when every property is required. */
function toWire(node: RowSchemaNode): { schema: Record<string, unknown>; strict: boolean } {
  if (node.type === 'object') {
    let strict = true;
    const properties: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node.properties)) {
      const sub = toWire(child);
      properties[key] = sub.schema;
      strict &&= sub.strict;
    }
    const required = node.required ?? [];
    strict &&= Object.keys(node.properties).every((k) => required.includes(k));
    const { description, title } = node;
    return {
      schema: { type: 'object', ...(title ? { title } : {}), ...(description ? { description } : {}), properties, required, additionalProperties: false },
      strict,
    };
  }
  if (node.type === 'array') {
    const sub = toWire(node.items);
    return { schema: { ...node, items: sub.schema }, strict: sub.strict };
  }
  return { schema: { ...node }, strict: true };
}

/** Paths of the free-text leaves (strings without enum), which the template provider needs alternatives for. */
function freeTextPaths(node: RowSchemaNode, path: string, out: string[]): string[] {
  if (node.type === 'object') for (const [key, child] of Object.entries(node.properties)) freeTextPaths(child, path ? `${path}.${key}` : key, out);
  else if (node.type === 'array') freeTextPaths(node.items, path, out);
  else if (node.type === 'string' && !node.enum) out.push(path);
  return out;
}

function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + rng.next() * (hi - lo);
}

/** One value for a schema node from the grammar (free text, or a number read from the field's text) or the schema itself. */
function fromSchema(node: RowSchemaNode, path: string, context: TemplateContext): unknown {
  const { rng } = context;
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node.properties)) out[key] = fromSchema(child, path ? `${path}.${key}` : key, context);
      return out;
    }
    case 'array': {
      const min = node.minItems ?? 1;
      const max = Math.max(min, node.maxItems ?? Math.max(min, 3));
      const n = min + rng.int(max - min + 1);
      return Array.from({ length: n }, () => fromSchema(node.items, path, context));
    }
    case 'string':
      if (node.enum) return node.enum[rng.int(node.enum.length)];
      return context.field(path);
    case 'boolean': {
      const text = context.field(path);
      return text === undefined ? rng.next() < 0.5 : text.trim() === 'true';
    }
    case 'number':
    case 'integer': {
      const text = context.field(path);
      if (text !== undefined) return Number(text);
      if (node.enum) return node.enum[rng.int(node.enum.length)];
      const lo = node.minimum ?? 0;
      const hi = node.maximum ?? Math.max(lo, 0) + 100;
      if (node.type === 'integer') {
        const a = Math.ceil(lo);
        return a + rng.int(Math.floor(hi) - a + 1);
      }
      // Two decimals read like data people type; clamp so rounding never leaves the range.
      return Math.min(hi, Math.max(lo, Math.round(uniform(rng, lo, hi) * 100) / 100));
    }
  }
}

/**
 * Structured rows: one JSON object per item matching the config's JSON Schema (numbers,
 * categories, free text). Output fields: the schema's properties, at the top level of the row.
 * The template provider draws enums and numbers from the schema (integers uniform on
 * [minimum, maximum], default [0, 100]) and free text from `template.fields.<property path>`.
 */
export const structuredTask: TaskKind = {
  name: 'structured',
  responseSchema: (config) => {
    const wire = toWire(rowSchema(config));
    return {
      validator: jsonSchemaToZod(rowSchema(config)) as z.ZodType<Record<string, unknown>>,
      wire: { name: 'structured_row', schema: wire.schema, strict: wire.strict },
    };
  },
  defaultPrompt: {
    system:
      'You write realistic records for training and evaluating machine-learning models. ' +
      'Values must be plausible, varied and consistent with each other. Never copy the examples you are shown.',
    user: [
      'Write one new record.',
      'Category: {{label}}',
      'What the category means: {{description}}',
      '{{instructions}}',
      'Topic: {{topic}}',
      'Written by: {{persona}}',
      'Style of the free-text fields: {{style}}',
      'Length of the free-text fields: {{length}}',
      '{{examples}}',
    ].join('\n'),
  },
  placeholders: COMMON_PLACEHOLDERS,
  templateFields: (config) => freeTextPaths(rowSchema(config), '', []),
  fromTemplate: (config, _item, context) => fromSchema(rowSchema(config), '', context) as Record<string, unknown>,
  toFields: (a) => a,
};
