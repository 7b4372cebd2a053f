import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SynthscopeError } from '../core/errors.js';
import { vegaBundleMissing, vegaInterpreterUnexpected } from './messages.js';

/** One browser script of the chart runtime, inlined in the report. */
export interface InlineScript {
  /** The npm package it comes from, and its version. */
  name: string;
  version: string;
  source: string;
}

const require = createRequire(import.meta.url);

function packageVersion(entry: string): string {
  // The packages' `exports` hide package.json; it sits one folder above build/.
  const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function bundle(name: string, file: string): InlineScript {
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch (error) {
    throw new SynthscopeError('RUNTIME', vegaBundleMissing(name, (error as Error).message));
  }
  const path = join(dirname(entry), file);
  try {
    return { name, version: packageVersion(entry), source: readFileSync(path, 'utf8') };
  } catch (error) {
    throw new SynthscopeError('RUNTIME', vegaBundleMissing(`${name}/${file}`, (error as Error).message));
  }
}

/**
 * vega-interpreter ships as an ES module only (`import {…} from 'vega-util'`, `export {…}`). The
 * report's scripts are classic inline scripts, so the two lines are rewritten: the imports are
 * read from the `vega` global (vega re-exports vega-util), the export becomes `vegaInterpreter`.
 */
function interpreterScript(): InlineScript {
  const raw = bundle('vega-interpreter', 'vega-interpreter.js');
  const imports = /^import \{([^}]*)\} from 'vega-util';$/gm;
  const exports = /^export \{([^}]*)\};?$/gm;
  const importCount = raw.source.match(imports)?.length ?? 0;
  const exportCount = raw.source.match(exports)?.length ?? 0;
  if (importCount !== 1 || exportCount !== 1 || /^\s*(import|export)\b/m.test(raw.source.replace(imports, '').replace(exports, ''))) {
    throw new SynthscopeError('RUNTIME', vegaInterpreterUnexpected(raw.version));
  }
  const body = raw.source
    .replace(imports, (_, names: string) => `const {${names}} = vega;`)
    .replace(exports, (_, names: string) => `self.vegaInterpreter = {${names.replace(/(\w+)\s+as\s+(\w+)/g, '$2: $1')}};`);
  return { ...raw, source: `(function () {\n${body}\n})();` };
}

/**
 * The chart runtime a report inlines, read from node_modules: vega's full browser bundle
 * (`vega/build/vega.min.js`, d3 included), vega-embed's (`vega-embed/build/vega-embed.min.js`,
 * vega-tooltip included) and vega-interpreter, which evaluates vega expressions without `eval`
 * so the report's Content-Security-Policy can forbid it (vega's CSP guide,
 * https://vega.github.io/vega/usage/interpreter/). Specs are compiled from vega-lite to vega in
 * Node, so vega-lite's bundle is not needed in the page.
 *
 * @example
 * inlineVega().map((s) => `${s.name}@${s.version}`);
 * // ['vega@6.4.0', 'vega-embed@7.3.0', 'vega-interpreter@2.3.2']
 */
export function inlineVega(): InlineScript[] {
  return [bundle('vega', 'vega.min.js'), bundle('vega-embed', 'vega-embed.min.js'), interpreterScript()];
}
