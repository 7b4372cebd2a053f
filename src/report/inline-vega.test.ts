import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { inlineVega } from './inline-vega.js';

const version = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

describe('inlineVega', () => {
  const scripts = inlineVega();

  it('inlines vega, vega-embed and vega-interpreter at the installed versions', () => {
    expect(scripts.map((s) => `${s.name}@${s.version}`)).toEqual([`vega@${version('vega')}`, `vega-embed@${version('vega-embed')}`, `vega-interpreter@${version('vega-interpreter')}`]);
    expect(scripts[0].source).toBe(readFileSync('node_modules/vega/build/vega.min.js', 'utf8'));
    expect(scripts[1].source).toBe(readFileSync('node_modules/vega-embed/build/vega-embed.min.js', 'utf8'));
  });

  it('turns vega-interpreter into a classic script that reads vega-util from the vega global', () => {
    const interpreter = scripts[2].source;
    expect(interpreter).not.toMatch(/^\s*(import|export)\b/m);
    const self: Record<string, unknown> = {};
    // The three names the module imports from vega-util, as vega's bundle exposes them.
    const vega = { ascending: (a: number, b: number) => a - b, isString: (x: unknown) => typeof x === 'string', DisallowedObjectProperties: new Set(['__proto__']) };
    runInNewContext(interpreter, { self, vega, setTimeout, clearTimeout, setInterval, clearInterval });
    expect(typeof (self.vegaInterpreter as { expressionInterpreter?: unknown }).expressionInterpreter).toBe('object');
  });

  it('holds no text that would end an inline script early', () => {
    for (const s of scripts) expect(s.source).not.toMatch(/<\/script|<!--/i);
  });
});
