import type { SealedOrderSpec } from '../domain/order-spec.ts';
import { orderSpecSchema } from '../domain/order-spec-schema.ts';
import { verifySpec, type SpecFinding } from '../domain/verify-spec.ts';
import type { PublishedCatalogs } from './catalog-archive.ts';

export type Submission =
  { readonly ok: true; readonly spec: SealedOrderSpec; readonly hash: string } | { readonly ok: false; readonly findings: readonly SpecFinding[] };

export interface SubmissionRules {
  /** Orders must be dated today (server clock, ±1 day for time zones); quotes keep their date. */
  readonly today?: string;
  /** Orders need the customer's consent to fulfil them; quotes are drafts made with sales. */
  readonly requireConsent: boolean;
}

const DAY_MS = 86_400_000;

/**
 * Everything the service checks before storing a spec, as findings (none: accept it): the
 * domain's own verification (schema, seal, prices, bill of materials and lead time recomputed from
 * the published catalog version the spec names), then the intake rules (date, consent).
 */
export async function verifySubmission(body: unknown, archive: PublishedCatalogs, rules: SubmissionRules): Promise<Submission> {
  const shape = orderSpecSchema.safeParse(body);
  if (!shape.success) return { ok: false, findings: await verifySpec(body) };
  const spec = shape.data as unknown as SealedOrderSpec;
  const { id, version, rulesFingerprint } = spec.catalog;
  // Localized in the spec's language: its labels are checked against that language's texts.
  const catalog = archive.find(id, version, rulesFingerprint, spec.locale);
  const findings: SpecFinding[] = [];
  if (!catalog) {
    const versions = archive.versions(id);
    findings.push({
      pointer: '/catalog/version',
      message:
        versions.length > 0
          ? `catalog "${id}" version "${version}" is not published here (published versions: ${versions.join(', ')})`
          : `no catalog "${id}" is published here`,
    });
  }
  findings.push(...(await verifySpec(body, catalog)));

  if (rules.today) {
    const days = Math.abs(Date.parse(spec.leadTime.orderDate) - Date.parse(rules.today)) / DAY_MS;
    if (days > 1) {
      findings.push({
        pointer: '/leadTime/orderDate',
        message: `the order date is ${spec.leadTime.orderDate}, but orders are placed today (${rules.today}): prices and the ship date must be worked out again today`,
      });
    }
  }
  if (rules.requireConsent && spec.customer?.consent.orderFulfilment !== true) {
    findings.push({
      pointer: spec.customer ? '/customer/consent/orderFulfilment' : '/customer',
      message:
        'the customer has not agreed to us using their details to make and deliver the order (consent.orderFulfilment); we cannot accept it without that',
    });
  }
  return findings.length > 0 ? { ok: false, findings } : { ok: true, spec, hash: spec.integrity.hash };
}
