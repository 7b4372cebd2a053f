import OpenAI from 'openai';
import { retryAfterMs } from '../generate/retry-after.js';
import { oneLine } from './one-line.js';

/** What went wrong in one request through the `openai` client; texts are one line and scrubbed. */
export type OpenAIErrorReading =
  | { kind: 'timeout' }
  | {
      kind: 'http';
      status: number;
      /** 408, 409, 429 and 5xx: another attempt may succeed. */
      retryable: boolean;
      /** The server's message ('(no message)' when it sent none). */
      detail: string;
      /** The wait the server asked for (`retry-after-ms`, `Retry-After`), see `retryAfterMs`. */
      retryAfterMs: number | undefined;
    }
  | { kind: 'connection'; code: string | null }
  | { kind: 'not-json'; detail: string }
  | { kind: 'other'; detail: string };

const RETRYABLE_STATUS = new Set([408, 409, 429]);

/**
 * Reads an error thrown by an `openai` client request (v6 error classes): our own timeout
 * (`timedOut`) or the client's, an HTTP status with the server's message and Retry-After, a
 * connection failure with its system code (ECONNREFUSED, …), a body that is not JSON, or
 * anything else. Every server text goes through `scrub` (which removes the API key) after
 * `oneLine`. The embedder and the generation provider word and retry these their own ways.
 *
 * @example
 * readOpenAIError(new OpenAI.APIConnectionTimeoutError(), false, (s) => s); // { kind: 'timeout' }
 */
export function readOpenAIError(error: unknown, timedOut: boolean, scrub: (text: string) => string): OpenAIErrorReading {
  if (timedOut || error instanceof OpenAI.APIConnectionTimeoutError) return { kind: 'timeout' };
  if (error instanceof OpenAI.APIError && typeof error.status === 'number') {
    const status = error.status;
    const body = error.error as { message?: unknown } | string | undefined;
    const text = typeof body === 'string' ? body : typeof body?.message === 'string' ? body.message : error.message;
    return {
      kind: 'http',
      status,
      retryable: RETRYABLE_STATUS.has(status) || status >= 500,
      detail: scrub(oneLine(text)) || '(no message)',
      retryAfterMs: retryAfterMs(error.headers),
    };
  }
  if (error instanceof OpenAI.APIConnectionError) {
    const cause = (error as { cause?: { code?: unknown; cause?: { code?: unknown } } }).cause;
    const code = cause?.code ?? cause?.cause?.code;
    return { kind: 'connection', code: typeof code === 'string' ? code : null };
  }
  if (error instanceof SyntaxError) return { kind: 'not-json', detail: scrub(oneLine(error.message)) };
  return { kind: 'other', detail: scrub(oneLine(error instanceof Error ? error.message : String(error))) };
}
