/**
 * The notebook helpers' wording, in one place (as core/messages.ts and report/messages.ts).
 */

export const notInKernel = (fn: string): string =>
  `${fn} displays inside a tslab notebook kernel and found none running in this process; ` +
  `outside a notebook pass { display } (e.g. tslab's display) or use the returned markup`;
export const tslabMissing = (fn: string, why: string): string =>
  `${fn} cannot load tslab to display its output (${why}); install it with npm ci, or pass { display }`;
export const danfoMissing = (fn: string, why: string): string =>
  `${fn} cannot load danfojs-node (${why}); install it with npm ci`;
export const vegaMissing = (fn: string, why: string): string =>
  `${fn} cannot load vega and vega-lite (${why}); install them with npm ci`;
export const notResults = (fn: string, what: string): string =>
  `${fn} needs a results object (evaluate() or results.json, schemaVersion 1), got ${what}`;
export const notSpec = (fn: string, what: string): string =>
  `${fn} needs a vega-lite spec (an object with mark, layer, facet, repeat, concat, hconcat or vconcat), got ${what}`;
export const chartLoadRefused = (fn: string, uri: string): string =>
  `${fn} renders offline and loads nothing: refused ${uri} (a chart may only draw what its spec carries, as data.values)`;
export const chartFailed = (fn: string, why: string): string => `${fn} could not render the chart: ${why}`;
export const datasetMismatch = (fn: string, expected: string, got: string): string =>
  `${fn} needs the synthetic dataset the results were computed on (${expected}), got ${got}`;
export const badOption = (fn: string, option: string, expected: string, got: unknown): string =>
  `${fn} needs ${option} to be ${expected}, got ${describe(got)}`;
export const notFrame = (fn: string, what: string): string => `${fn} needs a danfojs DataFrame, got ${what}`;
export const framesRowsHidden = (shown: number, total: number): string =>
  `${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows shown`;

/** A short description of a value for error messages: its type, or the value when it is small. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'undefined') return String(value);
  if (typeof value === 'object') return `an object with keys ${Object.keys(value).slice(0, 6).join(', ') || '(none)'}`;
  return typeof value;
}
export const reportChanged = (fn: string, what: string): string =>
  `${fn} cannot read renderHtml's page: ${what} not found (the report's layout changed; update src/notebook/show-results.ts)`;
export const reportChartFailed = (caption: string, why: string): string => `chart "${caption}" could not be drawn: ${why}`;
