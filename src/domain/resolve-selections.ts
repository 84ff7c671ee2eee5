import type { Catalog } from './catalog-schema.ts';
import { engineFor } from './configuration-engine.ts';
import type { Selections } from './selections.ts';

/**
 * Completes the customer's own choices into a full selection. Groups the customer has not
 * chosen take their default (or a default rule's value) when that can still lead to a valid
 * product, else the nearest value that can — decided exactly by the compiled rules engine.
 * The customer's choices are never changed: a conflict among them stays visible as a violation.
 */
export function resolveSelections(catalog: Catalog, choices: Selections): Selections {
  return engineFor(catalog).resolve(choices);
}
