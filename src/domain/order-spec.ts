import type { Catalog } from './catalog-schema.ts';
import type { IsoDate } from './business-days.ts';
import type { Cents } from './money.ts';
import { billOfMaterials } from './bill-of-materials.ts';
import { valueLabels } from './describe-selection.ts';
import { leadTime } from './lead-time.ts';
import { priceBreakdown, type PriceLine, type TaxLine } from './price-breakdown.ts';
import { pricingTerms, type PricingChoice } from './pricing-terms.ts';
import { resolveSelections } from './resolve-selections.ts';
import { findViolations } from './rules.ts';
import { incompleteGroups, selectionOf, type SelectionValue, type Selections } from './selections.ts';
import type { HardRule, OptionGroup } from './catalog-schema.ts';
import { applyDiscounts, type Discount } from './apply-discounts.ts';
import type { AuditEntry } from './audit-trail.ts';
import type { OptionRequest } from './option-requests.ts';
import type { QuoteInfo } from './quote-terms.ts';
import type { OrderSpecPicture } from './picture-reference.ts';

/**
 * The order spec version this app writes. 2: the seal's `hash` covers the design without the
 * product picture (a share link reproduces it on any device), and `integrity.pictureHash` seals the
 * picture reference to it. 1 (specs sealed before): `hash` covered the picture reference too.
 */
export const ORDER_SPEC_SCHEMA_VERSION = 2;
/** The versions read (specs downloaded, stored as orders or waiting in a shop's outbox): every version written so far. */
export const ORDER_SPEC_SCHEMA_VERSIONS = [1, ORDER_SPEC_SCHEMA_VERSION] as const;
export type OrderSpecSchemaVersion = (typeof ORDER_SPEC_SCHEMA_VERSIONS)[number];

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
  /** The language of the labels: the catalog was localized in it, and verification localizes it the same way. */
  readonly locale: string;
  readonly catalog: { readonly id: string; readonly version: string; readonly name: string };
  readonly choices: readonly OrderSpecChoice[];
  readonly dimensions: readonly { readonly groupId: string; readonly label: string; readonly value: number; readonly unit: string }[];
  readonly billOfMaterials: readonly {
    readonly componentId: string;
    readonly sku: string;
    readonly name: string;
    readonly quantity: number;
    readonly leadTimeDays: number;
  }[];
  /** The terms the price is on: which price list, shown with or without tax, where to, how many. */
  readonly pricing: {
    readonly priceList: { readonly id: string; readonly label: string; readonly channel: string };
    readonly taxMode: 'inclusive' | 'exclusive';
    readonly market: { readonly country: string; readonly name: string } | null;
    readonly quantity: number;
  };
  /** `total` is the sum of `lines`; `payable` adds the taxes not included in the listed prices. */
  readonly price: { readonly currency: string; readonly lines: readonly PriceLine[]; readonly total: Cents; readonly payable: Cents };
  readonly leadTime: {
    readonly productionDays: number;
    readonly adjustments: readonly { readonly id: string; readonly label: string; readonly days: number }[];
    readonly assemblyDays: number;
    readonly businessDays: number;
    readonly orderDate: IsoDate;
    readonly shipDate: IsoDate;
    /** Business days from shipping to the door in the market delivered to; null without a market. */
    readonly delivery: { readonly from: IsoDate; readonly to: IsoDate } | null;
    readonly drivers: readonly string[];
  };
  /** Who ordered, and what they agreed to; null until the customer gives their details. */
  readonly customer: OrderSpecCustomer | null;
  readonly notes: string;
  /** The market's tax: included in the price (`included`) or added to make `price.payable`. */
  readonly taxes: readonly OrderSpecTax[];
  /** Set when sales staff prepared this as a quote; null for a shopper's own order. */
  readonly quote: QuoteInfo | null;
  /** Every change to the price by staff (discounts, price terms), oldest first: who, when, what, why. */
  readonly audit: readonly AuditEntry[];
  /** Options the customer asked for that the catalog lacks ("Suggest an option"). */
  readonly requests: readonly OptionRequest[];
  /**
   * The product picture the customer saw, by reference (size, SHA-256 of the PNG bytes, what it
   * shows). Attached on the done page before sealing and sealed apart from the design
   * (`integrity.pictureHash`), because its bytes depend on the device's renderer; absent when no
   * picture could be made (and in specs from before pictures).
   */
  readonly picture?: OrderSpecPicture;
}

/** What sales staff and the customer add to a design: none of it changes choices, and only discounts change the price. */
export interface OrderExtras {
  readonly discounts?: readonly Discount[];
  readonly customer?: OrderSpecCustomer | null;
  readonly notes?: string;
  readonly quote?: QuoteInfo | null;
  readonly audit?: readonly AuditEntry[];
  readonly requests?: readonly OptionRequest[];
}

