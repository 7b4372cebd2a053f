/**
 * generate: a config in, a JSONL file of rows with provenance out.
 *
 *   config ──parseGenerateConfig──▶ planGeneration (ids, seeds, variation, exemplars, passages)
 *                                        │
 *            dryRun ──▶ summarizePlan ◀──┤
 *                                        ▼
 *   openJsonlWriter (resume: ids present are skipped, a torn last line is cut off)
 *                                        │
 *   workers (concurrency) ── per item: buildPrompt ─▶ response cache? ─▶ provider.complete
 *                                        │                     (openai: limits, retries, timeout;
 *                                        │                      template: slot grammar)
 *                           validateResponse ─▶ repair request (bounded) ─▶ failed, with reason
 *                                        │
 *   row {id, fields, label, provenance} ─▶ append + flush │ failure ─▶ <out>.failures.jsonl
 *                                        │
 *   complete run ─▶ reorderJsonl (plan order) ─▶ GenerateResult (tokens, cost)
 */
import { setMaxListeners } from 'node:events';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InvalidArgumentError, SynthscopeError } from '../core/errors.js';
import {
  generateFailed,
  generateInterrupted,
  generateNeedsOut,
  generateNoExemplars,
  generateStoppedDetail,
  generateTemplateIgnoresExemplars,
  generateTornLine,
  generateUnplannedRows,
} from '../core/messages.js';
import { loadDataset } from '../io/load-dataset.js';
import { answerCacheKey } from './answer-cache-key.js';
import { buildPrompt } from './build-prompt.js';
import type { GenerateConfig, GenerateConfigInput } from './config-schema.js';
import { createProvider, type OpenAIOverrides } from './create-provider.js';
import { estimateCost } from './estimate-cost.js';
import { openJsonlWriter, type JsonlWriter } from './jsonl-writer.js';
import { parseGenerateConfig } from './parse-generate-config.js';
import { planGeneration } from './plan-generation.js';
import { readJsonlIds } from './read-jsonl-ids.js';
import { reorderJsonl } from './reorder-jsonl.js';
import { createResponseCache, type ResponseCache } from './response-cache.js';
import { summarizePlan } from './summarize-plan.js';
import { taskKind } from './tasks/task-kinds.js';
import type {
  ChatMessage,
  ExemplarRow,
  GenerateResult,
  GeneratedRow,
  GenerationFailure,
  GenerationProvider,
  PlannedItem,
  TokenTotals,
  Usage,
} from './types.js';
import { validateResponse } from './validate-response.js';

export interface GenerateProgress {
  /** Items finished (written, failed or already present) out of `total`. */
  done: number;
  total: number;
  written: number;
  failed: number;
}

export interface GenerateOptions {
  /** Output JSONL file (required unless `dryRun`). Failures go to `<out without .jsonl>.failures.jsonl`. */
  out?: string;
  /** 'openai', 'template' or a provider object; default chosen by `createProvider`. */
  provider?: 'openai' | 'template' | GenerationProvider;
  /** Endpoint, key, model and limits from outside the config (they win over it). */
  openai?: OpenAIOverrides;
  /** Few-shot exemplars (e.g. `loadDataset(…).rows`); default: `config.examples.path`, if set, loaded relative to `baseDir`. */
  exemplars?: readonly ExemplarRow[];
  /** Folder that relative paths in the config are resolved against (the config file's folder). Default: the working directory. */
  baseDir?: string;
  /** Keep rows already in `out` and generate only the missing ones. */
  resume?: boolean;
  /** Plan only: nothing is requested or written; the result's `plan` says what would be. */
  dryRun?: boolean;
  /** Response cache folder; without it nothing is cached. */
  cacheDir?: string;
  /** Items in flight at once (default `config.provider.concurrency`; the template provider works one at a time). */
  concurrency?: number;
  /** Stops the run: requests in flight are abandoned, finished rows are kept. */
  signal?: AbortSignal;
  onProgress?: (progress: GenerateProgress) => void;
  onWarning?: (message: string) => void;
  /** Clock for `provenance.createdAt` (tests). */
  now?: () => Date;
  /** fdatasync interval of the output (see openJsonlWriter). */
  syncIntervalMs?: number;
}

/** Shown to the model after an unusable answer (model-facing, so not in messages.ts). */
const repairRequest = (reason: string): string =>
  `Your answer could not be used: ${reason}. Answer again with only one JSON object that matches the JSON Schema in the instructions.`;
const MAX_ECHO = 4000;

const failuresPathOf = (out: string): string => `${out.replace(/\.jsonl$/i, '')}.failures.jsonl`;
const addUsage = (a: Usage, b: Usage): Usage => ({ promptTokens: a.promptTokens + b.promptTokens, completionTokens: a.completionTokens + b.completionTokens });

type Outcome = { row: GeneratedRow; cached: boolean } | { failure: GenerationFailure };

