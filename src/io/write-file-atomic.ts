import { randomBytes } from 'node:crypto';
import { access, constants, open, rename, rm, stat } from 'node:fs/promises';
import { SynthscopeError } from '../core/errors.js';
import { cannotWrite } from '../core/messages.js';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a whole file so that readers see the old file or the new one, never a partial one:
 * write to a temp name in the same folder, fsync, rename over the target. On failure the temp
 * file is removed and the target is untouched.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Fails early, before any work, when the folder an output file goes into is missing or read-only. */
export async function assertWritableFolder(path: string): Promise<void> {
  const folder = dirname(path);
  const info = await stat(folder).catch(() => null);
  if (!info) throw new SynthscopeError('USAGE', cannotWrite(path, `the folder ${folder} does not exist`));
  if (!info.isDirectory()) throw new SynthscopeError('USAGE', cannotWrite(path, `${folder} is not a folder`));
  await access(folder, constants.W_OK).catch(() => {
    throw new SynthscopeError('USAGE', cannotWrite(path, `no permission to write in ${folder}`));
  });
}
