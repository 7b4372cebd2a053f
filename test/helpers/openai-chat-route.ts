/**
 * Adds `POST /v1/chat/completions` to the loopback stub server (test/helpers/openai-stub-server.ts,
 * through its `addRoute`), answering like an OpenAI-compatible model that follows the JSON Schema
 * it is given, deterministically: the same request gets the same answer.
 *
 * The answer is built from `response_format.json_schema.schema` when the request has one, else
 * from the JSON Schema written at the end of the system message (JSON mode and prompt-only
 * requests): strings are "<property> <8 hex of SHA-256 of the messages>" (padded to minLength),
 * enums pick by position (so dialogue roles alternate), integers and numbers sit in their range,
 * arrays have minItems (default 2) items. Usage: prompt tokens = words in the messages,
 * completion tokens = words in the answer.
 *
 * Content-level failures are queued with `next(...)` and consumed by the next chat requests, in
 * order; transport-level ones (429 with Retry-After, 500, slow or stalled responses, a body that
 * is not JSON) come from the stub's own `failNext`.
 *
 * @example
 * const stub = await startOpenAIStubServer();
 * const chat = addChatCompletionsRoute(stub);
 * chat.next({ type: 'refusal' }, { type: 'truncated' });
 * stub.failNext({ type: 'rate-limit', retryAfterMs: 20, path: '/v1/chat/completions' });
 */
import { createHash } from 'node:crypto';
import type { OpenAIStubServer, RouteResult } from './openai-stub-server.js';

export const CHAT_PATH = '/v1/chat/completions';

export type ChatBehaviour =
  /** The normal valid answer (to keep a place in the queue). */
  | { type: 'ok' }
  /** Answers with this exact message content. */
  | { type: 'content'; content: string; finishReason?: string }
  /** A refusal: content null, `refusal` set (OpenAI structured outputs). */
  | { type: 'refusal'; refusal?: string }
  /** The valid answer cut in half, with finish_reason 'length'. */
  | { type: 'truncated' }
  /** Prose with an unquoted pseudo-object that no local repair can read. */
  | { type: 'malformed' }
  /** The valid answer wrapped in a Markdown code fence (repairable without a new request). */
  | { type: 'fenced' }
  /** A valid answer that breaks the schema (an empty object). */
  | { type: 'wrong-shape' }
  /** A valid answer without a `usage` member. */
  | { type: 'no-usage' };

export interface ChatCall {
  body: Record<string, unknown>;
  messages: { role: string; content: string }[];
  /** response_format.type, or 'none'. */
  format: string;
  /** Authorization header as received. */
  authorization: string | undefined;
}

export interface ChatRouteOptions {
  /** When false, requests with response_format json_schema get a 400 naming it (servers without structured outputs). */
  jsonSchema?: boolean;
  /** When false, requests with response_format json_object get a 400 too. */
  jsonObject?: boolean;
  /** Model name reported in answers (default: the requested one). */
  servedModel?: string;
}

export interface ChatRoute {
  next(...behaviours: ChatBehaviour[]): void;
  /** Chat requests that reached the route (not those the stub failed before it). */
  calls: ChatCall[];
  /** The answer the route gives to a request with these messages and schema (for expectations). */
  answerFor(messages: { role: string; content: string }[], schema: Record<string, unknown>): Record<string, unknown>;
}

type Schema = Record<string, unknown>;

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function synthesize(schema: Schema, name: string, tag: string, index: number): unknown {
  const enumValues = schema.enum as unknown[] | undefined;
  if (enumValues && enumValues.length > 0) return enumValues[index % enumValues.length];
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries((schema.properties as Record<string, Schema>) ?? {})) out[key] = synthesize(child, key, tag, index);
      return out;
    }
    case 'array': {
      const n = Math.max((schema.minItems as number | undefined) ?? 2, 1);
      return Array.from({ length: n }, (_, i) => synthesize(schema.items as Schema, name, `${tag}.${i}`, i));
    }
    case 'integer':
    case 'number': {
      const lo = (schema.minimum as number | undefined) ?? 0;
      const hi = (schema.maximum as number | undefined) ?? lo + 100;
      return Math.ceil(lo) + (parseInt(tag.slice(0, 6), 16) % (Math.floor(hi) - Math.ceil(lo) + 1));
    }
    case 'boolean':
      return parseInt(tag.slice(0, 2), 16) % 2 === 0;
    default: {
      let text = `${name} ${tag}`;
      const min = (schema.minLength as number | undefined) ?? 0;
      while (text.length < min) text += ` ${tag}`;
      const max = schema.maxLength as number | undefined;
      return max !== undefined ? text.slice(0, max) : text;
    }
  }
}

