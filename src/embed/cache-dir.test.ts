import { describe, expect, it } from 'vitest';
import { defaultCacheDir } from './cache-dir.js';

// Expected folders follow the XDG Base Directory Specification 0.8 and env-paths 3.0.0's `cache`.
describe('defaultCacheDir', () => {
  it('uses SYNTHSCOPE_CACHE_DIR as given, before anything else', () => {
    expect(defaultCacheDir({ SYNTHSCOPE_CACHE_DIR: '/data/ss', XDG_CACHE_HOME: '/x' }, 'linux', '/home/ada')).toBe('/data/ss');
    expect(defaultCacheDir({ SYNTHSCOPE_CACHE_DIR: 'relative/ss' }, 'darwin', '/Users/ada')).toBe('relative/ss');
  });

  it('uses $XDG_CACHE_HOME/synthscope when it is absolute, on every platform', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/ada' }, 'linux', '/home/ada')).toBe('/var/cache/ada/synthscope');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/Users/ada/.xdg' }, 'darwin', '/Users/ada')).toBe('/Users/ada/.xdg/synthscope');
  });

  it('ignores an empty or relative XDG_CACHE_HOME, as the XDG spec asks', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '' }, 'linux', '/home/ada')).toBe('/home/ada/.cache/synthscope');
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'cache' }, 'linux', '/home/ada')).toBe('/home/ada/.cache/synthscope');
    expect(defaultCacheDir({ SYNTHSCOPE_CACHE_DIR: '' }, 'freebsd', '/usr/home/ada')).toBe('/usr/home/ada/.cache/synthscope');
  });

  it('falls back to ~/.cache on Linux, ~/Library/Caches on macOS', () => {
    expect(defaultCacheDir({}, 'linux', '/home/ada')).toBe('/home/ada/.cache/synthscope');
    expect(defaultCacheDir({}, 'darwin', '/Users/ada')).toBe('/Users/ada/Library/Caches/synthscope');
  });

  it('uses %LOCALAPPDATA%\\synthscope\\Cache on Windows, else the usual AppData\\Local under the home folder', () => {
    expect(defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' }, 'win32', 'C:\\Users\\ada')).toBe('C:\\Users\\ada\\AppData\\Local\\synthscope\\Cache');
    expect(defaultCacheDir({}, 'win32', 'C:\\Users\\ada')).toBe('C:\\Users\\ada\\AppData\\Local\\synthscope\\Cache');
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'D:\\xdg' }, 'win32', 'C:\\Users\\ada')).toBe('D:\\xdg\\synthscope');
  });

  it('refuses an empty home folder when no variable decides', () => {
    expect(() => defaultCacheDir({}, 'linux', '')).toThrow('defaultCacheDir needs a home folder');
    expect(defaultCacheDir({ SYNTHSCOPE_CACHE_DIR: '/c' }, 'linux', '')).toBe('/c');
  });
});
