import { z } from 'zod';
import { ResultsSchema } from './results-schema.js';

/** The JSON Schema of results.json, generated from the zod types (one source of truth). */
export function resultsJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(ResultsSchema, { target: 'draft-2020-12' }) as Record<string, unknown>),
    $id: 'https://synthscope.dev/schema/results.schema.json',
    title: 'synthscope results.json',
  };
}
