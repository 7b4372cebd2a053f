/**
 * The bias family alone through evaluate(), builtin embedder: 10,000 vs 10,000 rows (its share
 * of the 60 s budget is about 8 s) and 100,000 vs 100,000 (must complete: the counterfactual
 * rewrites are a recorded sample of 500 rows, the association's bootstrap a recorded sample of
 * 2,000; everything else is linear in the tokens). Rows: tweet emotion, UCI and Rotten Tomatoes
 * sentiment and the IMDB sample pooled (7 labels), grown past the files' sizes by seeded
 * word-dropout copies, shuffled and dealt to the two sides. Beside it, the two formulas alone on
 * the same inputs as numpy (bench/bias_reference.py): Zhao et al.'s mean bias amplification on
 * a 7 × 40 count table and the WEAT effect size on 180 terms × 10,000 rows.
 * Embeddings are cached in a temporary folder kept between runs.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createRng } from '../src/core/rng.js';
import { biasAmplification } from '../src/metrics/bias/bias-amplification.js';
import { biasMetrics } from '../src/metrics/bias/index.js';
import { weatAssociations } from '../src/metrics/bias/weat-associations.js';
import { weatEffectSize } from '../src/metrics/bias/weat-effect-size.js';
import { familyBench } from './family-bench.js';
import { pooledSides } from './pooled-sides.js';
import { readSharedLabeled } from './shared-data.js';
import type { BenchRow } from './types.js';

const run = promisify(execFile);

function best(times: number, f: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

export default function (): Promise<BenchRow[]> {
  const names = ['tweet_eval_emotion', 'sentiment_uci_labelled_sentences', 'rotten_tomatoes_polarity', 'imdb_reviews_sample'];
  const pool = names.flatMap((name) => readSharedLabeled(name).map((r) => ({ text: r.text, label: `${name.split('_')[0]}:${r.label}` })));
  return familyBench({
    family: 'bias',
    metrics: biasMetrics,
    sides: (n) => pooledSides(pool, n),
    summary: (results) => results.metrics.map((m) => `${m.id.replace('bias.', '')} ${m.status === 'ok' ? m.value?.toFixed(3) : m.status}`).join(', '),
    more: formulasAgainstNumpy,
  });
}

/** The formulas alone, against numpy on identical inputs. */
async function formulasAgainstNumpy(): Promise<BenchRow[]> {
  const rng = createRng(7);
  const table = (r: number, c: number) => Array.from({ length: r }, () => Array.from({ length: c }, () => rng.int(50)));
  const real = table(7, 40);
  const predicted = table(7, 40);
  const terms = Array.from({ length: 180 }, () => Array.from({ length: 100 }, () => rng.normal()));
  const a = Array.from({ length: 5000 }, () => Array.from({ length: 100 }, () => rng.normal()));
  const b = Array.from({ length: 5000 }, () => Array.from({ length: 100 }, () => rng.normal()));
  const ampMs = best(5, () => biasAmplification(real, predicted));
  let d = 0;
  const weatMs = best(3, () => {
    const s = weatAssociations(terms, a, b);
    d = weatEffectSize(s.subarray(0, 90), s.subarray(90)).effectSize;
  });
  const dir = await mkdtemp(join(tmpdir(), 'synthscope-bench-bias-'));
  try {
    await writeFile(join(dir, 'input.json'), JSON.stringify({ real, predicted, terms, a, b }));
    const { stdout } = await run('/usr/bin/python3', [join('bench', 'bias_reference.py'), join(dir, 'input.json')], { maxBuffer: 1 << 24 });
    const ref = JSON.parse(stdout) as { amplificationMs: number; weatMs: number; effectSize: number; amplification: number };
    return [
      {
        name: 'biasAmplification 7 labels × 40 groups',
        synthscopeMs: ampMs,
        reference: 'numpy (Zhao et al. 2017 formula)',
        referenceMs: ref.amplificationMs,
        note: `value ${biasAmplification(real, predicted).value.toFixed(6)} vs ${ref.amplification.toFixed(6)}`,
      },
      {
        name: 'weatAssociations + weatEffectSize, 180 terms × 10,000 attribute rows, 100-d',
        synthscopeMs: weatMs,
        reference: 'numpy (sent-bias formula, ddof=1)',
        referenceMs: ref.weatMs,
        note: `effect size ${d.toFixed(6)} vs ${ref.effectSize.toFixed(6)}; the metric itself uses one onnxruntime product rows × terms instead`,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
