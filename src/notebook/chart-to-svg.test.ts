import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { chartToSvg, showChart } from '../index.js';

const bars = (values: Array<{ label: string; rows: number }>): TopLevelSpec => ({
  data: { values },
  mark: 'bar',
  width: 200,
  height: 100,
  padding: 0,
  autosize: 'none',
  encoding: { x: { field: 'label', type: 'nominal' }, y: { field: 'rows', type: 'quantitative' } },
});

describe('chartToSvg', () => {
  it('renders a vega-lite spec to an SVG of the size the spec asks for', async () => {
    // autosize 'none' with padding 0: the SVG is exactly width × height (vega-lite docs, "Autosize").
    const svg = await chartToSvg(bars([{ label: 'positive', rows: 12 }, { label: 'negative', rows: 9 }]));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toMatch(/ width="200" height="100" viewBox="0 0 200 100"/);
    // one bar per data row, and the labels as axis text
    expect(svg.match(/aria-roledescription="bar"/g)?.length).toBe(2);
    expect(svg).toContain('>positive</text>');
    expect(svg).toContain('>negative</text>');
  });

  it('multiplies the size by scale', async () => {
    const svg = await chartToSvg(bars([{ label: 'a', rows: 1 }]), { scale: 2 });
    expect(svg).toMatch(/ width="400" height="200" viewBox="0 0 200 100"/);
  });

  it('writes dataset strings as text, so markup in a label runs nothing', async () => {
    const svg = await chartToSvg(bars([{ label: '<script>alert(1)</script>', rows: 3 }, { label: '"><img src=x onerror=alert(1)>', rows: 2 }]));
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('refuses to load data or images from a URL', async () => {
    await expect(chartToSvg({ data: { url: 'https://example.com/rows.json' }, mark: 'point' })).rejects.toThrow(
      'chartToSvg renders offline and loads nothing: refused https://example.com/rows.json (a chart may only draw what its spec carries, as data.values)',
    );
    const image: TopLevelSpec = {
      data: { values: [{ u: 'http://example.com/x.png', x: 1 }] },
      mark: 'image',
      encoding: { url: { field: 'u' }, x: { field: 'x', type: 'quantitative' } },
    };
    await expect(chartToSvg(image)).rejects.toThrow('refused http://example.com/x.png');
  });

  it('passes vega warnings to onWarning and prints nothing', async () => {
    const warnings: string[] = [];
    await chartToSvg({ data: { values: [{ a: 1 }] }, mark: 'bar', encoding: { x: { field: 'missing', type: 'quantitative' } } }, { onWarning: (m) => warnings.push(m) });
    // a stacked bar of a field no row has: vega finds no extent for the stack's start and end
    expect(warnings).toEqual(['Infinite extent for field "missing_start": [Infinity, -Infinity]', 'Infinite extent for field "missing_end": [Infinity, -Infinity]']);
  });

  it('refuses what is not a spec, and a bad scale', async () => {
    await expect(chartToSvg({ data: { values: [] } } as never)).rejects.toThrow(
      'chartToSvg needs a vega-lite spec (an object with mark, layer, facet, repeat, concat, hconcat or vconcat), got an object with keys data',
    );
    await expect(chartToSvg(null as never)).rejects.toThrow('got null');
    await expect(chartToSvg(bars([]), { scale: 0 })).rejects.toThrow('chartToSvg needs scale to be a finite number > 0, got 0');
  });
});

describe('showChart', () => {
  it('shows the SVG of chartToSvg through the display it is given', async () => {
    const shown: string[] = [];
    await showChart(bars([{ label: 'a', rows: 1 }]), { display: { svg: (s) => shown.push(s), html: () => undefined } });
    expect(shown).toEqual([await chartToSvg(bars([{ label: 'a', rows: 1 }]))]);
  });

  it('says it needs a notebook kernel when there is none and no display is given', async () => {
    await expect(showChart(bars([{ label: 'a', rows: 1 }]))).rejects.toThrow(
      'showChart displays inside a tslab notebook kernel and found none running in this process; outside a notebook pass { display } (e.g. tslab\'s display) or use the returned markup',
    );
  });
});
