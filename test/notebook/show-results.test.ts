import { beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/core/results-schema.js';
import { renderHtml } from '../../src/report/render-html.js';
import { showResults, type NotebookDisplay } from '../../src/index.js';
import { quickstartResults } from './quickstart-results.js';

let results: Results;
beforeAll(async () => {
  ({ results } = await quickstartResults());
});

const capture = () => {
  const html: string[] = [];
  const display: NotebookDisplay = { html: (s) => html.push(s), svg: () => undefined };
  return { html, display };
};

describe('showResults', () => {
  it("shows renderHtml's sections, with every chart drawn as an SVG image and no script", async () => {
    const { html, display } = capture();
    const warnings: string[] = [];
    await showResults(results, { display, onWarning: (w) => warnings.push(w) });
    expect(html).toHaveLength(1);
    const out = html[0];
    const page = renderHtml(results);
    for (const id of ['verdict', 'overview', 'provenance', 'data', 'family-similarity', 'family-diversity', 'family-agreement', 'family-drift', 'family-bias', 'family-privacy']) {
      expect(out).toContain(`id="${id}"`);
      expect(page).toContain(`id="${id}"`);
    }
    // one image per chart the report places, each a whole SVG document
    const placed = page.match(/data-chart="\d+"/g)?.length ?? 0;
    expect(placed).toBeGreaterThan(5);
    const images = [...out.matchAll(/<img class="chart-svg" src="data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)" alt="[^"]*" width="[\d.]+" height="[\d.]+">/g)];
    expect(images).toHaveLength(placed);
    for (const [, b64] of images) expect(Buffer.from(b64, 'base64').toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<\/svg>$/);
    expect(warnings).toEqual([]);
    expect(out).not.toMatch(/<script|<noscript|data-chart=/);
  });

  it("confines the report's stylesheet to its own output", async () => {
    const { html, display } = capture();
    await showResults(results, { display });
    const css = /<style>([\s\S]*?)<\/style>/.exec(html[0])![1];
    const selectors = css.split('\n').filter((line) => !line.startsWith('@media')).map((line) => line.slice(0, line.indexOf('{')).trim());
    expect(selectors.length).toBeGreaterThan(20);
    for (const s of selectors) for (const part of s.split(/,\s(?![^(]*\))/)) expect(part.startsWith('.synthscope-report')).toBe(true);
    expect(html[0].startsWith('<div class="synthscope-report"><style>')).toBe(true);
  });

  it('shows only the sections asked for, in the report order, with their charts', async () => {
    const { html, display } = capture();
    await showResults(results, { display, sections: ['family-drift', 'verdict'] });
    const ids = [...html[0].matchAll(/<section[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['verdict', 'family-drift']);
    expect(html[0]).toContain('<img class="chart-svg"');
    expect(html[0]).not.toContain('<header>');
    await expect(showResults(results, { display, sections: ['drift'] })).rejects.toThrow(
      /showResults needs sections to be ids of this report's sections \(verdict, overview, provenance, data, family-similarity, .*\), got "drift"/,
    );
  });

  it('shows dataset strings as text: a flagged row holding markup runs nothing', async () => {
    const { html, display } = capture();
    const flags = [
      ...results.flags,
      { row: 1, id: '<script>alert(1)</script>', kind: 'duplicate', detail: '"><img src=x onerror=alert(1)>' },
    ];
    await showResults({ ...results, flags, flagCounts: { ...results.flagCounts, duplicate: 1 } }, { display });
    expect(html[0]).not.toContain('<script>alert(1)');
    expect(html[0]).not.toContain('<img src=x');
    expect(html[0]).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('says it needs a notebook kernel when there is none and no display is given, and refuses what is not results', async () => {
    await expect(showResults(results)).rejects.toThrow('showResults displays inside a tslab notebook kernel and found none running in this process');
    await expect(showResults({ schemaVersion: 1 }, { display: capture().display })).rejects.toThrow(/showResults needs a results object .* got an object whose/);
  });
});
