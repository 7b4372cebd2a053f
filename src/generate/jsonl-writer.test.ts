import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SynthscopeError } from '../core/errors.js';
import { openJsonlWriter } from './jsonl-writer.js';
import { readJsonlIds } from './read-jsonl-ids.js';
import { reorderJsonl } from './reorder-jsonl.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthscope-jsonl-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openJsonlWriter', () => {
  it('writes one line per row, each complete as soon as append resolves', async () => {
    const path = join(dir, 'out.jsonl');
    const writer = await openJsonlWriter(path);
    await writer.append({ id: 'a', text: 'line\nbreak' });
    expect(await readFile(path, 'utf8')).toBe('{"id":"a","text":"line\\nbreak"}\n');
    await writer.append({ id: 'b' });
    await writer.close();
    expect((await readFile(path, 'utf8')).split('\n')).toEqual(['{"id":"a","text":"line\\nbreak"}', '{"id":"b"}', '']);
  });

  it('keeps concurrent appends whole and in call order', async () => {
    const path = join(dir, 'out.jsonl');
    const writer = await openJsonlWriter(path, { syncIntervalMs: 0 });
    await Promise.all(Array.from({ length: 200 }, (_, i) => writer.append({ id: `r${i}`, pad: 'x'.repeat(i * 37) })));
    await writer.close();
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(Array.from({ length: 200 }, (_, i) => `r${i}`));
  });

  it('empties an existing file unless resuming', async () => {
    const path = join(dir, 'out.jsonl');
    await writeFile(path, '{"id":"old"}\n');
    const writer = await openJsonlWriter(path);
    expect(writer.existingIds).toEqual([]);
    await writer.close();
    expect(await readFile(path, 'utf8')).toBe('');
  });

  it('on resume, reports the ids present and cuts off a torn last line left by a kill', async () => {
    const path = join(dir, 'out.jsonl');
    await writeFile(path, '{"id":"a"}\n{"id":"b"}\n{"id":"c","text":"cut sho');
    const writer = await openJsonlWriter(path, { resume: true });
    expect(writer.existingIds).toEqual(['a', 'b']);
    expect(writer.tornBytes).toBe('{"id":"c","text":"cut sho'.length);
    await writer.append({ id: 'c' });
    await writer.close();
    expect(await readFile(path, 'utf8')).toBe('{"id":"a"}\n{"id":"b"}\n{"id":"c"}\n');
  });

  it('on resume, treats a last line that lacks only its newline as torn too', async () => {
    const path = join(dir, 'out.jsonl');
    await writeFile(path, '{"id":"a"}\n{"id":"b"}');
    const writer = await openJsonlWriter(path, { resume: true });
    expect(writer.existingIds).toEqual(['a']);
    await writer.close();
  });

  it('resumes a missing file as an empty one', async () => {
    const writer = await openJsonlWriter(join(dir, 'new.jsonl'), { resume: true });
    expect(writer.existingIds).toEqual([]);
    expect(writer.tornBytes).toBe(0);
    await writer.close();
  });

  it('refuses to resume a file with a broken complete line, a row without id, or a repeated id, naming the line', async () => {
    const path = join(dir, 'out.jsonl');
    await writeFile(path, '{"id":"a"}\nnot json\n{"id":"c"}\n');
    await expect(openJsonlWriter(path, { resume: true })).rejects.toThrow(`${path}:2: not a JSON line`);
    await writeFile(path, '{"id":"a"}\n\n{"text":"x"}\n');
    await expect(readJsonlIds(path)).rejects.toThrow(`${path}:3: the row has no string "id"`);
    await writeFile(path, '{"id":"a"}\n{"id":"a"}\n');
    const error = await readJsonlIds(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SynthscopeError);
    expect((error as SynthscopeError).exitCode).toBe(2);
    expect((error as Error).message).toContain(':2: id "a" already appears at line 1');
  });
});

describe('reorderJsonl', () => {
  it('puts rows in plan order, unplanned ones last, and reports whether it changed the file', async () => {
    const path = join(dir, 'out.jsonl');
    await writeFile(path, '{"id":"c"}\n{"id":"x"}\n{"id":"a"}\n{"id":"b"}\n');
    expect(await reorderJsonl(path, ['a', 'b', 'c'])).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('{"id":"a"}\n{"id":"b"}\n{"id":"c"}\n{"id":"x"}\n');
    expect(await reorderJsonl(path, ['a', 'b', 'c'])).toBe(false);
  });
});
