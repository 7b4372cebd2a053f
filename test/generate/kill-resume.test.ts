import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseGenerateConfig } from '../../src/generate/parse-generate-config.js';
import { planGeneration } from '../../src/generate/plan-generation.js';
import { addChatCompletionsRoute, type ChatRoute } from '../helpers/openai-chat-route.js';
import { startOpenAIStubServer, type OpenAIStubServer } from '../helpers/openai-stub-server.js';

const CONFIG = `task: classification
seed: 21
labels:
  - { name: pos, count: 20 }
  - { name: neg, count: 20 }
provider: { model: stub-model, concurrency: 4, maxTokens: 60 }
`;
const PLANNED = planGeneration(parseGenerateConfig(CONFIG)).map((item) => item.id);

let stub: OpenAIStubServer;
let chat: ChatRoute;
let dir: string;
let config: string;
let out: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthscope-kill-'));
  config = join(dir, 'gen.yaml');
  out = join(dir, 'synth.jsonl');
  await writeFile(config, CONFIG);
  // 50 ms per answer, 4 at a time: the 40 items take about half a second, time enough to kill mid-run.
  stub = await startOpenAIStubServer({ latencyMs: 50 });
  chat = addChatCompletionsRoute(stub);
});
afterEach(async () => {
  await stub.close();
  await rm(dir, { recursive: true, force: true });
});

function start(...extra: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'test/generate/generate-cli-child.ts', 'generate', '--config', config, '--out', out, '--no-cache', ...extra], {
    cwd: process.cwd(),
    env: { ...process.env, OPENAI_BASE_URL: stub.baseURL, OPENAI_API_KEY: '', SYNTHSCOPE_CACHE_DIR: join(dir, 'cache'), CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
}

async function completeLines(): Promise<string[]> {
  const text = await readFile(out, 'utf8').catch(() => '');
  return text.split('\n').slice(0, -1);
}

/** Waits until the output holds at least `n` complete rows. */
async function waitForRows(n: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while ((await completeLines()).length < n) {
    if (Date.now() > deadline) throw new Error(`no ${n} rows after 20 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function expectCompleteFile(): Promise<void> {
  const text = await readFile(out, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  const ids = text.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
  // Exact count, no duplicates, none lost, in plan order.
  expect(ids).toHaveLength(40);
  expect(new Set(ids).size).toBe(40);
  expect(ids).toEqual(PLANNED);
}

describe('a generation killed mid-run and resumed', () => {
  it('SIGKILL loses at most the requests in flight; --resume cuts a torn last line and writes exactly the missing rows', async () => {
    const first = start();
    const firstDone = finished(first);
    await waitForRows(8);
    first.kill('SIGKILL');
    expect((await firstDone).signal).toBe('SIGKILL');

    const kept = await completeLines();
    expect(kept.length).toBeGreaterThanOrEqual(8);
    expect(kept.length).toBeLessThan(40);
    const keptIds = kept.map((line) => (JSON.parse(line) as { id: string }).id);
    expect(new Set(keptIds).size).toBe(keptIds.length);
    // Requests answered but not written are at most those in flight (concurrency 4).
    expect(chat.calls.length - kept.length).toBeLessThanOrEqual(4);

    // What a write cut short by the kill leaves behind: the start of a row, no newline.
    const missing = PLANNED.find((id) => !keptIds.includes(id)) as string;
    await appendFile(out, `{"id":"${missing}","text":"cut sh`);

    const before = chat.calls.length;
    const second = await finished(start('--resume'));
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`removed a torn last line (${`{"id":"${missing}","text":"cut sh`.length} bytes) left by an interrupted run`);
    expect(second.stderr).toContain(`wrote ${40 - kept.length} rows to ${out} (openai, stub-model), ${kept.length} already there`);
    expect(chat.calls.length - before).toBe(40 - kept.length);
    await expectCompleteFile();
  }, 30_000);

  it('Ctrl-C stops cleanly with exit 3 and whole lines only; --resume completes the file', async () => {
    const first = start();
    const firstDone = finished(first);
    await waitForRows(8);
    first.kill('SIGINT');
    const stopped = await firstDone;
    expect(stopped.code).toBe(3);
    expect(stopped.stderr).toMatch(/generation interrupted: \d+ of 40 rows are in .*; rerun with --resume to continue/);
    const text = await readFile(out, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const kept = text.trimEnd().split('\n').length;

    const before = chat.calls.length;
    const second = await finished(start('--resume'));
    expect(second.code).toBe(0);
    expect(chat.calls.length - before).toBe(40 - kept);
    await expectCompleteFile();
  }, 30_000);
});
