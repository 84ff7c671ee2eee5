import type { Catalog, HardRule } from '../domain/catalog-schema.ts';
import type { IsoDate } from '../domain/business-days.ts';
import { engineFor } from '../domain/configuration-engine.ts';
import { leadTime, type LeadTime } from '../domain/lead-time.ts';
import { findFixes, optionAvailability, type Change, type GroupAvailability } from '../domain/option-availability.ts';
import { priceBreakdown, type PriceBreakdown } from '../domain/price-breakdown.ts';
import { resolveSelections } from '../domain/resolve-selections.ts';
import { findViolations } from '../domain/rules.ts';
import { deriveSceneSpec, type SceneSpec } from '../domain/scene-spec.ts';
import { incompleteGroups, type Selections } from '../domain/selections.ts';

/** Everything the configurator shows for the current choices, derived in one place. */
export interface ConfigurationView {
  readonly selections: Selections;
  readonly price: PriceBreakdown;
  readonly leadTime: LeadTime;
  readonly availability: ReadonlyMap<string, GroupAvailability>;
  /** Rules the configuration breaks now; confirming is refused while any remain. */
  readonly violations: readonly HardRule[];
  /** Groups whose value is not acceptable yet (e.g. a required text left empty); confirming is refused. */
  readonly incomplete: readonly { groupId: string; reason: string }[];
  /** Single changes to the customer's choices that clear every violation. */
  readonly fixes: readonly Change[];
  readonly scene: SceneSpec;
  /** How many distinct valid products the customer's choices still allow (exact). */
  readonly remaining: bigint;
}

export function deriveView(catalog: Catalog, choices: Selections, today: IsoDate): ConfigurationView {
  const selections = resolveSelections(catalog, choices);
  const violations = findViolations(catalog, selections);
  return {
    selections,
    price: priceBreakdown(catalog, selections),
    leadTime: leadTime(catalog, selections, today),
    availability: new Map(optionAvailability(catalog, choices).map((a) => [a.groupId, a] as const)),
    violations,
    incomplete: incompleteGroups(catalog, selections),
    fixes: violations.length > 0 ? findFixes(catalog, choices) : [],
    scene: deriveSceneSpec(catalog, selections),
    remaining: engineFor(catalog).count(choices),
  };
}
