import { InvalidArgumentError } from '../core/errors.js';

export interface ProgressOptions {
  /** Where the bar goes, usually process.stderr; `columns` (a TTY's width) caps the line length. */
  stream: { write(chunk: string): unknown; columns?: number };
  label: string;
  total: number;
  /** The CLI passes `stream.isTTY && !quiet && !process.env.CI`; when false nothing is written at all. */
  enabled: boolean;
  /** Milliseconds clock, for tests. Default performance.now. */
  now?: () => number;
}

export interface Progress {
  /** Sets how many items are done; redraws at most every 100 ms. */
  update(done: number): void;
  /** Draws the final state with the elapsed time and ends the line. Safe to call twice. */
  done(): void;
}

const REDRAW_MS = 100;
const ERASE_TO_END = '\u001b[K';

/**
 * A one-line progress bar redrawn in place with a carriage return, at most ten times a second:
 * label, bar, percentage, count, rate and ETA (remaining / mean rate since start). The line is
 * cut to the terminal width so it never wraps (a wrapped line cannot be redrawn with `\r`).
 *
 * @example
 * const progress = createProgress({ stream: process.stderr, label: 'embedding', total: 100, enabled: true });
 * progress.update(25); // after 1 s: "\rembedding [#####---------------]  25% 25/100 25/s ETA 0:03\u001b[K"
 * progress.update(100); progress.done(); // after 4 s: "\rembedding [####################] 100% 100/100 25/s in 0:04\u001b[K\n"
 */
export function createProgress(options: ProgressOptions): Progress {
  const { stream, label, total, enabled } = options;
  if (!Number.isFinite(total) || total < 0) throw new InvalidArgumentError(`createProgress needs a total ≥ 0, got ${total}`);
  const now = options.now ?? (() => performance.now());
  const started = now();
  let lastDraw = Number.NEGATIVE_INFINITY;
  let current = 0;
  let finished = false;

  const render = (final: boolean): string => {
    const elapsed = (now() - started) / 1000;
    const fraction = total === 0 ? 1 : current / total;
    const rate = elapsed > 0 ? current / elapsed : 0;
    const tail = final ? `in ${clock(elapsed)}` : rate > 0 ? `ETA ${clock((total - current) / rate)}` : 'ETA --:--';
    const numbers = `${String(Math.floor(fraction * 100)).padStart(3)}% ${count(current)}/${count(total)} ${speed(rate)}/s ${tail}`;
    const columns = stream.columns && stream.columns > 0 ? stream.columns - 1 : 79;
    const room = columns - label.length - numbers.length - 4;
    const width = Math.min(20, room);
    const bar = width >= 5 ? ` [${'#'.repeat(Math.round(fraction * width)).padEnd(width, '-')}]` : '';
    return `${label}${bar} ${numbers}`.slice(0, columns);
  };

  const draw = (final: boolean): void => {
    lastDraw = now();
    stream.write(`\r${render(final)}${ERASE_TO_END}${final ? '\n' : ''}`);
  };

  return {
    update(done: number) {
      if (!Number.isFinite(done)) throw new InvalidArgumentError(`progress.update needs a finite count, got ${done}`);
      if (!enabled || finished) return;
      current = Math.min(total, Math.max(0, done));
      if (now() - lastDraw >= REDRAW_MS) draw(false);
    },
    done() {
      if (!enabled || finished) return;
      finished = true;
      draw(true);
    },
  };
}

/** 0:07, 12:34, 1:02:03 */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function speed(rate: number): string {
  if (rate >= 10_000) return `${(rate / 1000).toFixed(0)}k`;
  if (rate >= 1000) return `${(rate / 1000).toFixed(1)}k`;
  return rate >= 10 ? rate.toFixed(0) : rate.toFixed(1);
}
