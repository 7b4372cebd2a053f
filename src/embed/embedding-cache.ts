import { hash } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Matrix } from '../core/matrix.js';
import { InvalidArgumentError, SynthscopeError } from '../core/errors.js';
import { HASH_BYTES, PACK_SUFFIX } from './cache/pack-layout.js';
import { readPackIndex } from './cache/read-pack-index.js';
import { readPackRows } from './cache/read-pack-rows.js';
import { writePack } from './cache/write-pack.js';
import type { EmbedOptions, Embedder } from './types.js';

export interface EmbeddingCacheOptions {
  /** Folder holding one sub-folder per embedder id@revision; usually `<cacheDir>/embeddings`. */
  dir: string;
  /** Told about corrupt packs (deleted, rows recomputed), foreign packs (ignored) and failed writes. */
  onWarning?: (message: string) => void;
}

interface Pack {
  file: string;
  dimension: number;
  count: number;
  dead: boolean;
}

/** Temp files of writers that died are removed after this long; a live writer needs seconds. */
const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

/**
 * Wraps an embedder with an on-disk cache, so that texts embedded once by the same embedder id
 * and revision are never embedded again (also across processes and runs). The wrapper has the
 * inner embedder's id, revision and dimension; results are identical to the inner ones, bit for
 * bit, whether they come from disk or not.
 *
 * Layout, built for 100k+ texts (no file per text):
 * ```
 * <dir>/<id>@<revision>-<hash12>/           one folder per embedder: id and revision made safe
 *                                           for file names, plus 12 hex of sha256(id\nrevision)
 *   <time36>-<random16>.pack                one immutable pack per embed() call that computed rows
 *   .<name>.<random8>.tmp                   a pack being written (ignored by readers)
 * ```
 * A pack holds a header (magic, format version, dimension, row count, embedder key), the sha256
 * of each text, the float32 rows, and a trailing sha256 of all of that (pack-layout.ts). Packs
 * are written to a unique temp name, fsynced and renamed, so readers only see complete packs and
 * racing processes never write the same file. The cache is append-only: a text computed twice
 * by two racing processes is stored twice, harmlessly.
 *
 * On each embed() the folder is listed and packs not seen before are indexed (header and
 * hashes only: hash → pack, row). Rows are then read pack by pack in one streaming pass that
 * re-hashes the whole pack; a pack with bad magic, wrong size or a checksum mismatch is reported
 * through `onWarning`, deleted, and its rows are recomputed: damaged data is never returned.
 * The misses (deduplicated) go to the inner embedder in one call and become one new pack.
 * A pack that cannot be written is reported and skipped: the embeddings are still returned.
 *
 * @example
 * const cached = withEmbeddingCache(await createEmbedder('builtin', { cache: false }), { dir: '/tmp/emb' });
 * await cached.embed(texts); // computes all rows and writes one pack
 * await cached.embed(texts); // reads them back: the inner embedder is not called
 */
