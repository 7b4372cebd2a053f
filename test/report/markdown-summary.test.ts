import { describe, expect, it } from 'vitest';
import { renderMarkdownSummary } from '../../src/report/markdown-summary.js';
import { fixtureResults } from './fixture-results.js';

describe('renderMarkdownSummary', () => {
  const md = renderMarkdownSummary(fixtureResults({ rows: 300 }));

  it('opens with the verdict', () => {
    expect(md.split('\n')[0]).toBe('## synthscope: ❌ Gate failed');
    expect(renderMarkdownSummary(fixtureResults({ rows: 50, gate: 'passed' })).split('\n')[0]).toBe('## synthscope: ✅ Gate passed');
    expect(renderMarkdownSummary(fixtureResults({ rows: 50, gate: 'none' })).split('\n')[0]).toBe('## synthscope: No gate');
  });

  it('lists the checks that failed, then those that warned, with escaped dataset strings', () => {
    const lines = md.split('\n');
    const head = lines.indexOf('|  | check | value | why |');
    expect(lines.slice(head, head + 4)).toEqual([
      '|  | check | value | why |',
      '| --- | --- | ---: | --- |',
      '| ❌ | `drift.c2st-auc` max 0.750 | 0.800 | drift.c2st-auc 0.80 &gt; 0.75 |',
      '| ⚠️ | `privacy.exact-copy-rate` ("&gt;&lt;img src=x onerror=alert(1)&gt;) max 0 | 0.0170 | copies of &lt;script&gt;alert(1)&lt;/script&gt; |',
    ]);
  });

  it('has a line per family and every metric beside its baseline', () => {
    expect(md).toContain('| Drift | 3 good · 0 fair · 4 poor | Classifier two-sample AUC **0.800** vs 0.720 |');
    expect(md).toContain('| `similarity.nn-cosine` | 0.730 [0.710, 0.750] | 0.657 [0.642, 0.672] | good |');
    expect(md).toContain('| `agreement.cohen-kappa` | skipped | — |  |');
  });

  it('counts flags, says which metrics did not run and why, and gives the inputs’ hashes', () => {
    expect(md).toContain('**Flagged rows:** 60 suspect-label, 90 exact-copy, 120 pii, 150 duplicate, 180 near-copy, 210 unknown-kind');
    expect(md).toContain('`agreement.cohen-kappa` (skipped: needs labels in both the synthetic and the real data)');
    expect(md).toContain(`sha256 \`${'a'.repeat(64)}\``);
  });

  it('lets no HTML through and fits a GitHub comment at 100,000 rows a side', () => {
    expect(md).not.toMatch(/<(?!\/?(details|summary)>)/);
    const large = renderMarkdownSummary(fixtureResults({ rows: 100_000, flagsPerKind: 500, projectionPoints: 0 }));
    expect(large.length).toBeLessThan(65_536);
  });
});
