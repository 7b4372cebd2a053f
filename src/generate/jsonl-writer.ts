import { open, truncate, type FileHandle } from 'node:fs/promises';
import { readJsonlIds } from './read-jsonl-ids.js';

export interface JsonlWriterOptions {
  /** Keep the rows already in the file (and report their ids); otherwise the file is emptied. */
  resume?: boolean;
  /** Least time between two fdatasync calls. Default 1000 ms; 0 syncs after every row. */
  syncIntervalMs?: number;
}

export interface JsonlWriter {
  readonly path: string;
  /** Ids of the rows found in the file when it was opened with `resume`, in file order. */
  readonly existingIds: readonly string[];
  /** Bytes of a torn last line (a write cut short by a kill) that were removed; 0 if none. */
  readonly tornBytes: number;
  /** Writes one row as one line; resolves once the line is in the file. Calls are serialised. */
  append<T extends { id: string }>(row: T): Promise<void>;
  /** Waits for pending writes, syncs and closes. */
  close(): Promise<void>;
}

/**
 * Opens a JSONL output file for rows that arrive one at a time over a long run. Each row is one
 * `write(2)` of one line ending in a newline, so a killed process leaves every finished row
 * whole; the kernel has the bytes as soon as `append` resolves. fdatasync runs at most once per
 * `syncIntervalMs` and at close, bounding what a power cut can take without paying a disk flush
 * per row.
 *
 * With `resume`, the rows already present are read and their ids returned; a last line without
 * its newline (a write cut short by SIGKILL) is detected and cut off, and generation then
 * rewrites that row. A complete line that is not a JSON object with a string `id`, or a repeated
 * id, is refused (SynthscopeError 'INPUT', naming the line): the file is not ours to guess about.
 *
 * @example
 * const writer = await openJsonlWriter('synth.jsonl', { resume: true });
 * writer.existingIds; // ['positive-0001', 'positive-0002']
 * await writer.append({ id: 'positive-0003', text: '…' });
 * await writer.close();
 */
export async function openJsonlWriter(path: string, options: JsonlWriterOptions = {}): Promise<JsonlWriter> {
  const syncIntervalMs = options.syncIntervalMs ?? 1000;
  let existingIds: string[] = [];
  let tornBytes = 0;
  if (options.resume) {
    const found = await readJsonlIds(path);
    existingIds = found.ids;
    tornBytes = found.totalBytes - found.completeBytes;
    if (tornBytes > 0) await truncate(path, found.completeBytes);
  }
  const handle: FileHandle = await open(path, options.resume ? 'a' : 'w');
  let chain: Promise<void> = Promise.resolve();
  let lastSync = Date.now();
  let dirty = false;
  let closed = false;

  const writeAll = async (buffer: Buffer): Promise<void> => {
    let offset = 0;
    while (offset < buffer.length) {
      const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset);
      offset += bytesWritten;
    }
    dirty = true;
    if (Date.now() - lastSync >= syncIntervalMs) {
      await handle.datasync();
      lastSync = Date.now();
      dirty = false;
    }
  };

  return {
    path,
    existingIds,
    tornBytes,
    append(row) {
      if (closed) return Promise.reject(new Error(`openJsonlWriter: ${path} is closed`));
      const buffer = Buffer.from(`${JSON.stringify(row)}\n`, 'utf8');
      const next = chain.then(() => writeAll(buffer));
      // A failed write must not wedge the writes queued behind it; each caller sees its own error.
      chain = next.catch(() => undefined);
      return next;
    },
    async close() {
      if (closed) return;
      closed = true;
      await chain;
      try {
        if (dirty) await handle.datasync();
      } finally {
        await handle.close();
      }
    },
  };
}
