import { encodeOnnxModel } from '../../stats/kernels/onnx-graph.js';
import type { WordVectors } from './word-vectors.js';

/**
 * The builtin sentence embedder: a static, SIF-weighted word-vector model (Arora, Liang & Ma 2017,
 * "A Simple but Tough-to-Beat Baseline for Sentence Embeddings") in transformers.js model layout.
 *
 *   text ─ NFKC, lowercase ─ split into words, numbers, punctuation ─ word-level vocabulary
 *        ─ Gather(table) ─ masked sum over tokens ─ + ε·b ─ L2 normalise ─ sentence vector
 *
 * The table row of word w is  s(w) · (v(w) − (v(w)·u) u):
 *   s(w) = a / (a + p(w)), a = 1e-3, the SIF weight; p(w) is estimated from the word's frequency
 *        rank r by Zipf's law, p(w) = 1 / (r · H_N) over the N-word GloVe vocabulary.
 *   u    = the first principal direction (uncentred) of the SIF-weighted vectors under p(w), the
 *        "common discourse" component that makes plain GloVe means bunch together.
 * Both the weights and the projection are linear, so they are folded into the table: the graph's
 * sum equals SIF's weighted mean with the common component removed, up to a positive scale that
 * the final normalisation discards.
 * Unknown words and padding map to zero rows. ε·b (ε = 1e-7, b a fixed unit vector) keeps a text
 * with no known word from dividing zero by zero: all such texts embed to b.
 */
