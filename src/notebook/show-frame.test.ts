import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { showFrame, type NotebookDisplay } from '../index.js';

const require = createRequire(import.meta.url);
const dfd = require('danfojs-node') as typeof import('danfojs-node');

const sink = () => {
  const html: string[] = [];
  const display: NotebookDisplay = { html: (s) => html.push(s), svg: () => undefined };
  return { html, display };
};

describe('showFrame', () => {
  it('shows a frame as an HTML table with its index, columns and size', () => {
    const { html, display } = sink();
    const df = new dfd.DataFrame({ id: ['a', 'b'], value: [0.123456, 2] });
    showFrame(df, { display });
    expect(html).toEqual([
      '<table class="synthscope-frame"><caption>2 rows · 2 columns</caption><thead><tr><th></th><th>id</th><th>value</th></tr></thead>' +
        '<tbody><tr><th>0</th><td style="text-align:left">a</td><td style="text-align:right">0.1235</td></tr>' +
        '<tr><th>1</th><td style="text-align:left">b</td><td style="text-align:right">2</td></tr></tbody></table>',
    ]);
  });

  it('escapes every cell, so dataset text shows as text', () => {
    const { html, display } = sink();
    showFrame(new dfd.DataFrame({ text: ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'] }), { display });
    const markup = html[0];
    expect(markup).not.toContain('<script');
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markup).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows at most maxRows rows and says how many there are; NaN and null as empty cells', () => {
    const { html, display } = sink();
    showFrame(new dfd.DataFrame({ x: [NaN, 1, 2, 3] }), { display, maxRows: 2 });
    const markup = html[0];
    expect(markup).toContain('<caption>2 of 4 rows shown · 1 column</caption>');
    expect(markup).toContain('<tr><th>0</th><td style="text-align:right"></td></tr><tr><th>1</th>');
    expect(markup).not.toContain('<th>2</th>');
  });

  it('cuts long text at maxChars code points', () => {
    const { html, display } = sink();
    showFrame(new dfd.DataFrame({ t: ['👍🏽abcdef'] }), { display, maxChars: 3 });
    const markup = html[0];
    expect(markup).toContain('<td style="text-align:left">👍🏽a…</td>');
  });

  it('refuses what is not a DataFrame, and bad options', () => {
    const { display } = sink();
    expect(() => showFrame({ a: 1 } as never, { display })).toThrow('showFrame needs a danfojs DataFrame, got an object with keys a');
    const df = new dfd.DataFrame({ x: [1] });
    expect(() => showFrame(df, { display, maxRows: 0 })).toThrow('showFrame needs maxRows to be an integer ≥ 1, got 0');
    expect(() => showFrame(df, { display, digits: 18 })).toThrow('showFrame needs digits to be an integer from 1 to 17, got 18');
  });
});
