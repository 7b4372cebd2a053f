import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Matrix } from '../../src/core/matrix.js';
import { withEmbeddingCache } from '../../src/embed/embedding-cache.js';
import type { EmbedOptions, Embedder } from '../../src/embed/types.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A unit vector from sha256(text), rounded to float32: what the fake inner embedder returns. */
function vectorOf(text: string, dimension: number): Float32Array {
  const raw: number[] = [];
  for (let j = 0; j < dimension; j++) {
    const digest = createHash('sha256').update(`${Math.floor(j / 32)}\u0000${text}`).digest();
    raw.push(digest[j % 32] - 127.5);
  }
  const norm = Math.hypot(...raw);
  return Float32Array.from(raw, (x) => x / norm);
}

interface FakeEmbedder extends Embedder {
  calls: string[][];
}

function fakeEmbedder({ id = 'fake', revision = 'r1', dimension = 6, vector = vectorOf } = {}): FakeEmbedder {
  const calls: string[][] = [];
  return {
    id,
    revision,
    dimension,
    calls,
    async embed(texts: readonly string[], options?: EmbedOptions): Promise<Matrix> {
      options?.signal?.throwIfAborted();
      calls.push([...texts]);
      const data = new Float32Array(texts.length * dimension);
      texts.forEach((text, i) => data.set(vector(text, dimension), i * dimension));
      options?.onProgress?.(texts.length, texts.length);
      return { rows: texts.length, dimension, data };
    },
    async dispose() {},
  };
}

function expectRows(m: Matrix, texts: string[], dimension: number): void {
  expect(m.rows).toBe(texts.length);
  expect(m.dimension).toBe(dimension);
  const expected = new Float32Array(texts.length * dimension);
  texts.forEach((text, i) => expected.set(vectorOf(text, dimension), i * dimension));
  // Exact: the cache stores and returns the float32 values bit for bit.
  expect(Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength).equals(Buffer.from(expected.buffer))).toBe(true);
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'synthscope-cache-test-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function packFiles(dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const folder of await readdir(dir)) {
    for (const name of await readdir(join(dir, folder))) if (name.endsWith('.pack')) out.push(join(dir, folder, name));
  }
  return out.sort();
}

