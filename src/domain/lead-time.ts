import type { Catalog, Component, Market } from './catalog-schema.ts';
import { addBusinessDays, type IsoDate } from './business-days.ts';
import { billOfMaterials } from './bill-of-materials.ts';
import { conditionHolds } from './rules.ts';
import { isFilled, selectionOf, type Selections } from './selections.ts';

/** Business days added on top of production by a filled text option or a lead-time rule. */
export interface LeadTimeAdjustment {
  readonly id: string;
  readonly label: string;
  readonly days: number;
}

export interface LeadTime {
  /** Production days: the slowest chosen component (components are made in parallel). */
  readonly productionDays: number;
  /** Extra days from filled text options (e.g. engraving) and the catalog's lead-time rules. */
  readonly adjustments: readonly LeadTimeAdjustment[];
  readonly assemblyDays: number;
  /** production + adjustments + assembly, never below 0, in business days. */
  readonly businessDays: number;
  /** The components that set productionDays, so the customer sees what drives the wait. */
  readonly drivers: readonly Component[];
  readonly shipDate: IsoDate;
  /** When it reaches the customer: the market's delivery days after shipping; null without a market. */
  readonly delivery: DeliveryWindow | null;
}

export interface DeliveryWindow {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * Lead time of a full selection, and the ship date counted from `today` in business days; with a
 * market, the delivery window counted on from the ship date in the same business days.
 */
export function leadTime(catalog: Catalog, selections: Selections, today: IsoDate, market: Market | null = catalog.markets[0] ?? null): LeadTime {
  const { productionDays, adjustments, businessDays, drivers } = leadTimeDays(catalog, selections);
  const holidays = new Set(catalog.calendar.holidays);
  const shipDate = addBusinessDays(today, businessDays, holidays);
  return {
    productionDays,
    adjustments,
    assemblyDays: catalog.assemblyDays,
    businessDays,
    drivers,
    shipDate,
    delivery: market
      ? { from: addBusinessDays(shipDate, market.deliveryDays.min, holidays), to: addBusinessDays(shipDate, market.deliveryDays.max, holidays) }
      : null,
  };
}

/** The lead time in business days without the dates (e.g. to compare options: what one would add). */
export function leadTimeDays(catalog: Catalog, selections: Selections): Pick<LeadTime, 'productionDays' | 'adjustments' | 'businessDays' | 'drivers'> {
  const components = billOfMaterials(catalog, selections).map((line) => line.component);
  const productionDays = Math.max(0, ...components.map((c) => c.leadTimeDays));
  const drivers = productionDays > 0 ? components.filter((c) => c.leadTimeDays === productionDays) : [];

  const adjustments: LeadTimeAdjustment[] = [];
  for (const group of catalog.groups) {
    const value = selectionOf(selections, group.id);
    if (group.kind === 'text' && group.leadTimeDays > 0 && isFilled(value)) {
      adjustments.push({ id: group.id, label: group.label, days: group.leadTimeDays });
    }
  }
  for (const rule of catalog.leadTimeRules) {
    if (conditionHolds(rule.if, selections)) adjustments.push({ id: `rule/${rule.id}`, label: rule.label, days: rule.addDays });
  }

  const extra = adjustments.reduce((sum, a) => sum + a.days, 0);
  return { productionDays, adjustments, businessDays: Math.max(0, productionDays + extra + catalog.assemblyDays), drivers };
}
