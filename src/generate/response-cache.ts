import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheEntryUnreadable } from '../core/messages.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import type { Usage } from './types.js';

/** What the cache keeps for one request: the accepted answer, never the request's credentials. */
export interface CachedAnswer {
  /** The validated answer as JSON text. */
  content: string;
  /** Tokens it took, repairs included. */
  usage: Usage;
  /** Requests it took (1 + repairs). */
  attempts: number;
  /** The model that answered, as the server named it. */
  model: string;
}

export interface ResponseCache {
  readonly dir: string;
  get(key: string): Promise<CachedAnswer | null>;
  has(key: string): Promise<boolean>;
  set(key: string, answer: CachedAnswer): Promise<void>;
}

const FORMAT = 1;

const isAnswer = (v: unknown): v is CachedAnswer & { format: number } => {
  const a = v as Partial<CachedAnswer> & { format?: unknown };
  return (
    a?.format === FORMAT &&
    typeof a.content === 'string' &&
    typeof a.model === 'string' &&
    Number.isInteger(a.attempts) &&
    Number.isFinite(a.usage?.promptTokens) &&
    Number.isFinite(a.usage?.completionTokens)
  );
};

/**
 * A disk cache of accepted answers, keyed by request hash (`requestHash` of the provider's
 * identity, the messages, the answer schema and the item seed; no key or header goes in). One
 * small JSON file per answer under `<dir>/<first 2 hex>/<hash>.json`, written atomically (temp
 * file + rename), so concurrent runs and kills never leave half a file. Only answers that passed
 * validation are stored: a rerun of the same config and seed replays them without a request,
 * while an item that failed is asked again. An unreadable or foreign entry is a miss, reported
 * through `onWarning`.
 *
 * @example
 * const cache = createResponseCache('/home/ada/.cache/synthscope/generations');
 * await cache.set(key, { content: '{"text":"…"}', usage: { promptTokens: 120, completionTokens: 30 }, attempts: 1, model: 'gpt-4o-mini' });
 * (await cache.get(key))?.usage.promptTokens; // 120
 */
export function createResponseCache(dir: string, options: { onWarning?: (message: string) => void } = {}): ResponseCache {
  const fileOf = (key: string): string => join(dir, key.slice(0, 2), `${key}.json`);
  const get = async (key: string): Promise<CachedAnswer | null> => {
    let text: string;
    try {
      text = await readFile(fileOf(key), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const value = JSON.parse(text) as unknown;
      if (isAnswer(value)) return { content: value.content, usage: value.usage, attempts: value.attempts, model: value.model };
    } catch {
      // fall through
    }
    options.onWarning?.(cacheEntryUnreadable(fileOf(key)));
    return null;
  };
  return {
    dir,
    get,
    has: async (key) => (await get(key)) !== null,
    async set(key, answer) {
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
      const record = { format: FORMAT, content: answer.content, usage: answer.usage, attempts: answer.attempts, model: answer.model };
      await writeFileAtomic(fileOf(key), `${JSON.stringify(record)}\n`);
    },
  };
}
