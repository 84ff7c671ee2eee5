import type { SharedDesign } from './share-link.ts';
import type { Selections, SelectionValue } from '../domain/selections.ts';

/** What the shop tells a customer about an order the service refused after they left the page. */
export interface RefusedOrder {
  /** The product's name as the spec gives it ("Standing desk"). */
  readonly product: string;
  /** The day the design was confirmed (YYYY-MM-DD). */
  readonly confirmedOn: string;
  /** The customer's own choices and terms, to open the design again at today's prices and dates. */
  readonly design: SharedDesign;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isValue = (value: unknown): value is SelectionValue =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || (Array.isArray(value) && value.every((v) => typeof v === 'string'));

/**
 * A queued order spec (stored in this browser, so read as untrusted: checked by hand, as the outbox
 * does) as the design it was made from; null when it is not recognisably an order spec. Only the
 * customer's own choices come back: defaults and rule adjustments are worked out again.
 */
export function refusedOrderOf(spec: unknown): RefusedOrder | null {
  if (!isRecord(spec) || !isRecord(spec.catalog) || !Array.isArray(spec.choices) || !isRecord(spec.leadTime)) return null;
  const { id, version, name } = spec.catalog;
  const confirmedOn = spec.leadTime.orderDate;
  if (typeof id !== 'string' || typeof version !== 'string' || typeof name !== 'string' || typeof confirmedOn !== 'string') return null;
  const choices: Record<string, SelectionValue> = {};
  for (const choice of spec.choices) {
    if (isRecord(choice) && choice.source === 'customer' && typeof choice.groupId === 'string' && isValue(choice.value)) choices[choice.groupId] = choice.value;
  }
  const pricing = isRecord(spec.pricing) ? spec.pricing : {};
  const country = isRecord(pricing.market) && typeof pricing.market.country === 'string' ? pricing.market.country : undefined;
  const quantity = typeof pricing.quantity === 'number' && Number.isInteger(pricing.quantity) ? pricing.quantity : undefined;
  const lang = typeof spec.locale === 'string' ? spec.locale : undefined;
  return {
    product: name,
    confirmedOn,
    design: {
      catalogId: id,
      catalogVersion: version,
      choices: choices as Selections,
      ...(country !== undefined || quantity !== undefined ? { pricing: { ...(country ? { country } : {}), ...(quantity ? { quantity } : {}) } } : {}),
      ...(lang ? { lang } : {}),
    },
  };
}

/**
 * Why the service refused an order, in the terms the customer can act on, from the findings'
 * pointers (their messages are the service's, in English):
 * - `stale`: its date has passed (it waited offline), so prices and dates must be worked out today;
 * - `details`: the customer block (name, email, consent) is missing or wrong;
 * - `catalog`: the design no longer matches the catalog (prices, options, parts, dates changed);
 * - `other`: anything else (a damaged spec, a shop version the service does not know).
 */
export type RefusalKind = 'stale' | 'details' | 'catalog' | 'other';

const CATALOG_POINTERS = /^\/(catalog|choices|dimensions|billOfMaterials|pricing|price|leadTime|taxes|quote)(\/|$)/;

export function refusalKind(findings: readonly { readonly pointer: string }[] | undefined): RefusalKind {
  const pointers = (findings ?? []).map((finding) => finding.pointer);
  if (pointers.includes('/leadTime/orderDate')) return 'stale';
  if (pointers.some((pointer) => pointer === '/customer' || pointer.startsWith('/customer/'))) return 'details';
  if (pointers.length > 0 && pointers.every((pointer) => CATALOG_POINTERS.test(pointer))) return 'catalog';
  return 'other';
}
