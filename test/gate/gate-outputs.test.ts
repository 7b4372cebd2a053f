import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/gate/escape-markdown.js';
import { escapeXml } from '../../src/gate/escape-text.js';
import { evaluateGate } from '../../src/gate/evaluate-gate.js';
import { gateJunit } from '../../src/gate/gate-junit.js';
import { gateMarkdown } from '../../src/gate/gate-markdown.js';
import { gateText } from '../../src/gate/gate-text.js';
import { describeCheck } from '../../src/gate/describe-check.js';
import { formatNumber } from '../../src/gate/format-number.js';
import { ci, makeResults, metric } from './make-results.js';

interface XmlNode {
  tag: string;
  attrib: Record<string, string>;
  text: string | null;
  children: XmlNode[];
}

/** Python's expat (ElementTree), a strict XML parser that is not ours, reads the XML back. */
function parseWithPython(xml: string): XmlNode {
  const run = spawnSync('/usr/bin/python3', ['test/gate/junit_structure.py'], { input: xml, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python could not parse the XML: ${run.stderr}`);
  return JSON.parse(run.stdout) as XmlNode;
}

// A label and a skip reason as hostile as a dataset can make them.
const HOSTILE = `</failure><script>alert("x")</script> & 'q' | *b* \`c\`\u0007\nline2`;
const results = makeResults([
  metric('drift.c2st-auc', { goal: 'target', target: 0.5, value: 0.82, ci: ci(0.79, 0.85) }),
  metric('privacy.exact-copy-rate', { value: 0, baseline: { value: 0.01, ci: null } }),
  metric('similarity.precision', {
    goal: 'maximize',
    value: 0.7,
    perLabel: [{ label: HOSTILE, value: 0.5, baseline: 0.7, n: { synthetic: 50, reference: 50, holdout: 50 }, status: 'ok' }],
  }),
  metric('agreement.accuracy', { status: 'skipped', value: null, reason: `no labels <b>${HOSTILE}</b>` }),
  metric('diversity.distinct-2', { goal: 'maximize', value: 0.4, baseline: { value: 0.55, ci: null } }),
]);
const gate = evaluateGate(results, {
  name: 'release <policy> & "co"',
  onMissing: 'skip',
  checks: [
    { metric: 'drift.c2st-auc', max: 0.75, significant: true },
    { metric: 'privacy.exact-copy-rate', max: 0, maxAboveBaseline: 0 },
    { metric: 'similarity.precision', perLabel: true, minBelowBaseline: 0.1 },
    { metric: 'agreement.accuracy', min: 0.5 },
    { metric: 'diversity.distinct-2', minBelowBaseline: 0.1, severity: 'warn' },
  ],
});

describe('gateJunit', () => {
  const tree = parseWithPython(gateJunit(gate, { timestamp: '2025-01-02T03:04:05.000Z' }));
  const suite = tree.children[0];
  const cases = suite.children.filter((c) => c.tag === 'testcase');

  it('is well-formed XML with one testsuite and one testcase per check', () => {
    expect(gate.checks.map((c) => c.verdict)).toEqual(['fail', 'pass', 'pass', 'fail', 'skipped', 'warn']);
    expect(tree.tag).toBe('testsuites');
    expect(tree.children.map((c) => c.tag)).toEqual(['testsuite']);
    expect(cases).toHaveLength(6);
  });

  it('counts tests, failures, skipped and errors on testsuites and testsuite alike', () => {
    for (const node of [tree, suite]) {
      expect(node.attrib).toMatchObject({ tests: '6', failures: '2', skipped: '1', errors: '0', time: '0' });
    }
    expect(suite.attrib.timestamp).toBe('2025-01-02T03:04:05');
  });

  it('gives failing checks a <failure> with the message, skipped ones <skipped>, warnings <system-out>', () => {
    const kinds = cases.map((c) => c.children.map((k) => k.tag).join(','));
    expect(kinds).toEqual(['failure', '', '', 'failure', 'skipped', 'system-out']);
    const failure = cases[0].children[0];
    expect(failure.attrib.message).toBe(gate.checks[0].message);
    expect(failure.text).toBe(gate.checks[0].message);
    expect(cases[5].children[0].text).toBe(`warning: ${gate.checks[5].message}`);
  });

  it('names test cases metric [label]: rule, with a class name per family', () => {
    expect(cases.map((c) => c.attrib.classname)).toEqual([
      'synthscope.gate.drift',
      'synthscope.gate.privacy',
      'synthscope.gate.privacy',
      'synthscope.gate.similarity',
      'synthscope.gate.agreement',
      'synthscope.gate.diversity',
    ]);
    expect(cases[0].attrib.name).toBe('drift.c2st-auc: ≤ 0.75');
    expect(cases[2].attrib.name).toBe('privacy.exact-copy-rate: ≤ baseline + 0');
    expect(cases[5].attrib.name).toBe('diversity.distinct-2: ≥ baseline − 0.1 (warn only)');
  });

  it('carries hostile text from labels, reasons and the policy name through escaping, unchanged but for the control character', () => {
    const readable = HOSTILE.replace('\u0007', '\uFFFD');
    expect(cases[3].attrib.name).toBe(`similarity.precision [label ${JSON.stringify(HOSTILE)}]: ≥ baseline − 0.1`);
    expect(cases[3].children[0].attrib.message).toContain(`label ${JSON.stringify(HOSTILE)}`);
    expect(cases[4].children[0].attrib.message).toContain(`no labels <b>${readable}</b>`); // newline kept in the attribute
    expect(suite.attrib.name).toBe('synthscope gate: release <policy> & "co"');
    const properties = suite.children.find((c) => c.tag === 'properties')!.children.map((p) => [p.attrib.name, p.attrib.value]);
    expect(properties).toEqual([
      ['policy', 'release <policy> & "co"'],
      ['passed', 'false'],
    ]);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials, keeps line breaks in attributes as references and replaces what XML cannot hold', () => {
    expect(escapeXml(`<a b="c">&'</a>`)).toBe('&lt;a b=&quot;c&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    expect(escapeXml('\u0000\u0008\u000b\ufffe\ud800x')).toBe('\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDx');
    expect(escapeXml('😀 é')).toBe('😀 é');
  });
});

describe('gateMarkdown', () => {
  const md = gateMarkdown(gate);
  const rows = md.split('\n').filter((l) => l.startsWith('| '));

  it('heads with the verdict and the counts, then one table row per check', () => {
    expect(md.split('\n').slice(0, 3)).toEqual([
      '### ❌ Gate failed',
      '',
      'gate FAILED (policy release &lt;policy&gt; &amp; "co"): 2 passed, 2 failed, 1 warning, 1 skipped',
    ]);
    expect(rows[0]).toBe('| | Metric | Check | Value | Details |');
    expect(rows).toHaveLength(1 + 6);
  });

  it('shows the rule and the compared value, as a distance from the baseline for relative bounds', () => {
    expect(rows[1]).toBe(`| ❌ fail | \`drift.c2st-auc\` | ≤ 0.75 | 0.79 | ${escapeMarkdown(gate.checks[0].message)} |`);
    expect(rows[6]).toMatch(/^\| ⚠️ warn \| `diversity.distinct-2` \| ≥ baseline − 0.1 \(warn only\) \| baseline − 0.15 \| /);
  });

  it('keeps every row to five cells whatever the label holds: no raw |, <, newline or backtick from data', () => {
    for (const row of rows) {
      const cells = row.replace(/\\\|/g, '').split('|');
      expect(cells).toHaveLength(7); // 5 cells between 6 pipes
    }
    const labelRow = rows[4];
    expect(labelRow).not.toMatch(/<script>|<\/failure>/);
    expect(labelRow).toContain('&lt;script&gt;');
    expect(labelRow).toContain('\\*b\\*');
    expect(labelRow).toContain('\\`c\\`');
  });

  it('says passed when nothing fails, and has no table without checks', () => {
    const passing = evaluateGate(results, { checks: [{ metric: 'privacy.exact-copy-rate', max: 0 }] });
    expect(gateMarkdown(passing).split('\n')[0]).toBe('### ✅ Gate passed');
    expect(gateMarkdown({ policy: 'p', passed: true, checks: [] })).toBe('### ✅ Gate passed\n\ngate passed (policy p): no checks\n');
  });
});

describe('escapeMarkdown', () => {
  it('turns HTML into text and escapes what opens code, emphasis, links, strikethrough or ends a cell', () => {
    expect(escapeMarkdown('a|b *c* _d_ [e](f) ~g~ `h` \\ <img src=x onerror=y> &amp;')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\~g\\~ \\`h\\` \\\\ &lt;img src=x onerror=y&gt; &amp;amp;',
    );
    expect(escapeMarkdown('one\r\ntwo\nthree')).toBe('one two three');
  });
});

describe('gateText', () => {
  it('prints a table, the message of every check that did not pass and the summary, with control characters as ?', () => {
    const text = gateText(gate);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^verdict\s+metric\s+check\s+value$/);
    expect(lines[2]).toMatch(/^FAIL\s+drift\.c2st-auc\s+≤ 0\.75\s+0\.79$/);
    expect(text).toContain('\nwarn: diversity.distinct-2: 0.4: 0.15 below the real-vs-real baseline 0.55; at most 0.1 below it allowed\n');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('\\u0007'); // the label, JSON-quoted
    expect(lines.at(-2)).toBe('gate FAILED (policy release <policy> & "co"): 2 passed, 2 failed, 1 warning, 1 skipped');
  });

  it('replaces C1 controls such as CSI (U+009B), which JSON quoting leaves as they are', () => {
    const text = gateText({ policy: 'p\u009b2J', passed: true, checks: [] });
    expect(text).toBe('gate passed (policy p?2J): no checks\n');
  });
});

describe('formatNumber and describeCheck', () => {
  it('formats 4 significant digits in [0.001, 1e6), scientific outside, — for nothing', () => {
    expect([0.812345, 0.10000000000000009, 2.5e-7, 1234567, -0.5, 0, null, Number.NaN].map(formatNumber)).toEqual([
      '0.8123',
      '0.1',
      '2.50e-7',
      '1.23e+6',
      '-0.5',
      '0',
      '—',
      '—',
    ]);
  });

  it('describes each bound and the compared value', () => {
    expect(describeCheck({ op: 'min', threshold: 0.4, value: 0.45 })).toEqual({ rule: '≥ 0.4', value: '0.45' });
    expect(describeCheck({ op: 'max', threshold: 0, value: null })).toEqual({ rule: '≤ 0', value: '—' });
    expect(describeCheck({ op: 'maxAboveBaseline', threshold: 0.1, value: 0.31 })).toEqual({ rule: '≤ baseline + 0.1', value: 'baseline + 0.31' });
    expect(describeCheck({ op: 'minBelowBaseline', threshold: 0.1, value: 0.13 })).toEqual({ rule: '≥ baseline − 0.1', value: 'baseline − 0.13' });
    expect(describeCheck({ op: 'minBelowBaseline', threshold: 0.1, value: -0.02 })).toEqual({ rule: '≥ baseline − 0.1', value: 'baseline + 0.02' });
    expect(describeCheck({ op: 'maxAboveBaseline', threshold: 0, value: 0 })).toEqual({ rule: '≤ baseline + 0', value: 'baseline' });
  });
});
