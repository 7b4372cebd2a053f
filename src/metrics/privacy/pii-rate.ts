import type { MetricDefinition } from '../../core/evaluate/types.js';
import type { Flag } from '../../core/results-schema.js';
import { findPii } from '../../text/pii/find-pii.js';
import { maskPii } from '../../text/pii/mask-pii.js';

/** Masked examples kept per kind in details. */
const EXAMPLES_PER_KIND = 5;

/**
 * privacy.pii-rate: the share of synthetic rows with at least one PII finding (`findPii`: e-mail
 * addresses, phone numbers, Luhn-valid payment card numbers, IBANs passing mod-97, IPv4 and IPv6
 * addresses; the kinds in `privacy.piiKinds`). Each such row gets one `pii` flag listing its
 * findings masked (`maskPii`: "phone ****71; email j***@***.com"), scored by the number of
 * findings; details count rows and findings per kind with masked examples. No full value is ever
 * written to flags or details.
 *
 * Baseline: the same share among the holdout rows, the real data's own level (text-message data
 * carries many phone numbers; review data almost none).
 */
export const piiRate: MetricDefinition = {
  id: 'privacy.pii-rate',
  family: 'privacy',
  title: 'Rows with personal data (PII)',
  description:
    'Share of synthetic rows with at least one e-mail address, phone number, Luhn-valid card number, valid IBAN or IP address; lower is better.',
  goal: 'minimize',
  range: [0, 1],
  requires: {},
  // Below 50 rows one row moves the rate by more than 2 points.
  minRows: 50,
  // One point more of rows copied or leaking data is already worth a look.
  fairTolerance: 0.01,
  perLabel: true,
  async compute(ctx) {
    const kinds = ctx.config.privacy.piiKinds;
    const { candidate } = ctx;
    const n = candidate.rows.length;
    const perRow = new Float64Array(n);
    const rowsByKind: Record<string, number> = Object.fromEntries(kinds.map((k) => [k, 0]));
    const findingsByKind: Record<string, number> = Object.fromEntries(kinds.map((k) => [k, 0]));
    const examples: Record<string, { row: number; id: string; masked: string }[]> = Object.fromEntries(kinds.map((k) => [k, []]));
    const flags: Flag[] = [];
    let rows = 0;
    for (let i = 0; i < n; i++) {
      const found = findPii(candidate.texts[i], { kinds });
      if (found.length === 0) continue;
      perRow[i] = 1;
      rows++;
      const masks = found.map(maskPii);
      for (const kind of new Set(found.map((f) => f.kind))) rowsByKind[kind]++;
      found.forEach((f, t) => {
        findingsByKind[f.kind]++;
        const list = examples[f.kind];
        if (list.length < EXAMPLES_PER_KIND) list.push({ row: candidate.rows[i].line, id: candidate.rows[i].id, masked: masks[t] });
      });
      if (ctx.pass === 'value') {
        flags.push({ row: candidate.rows[i].line, id: candidate.rows[i].id, kind: 'pii', detail: masks.join('; '), score: found.length });
      }
    }
    return {
      value: n === 0 ? 0 : rows / n,
      perRow,
      flags,
      details: {
        rows: n,
        rowsWithPii: rows,
        kinds,
        rowsByKind,
        findingsByKind,
        rateByKind: Object.fromEntries(kinds.map((k) => [k, n === 0 ? 0 : rowsByKind[k] / n])),
        examples,
      },
    };
  },
};
