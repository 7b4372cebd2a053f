import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SynthscopeError } from '../core/errors.js';
import type { Results } from '../core/results-schema.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { renderMarkdownSummary } from '../report/markdown-summary.js';
import { renderHtml } from '../report/render-html.js';
import type { SafeHtml } from '../report/safe-html.js';
import { pipelineNoFooter } from './messages.js';

export interface WriteRunOutputsOptions {
  /** A section added to the HTML report before its footer (the history of a pipeline's rounds). */
  appendHtml?: SafeHtml;
  /** Markdown added at the end of summary.md. */
  appendMarkdown?: string;
}

/** Where the files went. */
export interface RunOutputs {
  results: string;
  report: string;
  summary: string;
}

/**
 * Writes what a scoring run leaves behind into `dir` (created if need be): `results.json` (the one
 * source of truth, indented; written first, so a renderer that fails leaves the numbers on disk),
 * `report.html` (`renderHtml`) and `summary.md` (`renderMarkdownSummary`). Each file is written
 * whole and atomically (`writeFileAtomic`), so a reader never sees half a file. `score`, `run`
 * (every round, and the final outputs with the history) and `demo` all write through here.
 *
 * @example
 * await writeRunOutputs('reports/demo', results);
 * // { results: 'reports/demo/results.json', report: 'reports/demo/report.html', summary: 'reports/demo/summary.md' }
 */
export async function writeRunOutputs(dir: string, results: Results, options: WriteRunOutputsOptions = {}): Promise<RunOutputs> {
  const paths: RunOutputs = { results: join(dir, 'results.json'), report: join(dir, 'report.html'), summary: join(dir, 'summary.md') };
  await mkdir(dir, { recursive: true });
  // results.json first: should a renderer fail, the numbers are already safe on disk.
  await writeFileAtomic(paths.results, `${JSON.stringify(results, null, 2)}\n`);
  let page = renderHtml(results);
  if (options.appendHtml) {
    // Dataset strings are escaped in the page, so the first "<footer>" is the page's own.
    const at = page.indexOf('<footer>');
    if (at < 0) throw new SynthscopeError('RUNTIME', pipelineNoFooter);
    page = `${page.slice(0, at)}${options.appendHtml.value}\n${page.slice(at)}`;
  }
  await writeFileAtomic(paths.report, page);
  await writeFileAtomic(paths.summary, renderMarkdownSummary(results) + (options.appendMarkdown ? `\n${options.appendMarkdown}` : ''));
  return paths;
}
