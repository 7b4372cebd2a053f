import { SynthscopeError } from '../core/errors.js';

export interface GlobalFlags {
  verbose?: boolean;
}

/**
 * Runs a command body and turns failures into the CLI contract: one clear line on stderr (plus a
 * SynthscopeError's detail lines), no stack trace unless --verbose, exit 2 for usage or input
 * errors and 3 for runtime errors.
 */
export async function runCommand(flags: GlobalFlags, body: () => Promise<number | void>): Promise<void> {
  try {
    const exitCode = await body();
    process.exitCode = exitCode ?? 0;
  } catch (error) {
    if (error instanceof SynthscopeError) {
      process.stderr.write(`synthscope: ${error.message}\n`);
      for (const line of error.details) process.stderr.write(`  ${line}\n`);
      if (flags.verbose && error.stack) process.stderr.write(`${error.stack}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    const err = error as Error;
    process.stderr.write(`synthscope: unexpected error: ${err?.message ?? String(error)}\n`);
    if (flags.verbose && err?.stack) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 3;
  }
}
