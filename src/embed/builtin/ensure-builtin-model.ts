import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readWinkWordVectors } from './word-vectors.js';
import {
  BUILTIN_MODEL_SPEC,
  buildConfigJson,
  buildStaticOnnx,
  buildStaticTable,
  buildTokenizerConfigJson,
  buildTokenizerJson,
} from './static-model.js';

const MANIFEST = 'synthscope-manifest.json';

interface Manifest {
  name: string;
  version: number;
  /** sha256 over the files' own hashes: changes whenever any byte of the model does. */
  revision: string;
  files: Record<string, { bytes: number; sha256: string }>;
}

export interface BuiltinModel {
  /** Absolute folder in transformers.js layout. */
  path: string;
  revision: string;
  dimension: number;
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** Folder name of the current builtin model version inside `<cacheDir>/models`. */
export const builtinModelFolder = () => `${BUILTIN_MODEL_SPEC.name}-v${BUILTIN_MODEL_SPEC.version}`;

/**
 * Returns the builtin model folder under `modelsDir`, building it first if it is missing or
 * damaged. The build is deterministic (same bytes every time) and safe when processes race: each
 * writes a private temp folder and renames it into place; a loser discards its copy.
 */
export async function ensureBuiltinModel(modelsDir: string): Promise<BuiltinModel> {
  const target = join(modelsDir, builtinModelFolder());
  const existing = await readValidManifest(target);
  if (existing) return { path: target, revision: existing.revision, dimension: 100 };

  await mkdir(modelsDir, { recursive: true });
  const files = await buildFiles();
  const temp = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  await mkdir(join(temp, 'onnx'), { recursive: true });
  const manifest: Manifest = { name: BUILTIN_MODEL_SPEC.name, version: BUILTIN_MODEL_SPEC.version, revision: '', files: {} };
  for (const [name, data] of files) {
    await writeFile(join(temp, name), data);
    manifest.files[name] = { bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength, sha256: sha256(data) };
  }
  manifest.revision = sha256(Object.entries(manifest.files).map(([n, f]) => `${n}:${f.sha256}`).join('\n')).slice(0, 16);
  await writeFile(join(temp, MANIFEST), JSON.stringify(manifest, null, 2));

  const damaged = await exists(target);
  if (damaged) await rm(target, { recursive: true, force: true });
  try {
    await rename(temp, target);
  } catch (error) {
    // Another process finished first; its model is byte-identical, keep it.
    await rm(temp, { recursive: true, force: true });
    const theirs = await readValidManifest(target);
    if (!theirs) throw error;
    return { path: target, revision: theirs.revision, dimension: 100 };
  }
  return { path: target, revision: manifest.revision, dimension: 100 };
}

async function buildFiles(): Promise<Map<string, Uint8Array | string>> {
  const wv = await readWinkWordVectors(BUILTIN_MODEL_SPEC.vocabularySize);
  const { table, commonComponent, harmonic } = buildStaticTable(wv, BUILTIN_MODEL_SPEC.sifA);
  const vocabSize = table.length / wv.dimension;
  return new Map<string, Uint8Array | string>([
    ['config.json', buildConfigJson(wv.dimension, vocabSize, wv.source, commonComponent, harmonic)],
    ['tokenizer.json', buildTokenizerJson(wv.words)],
    ['tokenizer_config.json', buildTokenizerConfigJson()],
    ['onnx/model.onnx', buildStaticOnnx(table, wv.dimension, BUILTIN_MODEL_SPEC.epsilon)],
  ]);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** The manifest if every file it lists is present with the recorded size and hash, else null. */
async function readValidManifest(folder: string): Promise<Manifest | null> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(folder, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return null;
  }
  for (const [name, expected] of Object.entries(manifest.files ?? {})) {
    try {
      const data = await readFile(join(folder, name));
      if (data.byteLength !== expected.bytes || sha256(data) !== expected.sha256) return null;
    } catch {
      return null;
    }
  }
  return manifest.revision ? manifest : null;
}
