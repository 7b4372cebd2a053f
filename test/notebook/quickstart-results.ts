import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../../src/core/evaluate/evaluate.js';
import type { Results } from '../../src/core/results-schema.js';
import { createEmbedder } from '../../src/embed/create-embedder.js';
import { generate } from '../../src/generate/generate.js';
import { parseGenerateConfig } from '../../src/generate/parse-generate-config.js';
import { loadDataset } from '../../src/io/load-dataset.js';
import type { Dataset } from '../../src/io/types.js';
import { TEST_CACHE_DIR } from '../helpers/test-cache.js';

/**
 * The quick start's run, as the notebook does it: 36 reviews generated offline (template
 * provider) from fixtures/generate/classification.yaml, scored against the 30 hand-written
 * reviews of fixtures/quickstart/reviews.jsonl with the builtin embedder, seed 7.
 */
export async function quickstartResults(): Promise<{ results: Results; synthetic: Dataset; real: Dataset }> {
  const dir = await mkdtemp(join(tmpdir(), 'synthscope-notebook-'));
  const out = join(dir, 'synthetic.jsonl');
  const config = parseGenerateConfig(await readFile('fixtures/generate/classification.yaml', 'utf8'), { path: 'classification.yaml' });
  await generate(config, { out, provider: 'template', now: () => new Date('2025-01-01T00:00:00Z') });
  const synthetic = await loadDataset(out);
  const real = await loadDataset('fixtures/quickstart/reviews.jsonl');
  const embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
  try {
    const results = await evaluate({ synthetic, real, embedder, seed: 7, now: () => new Date('2025-01-01T00:00:00Z') });
    return { results, synthetic, real };
  } finally {
    await embedder.dispose();
  }
}
