import type { Catalog, HardRule } from './catalog-schema.ts';
import { engineFor } from './configuration-engine.ts';
import type { SelectionValue, Selections } from './selections.ts';

/** One change to the customer's choices. */
export interface Change {
  readonly groupId: string;
  readonly value: SelectionValue;
}

/** Why a value cannot be chosen with the current choices, and the smallest change that allows it. */
export interface Blocked {
  /** The rules that block it, with the messages shoppers read. */
  readonly rules: readonly HardRule[];
  /** Changes to the customer's other choices that, applied together, allow it; empty when none exist. */
  readonly fix: readonly Change[];
  /** The customer's choices (group ids) that together block it: a minimal set (QuickXplain). */
  readonly conflict?: readonly string[];
}

export interface GroupAvailability {
  readonly groupId: string;
  /** For single/multi groups: value id → why it is blocked. Values not listed are selectable. */
  readonly blockedValues: ReadonlyMap<string, Blocked>;
  /** For number groups: the steps that can still lead to a valid product. */
  readonly allowedNumbers?: readonly number[];
}

/**
 * For every option group: which values can still lead to a complete valid product given the
 * customer's other choices (exact: no dead ends), and for each blocked value why and how to fix it.
 */
export function optionAvailability(catalog: Catalog, choices: Selections): GroupAvailability[] {
  return engineFor(catalog).availability(choices);
}

/** Single changes to the customer's choices that clear every violation, nearest values first. */
export function findFixes(catalog: Catalog, choices: Selections): Change[] {
  return engineFor(catalog).fixes(choices);
}
