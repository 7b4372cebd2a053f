import { compile, type TopLevelSpec } from 'vega-lite';

/** A chart compiled to vega, with what vega-lite warned about while compiling it. */
export interface CompiledChart {
  spec: object;
  warnings: string[];
}

/**
 * Compiles a vega-lite spec to a vega spec in Node (vega-lite `compile`, 6.4), so the page needs
 * only vega's runtime. vega-lite's warnings are collected, not printed (the report must not
 * write to the console; tests require an empty list).
 *
 * @example
 * compileChart({ data: { values: [{ a: 1 }] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } }).spec.marks[0].type;
 * // 'symbol'
 */
export function compileChart(spec: TopLevelSpec): CompiledChart {
  const warnings: string[] = [];
  let level = 0;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: readonly unknown[]) {
      warnings.push(`error: ${args.map(String).join(' ')}`);
      return logger;
    },
    warn(...args: readonly unknown[]) {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  const out = compile(spec, { logger: logger as never });
  return { spec: out.spec, warnings };
}