/**
 * Generates the rows a config asks for and appends them to a JSONL file as they complete, with
 * provenance on every row (provider, model, prompt template id, parameters and the variation
 * drawn, run seed, exemplar ids, token usage, creation time). Dependable over thousands of
 * requests: resumable (`resume` skips ids already written and repairs a torn last line), cached
 * on disk by request hash (`cacheDir`), rate-limited and retried by the OpenAI provider, and every
 * answer checked with zod; an unusable answer is sent back for repair up to
 * `config.provider.maxRepairs` times, then recorded as failed with its reason. Same config and
 * seed, same rows (apart from `createdAt`), in plan order once the run is complete.
 *
 * The library never reads environment variables: the caller passes endpoint and key
 * (`options.openai`); the key goes into no row, cache entry, message or log.
 *
 * Errors: a bad config or options throw SynthscopeError 'USAGE'; an unusable server (401, 404,
 * retries exhausted) stops the run with 'REMOTE' after the finished rows are safely written;
 * `signal` stops it with 'RUNTIME'. Items whose answers stayed invalid do not throw: they are in
 * `result.failures` and `<out>.failures.jsonl`, and a rerun with `resume` asks for them again.
 *
 * @example
 * const result = await generate(parseGenerateConfig(yaml, { path: 'gen.yaml' }), { out: 'synth.jsonl' });
 * // { written: 30, failures: [], provider: 'template', tokens: { promptTokens: 0, … }, cost: null, … }
 */
