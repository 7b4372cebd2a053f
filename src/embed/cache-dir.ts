import { posix, win32 } from 'node:path';
import { InvalidArgumentError } from '../core/errors.js';

/**
 * Where synthscope keeps its cache, from the environment, platform and home folder passed in
 * (pure: the caller reads `process.env`, `process.platform` and `os.homedir()`):
 * 1. `SYNTHSCOPE_CACHE_DIR`, when set and not empty, as given;
 * 2. `$XDG_CACHE_HOME/synthscope`, when XDG_CACHE_HOME is an absolute path (the XDG Base
 *    Directory Specification 0.8 says relative values are to be ignored), on any platform;
 * 3. the platform's user cache folder, as env-paths 3.0 (sindresorhus) puts it with `suffix: ''`:
 *    macOS `~/Library/Caches/synthscope`, Windows `%LOCALAPPDATA%\synthscope\Cache`
 *    (else `~\AppData\Local\synthscope\Cache`), elsewhere `~/.cache/synthscope`.
 *
 * Embeddings go under `<cacheDir>/embeddings/`, models under `<cacheDir>/models/`.
 *
 * @example
 * defaultCacheDir({}, 'linux', '/home/ada'); // '/home/ada/.cache/synthscope'
 * defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/ada' }, 'linux', '/home/ada'); // '/var/cache/ada/synthscope'
 * defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' }, 'win32', 'C:\\Users\\ada');
 * // 'C:\\Users\\ada\\AppData\\Local\\synthscope\\Cache'
 */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>, platform: string, homedir: string): string {
  const path = platform === 'win32' ? win32 : posix;
  const explicit = env.SYNTHSCOPE_CACHE_DIR;
  if (explicit) return explicit;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'synthscope');
  if (platform === 'win32' && env.LOCALAPPDATA && path.isAbsolute(env.LOCALAPPDATA)) return path.join(env.LOCALAPPDATA, 'synthscope', 'Cache');
  if (typeof homedir !== 'string' || homedir === '') {
    throw new InvalidArgumentError('defaultCacheDir needs a home folder when neither SYNTHSCOPE_CACHE_DIR nor XDG_CACHE_HOME is set, got an empty one');
  }
  if (platform === 'win32') return path.join(homedir, 'AppData', 'Local', 'synthscope', 'Cache');
  if (platform === 'darwin') return path.join(homedir, 'Library', 'Caches', 'synthscope');
  return path.join(homedir, '.cache', 'synthscope');
}
