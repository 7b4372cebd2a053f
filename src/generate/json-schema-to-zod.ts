import { z } from 'zod';
import type { RowSchemaNode } from './config-schema.js';

/**
 * A zod validator for a row JSON Schema (the subset in `RowSchemaNode`: string, number, integer,
 * boolean, array and object, with enum, minLength/maxLength, minimum/maximum, minItems/maxItems
 * and required), so structured answers are checked by zod like every other answer. Semantics
 * follow JSON Schema 2020-12 validation (§6): properties not in `required` may be absent;
 * unknown properties are dropped from the answer rather than refused; `integer` means a number
 * with no fractional part; strings that are only whitespace are refused (an empty answer is
 * never useful data).
 *
 * @example
 * jsonSchemaToZod({ type: 'object', properties: { age: { type: 'integer', minimum: 0 } }, required: ['age'] })
 *   .safeParse({ age: 3.5 }).success; // false
 */
export function jsonSchemaToZod(node: RowSchemaNode): z.ZodType {
  switch (node.type) {
    case 'string': {
      if (node.enum) return z.enum(node.enum as [string, ...string[]]);
      let s = z.string().refine((v) => v.trim() !== '', 'must not be empty');
      if (node.minLength !== undefined) s = s.refine((v) => v.length >= (node.minLength as number), `must have at least ${node.minLength} characters`);
      if (node.maxLength !== undefined) s = s.refine((v) => v.length <= (node.maxLength as number), `must have at most ${node.maxLength} characters`);
      return s;
    }
    case 'number':
    case 'integer': {
      let n = node.type === 'integer' ? z.number().int() : z.number().finite();
      if (node.minimum !== undefined) n = n.min(node.minimum);
      if (node.maximum !== undefined) n = n.max(node.maximum);
      if (node.enum) {
        const allowed = node.enum;
        return n.refine((v) => allowed.includes(v), `must be one of ${allowed.join(', ')}`);
      }
      return n;
    }
    case 'boolean':
      return z.boolean();
    case 'array': {
      let a = z.array(jsonSchemaToZod(node.items));
      if (node.minItems !== undefined) a = a.min(node.minItems);
      if (node.maxItems !== undefined) a = a.max(node.maxItems);
      return a;
    }
    case 'object': {
      const required = new Set(node.required ?? []);
      const shape: Record<string, z.ZodType> = {};
      for (const [key, child] of Object.entries(node.properties)) {
        shape[key] = required.has(key) ? jsonSchemaToZod(child) : jsonSchemaToZod(child).optional();
      }
      return z.object(shape);
    }
  }
}
