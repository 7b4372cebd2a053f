import { countVerdicts } from './count-verdicts.js';
import { describeCheck } from './describe-check.js';
import { escapeXml } from './escape-text.js';
import type { Gate, GateCheck } from './evaluate-gate.js';

export interface GateJunitOptions {
  /** ISO time of the run (the CLI passes results.createdAt), written without its zone as JUnit wants. */
  timestamp?: string;
}

/**
 * The gate verdict as JUnit XML, the report format CI systems read (GitHub Actions test reporters,
 * GitLab `artifacts:reports:junit`, Jenkins, Azure Pipelines). One `<testsuite>` for the policy,
 * one `<testcase>` per check, named `metric [label]: rule`, with class name
 * `synthscope.gate.<family>`:
 *
 * - verdict `fail` → a `<failure>` whose message and text are the check's message;
 * - verdict `skipped` → `<skipped>` with the message;
 * - verdict `warn` → a passing test case with the message in `<system-out>` ("warning: …"), since
 *   a warning does not fail the gate and JUnit has no warning state;
 * - verdict `pass` → an empty test case.
 *
 * Counts (`tests`, `failures`, `skipped`, `errors="0"`) are on both `<testsuites>` and
 * `<testsuite>`; every text is escaped and characters XML cannot hold are replaced by U+FFFD.
 *
 * Reference: the JUnit XML format as Apache Ant's JUnit task writes it (Ant 1.10 XMLJUnitResultFormatter)
 * and Jenkins' junit plugin reads it; there is no official schema.
 *
 * @example
 * gateJunit(gate, { timestamp: '2025-01-02T03:04:05.000Z' });
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="synthscope gate" tests="2" failures="1" …'
 */
export function gateJunit(gate: Gate, options: GateJunitOptions = {}): string {
  const counts = countVerdicts(gate.checks);
  const totals = `tests="${gate.checks.length}" failures="${counts.fail}" errors="0" skipped="${counts.skipped}" time="0"`;
  const timestamp = options.timestamp ? ` timestamp="${escapeXml(options.timestamp.slice(0, 19))}"` : '';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="synthscope gate" ${totals}>`,
    `  <testsuite name="${escapeXml(`synthscope gate: ${gate.policy}`)}" ${totals}${timestamp}>`,
    '    <properties>',
    `      <property name="policy" value="${escapeXml(gate.policy)}"/>`,
    `      <property name="passed" value="${gate.passed}"/>`,
    '    </properties>',
    ...gate.checks.map(testcase),
    '  </testsuite>',
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

function testcase(check: GateCheck): string {
  const label = check.label === undefined ? '' : ` [label ${JSON.stringify(check.label)}]`;
  const name = `${check.metric}${label}: ${describeCheck(check).rule}${check.severity === 'warn' ? ' (warn only)' : ''}`;
  const family = check.metric.split('.')[0];
  const open = `    <testcase classname="synthscope.gate.${escapeXml(family)}" name="${escapeXml(name)}" time="0"`;
  const message = escapeXml(check.message);
  switch (check.verdict) {
    case 'fail':
      return `${open}>\n      <failure message="${message}" type="gate">${message}</failure>\n    </testcase>`;
    case 'skipped':
      return `${open}>\n      <skipped message="${message}"/>\n    </testcase>`;
    case 'warn':
      return `${open}>\n      <system-out>warning: ${message}</system-out>\n    </testcase>`;
    default:
      return `${open}/>`;
  }
}