/** The JSON Schema printed at the end of the system message ("…, and with nothing else:\n{…}"). */
function schemaFromPrompt(messages: { role: string; content: string }[]): Schema {
  const system = messages.find((m) => m.role === 'system')?.content ?? '';
  const start = system.lastIndexOf('\n{');
  return start < 0 ? { type: 'object', properties: {} } : (JSON.parse(system.slice(start + 1)) as Schema);
}

function answerFor(messages: { role: string; content: string }[], schema: Schema): Record<string, unknown> {
  const tag = createHash('sha256').update(JSON.stringify(messages)).digest('hex').slice(0, 8);
  return synthesize(schema, 'text', tag, 0) as Record<string, unknown>;
}

export function addChatCompletionsRoute(stub: OpenAIStubServer, options: ChatRouteOptions = {}): ChatRoute {
  const queue: ChatBehaviour[] = [];
  const calls: ChatCall[] = [];
  stub.addRoute('POST', CHAT_PATH, ({ request, body }): RouteResult => {
    const b = (body ?? {}) as Record<string, unknown>;
    const messages = (b.messages ?? []) as { role: string; content: string }[];
    const format = ((b.response_format as { type?: string } | undefined)?.type ?? 'none') as string;
    calls.push({ body: b, messages, format, authorization: request.headers.authorization });
    if (typeof b.model !== 'string' || !Array.isArray(b.messages)) {
      return { status: 400, json: { error: { message: "'model' and 'messages' are required", type: 'invalid_request_error' } } };
    }
    if ((format === 'json_schema' && options.jsonSchema === false) || (format === 'json_object' && options.jsonObject === false)) {
      return { status: 400, json: { error: { message: `response_format type ${format} is not supported by this server`, type: 'invalid_request_error' } } };
    }
    const schema = format === 'json_schema' ? ((b.response_format as { json_schema: { schema: Schema } }).json_schema.schema) : schemaFromPrompt(messages);
    const valid = JSON.stringify(answerFor(messages, schema));
    const behaviour = queue.shift();
    let content: string | null = valid;
    let refusal: string | null = null;
    let finish = 'stop';
    switch (behaviour?.type) {
      case 'content':
        content = behaviour.content;
        finish = behaviour.finishReason ?? 'stop';
        break;
      case 'refusal':
        content = null;
        refusal = behaviour.refusal ?? "I'm sorry, but I can't help with that request.";
        break;
      case 'truncated':
        content = valid.slice(0, Math.floor(valid.length / 2));
        finish = 'length';
        break;
      case 'malformed':
        content = "Sure! Here it is: {text: 'unquoted', and more";
        break;
      case 'fenced':
        content = `\`\`\`json\n${valid}\n\`\`\``;
        break;
      case 'wrong-shape':
        content = '{}';
        break;
      default:
        break;
    }
    const promptTokens = messages.reduce((s, m) => s + words(m.content ?? ''), 0);
    const completionTokens = words(content ?? refusal ?? '');
    return {
      json: {
        id: `chatcmpl-${calls.length}`,
        object: 'chat.completion',
        created: 1_700_000_000,
        model: options.servedModel ?? b.model,
        choices: [{ index: 0, message: { role: 'assistant', content, refusal }, finish_reason: finish, logprobs: null }],
        ...(behaviour?.type === 'no-usage' ? {} : { usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens } }),
      },
    };
  });
  return {
    next: (...behaviours) => {
      queue.push(...behaviours);
    },
    calls,
    answerFor,
  };
}