describe('withEmbeddingCache', () => {
  it('embeds nothing the second time an unchanged dataset is embedded, and returns the same rows', async () => {
    const inner = fakeEmbedder();
    const cached = withEmbeddingCache(inner, { dir: root });
    const texts = ['a cat', 'a dog', 'naïve café ☕', ''];
    const first = await cached.embed(texts);
    const second = await cached.embed(texts);
    expect(inner.calls).toEqual([texts]);
    expectRows(first, texts, 6);
    expectRows(second, texts, 6);
    expect([cached.id, cached.revision, cached.dimension]).toEqual(['fake', 'r1', 6]);
  });

  it('reads packs written by an earlier instance (another process, a later run)', async () => {
    const texts = Array.from({ length: 50 }, (_, i) => `row ${i}`);
    await withEmbeddingCache(fakeEmbedder(), { dir: root }).embed(texts);
    const inner = fakeEmbedder();
    expectRows(await withEmbeddingCache(inner, { dir: root }).embed(texts), texts, 6);
    expect(inner.calls).toEqual([]);
  });

  it('sends only the new texts, each once, to the inner embedder and keeps the input order', async () => {
    const inner = fakeEmbedder();
    const cached = withEmbeddingCache(inner, { dir: root });
    await cached.embed(['a', 'b']);
    const texts = ['c', 'b', 'a', 'c', 'd', 'c'];
    const progress: [number, number][] = [];
    expectRows(await cached.embed(texts, { onProgress: (done, total) => progress.push([done, total]) }), texts, 6);
    expect(inner.calls).toEqual([['a', 'b'], ['c', 'd']]);
    // 2 of 6 rows ('b', 'a') were cached; then the inner call finishes the other 4.
    expect(progress).toEqual([[2, 6], [6, 6]]);
  });

  it('keeps embedders apart: another id or revision misses', async () => {
    await withEmbeddingCache(fakeEmbedder(), { dir: root }).embed(['a']);
    const otherRevision = fakeEmbedder({ revision: 'r2' });
    const otherId = fakeEmbedder({ id: 'Xenova/all-MiniLM-L6-v2' });
    await withEmbeddingCache(otherRevision, { dir: root }).embed(['a']);
    await withEmbeddingCache(otherId, { dir: root }).embed(['a']);
    expect(otherRevision.calls).toEqual([['a']]);
    expect(otherId.calls).toEqual([['a']]);
    const folders = (await readdir(root)).sort();
    expect(folders).toHaveLength(3);
    expect(folders.every((f) => /^[A-Za-z0-9._@-]+$/.test(f))).toBe(true);
    expect(folders.some((f) => f.startsWith('Xenova_all-MiniLM-L6-v2@r1-'))).toBe(true);
  });

  it('writes one pack per embed() call that computed rows, and none for a fully cached call or no texts', async () => {
    const cached = withEmbeddingCache(fakeEmbedder(), { dir: root });
    await cached.embed(['a', 'b']);
    await cached.embed(['b', 'c']);
    await cached.embed(['a', 'b', 'c']);
    expect(await cached.embed([])).toEqual({ rows: 0, dimension: 6, data: new Float32Array(0) });
    const packs = await packFiles();
    expect(packs).toHaveLength(2);
  });

  it('lays a pack out as documented: header, text hashes, float32 rows, trailing sha256', async () => {
    const texts = ['first', 'second', 'third'];
    await withEmbeddingCache(fakeEmbedder({ id: 'openai:m', revision: 'm;dimensions=6' }), { dir: root }).embed(texts);
    const [path] = await packFiles();
    expect(path).toMatch(/openai_m@m_dimensions_6-[0-9a-f]{12}\/[0-9a-z]+-[0-9a-f]{16}\.pack$/);
    const bytes = await readFile(path);
    const n = 3;
    const d = 6;
    expect(bytes.length).toBe(56 + 32 * n + 4 * n * d + 32);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('SYNSEMB\n');
    expect([bytes.readUInt32LE(8), bytes.readUInt32LE(12), bytes.readUInt32LE(16), bytes.readUInt32LE(20)]).toEqual([1, d, n, 0]);
    expect(bytes.subarray(24, 56).equals(createHash('sha256').update('openai:m\nm;dimensions=6').digest())).toBe(true);
    texts.forEach((text, i) => {
      expect(bytes.subarray(56 + 32 * i, 56 + 32 * (i + 1)).equals(createHash('sha256').update(text, 'utf8').digest())).toBe(true);
      const row = Array.from({ length: d }, (_, j) => bytes.readFloatLE(56 + 32 * n + 4 * (i * d + j)));
      expect(row).toEqual(Array.from(vectorOf(text, d)));
    });
    const end = bytes.length - 32;
    expect(bytes.subarray(end).equals(createHash('sha256').update(bytes.subarray(0, end)).digest())).toBe(true);
    // No temp file is left behind.
    expect((await readdir(join(path, '..'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('withEmbeddingCache: damaged packs', () => {
  const texts = Array.from({ length: 20 }, (_, i) => `text ${i}`);

  async function damagedThenReread(damage: (path: string) => Promise<void>, expectedProblem: RegExp, sameInstance = false) {
    const warnings: string[] = [];
    const first = withEmbeddingCache(fakeEmbedder(), { dir: root, onWarning: (m) => warnings.push(m) });
    await first.embed(texts);
    const [path] = await packFiles();
    await damage(path);
    const inner = sameInstance ? undefined : fakeEmbedder();
    const cached = sameInstance ? first : withEmbeddingCache(inner as FakeEmbedder, { dir: root, onWarning: (m) => warnings.push(m) });
    expectRows(await cached.embed(texts), texts, 6);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`removed damaged pack ${path}`);
    expect(warnings[0]).toMatch(expectedProblem);
    const packs = await packFiles();
    expect(packs).not.toContain(path);
    expect(packs).toHaveLength(1);
    // The recomputed rows were cached again: a third pass computes nothing.
    const third = fakeEmbedder();
    expectRows(await withEmbeddingCache(third, { dir: root }).embed(texts), texts, 6);
    expect(third.calls).toEqual([]);
    return inner;
  }

  async function flipByte(path: string, offset: (size: number) => number): Promise<void> {
    const bytes = await readFile(path);
    const at = offset(bytes.length);
    bytes[at] ^= 0x40;
    await writeFile(path, bytes);
  }

  it('detects one flipped bit in the rows by checksum, deletes the pack and recomputes its texts', async () => {
    const inner = await damagedThenReread((p) => flipByte(p, (size) => size - 32 - 5), /checksum mismatch/);
    expect(inner?.calls).toEqual([texts]);
  });

  it('detects a flipped byte in the text hashes too', async () => {
    await damagedThenReread((p) => flipByte(p, () => 56 + 7), /checksum mismatch/);
  });

  it('detects a truncated pack by its size', async () => {
    const inner = await damagedThenReread((p) => stat(p).then((s) => truncate(p, s.size - 10)), /bytes where 20 rows of dimension 6 need \d+ \(truncated or damaged\)/);
    expect(inner?.calls).toEqual([texts]);
  });

  it('detects bad magic bytes', async () => {
    await damagedThenReread((p) => flipByte(p, () => 0), /bad magic bytes/);
  });

  it('detects damage that happens after the pack was indexed, in the same instance', async () => {
    await damagedThenReread((p) => flipByte(p, (size) => size - 100), /checksum mismatch/, true);
  });

  it('ignores, without deleting, a pack of another embedder placed in its folder', async () => {
    await withEmbeddingCache(fakeEmbedder({ revision: 'other' }), { dir: root }).embed(['a']);
    await withEmbeddingCache(fakeEmbedder(), { dir: root }).embed(['b']);
    const [otherFolder, ownFolder] = (await readdir(root)).sort((a, b) => (a.includes('@other-') ? -1 : b.includes('@other-') ? 1 : 0));
    const [foreign] = await readdir(join(root, otherFolder));
    await writeFile(join(root, ownFolder, foreign), await readFile(join(root, otherFolder, foreign)));
    const warnings: string[] = [];
    const inner = fakeEmbedder();
    await withEmbeddingCache(inner, { dir: root, onWarning: (m) => warnings.push(m) }).embed(['a', 'b']);
    expect(inner.calls).toEqual([['a']]);
    expect(warnings).toEqual([`embedding cache for fake: ignored pack ${join(root, ownFolder, foreign)}: written for another embedder or revision`]);
    expect(await readdir(join(root, ownFolder))).toContain(foreign);
  });

  it('ignores temp files and removes those older than a day', async () => {
    await withEmbeddingCache(fakeEmbedder(), { dir: root }).embed(['a']);
    const [folder] = await readdir(root);
    await writeFile(join(root, folder, '.x.pack.1234abcd.tmp'), 'half a pack');
    await writeFile(join(root, folder, '.y.pack.1234abcd.tmp'), 'a live writer');
    const old = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await utimes(join(root, folder, '.x.pack.1234abcd.tmp'), old, old);
    const warnings: string[] = [];
    const inner = fakeEmbedder();
    await withEmbeddingCache(inner, { dir: root, onWarning: (m) => warnings.push(m) }).embed(['a']);
    expect(inner.calls).toEqual([]);
    expect(warnings).toEqual([]);
    expect((await readdir(join(root, folder))).filter((f) => f.endsWith('.tmp'))).toEqual(['.y.pack.1234abcd.tmp']);
  });

  it('still returns the embeddings, with a warning, when the cache cannot be written', async () => {
    const blocker = join(root, 'not-a-folder');
    await writeFile(blocker, 'a file where the cache folder should be');
    const warnings: string[] = [];
    const inner = fakeEmbedder();
    const cached = withEmbeddingCache(inner, { dir: blocker, onWarning: (m) => warnings.push(m) });
    expectRows(await cached.embed(['a', 'b']), ['a', 'b'], 6);
    expect(warnings.some((w) => /could not write to .*not-a-folder.*the embeddings are returned but not cached/.test(w))).toBe(true);
  });
});

describe('withEmbeddingCache: concurrency and scale', () => {
  it('two instances racing on one folder in one process leave only valid packs', async () => {
    const a = withEmbeddingCache(fakeEmbedder(), { dir: root });
    const b = withEmbeddingCache(fakeEmbedder(), { dir: root });
    const texts = Array.from({ length: 300 }, (_, i) => `t${i}`);
    await Promise.all(Array.from({ length: 6 }, (_, k) => (k % 2 ? a : b).embed(texts.slice(k * 40, k * 40 + 100))));
    const warnings: string[] = [];
    const inner = fakeEmbedder();
    expectRows(await withEmbeddingCache(inner, { dir: root, onWarning: (m) => warnings.push(m) }).embed(texts), texts, 6);
    expect(warnings).toEqual([]);
    expect(inner.calls).toEqual([]);
  });

  it('two processes embedding overlapping texts into one cache at the same moment leave it consistent', async () => {
    const script = join(root, 'race.mts');
    await writeFile(
      script,
      `import { createHash } from 'node:crypto';
import { withEmbeddingCache } from ${JSON.stringify(join(repoRoot, 'src/embed/embedding-cache.ts'))};
const [dir, first, startAt] = process.argv.slice(2).map((x, i) => (i === 0 ? x : Number(x)));
const dimension = 6;
const inner = {
  id: 'fake', revision: 'r1', dimension,
  async embed(texts) {
    const data = new Float32Array(texts.length * dimension);
    texts.forEach((text, i) => {
      const raw = [];
      for (let j = 0; j < dimension; j++) raw.push(createHash('sha256').update(Math.floor(j / 32) + '\\u0000' + text).digest()[j % 32] - 127.5);
      const norm = Math.hypot(...raw);
      raw.forEach((x, j) => (data[i * dimension + j] = x / norm));
    });
    return { rows: texts.length, dimension, data };
  },
  async dispose() {},
};
const cached = withEmbeddingCache(inner, { dir, onWarning: (m) => { console.error(m); process.exitCode = 1; } });
await new Promise((r) => setTimeout(r, Math.max(0, startAt - Date.now())));
for (let k = 0; k < 15; k++) {
  const texts = Array.from({ length: 60 }, (_, i) => 'shared ' + (first + k * 40 + i));
  await cached.embed(texts);
}
`,
    );
    const cacheDir = join(root, 'cache');
    await mkdir(cacheDir);
    const startAt = Date.now() + 2500;
    const run = (first: number) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', script, cacheDir, String(first), String(startAt)], { cwd: repoRoot });
        let stderr = '';
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([run(0), run(20)]);
    for (const result of results) expect(result).toEqual({ code: 0, stderr: '' });

    const all = Array.from({ length: 20 + 14 * 40 + 60 }, (_, i) => `shared ${i}`);
    const warnings: string[] = [];
    const inner = fakeEmbedder();
    expectRows(await withEmbeddingCache(inner, { dir: cacheDir, onWarning: (m) => warnings.push(m) }).embed(all), all, 6);
    expect(warnings).toEqual([]);
    expect(inner.calls).toEqual([]);
  });

  it('serves 100,000 cached 100-d rows from a fresh instance without calling the inner embedder', async () => {
    const dimension = 100;
    // A cheap vector recipe: this test is about the cache, not about hashing 400k digests.
    const cheap = (text: string, d: number) => Float32Array.from({ length: d }, (_, j) => Math.sin(text.length * 7.1 + text.charCodeAt(text.length - 1) + j));
    const texts = Array.from({ length: 100_000 }, (_, i) => `synthetic row number ${i} about topic ${i % 97}`);
    const cold = await withEmbeddingCache(fakeEmbedder({ dimension, vector: cheap }), { dir: root }).embed(texts);
    const inner = fakeEmbedder({ dimension, vector: cheap });
    const started = performance.now();
    const warm = await withEmbeddingCache(inner, { dir: root }).embed(texts);
    const elapsed = performance.now() - started;
    expect(inner.calls).toEqual([]);
    expect(Buffer.from(warm.data.buffer).equals(Buffer.from(cold.data.buffer))).toBe(true);
    // A guard against an accidental quadratic path, not a benchmark: ~0.3 s here on 2 shared cores.
    expect(elapsed).toBeLessThan(3000);
  });
});

describe('withEmbeddingCache: arguments', () => {
  it('refuses a missing folder or a non-embedder, and passes abort signals through', async () => {
    expect(() => withEmbeddingCache(fakeEmbedder(), { dir: '' })).toThrow('withEmbeddingCache needs options.dir, a folder path');
    expect(() => withEmbeddingCache({} as Embedder, { dir: root })).toThrow('withEmbeddingCache needs an Embedder');
    const cached = withEmbeddingCache(fakeEmbedder(), { dir: root });
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(cached.embed(['a'], { signal: controller.signal })).rejects.toThrow('stop');
    await expect(cached.embed(['a', 7 as unknown as string])).rejects.toThrow('fake embed() needs strings, got number at row 1');
  });
});
