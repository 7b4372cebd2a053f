import { readFileSync } from 'node:fs';

/** referenceEmbeddings(seed, rows, dim, shift) arguments as stored in the fixture. */
export interface DataSpec {
  seed: number;
  rows: number;
  dim: number;
  shift: number;
}

/** fixtures/reference/embedding_linalg.json, written by scripts/reference/embedding_linalg.py. */
export interface EmbeddingLinalgFixture {
  generatedBy: Record<string, string>;
  rng: { seed: number; firstNext: number[]; shuffle10AfterThose: number[] };
  eigen: { name: string; n: number; matrix?: number[]; fromCovariance?: DataSpec; values: number[] }[];
  covariance: { data: DataSpec; mean: number[]; covariance: number[] };
  frechet: { name: string; real: DataSpec; synthetic: DataSpec; pytorchFid: number; symmetricForm: number; nuclearNorm: number }[];
  logisticRegression: {
    cases: {
      name: string;
      real: DataSpec;
      synthetic: DataSpec;
      optimum: { coef: number[]; intercept: number };
      sklearnDefault: { coef: number[]; intercept: number; nIter: number };
    }[];
    tiny: { x: number[][]; y: number[]; coef: number[]; intercept: number };
  };
  c2st: {
    name: string;
    real: DataSpec;
    synthetic: DataSpec;
    folds: number;
    seed: number;
    foldSizes: number[];
    firstFoldTestRows: number[];
    sklearnDefaultFoldAucs: number[];
    sklearnDefaultAuc: number;
    optimumFoldAucs: number[];
  }[];
  rocAuc: { name: string; y: (number | string)[]; scores: number[]; auc: number }[];
  vendi: { name: string; data: DataSpec; vendi: number }[];
}

export function loadEmbeddingLinalgFixture(): EmbeddingLinalgFixture {
  return JSON.parse(readFileSync(new URL('../../../fixtures/reference/embedding_linalg.json', import.meta.url), 'utf8')) as EmbeddingLinalgFixture;
}
