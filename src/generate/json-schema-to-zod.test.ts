import { describe, expect, it } from 'vitest';
import { jsonSchemaToZod } from './json-schema-to-zod.js';

const ticket = jsonSchemaToZod({
  type: 'object',
  properties: {
    priority: { type: 'string', enum: ['low', 'high'] },
    age: { type: 'integer', minimum: 18, maximum: 90 },
    total: { type: 'number', minimum: 0 },
    subject: { type: 'string', maxLength: 10 },
    tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2 },
    urgent: { type: 'boolean' },
    note: { type: 'string' },
  },
  required: ['priority', 'age', 'total', 'subject', 'tags', 'urgent'],
});

describe('jsonSchemaToZod', () => {
  const good = { priority: 'low', age: 30, total: 12.5, subject: 'Help', tags: ['a'], urgent: false };

  it('accepts a row that meets JSON Schema 2020-12 validation, optional properties absent', () => {
    expect(ticket.safeParse(good).success).toBe(true);
  });

  it('drops unknown properties instead of refusing the row', () => {
    expect(ticket.parse({ ...good, extra: 1 })).toEqual(good);
  });

  it.each([
    ['an enum miss', { priority: 'medium' }],
    ['a fractional integer', { age: 30.5 }],
    ['a number below minimum', { age: 17 }],
    ['a string over maxLength', { subject: 'Eleven char' }],
    ['too many items', { tags: ['a', 'b', 'c'] }],
    ['too few items', { tags: [] }],
    ['a whitespace-only string', { subject: '   ' }],
    ['a string for a boolean', { urgent: 'no' }],
  ])('refuses %s', (_, patch) => {
    expect(ticket.safeParse({ ...good, ...patch }).success).toBe(false);
  });

  it('refuses a missing required property', () => {
    const { age: _age, ...rest } = good;
    expect(ticket.safeParse(rest).success).toBe(false);
  });

  it('checks number enums', () => {
    expect(jsonSchemaToZod({ type: 'integer', enum: [1, 3] }).safeParse(2).success).toBe(false);
    expect(jsonSchemaToZod({ type: 'integer', enum: [1, 3] }).safeParse(3).success).toBe(true);
  });
});
