type Vega = typeof import('vega');

/** A logger with vega-util's interface that prints nothing: warnings go to `warn`, errors are collected. */
export function quietLogger(vega: Vega, warn: (message: string) => void, errors: string[]): import('vega').LoggerInterface {
  let level = vega.Warn;
  const text = (args: readonly unknown[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      errors.push(text(args));
      return logger;
    },
    warn(...args: unknown[]) {
      if (level >= vega.Warn) warn(text(args));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger as unknown as import('vega').LoggerInterface;
}
