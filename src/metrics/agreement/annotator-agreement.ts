import { cohenKappa } from '../../stats/agreement/cohen-kappa.js';
import type { AgreementAnnotations } from './agreement-annotations.js';

/** One annotator against the intended labels, for the per-annotator table of reports. */
export interface AnnotatorAgreement {
  id: string;
  kind: string;
  title: string;
  status: 'ok' | 'skipped';
  reason?: string;
  /** Scored rows the annotator labelled. */
  n: number;
  /** Cohen's κ with the intended label (null: undefined, e.g. a single label throughout). */
  kappa: number | null;
  /** Share of those rows where it gives the intended label. */
  agreement: number | null;
}

/**
 * Cohen's κ (cohenKappa, sklearn 1.2 cohen_kappa_score) and raw agreement of each annotator with
 * the intended labels, over the rows it labelled; skipped annotators keep their reason.
 *
 * @example
 * annotatorAgreement(annotations)
 * // [{ id: 'classifier', n: 1000, kappa: 0.91…, agreement: 0.97…, status: 'ok', … },
 * //  { id: 'llm-judge', status: 'skipped', reason: 'no judge configured (agreement.judge)', … }]
 */
export function annotatorAgreement(a: AgreementAnnotations): AnnotatorAgreement[] {
  return a.annotators.map((annotator) => {
    const base = { id: annotator.id, kind: annotator.kind, title: annotator.title };
    if (annotator.status === 'skipped') return { ...base, status: 'skipped', reason: annotator.reason, n: 0, kappa: null, agreement: null };
    const intended: string[] = [];
    const given: string[] = [];
    annotator.labels.forEach((label, r) => {
      if (label === null) return;
      intended.push(a.intended[r]);
      given.push(label);
    });
    const kappa = cohenKappa(intended, given);
    const same = given.reduce((s, label, r) => s + (label === intended[r] ? 1 : 0), 0);
    return { ...base, status: 'ok', n: given.length, kappa: Number.isFinite(kappa) ? kappa : null, agreement: same / given.length };
  });
}
