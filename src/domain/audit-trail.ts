import type { Discount } from './apply-discounts.ts';
import type { DiscountApproval } from './discount-guardrails.ts';
import { domainLabels } from './domain-labels.ts';
import type { PricingChoice } from './pricing-terms.ts';

/** What changed a price: a discount given or taken back, or the price terms (list, country, quantity). */
export type AuditAction = 'discount-set' | 'discount-removed' | 'pricing-set';

/** One change to the price, in the order spec: who, when, what and why. */
export interface AuditEntry {
  /** ISO 8601 instant. */
  readonly at: string;
  /** Who made the change (the signed-in staff member's name). */
  readonly actor: string;
  readonly action: AuditAction;
  /** What changed, for people ("Discount on the order: 15%"), in the spec's language (see domain-labels.ts). */
  readonly detail: string;
  /** Why; required for discounts. */
  readonly reason: string;
  /** Who approved it: staff alone, or with a manager's code. */
  readonly approval: DiscountApproval;
  /** For discount entries: the discount set (or the one removed), so checks can match lines to entries. */
  readonly discount: Discount | null;
}

export const MAX_AUDIT_TEXT = 500;

/** Why an entry cannot go into the trail, or undefined. */
export function invalidAuditReason(entry: Omit<AuditEntry, 'at' | 'detail'>): string | undefined {
  if (entry.actor.trim().length === 0) return 'say who made the change';
  if (entry.actor.length > 100) return 'the name is longer than 100 characters';
  if (entry.reason.length > MAX_AUDIT_TEXT) return `the reason is longer than ${MAX_AUDIT_TEXT} characters`;
  if (entry.action !== 'pricing-set' && entry.reason.trim().length === 0) return 'give a reason for the discount';
  return undefined;
}

/**
 * The entry recording a discount set or removed (`targetLabel` for people: "the order", `theOrder` in
 * domain-labels.ts, or a line's label), worded in `locale`: the catalog's, as the spec's other labels.
 */
export function discountEntry(
  at: string,
  change: { actor: string; reason: string; approval: DiscountApproval },
  action: 'discount-set' | 'discount-removed',
  discount: Discount,
  targetLabel: string,
  locale?: string,
): AuditEntry {
  const words = domainLabels(locale);
  const detail = action === 'discount-set' ? words.auditDiscountSet(targetLabel, discount.percent) : words.auditDiscountRemoved(targetLabel, discount.percent);
  return { at, actor: change.actor.trim(), action, detail, reason: change.reason.trim(), approval: change.approval, discount };
}

/** The entry recording new price terms, worded in `locale` (the catalog's). */
export function pricingEntry(at: string, change: { actor: string; reason: string }, pricing: PricingChoice, locale?: string): AuditEntry {
  return {
    at,
    actor: change.actor.trim(),
    action: 'pricing-set',
    detail: domainLabels(locale).auditPriceTerms(pricing),
    reason: change.reason.trim(),
    approval: 'staff',
    discount: null,
  };
}

/** The entry that set the discount now on `target`: the latest "discount-set" for it, if any and if no removal came after. */
export function entryForDiscount(audit: readonly AuditEntry[], target: string): AuditEntry | undefined {
  for (let i = audit.length - 1; i >= 0; i--) {
    const entry = audit[i]!;
    if (entry.discount?.target !== target) continue;
    return entry.action === 'discount-set' ? entry : undefined;
  }
  return undefined;
}

/**
 * The approval on record for the discounts now given: that of the latest discount set. Whoever
 * approved the last discount approved the whole set as it then was (the guardrails look at the order
 * as a whole), and removing a discount never needs approval.
 */
export function approvalOf(audit: readonly AuditEntry[]): DiscountApproval {
  for (let i = audit.length - 1; i >= 0; i--) if (audit[i]!.action === 'discount-set') return audit[i]!.approval;
  return 'staff';
}

/**
 * Where a trail does not account for the discounts given: every discount needs the entry that set
 * it, with the same percentage. Returns [index of the discount, problem] pairs.
 */
export function unrecordedDiscounts(audit: readonly AuditEntry[], discounts: readonly Discount[]): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  discounts.forEach((discount, index) => {
    const entry = entryForDiscount(audit, discount.target);
    if (!entry) problems.push({ index, message: `no audit entry gives this discount on "${discount.target}"` });
    else if (entry.discount?.percent !== discount.percent) {
      problems.push({ index, message: `the audit trail gives ${entry.discount?.percent}% on "${discount.target}", the price ${discount.percent}%` });
    }
  });
  return problems;
}
