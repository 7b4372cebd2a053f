import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import type { TopLevelSpec } from 'vega-lite';
import { SynthscopeError } from '../core/errors.js';
import { vegaBundleMissing } from './messages.js';

/** A chart compiled to vega, with what vega-lite warned about while compiling it. */
export interface CompiledChart {
  spec: object;
  warnings: string[];
}

type Compile = (spec: TopLevelSpec, options: { logger: unknown }) => { spec: object };

/**
 * A vega-lite → vega compiler for Node that does not import the `vega-lite` package.
 *
 * Why: vega-lite's ES module imports `vega`, whose graph has a top-level await (vega-canvas), so
 * any module that imports it statically cannot be `require()`d (ERR_REQUIRE_ASYNC_MODULE), and
 * tslab compiles a notebook's `import … from 'synthscope'` to `require()`. So vega-lite's own
 * browser bundle (`vega-lite/build/vega-lite.min.js`, the same 6.4 build) runs in a `node:vm`
 * context, given the three vega packages it reads (vega-util, vega-expression,
 * vega-event-selector, none with a top-level await) as its `vega` global. The bundle's
 * prototype patches (it adds `Set.prototype.toJSON`) stay inside that context. Output is plain
 * JSON, the same as `compile()` of the ES module (a test compares every chart the report makes).
 *
 * @example
 * const compile = createChartCompiler();
 * compile({ data: { values: [{ a: 1 }] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } }).spec.marks[0].type;
 * // 'symbol'
 */
export function createChartCompiler(): (spec: TopLevelSpec) => CompiledChart {
  const require = createRequire(import.meta.url);
  let entry: string;
  let source: string;
  try {
    entry = require.resolve('vega-lite');
    source = readFileSync(join(dirname(entry), 'vega-lite.min.js'), 'utf8');
  } catch (error) {
    throw new SynthscopeError('RUNTIME', vegaBundleMissing('vega-lite/build/vega-lite.min.js', (error as Error).message));
  }
  const fromVegaLite = createRequire(entry);
  const vega = { ...fromVegaLite('vega-util'), ...fromVegaLite('vega-expression'), ...fromVegaLite('vega-event-selector') } as Record<string, unknown>;
  const context = createContext({ vega, structuredClone });
  runInContext(source, context, { filename: 'vega-lite.min.js' });
  const compile = (context.vegaLite as { compile: Compile }).compile;

  return (spec) => {
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
    const out = compile(spec, { logger });
    // Objects of this realm, and nothing JSON cannot hold (the page receives JSON anyway).
    return { spec: JSON.parse(JSON.stringify(out.spec)) as object, warnings };
  };
}
