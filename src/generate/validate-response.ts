import type { z } from 'zod';
import {
  reasonContentFilter,
  reasonEmptyAnswer,
  reasonNotJson,
  reasonAnswerNotObject,
  reasonRefused,
  reasonSchema,
  reasonTruncated,
} from '../core/messages.js';
import type { ProviderResponse } from './types.js';

export type ResponseVerdict =
  | { ok: true; value: Record<string, unknown>; repaired: boolean }
  | { ok: false; reason: string; refused: boolean };

const FENCE = /^\s*```[a-zA-Z0-9_-]*\s*\n?([\s\S]*?)\n?\s*```\s*$/;

function tryParse(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Local repairs that need no new request: a Markdown code fence around the JSON, prose around one object. */
function repairText(text: string): string | null {
  const fenced = FENCE.exec(text)?.[1];
  if (fenced !== undefined) return fenced;
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  return start >= 0 && end > start && (start > 0 || end < text.length - 1) ? text.slice(start, end + 1) : null;
}

function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (error.issues.length > 3) parts.push(`and ${error.issues.length - 3} more`);
  return parts.join('; ');
}

/**
 * Checks one answer: a refusal, an empty or filtered answer, text that is not JSON (after local
 * repairs: a Markdown code fence around it, prose before or after one object), an answer cut off
 * at max tokens (`finish_reason: 'length'`), or JSON that fails the task's zod schema each give
 * a reason to record or to send back in a repair request; otherwise the parsed value (unknown
 * keys dropped by zod), and whether a local repair was needed.
 *
 * @example
 * validateResponse({ content: '```json\n{"text":"ok"}\n```', refusal: null, finishReason: 'stop', usage, model }, schema);
 * // { ok: true, value: { text: 'ok' }, repaired: true }
 */
export function validateResponse(response: ProviderResponse, validator: z.ZodType<Record<string, unknown>>): ResponseVerdict {
  if (response.refusal !== null) return { ok: false, reason: reasonRefused(response.refusal), refused: true };
  const content = response.content;
  if (content === null || content.trim() === '') {
    return { ok: false, reason: response.finishReason === 'content_filter' ? reasonContentFilter : reasonEmptyAnswer, refused: response.finishReason === 'content_filter' };
  }
  let parsed = tryParse(content);
  let repaired = false;
  if ('error' in parsed) {
    const fixed = repairText(content);
    const second = fixed === null ? null : tryParse(fixed);
    if (second && 'value' in second) {
      parsed = second;
      repaired = true;
    } else {
      return { ok: false, reason: response.finishReason === 'length' ? reasonTruncated : reasonNotJson(parsed.error), refused: false };
    }
  }
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: reasonAnswerNotObject(Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value), refused: false };
  }
  const checked = validator.safeParse(value);
  if (!checked.success) return { ok: false, reason: reasonSchema(describeIssues(checked.error)), refused: false };
  return { ok: true, value: checked.data, repaired };
}
