/** One line of the `npm run bench` table. Times in milliseconds; ratio = synthscope / reference. */
export interface BenchRow {
  /** What was measured, with sizes, e.g. 'ksTest 1e6 vs 1e6'. */
  name: string;
  synthscopeMs: number;
  /** The trusted implementation it is compared with, e.g. 'scipy.stats.ks_2samp'. */
  reference?: string;
  referenceMs?: number;
  /** Free text: throughput, target, cold/warm. */
  note?: string;
}

export type BenchSuite = () => Promise<BenchRow[]>;
