import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate/evaluate.js';
import type { Results } from '../../src/core/results-schema.js';
import { createEmbedder } from '../../src/embed/create-embedder.js';
import { loadDataset } from '../../src/io/load-dataset.js';
import { renderHtml } from '../../src/report/render-html.js';
import { sharedPath, TEST_CACHE_DIR } from '../helpers/test-cache.js';
import { fixtureResults, HOSTILE } from './fixture-results.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

interface PageRun {
  charts: Array<{ id: string; rendered: string | null; drawn: boolean }>;
  console: string[];
  errors: string[];
  requests: string[];
  dialogs: string[];
  images: number;
  scripts: number;
  hostileShown: boolean[];
  /** Tooltips shown while hovering the bars of the first chart (the label distribution). */
  tooltips: string[];
}

/**
 * Real data scored for real: the first 120 sentences of the UCI labelled sentences as the
 * "synthetic" side (plus three rows carrying script injections, one with an injected label),
 * the next 600 as the real side, builtin embedder, seed 7.
 */
async function realResults(dir: string): Promise<Results> {
  const lines = (await readFile(sharedPath('datasets', 'sentiment_uci_labelled_sentences', 'data.jsonl'), 'utf8')).trim().split('\n');
  const hostileRows = [
    { text: `Great battery. ${HOSTILE.script}`, label_name: 'positive' },
    { text: `Broke in a day ${HOSTILE.img}`, label_name: 'negative' },
    { text: 'Fine otherwise.', label_name: HOSTILE.img },
  ].map((r) => JSON.stringify(r));
  await writeFile(join(dir, 'synthetic.jsonl'), [...lines.slice(0, 120), ...hostileRows].join('\n') + '\n');
  await writeFile(join(dir, 'real.jsonl'), lines.slice(300, 900).join('\n') + '\n');
  const options = { labelField: 'label_name' };
  const synthetic = await loadDataset(join(dir, 'synthetic.jsonl'), options);
  const real = await loadDataset(join(dir, 'real.jsonl'), options);
  const embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
  try {
    return await evaluate({ synthetic, real, embedder, seed: 7, toolVersion: '0.1.0', now: () => new Date('2025-01-01T00:00:00Z') });
  } finally {
    await embedder.dispose();
  }
}

async function open(browser: Browser, file: string, screenshot: string): Promise<PageRun> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const run: PageRun = { charts: [], console: [], errors: [], requests: [], dialogs: [], images: 0, scripts: 0, hostileShown: [], tooltips: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') run.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => run.errors.push(e.message));
  page.on('request', (r) => {
    if (!/^(file|data|about):/.test(r.url())) run.requests.push(r.url());
  });
  page.on('dialog', (d) => {
    run.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-charts="done"]', { timeout: 60_000 });
  run.charts = await page.$$eval('[data-chart]', (els) => els.map((el) => ({ id: el.id, rendered: el.getAttribute('data-rendered'), drawn: el.querySelector('svg, canvas') !== null })));
  const bars = page.locator('#chart-1 svg path[aria-roledescription="bar"]');
  for (let i = 0; i < (await bars.count()); i++) {
    // Zero-width bars (a label one side lacks) cannot be hovered; skip them.
    await bars.nth(i).hover({ timeout: 1000 }).catch(() => undefined);
    run.tooltips.push(await page.locator('#vg-tooltip-element').innerHTML({ timeout: 1000 }).catch(() => ''));
  }
  run.images = await page.locator('img').count();
  run.scripts = await page.locator('script').count();
  for (const s of [HOSTILE.script, HOSTILE.img]) run.hostileShown.push(await page.getByText(s, { exact: false }).first().isVisible());
  await page.screenshot({ path: screenshot, fullPage: true });
  await page.close();
  return run;
}

describe('the HTML report in headless Chromium', () => {
  let browser: Browser;
  const runs: Record<'fixture' | 'real', PageRun> = {} as never;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    const dir = await mkdtemp(join(tmpdir(), 'synthscope-report-'));
    const shots = join(process.cwd(), 'reports');
    await mkdir(shots, { recursive: true });
    await writeFile(join(dir, 'fixture.html'), renderHtml(fixtureResults({ rows: 300 })));
    await writeFile(join(dir, 'real.html'), renderHtml(await realResults(dir)));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    runs.fixture = await open(browser, join(dir, 'fixture.html'), join(shots, 'report-e2e-fixture.png'));
    runs.real = await open(browser, join(dir, 'real.html'), join(shots, 'report-e2e-real.png'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const name of ['fixture', 'real'] as const) {
    describe(`${name} results`, () => {
      it('draws every chart (an svg in each container)', () => {
        const run = runs[name];
        expect(run.charts.length).toBeGreaterThan(name === 'fixture' ? 15 : 20);
        expect(run.charts.filter((c) => c.rendered !== 'ok' || !c.drawn)).toEqual([]);
      });

      it('logs no error or warning and throws nothing', () => {
        expect(runs[name].console).toEqual([]);
        expect(runs[name].errors).toEqual([]);
      });

      it('makes no network request of any kind', () => {
        expect(runs[name].requests).toEqual([]);
      });

      it('shows injected markup as text and runs none of it', () => {
        const run = runs[name];
        expect(run.dialogs).toEqual([]);
        expect(run.images).toBe(0);
        expect(run.scripts).toBe(5);
        expect(run.hostileShown).toEqual([true, true]);
      });

      it('escapes dataset strings in chart tooltips too (vega-tooltip)', () => {
        const tips = runs[name].tooltips;
        expect(tips.some((t) => t.includes('<td class="value">"&gt;&lt;img src=x onerror=alert(1)&gt;</td>'))).toBe(true);
        expect(tips.filter((t) => /<img|<script/i.test(t))).toEqual([]);
      });
    });
  }
});
