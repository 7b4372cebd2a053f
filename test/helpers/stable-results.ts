/** results.json without the two fields that change from run to run (createdAt, timings), for byte comparisons. */
export function stableResults(json: string): string {
  const r = JSON.parse(json) as Record<string, unknown>;
  delete r.createdAt;
  delete r.timings;
  return JSON.stringify(r);
}
