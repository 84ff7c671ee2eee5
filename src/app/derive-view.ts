import type { Catalog, HardRule } from '../domain/catalog-schema.ts';
import type { IsoDate } from '../domain/business-days.ts';
import { engineFor } from '../domain/configuration-engine.ts';
import { leadTime, leadTimeDays, type LeadTime } from '../domain/lead-time.ts';
import { findFixes, optionAvailability, type Change, type GroupAvailability } from '../domain/option-availability.ts';
import { priceBreakdown, type PriceBreakdown } from '../domain/price-breakdown.ts';
import { applyDiscounts, type Discount } from '../domain/apply-discounts.ts';
import { listedAmount, pricingTerms, type PricingChoice } from '../domain/pricing-terms.ts';
import type { Cents } from '../domain/money.ts';
import type { Money } from '../domain/catalog-schema.ts';
import { resolveSelections } from '../domain/resolve-selections.ts';
import { findViolations } from '../domain/rules.ts';
import { deriveSceneSpec, type SceneSpec } from '../domain/scene-spec.ts';
import { chosenValueIds, findValue, formatValueProblem, incompleteProblems, type Selections, type ValueProblem } from '../domain/selections.ts';

/** Everything the configurator shows for the current choices, derived in one place. */
export interface ConfigurationView {
  readonly selections: Selections;
  readonly price: PriceBreakdown;
  /** A catalog amount (an option's delta, a unit price) as listed on the current price terms. */
  readonly listed: (money: Money) => Cents;
  readonly leadTime: LeadTime;
  readonly availability: ReadonlyMap<string, GroupAvailability>;
  /** Rules the configuration breaks now; confirming is refused while any remain. */
  readonly violations: readonly HardRule[];
  /** Groups whose value is not acceptable yet (e.g. a required text left empty); confirming is refused. `reason` is in English, `problem` for other languages. */
  readonly incomplete: readonly { groupId: string; reason: string; problem: ValueProblem }[];
  /** Single changes to the customer's choices that clear every violation. */
  readonly fixes: readonly Change[];
  readonly scene: SceneSpec;
  /** How many distinct valid products the customer's choices still allow (exact). */
  readonly remaining: bigint;
  /**
   * For each selectable single/multi value ("group/value"): how many business days choosing it
   * would add to (or save on) the current lead time, so the customer can trade time for choice.
   */
  readonly leadTimeDeltas: ReadonlyMap<string, number>;
  /** The chosen values whose parts take longest to make (what drives the lead time). */
  readonly leadTimeDrivers: readonly { readonly groupId: string; readonly valueId: string }[];
}

/** `discounts`: those sales staff gave (checked by the flow machine), shown as price lines. */
export function deriveView(
  catalog: Catalog,
  choices: Selections,
  today: IsoDate,
  pricing: PricingChoice = {},
  discounts: readonly Discount[] = [],
): ConfigurationView {
  const selections = resolveSelections(catalog, choices);
  const violations = findViolations(catalog, selections);
  const terms = pricingTerms(catalog, pricing);
  const lead = leadTime(catalog, selections, today, terms.market);
  const availability = new Map(optionAvailability(catalog, choices).map((a) => [a.groupId, a] as const));
  return {
    selections,
    price: applyDiscounts(priceBreakdown(catalog, selections, terms), discounts),
    listed: (money) => listedAmount(money, terms),
    leadTime: lead,
    availability,
    violations,
    incomplete: incompleteProblems(catalog, selections).map(({ groupId, problem }) => ({ groupId, reason: formatValueProblem(problem), problem })),
    fixes: violations.length > 0 ? findFixes(catalog, choices) : [],
    scene: deriveSceneSpec(catalog, selections),
    remaining: engineFor(catalog).count(choices),
    leadTimeDeltas: leadTimeDeltas(catalog, choices, selections, availability, lead.businessDays),
    leadTimeDrivers: leadTimeDrivers(catalog, selections, lead),
  };
}

function leadTimeDeltas(
  catalog: Catalog,
  choices: Selections,
  selections: Selections,
  availability: ReadonlyMap<string, GroupAvailability>,
  current: number,
): Map<string, number> {
  const deltas = new Map<string, number>();
  for (const group of catalog.groups) {
    if (group.kind !== 'single' && group.kind !== 'multi') continue;
    const chosen = chosenValueIds(group, selections[group.id]);
    for (const value of group.values) {
      if (chosen.includes(value.id) || availability.get(group.id)?.blockedValues.has(value.id)) continue;
      const picked = group.kind === 'single' ? value.id : [...chosen, value.id];
      const next = resolveSelections(catalog, { ...choices, [group.id]: picked });
      deltas.set(`${group.id}/${value.id}`, leadTimeDays(catalog, next).businessDays - current);
    }
  }
  return deltas;
}

/** Which chosen values bring the components that take longest to make. */
function leadTimeDrivers(catalog: Catalog, selections: Selections, lead: LeadTime): { groupId: string; valueId: string }[] {
  const slow = new Set(lead.drivers.map((c) => c.id));
  const drivers: { groupId: string; valueId: string }[] = [];
  for (const group of catalog.groups) {
    for (const valueId of chosenValueIds(group, selections[group.id])) {
      const value = findValue(group, valueId);
      if (value?.components.some((ref) => slow.has(ref.component))) drivers.push({ groupId: group.id, valueId });
    }
  }
  return drivers;
}
