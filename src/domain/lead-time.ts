import type { Catalog, Component } from './catalog-schema.ts';
import { addBusinessDays, type IsoDate } from './business-days.ts';
import { billOfMaterials } from './bill-of-materials.ts';
import type { Selections } from './selections.ts';

export interface LeadTime {
  /** Production days: the slowest chosen component (components are made in parallel). */
  readonly productionDays: number;
  readonly assemblyDays: number;
  /** productionDays + assemblyDays, in business days. */
  readonly businessDays: number;
  /** The components that set productionDays, so the customer sees what drives the wait. */
  readonly drivers: readonly Component[];
  readonly shipDate: IsoDate;
}

/** Lead time of a full selection, and the ship date counted from `today` in business days. */
export function leadTime(catalog: Catalog, selections: Selections, today: IsoDate): LeadTime {
  const components = billOfMaterials(catalog, selections).map((line) => line.component);
  const productionDays = Math.max(0, ...components.map((c) => c.leadTimeDays));
  const drivers = productionDays > 0 ? components.filter((c) => c.leadTimeDays === productionDays) : [];
  const businessDays = productionDays + catalog.assemblyDays;
  return {
    productionDays,
    assemblyDays: catalog.assemblyDays,
    businessDays,
    drivers,
    shipDate: addBusinessDays(today, businessDays, new Set(catalog.calendar.holidays)),
  };
}
