/**
 * Every error synthscope raises on purpose is a SynthscopeError with a stable `code`.
 * The CLI maps codes to exit codes: usage and input problems exit 2, runtime failures 3.
 */
export type ErrorCode =
  | 'USAGE'
  | 'INPUT'
  | 'INVALID_ROWS'
  | 'EMBEDDER'
  | 'MODEL_NOT_FOUND'
  | 'REMOTE'
  | 'RUNTIME';

export class SynthscopeError extends Error {
  readonly code: ErrorCode;
  /** Extra lines shown under the message (e.g. the first bad rows of a file). */
  readonly details: string[];

  constructor(code: ErrorCode, message: string, details: string[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SynthscopeError';
    this.code = code;
    this.details = details;
  }

  /** Exit code for the CLI contract (DESIGN.md): 2 usage or input error, 3 runtime error. */
  get exitCode(): 2 | 3 {
    return this.code === 'USAGE' || this.code === 'INPUT' || this.code === 'INVALID_ROWS' ? 2 : 3;
  }
}

/** Error for a function argument that a caller got wrong (library misuse, bad metric input). */
export class InvalidArgumentError extends SynthscopeError {
  constructor(message: string) {
    super('USAGE', message);
    this.name = 'InvalidArgumentError';
  }
}