export async function generate(configInput: GenerateConfig | GenerateConfigInput, options: GenerateOptions = {}): Promise<GenerateResult> {
  const config = parseGenerateConfig(configInput as Record<string, unknown>);
  if (!options.dryRun && (typeof options.out !== 'string' || options.out === '')) throw new InvalidArgumentError(generateNeedsOut);
  if (options.concurrency !== undefined && (!Number.isInteger(options.concurrency) || options.concurrency < 1)) {
    throw new InvalidArgumentError(`generate needs concurrency to be an integer ≥ 1, got ${String(options.concurrency)}`);
  }
  const warn = options.onWarning ?? (() => undefined);
  const now = options.now ?? (() => new Date());

  let exemplars: readonly ExemplarRow[] = options.exemplars ?? [];
  if (options.exemplars === undefined && config.examples?.path) {
    const dataset = await loadDataset(resolve(options.baseDir ?? '.', config.examples.path), {
      textField: config.examples.textField,
      labelField: config.examples.labelField,
      idField: config.examples.idField ?? null,
    });
    exemplars = dataset.rows;
  }
  const k = config.examples?.k ?? 0;
  if (config.examples && k > 0 && exemplars.length === 0) warn(generateNoExemplars(k));

  const provider = createProvider(config, options.provider, options.openai, warn);
  if (!provider.billable && exemplars.length > 0 && k > 0) warn(generateTemplateIgnoresExemplars);
  const kind = taskKind(config.task);
  const { validator, wire } = kind.responseSchema(config);
  const items = planGeneration(config, provider.billable ? exemplars : []);
  const cache: ResponseCache | null = options.cacheDir && provider.billable ? createResponseCache(options.cacheDir, { onWarning: warn }) : null;
  const requestCount = (): number => (provider as { requestCount?: number }).requestCount ?? 0;
  const requestsBefore = requestCount();

  const tokens: TokenTotals = { promptTokens: 0, completionTokens: 0, cachedPromptTokens: 0, cachedCompletionTokens: 0 };
  const costOf = (t: TokenTotals) => (config.pricing ? { amount: estimateCost(t.promptTokens, t.completionTokens, config.pricing), currency: config.pricing.currency } : null);
  const base = { provider: provider.name, model: provider.model, planned: items.length };

  if (options.dryRun) {
    const existing = options.resume && options.out ? (await readJsonlIds(options.out)).ids : [];
    const plan = await summarizePlan({ config, items, provider, responseSchema: wire, done: new Set(existing), cache });
    return {
      ...base,
      outPath: options.out ?? null,
      written: 0,
      skipped: plan.alreadyDone,
      fromCache: 0,
      failures: [],
      failuresPath: null,
      requests: 0,
      tokens,
      cost: null,
      plan,
      repairedTornLine: false,
      unplannedRows: 0,
    };
  }

  const out = options.out as string;
  const writer: JsonlWriter = await openJsonlWriter(out, { resume: options.resume ?? false, syncIntervalMs: options.syncIntervalMs });
  if (writer.tornBytes > 0) warn(generateTornLine(out, writer.tornBytes));
  const planned = new Set(items.map((item) => item.id));
  const done = new Set(writer.existingIds);
  const unplannedRows = writer.existingIds.filter((id) => !planned.has(id)).length;
  if (unplannedRows > 0) warn(generateUnplannedRows(out, unplannedRows));
  const pending = items.filter((item) => !done.has(item.id));
  const skipped = items.length - pending.length;

  const failuresPath = failuresPathOf(out);
  await rm(failuresPath, { force: true });
  const failureLog: { writer: Promise<JsonlWriter> | null } = { writer: null };
  const logFailure = async (failure: GenerationFailure): Promise<void> => {
    failureLog.writer ??= openJsonlWriter(failuresPath, { syncIntervalMs: options.syncIntervalMs });
    await (await failureLog.writer).append(failure);
  };

  const maxRepairs = provider.billable ? config.provider.maxRepairs : 0;
  const stop = new AbortController();
  setMaxListeners(0, stop.signal);
  const onUserAbort = (): void => stop.abort(options.signal?.reason);
  if (options.signal?.aborted) onUserAbort();
  options.signal?.addEventListener('abort', onUserAbort, { once: true });

  const makeRow = (item: PlannedItem, value: Record<string, unknown>, model: string, usage: Usage, attempts: number, promptTemplateId: string): GeneratedRow => ({
    id: item.id,
    ...kind.toFields(value, item),
    label: item.label,
    provenance: {
      provider: provider.name,
      model,
      promptTemplateId,
      parameters: {
        ...provider.parameters,
        ...item.variation,
        ...(item.passage ? { passageId: item.passage.id } : {}),
        attempts,
      },
      seed: config.seed,
      exemplarIds: item.exemplars.map((e) => e.id),
      usage,
      createdAt: now().toISOString(),
    },
  });

  const processItem = async (item: PlannedItem, signal: AbortSignal): Promise<Outcome> => {
    const prompt = buildPrompt(config, item, wire);
    const key = cache ? answerCacheKey(provider, prompt, item) : null;
    if (cache && key) {
      const hit = await cache.get(key);
      const verdict = hit ? validateResponse({ content: hit.content, refusal: null, finishReason: 'stop', usage: hit.usage, model: hit.model }, validator) : null;
      if (hit && verdict?.ok) {
        tokens.cachedPromptTokens += hit.usage.promptTokens;
        tokens.cachedCompletionTokens += hit.usage.completionTokens;
        return { row: makeRow(item, verdict.value, hit.model, hit.usage, hit.attempts, prompt.promptTemplateId), cached: true };
      }
    }
    let messages: ChatMessage[] = prompt.messages;
    let usage: Usage = { promptTokens: 0, completionTokens: 0 };
    let reason = '';
    for (let attempt = 0; attempt <= maxRepairs; attempt++) {
      const response = await provider.complete({ item, messages, responseSchema: wire, attempt, signal });
      usage = addUsage(usage, response.usage);
      tokens.promptTokens += response.usage.promptTokens;
      tokens.completionTokens += response.usage.completionTokens;
      const verdict = validateResponse(response, validator);
      if (verdict.ok) {
        if (cache && key) {
          await cache.set(key, { content: JSON.stringify(verdict.value), usage, attempts: attempt + 1, model: response.model });
        }
        return { row: makeRow(item, verdict.value, response.model, usage, attempt + 1, prompt.promptTemplateId), cached: false };
      }
      reason = verdict.reason;
      // A refusal is asked again as it was; an unusable answer is shown back with what was wrong.
      messages = verdict.refused
        ? prompt.messages
        : [...prompt.messages, { role: 'assistant', content: (response.content ?? '').slice(0, MAX_ECHO) }, { role: 'user', content: repairRequest(reason) }];
    }
    return { failure: { id: item.id, label: item.label, reason, attempts: maxRepairs + 1 } };
  };

  let written = 0;
  let fromCache = 0;
  const failures: GenerationFailure[] = [];
  let fatal: unknown;
  let next = 0;
  const report = (): void => options.onProgress?.({ done: skipped + written + failures.length, total: items.length, written, failed: failures.length });
  const worker = async (): Promise<void> => {
    while (!stop.signal.aborted && next < pending.length) {
      const item = pending[next++];
      try {
        const outcome = await processItem(item, stop.signal);
        if ('row' in outcome) {
          await writer.append(outcome.row);
          written++;
          if (outcome.cached) fromCache++;
        } else {
          failures.push(outcome.failure);
          await logFailure(outcome.failure);
        }
        report();
      } catch (error) {
        if (stop.signal.aborted) return;
        fatal = error;
        stop.abort(error);
      }
    }
  };

  const workers = provider.billable ? (options.concurrency ?? config.provider.concurrency) : 1;
  try {
    report();
    await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, pending.length)) }, worker));
  } finally {
    options.signal?.removeEventListener('abort', onUserAbort);
    await writer.close();
    if (failureLog.writer) await (await failureLog.writer).close();
  }

  const finished = skipped + written;
  if (fatal !== undefined) {
    const detail = generateStoppedDetail(finished, items.length, out);
    if (fatal instanceof SynthscopeError) throw new SynthscopeError(fatal.code, fatal.message, [...fatal.details, detail], { cause: fatal });
    throw new SynthscopeError('RUNTIME', generateFailed((fatal as Error)?.message ?? String(fatal)), [detail], { cause: fatal });
  }
  if (stop.signal.aborted) throw new SynthscopeError('RUNTIME', generateInterrupted(finished, items.length, out));
  if (failures.length === 0 && finished === items.length) await reorderJsonl(out, items.map((item) => item.id));

  return {
    ...base,
    outPath: out,
    written,
    skipped,
    fromCache,
    failures,
    failuresPath: failures.length > 0 ? failuresPath : null,
    requests: requestCount() - requestsBefore,
    tokens,
    cost: costOf(tokens),
    plan: null,
    repairedTornLine: writer.tornBytes > 0,
    unplannedRows,
  };
}