export function withEmbeddingCache(embedder: Embedder, options: EmbeddingCacheOptions): Embedder {
  if (typeof embedder !== 'object' || embedder === null || typeof embedder.embed !== 'function') {
    throw new InvalidArgumentError('withEmbeddingCache needs an Embedder');
  }
  if (typeof options?.dir !== 'string' || options.dir === '') throw new InvalidArgumentError('withEmbeddingCache needs options.dir, a folder path');
  const warn = options.onWarning ?? (() => {});
  const keyHash = hash('sha256', `${embedder.id}\n${embedder.revision}`, 'buffer');
  const folder = join(options.dir, `${safeName(embedder.id)}@${safeName(embedder.revision)}-${keyHash.toString('hex').slice(0, 12)}`);
  const who = `embedding cache for ${embedder.id}`;

  const packs: Pack[] = [];
  const seen = new Set<string>();
  /** text sha256 (its 32 bytes as a latin1 string) → pack number · 2^32 + row. */
  const index = new Map<string, number>();
  let scanning: Promise<void> = Promise.resolve();

  const addPack = (file: string, dimension: number, count: number, hashes: Buffer): void => {
    const number = packs.length;
    packs.push({ file, dimension, count, dead: false });
    for (let row = 0; row < count; row++) {
      const key = hashes.toString('latin1', row * HASH_BYTES, (row + 1) * HASH_BYTES);
      if (!index.has(key) || packs[Math.floor((index.get(key) as number) / 2 ** 32)].dead) index.set(key, number * 2 ** 32 + row);
    }
  };

  const discard = async (pack: Pack | string, problem: string): Promise<void> => {
    const file = typeof pack === 'string' ? pack : pack.file;
    if (typeof pack !== 'string') pack.dead = true;
    warn(`${who}: removed damaged pack ${join(folder, file)} (${problem}); its rows will be recomputed`);
    await rm(join(folder, file), { force: true }).catch(() => {});
  };

  const scanOnce = async (): Promise<void> => {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`${who}: cannot list ${folder} (${(error as Error).message}); nothing is read from the cache`);
      return;
    }
    names.sort();
    for (const name of names) {
      if (seen.has(name)) continue;
      if (name.startsWith('.') && name.endsWith('.tmp')) {
        await removeIfStale(join(folder, name));
        continue;
      }
      if (!name.endsWith(PACK_SUFFIX) || name.startsWith('.')) continue;
      seen.add(name);
      const result = await readPackIndex(join(folder, name), keyHash).catch((error: Error) => ({ ok: false, kind: 'unreadable', problem: error.message }) as const);
      if (result.ok && result.dimension !== embedder.dimension) {
        warn(`${who}: ignored pack ${join(folder, name)}: its rows have dimension ${result.dimension}, the embedder ${embedder.dimension}`);
      } else if (result.ok) {
        addPack(name, result.dimension, result.count, result.hashes);
      } else if (result.kind === 'corrupt') {
        await discard(name, result.problem);
      } else if (result.kind === 'foreign' || result.kind === 'unreadable') {
        warn(`${who}: ignored pack ${join(folder, name)}: ${result.problem}`);
      }
    }
  };
  // Serialised so that two overlapping embed() calls never index the same pack twice.
  const scan = (): Promise<void> => (scanning = scanning.then(scanOnce, scanOnce));

  const embed = async (texts: readonly string[], embedOptions: EmbedOptions = {}): Promise<Matrix> => {
    if (!Array.isArray(texts)) throw new InvalidArgumentError(`${embedder.id} embed() needs an array of strings`);
    embedOptions.signal?.throwIfAborted();
    const n = texts.length;
    const dimension = embedder.dimension;

    // Distinct texts ("slots") in order of first appearance.
    const slotOf = new Map<string, number>();
    const slotKeys: string[] = [];
    const slotTexts: string[] = [];
    const rowSlot = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const text = texts[i];
      if (typeof text !== 'string') throw new InvalidArgumentError(`${embedder.id} embed() needs strings, got ${typeof text} at row ${i}`);
      const key = hash('sha256', text, 'binary');
      let slot = slotOf.get(key);
      if (slot === undefined) {
        slot = slotKeys.length;
        slotOf.set(key, slot);
        slotKeys.push(key);
        slotTexts.push(text);
      }
      rowSlot[i] = slot;
    }
    const slots = slotKeys.length;
    const slotData = new Float32Array(slots * dimension);
    const missing = new Uint8Array(slots);

    await scan();
    // For each pack holding some of the texts: pack row → slot (−1 for rows not wanted).
    const wanted = new Map<number, Int32Array>();
    for (let slot = 0; slot < slots; slot++) {
      const location = index.get(slotKeys[slot]);
      const packNumber = location === undefined ? -1 : Math.floor(location / 2 ** 32);
      if (location === undefined || packs[packNumber].dead) {
        missing[slot] = 1;
        continue;
      }
      let targets = wanted.get(packNumber);
      if (!targets) wanted.set(packNumber, (targets = new Int32Array(packs[packNumber].count).fill(-1)));
      targets[location - packNumber * 2 ** 32] = slot;
    }
    for (const [packNumber, targets] of wanted) {
      const pack = packs[packNumber];
      const result = pack.dead
        ? ({ ok: false, kind: 'gone', problem: '' } as const)
        : await readPackRows(join(folder, pack.file), pack, targets, slotData).catch((error: Error) => ({ ok: false, kind: 'unreadable', problem: error.message }) as const);
      if (!result.ok) {
        if (result.kind === 'corrupt') await discard(pack, result.problem);
        if (result.kind === 'unreadable') warn(`${who}: could not read pack ${join(folder, pack.file)} (${result.problem}); its rows will be recomputed`);
        pack.dead = true;
        for (const slot of targets) if (slot >= 0) missing[slot] = 1;
      }
    }

    const missingSlots: number[] = [];
    for (let slot = 0; slot < slots; slot++) if (missing[slot]) missingSlots.push(slot);
    let missingRows = 0;
    for (let i = 0; i < n; i++) missingRows += missing[rowSlot[i]];
    const cachedRows = n - missingRows;
    if (n > 0) embedOptions.onProgress?.(cachedRows, n);

    if (missingSlots.length > 0) {
      const computed = await embedder.embed(
        missingSlots.map((slot) => slotTexts[slot]),
        {
          signal: embedOptions.signal,
          onProgress: embedOptions.onProgress && ((done, total) => embedOptions.onProgress?.(cachedRows + Math.round((missingRows * done) / total), n)),
        },
      );
      if (computed.rows !== missingSlots.length || computed.dimension !== dimension || computed.data.length !== computed.rows * dimension) {
        throw new SynthscopeError(
          'EMBEDDER',
          `${embedder.id} returned ${computed.rows} rows of dimension ${computed.dimension} for ${missingSlots.length} texts of dimension ${dimension}`,
        );
      }
      missingSlots.forEach((slot, i) => slotData.set(computed.data.subarray(i * dimension, (i + 1) * dimension), slot * dimension));
      const hashes = Buffer.from(missingSlots.map((slot) => slotKeys[slot]).join(''), 'latin1');
      try {
        const name = await writePack(folder, keyHash, hashes, computed.data, dimension);
        seen.add(name);
        addPack(name, dimension, missingSlots.length, hashes);
      } catch (error) {
        warn(`${who}: could not write to ${folder} (${(error as Error).message}); the embeddings are returned but not cached`);
      }
    }

    if (slots === n) return { rows: n, dimension, data: slotData };
    const data = new Float32Array(n * dimension);
    for (let i = 0; i < n; i++) data.set(slotData.subarray(rowSlot[i] * dimension, (rowSlot[i] + 1) * dimension), i * dimension);
    return { rows: n, dimension, data };
  };

  return {
    id: embedder.id,
    revision: embedder.revision,
    get dimension() {
      return embedder.dimension;
    },
    embed,
    dispose: () => embedder.dispose(),
  };
}

/** Letters, digits, '.', '_' and '-' only, at most 60 characters, never starting with a dot. */
function safeName(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_').slice(0, 60);
  return safe === '' ? '_' : safe;
}

async function removeIfStale(path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (Date.now() - info.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true });
  } catch {
    // another process finished or removed it
  }
}
