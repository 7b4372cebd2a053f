import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// tslab compiles a notebook's `import … from '../dist/index.js'` to require(). Node ≥ 20.19
// require()s an ES module graph only if no module in it has a top-level await; vega-canvas has
// one (`await import('canvas')`), and vega and vega-lite import it. So nothing the package entry
// imports statically may reach vega: the notebook helpers and the report load it lazily.
const built = existsSync('dist/index.js');
if (!built) console.warn('skipping the require() check of dist/index.js: the package is not built (npm run build)');
describe.skipIf(!built)('the built package', () => {
  it('loads with require(), as a tslab notebook loads it', () => {
    const run = spawnSync(process.execPath, ['-e', "const m = require('./dist/index.js'); if (typeof m.showResults !== 'function' || typeof m.evaluate !== 'function') process.exit(9);"], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
