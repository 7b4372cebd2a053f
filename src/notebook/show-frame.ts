import type { DataFrame } from 'danfojs-node';
import { InvalidArgumentError } from '../core/errors.js';
import { html } from '../report/safe-html.js';
import { badOption, describe, framesRowsHidden, notFrame } from './messages.js';
import { notebookDisplay, type NotebookDisplay } from './notebook-display.js';

export interface ShowFrameOptions {
  /** Rows shown at most, from the top (default 50); the caption says how many are left out. */
  maxRows?: number;
  /** Characters shown at most per text cell (default 300), the rest replaced by "…". */
  maxChars?: number;
  /** Significant digits of numbers (default 4); the DataFrame itself keeps them whole. */
  digits?: number;
  /** Where to show it; default tslab's `display`. */
  display?: NotebookDisplay;
}

const positiveInteger = (fn: string, name: string, value: number | undefined, fallback: number): number => {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 1) throw new InvalidArgumentError(badOption(fn, name, 'an integer ≥ 1', v));
  return v;
};

/**
 * Shows a danfojs DataFrame in a tslab notebook cell as an HTML table (danfojs's own `print()`
 * cuts every cell at 17 characters), with its index, at most `maxRows` rows and a caption with
 * the frame's size. Every cell is HTML-escaped, so dataset text shows as text. Missing values
 * (NaN, null) show as empty cells. Returns nothing, so a notebook cell ending with it prints
 * nothing more; pass `display` to receive the markup elsewhere.
 *
 * @example
 * showFrame(metricsFrame(results).loc({ columns: ['id', 'value', 'baseline', 'reading'] }), { maxRows: 2 });
 * // (a table below the cell) <table class="synthscope-frame"><caption>2 of 45 rows shown · 4 columns</caption>…
 */
export function showFrame(frame: DataFrame, options: ShowFrameOptions = {}): void {
  const fn = 'showFrame';
  const f = frame as Partial<DataFrame> | null;
  if (f === null || typeof f !== 'object' || !Array.isArray(f.columns) || !Array.isArray(f.index) || !Array.isArray(f.values)) {
    throw new InvalidArgumentError(notFrame(fn, describe(frame)));
  }
  const maxRows = positiveInteger(fn, 'maxRows', options.maxRows, 50);
  const maxChars = positiveInteger(fn, 'maxChars', options.maxChars, 300);
  const digits = positiveInteger(fn, 'digits', options.digits, 4);
  if (digits > 17) throw new InvalidArgumentError(badOption(fn, 'digits', 'an integer from 1 to 17', digits));
  const sink = notebookDisplay(fn, options.display);

  const columns = frame.columns.map(String);
  const rows = frame.values as unknown[][];
  const total = frame.shape[0];
  const shown = Math.min(total, maxRows);
  const cell = (value: unknown): string => {
    if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '';
    if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(digits)));
    const text = String(value);
    const chars = [...text];
    return chars.length > maxChars ? `${chars.slice(0, maxChars).join('')}…` : text;
  };
  const numeric = columns.map((_, j) => rows.slice(0, shown).every((r) => typeof r[j] === 'number' || r[j] === null));
  const caption = `${total > shown ? framesRowsHidden(shown, total) : `${total.toLocaleString('en-US')} ${total === 1 ? 'row' : 'rows'}`} · ${columns.length} ${columns.length === 1 ? 'column' : 'columns'}`;
  const markup = html`<table class="synthscope-frame"><caption>${caption}</caption><thead><tr><th></th>${columns.map(
    (c) => html`<th>${c}</th>`,
  )}</tr></thead><tbody>${rows.slice(0, shown).map(
    (r, i) =>
      html`<tr><th>${cell(frame.index[i])}</th>${r.map((v, j) =>
        numeric[j] ? html`<td style="text-align:right">${cell(v)}</td>` : html`<td style="text-align:left">${cell(v)}</td>`,
      )}</tr>`,
  )}</tbody></table>`.value;
  sink.html(markup);
}