export interface PostalAddress {
  readonly line1: string;
  readonly line2?: string;
  readonly postalCode: string;
  readonly city: string;
  /** ISO 3166 country code. */
  readonly country: string;
}

export interface OrderSpecCustomer {
  readonly name?: string;
  readonly company?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly address?: PostalAddress;
  /** What the customer agreed to, separately, and when. */
  readonly consent: { readonly orderFulfilment: boolean; readonly marketing: boolean; readonly recordedAt: string };
}

export type OrderSpecTax = TaxLine;

/**
 * How the spec is sealed: SHA-256 over RFC 8785 canonical JSON, as lower-case hex.
 * - `hash`, the design's seal: the spec without `integrity` and `picture` (version 1: without
 *   `integrity` only). The same design, confirmed at the same moment, has the same hash on any device.
 * - `pictureHash`, present exactly when the spec has a `picture`: the canonical JSON of
 *   `{"hash": <hash>, "picture": <picture>}`, so the reference cannot be changed or moved to another
 *   spec unnoticed. Version 1 has none.
 */
export interface SpecIntegrity {
  readonly algorithm: 'SHA-256';
  readonly canonicalization: 'RFC 8785';
  readonly hash: string;
  readonly pictureHash?: string;
}

/**
 * The spec production receives: the built spec bound to the catalog's rules (`rulesFingerprint`)
 * and sealed (`SpecIntegrity`: the design's hash, and the picture reference's). Sealing is async (WebCrypto), so it happens at the
 * edge (`sealSpec`), not in `buildOrderSpec`.
 */
export type SealedOrderSpec = Omit<OrderSpec, 'catalog' | 'schemaVersion'> & {
  /** Sealing writes the current version; specs sealed by earlier versions are still read and verified. */
  readonly schemaVersion: OrderSpecSchemaVersion;
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
export function buildOrderSpec(
  catalog: Catalog,
  choices: Selections,
  clock: { now: string; today: IsoDate },
  pricing: PricingChoice = {},
  extras: OrderExtras = {},
): OrderSpecResult {
  const selections = resolveSelections(catalog, choices);
  const violations = findViolations(catalog, selections);
  const incomplete = incompleteGroups(catalog, selections);
  if (violations.length > 0 || incomplete.length > 0) return { ok: false, violations, incomplete };

  const terms = pricingTerms(catalog, pricing);
  // Discounts are checked against the catalog's guardrails by the flow machine and by verifySpec.
  const price = applyDiscounts(priceBreakdown(catalog, selections, terms), extras.discounts ?? []);
  const lead = leadTime(catalog, selections, clock.today, terms.market);
  const spec: OrderSpec = {
    schemaVersion: ORDER_SPEC_SCHEMA_VERSION,
    createdAt: clock.now,
    locale: catalog.locale ?? 'en',
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
      group.kind === 'number' && group.unit !== 'pcs'
        ? [{ groupId: group.id, label: group.label, value: selections[group.id] as number, unit: group.unit }]
        : [],
    ),
    billOfMaterials: billOfMaterials(catalog, selections).map(({ component, quantity }) => ({
      componentId: component.id,
      sku: component.sku,
      name: component.name,
      quantity,
      leadTimeDays: component.leadTimeDays,
    })),
    pricing: {
      priceList: { id: terms.list.id, label: terms.list.label, channel: terms.list.channel },
      taxMode: terms.list.taxMode,
      market: terms.market ? { country: terms.market.country, name: terms.market.name } : null,
      quantity: terms.quantity,
    },
    price: { currency: price.currency, lines: price.lines, total: price.total, payable: price.payable },
    leadTime: {
      productionDays: lead.productionDays,
      adjustments: lead.adjustments,
      assemblyDays: lead.assemblyDays,
      businessDays: lead.businessDays,
      orderDate: clock.today,
      shipDate: lead.shipDate,
      delivery: lead.delivery,
      drivers: lead.drivers.map((c) => c.id),
    },
    customer: extras.customer ?? null,
    notes: extras.notes ?? '',
    taxes: price.taxes,
    quote: extras.quote ?? null,
    audit: extras.audit ?? [],
    requests: extras.requests ?? [],
  };
  return { ok: true, spec };
}

/** Who decided a group's value in a full selection completed from `choices`. */
export function choiceSource(group: OptionGroup, choices: Selections, value: SelectionValue): OrderSpecChoice['source'] {
  if (selectionOf(choices, group.id) !== undefined) return 'customer';
  return JSON.stringify(value) === JSON.stringify(group.default) ? 'default' : 'adjusted';
}
