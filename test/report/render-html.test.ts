import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/render-html.js';
import { fixtureResults, HOSTILE } from './fixture-results.js';

/** The page without the contents of its script elements (the inlined vega bundles hold URLs as strings). */
const markup = (page: string) => page.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');
const chartBlock = (page: string) => /<script type="application\/json" id="synthscope-charts">([\s\S]*?)<\/script>/.exec(page)![1];

describe('renderHtml', () => {
  const results = fixtureResults({ rows: 300 });
  const warnings: string[] = [];
  const page = renderHtml(results, { onChartWarning: (w, id) => warnings.push(`${id}: ${w}`) });
  const body = markup(page);

  it('is one HTML document with a Content-Security-Policy that forbids every external load', () => {
    const head = page.slice(0, page.indexOf('</head>'));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"<&]*)">/.exec(head)![1];
    // Four script hashes: vega, vega-embed, vega-interpreter, the boot script.
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]{43}=' 'sha256-[A-Za-z0-9+/]{43}=' 'sha256-[A-Za-z0-9+/]{43}=' 'sha256-[A-Za-z0-9+/]{43}='; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'$/);
    expect(page.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy"')).toBe(true);
  });

  it('loads nothing: no element or attribute that fetches, in its own markup and styles', () => {
    const tags = [...body.matchAll(/<([a-zA-Z][\w-]*)((?:[^>"]|"[^"]*")*)>/g)];
    expect(tags.length).toBeGreaterThan(500);
    const names = new Set(tags.map((t) => t[1].toLowerCase()));
    for (const banned of ['img', 'link', 'iframe', 'object', 'embed', 'svg', 'image', 'video', 'audio', 'source', 'form', 'base']) expect(names.has(banned)).toBe(false);
    for (const t of tags) {
      // Attribute names only (quoted values may hold escaped dataset text such as " onmouseover=").
      expect(t[2].replace(/"[^"]*"/g, '""')).not.toMatch(/\s(src|srcset|on\w+|action|formaction|background|poster)=/i);
      expect(t[2]).not.toMatch(/\shref="(?!#)/i);
    }
    expect(body).not.toMatch(/url\(|@import/i);
  });

  it('escapes every dataset string: none of the hostile strings appears as markup', () => {
    for (const s of Object.values(HOSTILE)) expect(body).not.toContain(s);
    expect(body).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;synthetic.jsonl');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('&#39; onmouseover=&#39;alert(3)');
    // The only script elements: the JSON block, three inlined bundles and the boot script.
    expect(body.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/json" id="synthscope-charts">', '<script>', '<script>', '<script>', '<script>']);
  });

  it('puts chart data in a JSON block with every < escaped, one spec per chart container', () => {
    const block = chartBlock(page);
    expect(block).not.toContain('<');
    const specs = JSON.parse(block) as unknown[];
    const containers = [...body.matchAll(/<div class="chart-view" id="chart-(\d+)" data-chart="(\d+)"/g)];
    expect(containers.length).toBe(specs.length);
    expect(containers.map((m) => Number(m[2]))).toEqual(specs.map((_, i) => i));
    expect(block).toContain('\\u003cscript>alert(1)\\u003c/script>');
  });

  it('compiles every chart without a vega-lite warning', () => {
    expect(warnings).toEqual([]);
  });

  it('puts the verdict first: a failed gate with its failing and warning checks on top', () => {
    const verdict = /<section class="verdict verdict-fail" id="verdict">([\s\S]*?)<\/section>/.exec(body)![1];
    expect(verdict).toContain('<p class="verdict-word">Gate failed</p>');
    expect(verdict).toContain('Policy policy.yaml: 1 passed, 1 failed, 1 warned, 0 not evaluated.');
    expect(verdict.indexOf('badge-fail')).toBeLessThan(verdict.indexOf('badge-warn'));
    expect(verdict.indexOf('badge-warn')).toBeLessThan(verdict.indexOf('badge-pass'));
    expect(renderHtml(fixtureResults({ rows: 50, gate: 'none' }))).toContain('<p class="verdict-word">No gate</p>');
    expect(renderHtml(fixtureResults({ rows: 50, gate: 'passed' }))).toContain('<p class="verdict-word">Gate passed</p>');
  });

  it('gives provenance: inputs with rows and sha256, embedder, seed, version, skipped rows and metrics with reasons', () => {
    const provenance = /<section id="provenance">([\s\S]*?)<\/section>/.exec(body)![1];
    for (const s of ['a'.repeat(64), 'b'.repeat(64), '300 rows', '6 rows skipped, each listed with its line and reason', '<code>builtin</code>, 100 dimensions, revision <code>66c3bb50b837d3a8</code>', 'seed <code>7</code>, synthscope 0.1.0', '17 metrics computed, 2 not:', 'needs labels in both the synthetic and the real data', 'failed on &quot;&gt;&lt;img', 'Samples taken (1)', '2812884787']) {
      expect(provenance).toContain(s);
    }
  });

  it('has one overview line per family, naming the metric furthest from real', () => {
    const overview = /<section id="overview">([\s\S]*?)<\/section>/.exec(body)![1];
    expect(overview.match(/<li>/g)).toHaveLength(6);
    expect(overview).toContain('7 metrics: 3 good, 0 fair, 4 poor; furthest from real: <strong>Classifier two-sample AUC</strong> 0.800 vs 0.720 real vs real');
  });

  it('caps flag tables and says how many it leaves out, and where the rest are', () => {
    expect(body).toContain('Showing 50 of 60 (all are in results.json).');
    expect(body).toContain('Showing 50 of 90 (results.json keeps the 60 highest ranked).');
    const suspect = /<div class="table-block flags" id="flags-suspect-label">([\s\S]*?)<\/div>/.exec(body)![1];
    expect(suspect.match(/<tr>/g)).toHaveLength(51);
    expect(body).toContain('<section id="other-flags"><h2>Other flagged rows</h2><div class="table-block flags" id="flags-unknown-kind">');
  });

  it('says when a chart cannot be drawn from this results.json instead of hiding it', () => {
    const noProjection = markup(renderHtml(fixtureResults({ rows: 50, projectionPoints: 0 })));
    expect(noProjection).toContain('2-D projection of the embeddings (PCA), coloured by source and label: not available in this results.json');
    expect(body).toContain('Embeddings projected on their first two principal components: 300 of 300 synthetic rows and 300 of 300 real rows (sampled with seed 99); the two axes explain 19.0% of the variance.');
  });

  it('is the same bytes for the same results', () => {
    expect(renderHtml(results)).toBe(page);
  });

  it('refuses an option that is not a positive integer', () => {
    expect(() => renderHtml(results, { maxTableRows: 0 })).toThrow('renderHtml option maxTableRows must be a positive integer, got 0');
  });
});
