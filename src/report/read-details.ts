/**
 * Readers for a metric's `details` (a free-form record each metric fills its own way): each
 * returns the value when it has the expected shape and `undefined` otherwise, so a section
 * draws what is there and says what is missing, and never throws on a shape it did not expect.
 */
export const read = {
  record(value: unknown): Record<string, unknown> | undefined {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  },
  number(value: unknown): number | undefined {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  },
  string(value: unknown): string | undefined {
    return typeof value === 'string' ? value : undefined;
  },
  array(value: unknown): unknown[] | undefined {
    return Array.isArray(value) ? value : undefined;
  },
  numbers(value: unknown): number[] | undefined {
    return Array.isArray(value) && value.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (value as number[]) : undefined;
  },
  strings(value: unknown): string[] | undefined {
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
  },
  /** An array of records (rows of a table); non-records are dropped. */
  records(value: unknown): Record<string, unknown>[] | undefined {
    if (!Array.isArray(value)) return undefined;
    return value.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v));
  },
  /** `{edges, counts}` with one more edge than counts. */
  histogram(value: unknown): { edges: number[]; counts: number[] } | undefined {
    const r = read.record(value);
    const edges = read.numbers(r?.edges);
    const counts = read.numbers(r?.counts);
    return edges && counts && edges.length === counts.length + 1 && counts.length > 0 ? { edges, counts } : undefined;
  },
  /** `{edges, reference, candidate}`: two samples on shared bins. */
  twoSampleHistogram(value: unknown): { edges: number[]; reference: number[]; candidate: number[] } | undefined {
    const r = read.record(value);
    const edges = read.numbers(r?.edges);
    const reference = read.numbers(r?.reference);
    const candidate = read.numbers(r?.candidate);
    if (!edges || !reference || !candidate) return undefined;
    return reference.length === edges.length - 1 && candidate.length === edges.length - 1 && candidate.length > 0 ? { edges, reference, candidate } : undefined;
  },
};
