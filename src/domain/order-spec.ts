import type { Catalog } from './catalog-schema.ts';
import type { IsoDate } from './business-days.ts';
import type { Cents } from './money.ts';
import { billOfMaterials } from './bill-of-materials.ts';
import { valueLabels } from './describe-selection.ts';
import { leadTime } from './lead-time.ts';
import { priceBreakdown, type PriceLine } from './price-breakdown.ts';
import { resolveSelections } from './resolve-selections.ts';
import { findViolations } from './rules.ts';
import { incompleteGroups, selectionOf, type SelectionValue, type Selections } from './selections.ts';
import type { HardRule, OptionGroup } from './catalog-schema.ts';

export const ORDER_SPEC_SCHEMA_VERSION = 1;

export interface OrderSpecChoice {
  readonly groupId: string;
  readonly group: string;
  readonly kind: 'single' | 'multi' | 'number' | 'text';
  /** Value id, value ids, or the number. */
  readonly value: SelectionValue;
  readonly labels: readonly string[];
  readonly unit?: string;
  /**
   * Who decided: the customer, the catalog's default, or a rule that moved an unchosen group
   * off its default to fit the customer's choices ("adjusted").
   */
  readonly source: 'customer' | 'default' | 'adjusted';
}

export interface OrderSpec {
  readonly schemaVersion: typeof ORDER_SPEC_SCHEMA_VERSION;
  readonly createdAt: string;
  readonly catalog: { readonly id: string; readonly version: string; readonly name: string };
  readonly choices: readonly OrderSpecChoice[];
  readonly dimensions: readonly { readonly groupId: string; readonly label: string; readonly value: number; readonly unit: string }[];
  readonly billOfMaterials: readonly { readonly componentId: string; readonly sku: string; readonly name: string; readonly quantity: number; readonly leadTimeDays: number }[];
  readonly price: { readonly currency: string; readonly lines: readonly PriceLine[]; readonly total: Cents };
  readonly leadTime: {
    readonly productionDays: number;
    readonly adjustments: readonly { readonly id: string; readonly label: string; readonly days: number }[];
    readonly assemblyDays: number;
    readonly businessDays: number;
    readonly orderDate: IsoDate;
    readonly shipDate: IsoDate;
    readonly drivers: readonly string[];
  };
  /** Who ordered, and what they agreed to; null for anonymous shoppers (everyone, for now). */
  readonly customer: OrderSpecCustomer | null;
  readonly notes: string;
  /** Tax lines, on top of the price; none yet, listed so the shape is stable when they come. */
  readonly taxes: readonly OrderSpecTax[];
}

export interface OrderSpecCustomer {
  readonly name?: string;
  readonly email?: string;
  readonly consent: { readonly orderFulfilment: boolean; readonly marketing: boolean; readonly recordedAt: string };
}

export interface OrderSpecTax {
  readonly id: string;
  readonly label: string;
  readonly amount: Cents;
}

/** How the seal was made: SHA-256 over the RFC 8785 canonical JSON of the spec without `integrity`. */
export interface SpecIntegrity {
  readonly algorithm: 'SHA-256';
  readonly canonicalization: 'RFC 8785';
  /** Lower-case hex. */
  readonly hash: string;
}

/**
 * The spec production receives: the built spec bound to the catalog's rules (`rulesFingerprint`)
 * and sealed with a hash of everything else. Sealing is async (WebCrypto), so it happens at the
 * edge (`sealSpec`), not in `buildOrderSpec`.
 */
export type SealedOrderSpec = Omit<OrderSpec, 'catalog'> & {
  readonly catalog: OrderSpec['catalog'] & { readonly rulesFingerprint: string };
  readonly integrity: SpecIntegrity;
};

export type OrderSpecResult =
  | { readonly ok: true; readonly spec: OrderSpec }
  | { readonly ok: false; readonly violations: readonly HardRule[]; readonly incomplete: readonly { groupId: string; reason: string }[] };

/**
 * The order spec production builds from. Refuses a configuration that breaks a rule.
 * `now` is the instant of confirmation (ISO 8601); `today` the order date for the ship date.
 */
export function buildOrderSpec(catalog: Catalog, choices: Selections, clock: { now: string; today: IsoDate }): OrderSpecResult {
  const selections = resolveSelections(catalog, choices);
  const violations = findViolations(catalog, selections);
  const incomplete = incompleteGroups(catalog, selections);
  if (violations.length > 0 || incomplete.length > 0) return { ok: false, violations, incomplete };

  const price = priceBreakdown(catalog, selections);
  const lead = leadTime(catalog, selections, clock.today);
  const spec: OrderSpec = {
    schemaVersion: ORDER_SPEC_SCHEMA_VERSION,
    createdAt: clock.now,
    catalog: { id: catalog.id, version: catalog.version, name: catalog.name },
    choices: catalog.groups.map((group) => {
      const value = selections[group.id]!;
      return {
        groupId: group.id,
        group: group.label,
        kind: group.kind,
        value,
        labels: valueLabels(group, value),
        ...(group.kind === 'number' ? { unit: group.unit } : {}),
        source: choiceSource(group, choices, value),
      };
    }),
    dimensions: catalog.groups.flatMap((group) =>
      group.kind === 'number' && group.unit !== 'pcs' ? [{ groupId: group.id, label: group.label, value: selections[group.id] as number, unit: group.unit }] : [],
    ),
    billOfMaterials: billOfMaterials(catalog, selections).map(({ component, quantity }) => ({
      componentId: component.id,
      sku: component.sku,
      name: component.name,
      quantity,
      leadTimeDays: component.leadTimeDays,
    })),
    price: { currency: price.currency, lines: price.lines, total: price.total },
    leadTime: {
      productionDays: lead.productionDays,
      adjustments: lead.adjustments,
      assemblyDays: lead.assemblyDays,
      businessDays: lead.businessDays,
      orderDate: clock.today,
      shipDate: lead.shipDate,
      drivers: lead.drivers.map((c) => c.id),
    },
    customer: null,
    notes: '',
    taxes: [],
  };
  return { ok: true, spec };
}

/** Who decided a group's value in a full selection completed from `choices`. */
export function choiceSource(group: OptionGroup, choices: Selections, value: SelectionValue): OrderSpecChoice['source'] {
  if (selectionOf(choices, group.id) !== undefined) return 'customer';
  return JSON.stringify(value) === JSON.stringify(group.default) ? 'default' : 'adjusted';
}
