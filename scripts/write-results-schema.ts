/** Regenerates schema/results.schema.json from the zod types: `npx tsx scripts/write-results-schema.ts`. */
import { writeFile } from 'node:fs/promises';
import { resultsJsonSchema } from '../src/core/results-json-schema.js';

await writeFile(new URL('../schema/results.schema.json', import.meta.url), `${JSON.stringify(resultsJsonSchema(), null, 2)}\n`);
