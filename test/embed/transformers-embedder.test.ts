import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SynthscopeError } from '../../src/core/errors.js';
import { createEmbedder } from '../../src/embed/create-embedder.js';
import { ensureBuiltinModel } from '../../src/embed/builtin/ensure-builtin-model.js';
import { runCli } from '../helpers/run-cli.js';
import { TEST_CACHE_DIR } from '../helpers/test-cache.js';

describe('transformers.js embedder', () => {
  it('gives one clear error naming the model id and the cache folder when a model cannot be found (no download tried)', async () => {
    const missing = join(TEST_CACHE_DIR, 'no-such-model-folder');
    const error = await createEmbedder(missing, { cacheDir: TEST_CACHE_DIR, localOnly: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SynthscopeError);
    expect((error as SynthscopeError).code).toBe('MODEL_NOT_FOUND');
    expect((error as Error).message).toContain(missing);
    expect((error as Error).message).toContain(join(TEST_CACHE_DIR, 'models'));
  });

  it('the CLI reports it in one line, without a stack trace', async () => {
    const missing = join(TEST_CACHE_DIR, 'no-such-model-folder');
    const { code, stderr } = await runCli(['embed', 'fixtures/quickstart/reviews.jsonl', '--out', join(TEST_CACHE_DIR, 'x.jsonl'), '--embedder', missing]);
    expect(code).toBe(3);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(missing);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('loads any local model folder in transformers.js layout, mean-pooled and normalised (the builtin model folder, pooled the standard way)', async () => {
    const model = await ensureBuiltinModel(join(TEST_CACHE_DIR, 'models'));
    const embedder = await createEmbedder(model.path, { cacheDir: TEST_CACHE_DIR, cache: false, localOnly: true });
    try {
      expect(embedder.id).toBe(model.path);
      const m = await embedder.embed(['a quiet kettle', 'a loud kettle']);
      for (let r = 0; r < 2; r++) {
        const row = m.data.subarray(r * m.dimension, (r + 1) * m.dimension);
        expect(Math.hypot(...row)).toBeCloseTo(1, 5);
      }
    } finally {
      await embedder.dispose();
    }
  });
});