export const BUILTIN_MODEL_SPEC = {
  name: 'synthscope-glove100-sif',
  version: 2,
  vocabularySize: 100_000,
  sifA: 1e-3,
  maxLength: 1024,
  epsilon: 1e-7,
  /** Words, numbers with inner separators (3.5, 1,000, 1990s), or one punctuation character. */
  pretokenizePattern: String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.,]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]`,
} as const;

const PAD = '[PAD]';
const UNK = '[UNK]';
const SPECIAL_TOKENS = [PAD, UNK];

/** Table of folded vectors, (specials + words) × dimension, float32 for the ONNX initializer. */
export function buildStaticTable(wv: WordVectors, sifA: number): { table: Float32Array; commonComponent: Float64Array; harmonic: number } {
  const { words, dimension: d, vectors } = wv;
  let harmonic = 0;
  for (let r = wv.fullVocabularySize; r >= 1; r--) harmonic += 1 / r; // small terms first
  const weighted = new Float64Array(words.length * d);
  const p = new Float64Array(words.length);
  for (let i = 0; i < words.length; i++) {
    p[i] = 1 / ((i + 1) * harmonic);
    const s = sifA / (sifA + p[i]);
    for (let k = 0; k < d; k++) weighted[i * d + k] = s * vectors[i * d + k];
  }
  const u = firstPrincipalDirection(weighted, p, d);
  const offset = SPECIAL_TOKENS.length;
  const table = new Float32Array((words.length + offset) * d);
  for (let i = 0; i < words.length; i++) {
    let dot = 0;
    for (let k = 0; k < d; k++) dot += weighted[i * d + k] * u[k];
    for (let k = 0; k < d; k++) table[(i + offset) * d + k] = weighted[i * d + k] - dot * u[k];
  }
  return { table, commonComponent: u, harmonic };
}

/** Leading eigenvector of Σ_i w_i x_i x_iᵀ by power iteration from a fixed start (deterministic). */
function firstPrincipalDirection(x: Float64Array, w: Float64Array, d: number): Float64Array {
  const m = new Float64Array(d * d);
  for (let i = 0; i < w.length; i++) {
    for (let a = 0; a < d; a++) {
      const xa = x[i * d + a] * w[i];
      for (let b = 0; b < d; b++) m[a * d + b] += xa * x[i * d + b];
    }
  }
  let u = new Float64Array(d).fill(1 / Math.sqrt(d));
  for (let iter = 0; iter < 500; iter++) {
    const next = new Float64Array(d);
    for (let a = 0; a < d; a++) {
      let s = 0;
      for (let b = 0; b < d; b++) s += m[a * d + b] * u[b];
      next[a] = s;
    }
    const norm = Math.hypot(...next);
    let change = 0;
    for (let a = 0; a < d; a++) {
      next[a] /= norm;
      change = Math.max(change, Math.abs(next[a] - u[a]));
    }
    u = next;
    if (change < 1e-13) break;
  }
  return u;
}

/** The ONNX graph: Gather → mask → ReduceSum → + ε·b → LpNormalization. */
export function buildStaticOnnx(table: Float32Array, dimension: number, epsilon: number): Uint8Array {
  const vocab = table.length / dimension;
  const bias = new Float64Array(dimension).fill(epsilon / Math.sqrt(dimension));
  return encodeOnnxModel({
    graphName: BUILTIN_MODEL_SPEC.name,
    opsetVersion: 17,
    inputs: [
      { name: 'input_ids', elemType: 'int64', shape: ['batch', 'sequence'] },
      { name: 'attention_mask', elemType: 'int64', shape: ['batch', 'sequence'] },
    ],
    // transformers.js's feature-extraction pipeline reads `last_hidden_state`; here it is already
    // pooled ([batch, dimension]), so the pipeline is called with pooling 'none'.
    outputs: [{ name: 'last_hidden_state', elemType: 'float', shape: ['batch', dimension] }],
    initializers: [
      { name: 'table', dims: [vocab, dimension], data: table },
      { name: 'bias', dims: [dimension], data: bias },
      { name: 'axis_token', dims: [1], data: new BigInt64Array([1n]) },
      { name: 'axis_last', dims: [1], data: new BigInt64Array([2n]) },
    ],
    nodes: [
      { opType: 'Gather', inputs: ['table', 'input_ids'], outputs: ['token_vectors'], attributes: [{ name: 'axis', kind: 'int', value: 0 }] },
      { opType: 'Cast', inputs: ['attention_mask'], outputs: ['mask_float'], attributes: [{ name: 'to', kind: 'int', value: 1 }] },
      { opType: 'Unsqueeze', inputs: ['mask_float', 'axis_last'], outputs: ['mask_3d'] },
      { opType: 'Mul', inputs: ['token_vectors', 'mask_3d'], outputs: ['masked'] },
      // Summed in float64 and rounded once at the end: a float32 sum's rounding would depend on
      // the padded length, i.e. on which other texts share the batch; in float64 it does not
      // show after the final rounding, so a text embeds the same whatever it is batched with.
      { opType: 'Cast', inputs: ['masked'], outputs: ['masked_f64'], attributes: [{ name: 'to', kind: 'int', value: 11 }] },
      { opType: 'ReduceSum', inputs: ['masked_f64', 'axis_token'], outputs: ['summed'], attributes: [{ name: 'keepdims', kind: 'int', value: 0 }] },
      { opType: 'Add', inputs: ['summed', 'bias'], outputs: ['biased'] },
      { opType: 'LpNormalization', inputs: ['biased'], outputs: ['normalized'], attributes: [{ name: 'axis', kind: 'int', value: -1 }, { name: 'p', kind: 'int', value: 2 }] },
      { opType: 'Cast', inputs: ['normalized'], outputs: ['last_hidden_state'], attributes: [{ name: 'to', kind: 'int', value: 1 }] },
    ],
  });
}

/** tokenizer.json (Hugging Face tokenizers format): a WordPiece model with no continuation
 * pieces behaves as a word-level vocabulary: a word is in it whole, or it is [UNK]. */
export function buildTokenizerJson(words: readonly string[]): string {
  // Null prototype: words such as 'constructor' must not collide with Object.prototype.
  const vocab: Record<string, number> = Object.create(null) as Record<string, number>;
  SPECIAL_TOKENS.forEach((t, i) => (vocab[t] = i));
  words.forEach((w, i) => {
    if (!(w in vocab)) vocab[w] = i + SPECIAL_TOKENS.length;
  });
  return JSON.stringify({
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: 'Sequence', normalizers: [{ type: 'NFKC' }, { type: 'Lowercase' }] },
    pre_tokenizer: { type: 'Split', pattern: { Regex: BUILTIN_MODEL_SPEC.pretokenizePattern }, behavior: 'Isolated', invert: true },
    post_processor: null,
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: UNK, continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
  });
}

export function buildTokenizerConfigJson(): string {
  return JSON.stringify({
    tokenizer_class: 'PreTrainedTokenizer',
    model_max_length: BUILTIN_MODEL_SPEC.maxLength,
    pad_token: PAD,
    unk_token: UNK,
    do_lower_case: true,
    clean_up_tokenization_spaces: true,
  }, null, 2);
}

export function buildConfigJson(dimension: number, vocabSize: number, source: string, commonComponent: Float64Array, harmonic: number): string {
  return JSON.stringify({
    model_type: 'synthscope-static',
    // 'PreTrainedModel' tells transformers.js to run the single model.onnx as an encoder.
    architectures: ['PreTrainedModel'],
    hidden_size: dimension,
    vocab_size: vocabSize,
    max_position_embeddings: BUILTIN_MODEL_SPEC.maxLength,
    synthscope: {
      name: BUILTIN_MODEL_SPEC.name,
      version: BUILTIN_MODEL_SPEC.version,
      source,
      sif_a: BUILTIN_MODEL_SPEC.sifA,
      /** H_N: p(w) = 1 / (rank · H_N). */
      zipf_harmonic: harmonic,
      common_component: Array.from(commonComponent),
      pooling: 'sum of SIF-weighted vectors with the common component removed, L2-normalised (in the graph)',
    },
  }, null, 2);
}
