import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One cache folder shared by every test file of a run: the builtin model is built once (it is
 * deterministic and its build is safe under races, so parallel test files may share it).
 */
export const TEST_CACHE_DIR = process.env.SYNTHSCOPE_TEST_CACHE_DIR ?? join(tmpdir(), 'synthscope-test-cache');

/** Path of a file in ../shared beside the repository. */
export const sharedPath = (...parts: string[]) => join(process.cwd(), '..', 'shared', ...parts);
