import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { sharedPath } from '../helpers/test-cache.js';
import { stableResults } from '../helpers/stable-results.js';

let dir = '';
let cache = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthscope-baselines-'));
  cache = join(dir, 'cache');
  const lines = (await readFile(sharedPath('datasets', 'sentiment_uci_labelled_sentences', 'data.jsonl'), 'utf8')).trim().split('\n');
  await writeFile(join(dir, 'a.jsonl'), lines.slice(0, 150).join('\n') + '\n');
  await writeFile(join(dir, 'b.jsonl'), lines.slice(150, 300).join('\n') + '\n');
  await writeFile(join(dir, 'real.jsonl'), lines.slice(300, 900).join('\n') + '\n');
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('baseline cache', () => {
  it('gives the same results.json from cached baselines as from computed ones, for a second synthetic set against the same real data', async () => {
    const env = { SYNTHSCOPE_CACHE_DIR: cache };
    const score = (synthetic: string, out: string, extra: string[] = []) =>
      runCli(['score', '--synthetic', join(dir, synthetic), '--real', join(dir, 'real.jsonl'), '--out', join(dir, out), '--seed', '4', ...extra], env);
    const read = (out: string) => readFile(join(dir, out, 'results.json'), 'utf8');
    // Nothing cached at all vs everything computed while filling both caches: the same.
    expect((await score('a.jsonl', 'a-fresh', ['--no-cache'])).code).toBe(0);
    expect((await score('a.jsonl', 'a-fill')).code).toBe(0);
    expect(stableResults(await read('a-fill'))).toBe(stableResults(await read('a-fresh')));
    const stored = (await readdir(join(cache, 'baselines'), { recursive: true })).filter((f) => String(f).endsWith('.json'));
    expect(stored.length).toBeGreaterThan(20);
    // Another synthetic set: baselines from the cache vs baselines computed again.
    expect((await score('b.jsonl', 'b-cached')).code).toBe(0);
    await rm(join(cache, 'baselines'), { recursive: true, force: true });
    expect((await score('b.jsonl', 'b-computed')).code).toBe(0);
    expect(stableResults(await read('b-cached'))).toBe(stableResults(await read('b-computed')));
  });
});
