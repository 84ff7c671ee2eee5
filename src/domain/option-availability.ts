import type { Catalog, HardRule, OptionGroup } from './catalog-schema.ts';
import { resolveSelections, repairCandidates } from './resolve-selections.ts';
import { findViolations, ruleGroups } from './rules.ts';
import { multiValues, numberSteps, selectionOf, type SelectionValue, type Selections } from './selections.ts';

/** One change to the customer's choices. */
export interface Change {
  readonly groupId: string;
  readonly value: SelectionValue;
}

/** Why a value cannot be chosen with the current choices, and the smallest changes that allow it. */
export interface Blocked {
  readonly rules: readonly HardRule[];
  /** Each fix is one change to another choice; empty when no single change helps. */
  readonly fixes: readonly Change[];
}

export interface GroupAvailability {
  readonly groupId: string;
  /** For single/multi groups: value id → why it is blocked. Values not listed are selectable. */
  readonly blockedValues: ReadonlyMap<string, Blocked>;
  /** For number groups: the allowed steps with the current choices (all steps when unconstrained). */
  readonly allowedNumbers?: readonly number[];
}

/** Number groups with more steps than this are not scanned value by value (they are still checked on confirm). */
export const MAX_SCANNED_STEPS = 2_000;

/**
 * For every option group: which values the customer can pick given their other choices.
 * A value is blocked when picking it breaks a rule that the free groups cannot repair.
 */
export function optionAvailability(catalog: Catalog, choices: Selections): GroupAvailability[] {
  return catalog.groups.map((group) => groupAvailability(catalog, choices, group));
}

function groupAvailability(catalog: Catalog, choices: Selections, group: OptionGroup): GroupAvailability {
  const blockedValues = new Map<string, Blocked>();
  if (group.kind === 'number') {
    const steps = numberSteps(group);
    if (steps.length > MAX_SCANNED_STEPS) return { groupId: group.id, blockedValues };
    const allowedNumbers = steps.filter((value) => blockingRules(catalog, { ...choices, [group.id]: value }, group.id).length === 0);
    return { groupId: group.id, blockedValues, allowedNumbers };
  }
  if (group.kind === 'text') return { groupId: group.id, blockedValues };
  const current = resolveSelections(catalog, choices)[group.id];
  for (const value of group.values) {
    const picked = group.kind === 'single' ? value.id : multiValues(group, [...(Array.isArray(current) ? current : []), value.id]);
    const candidate = { ...choices, [group.id]: picked };
    const rules = blockingRules(catalog, candidate, group.id);
    if (rules.length > 0) blockedValues.set(value.id, { rules, fixes: findFixes(catalog, candidate, group.id) });
  }
  return { groupId: group.id, blockedValues };
}

/** Rules that a choice for `groupId` breaks, after the free groups have been completed. */
export function blockingRules(catalog: Catalog, choices: Selections, groupId: string): HardRule[] {
  return findViolations(catalog, resolveSelections(catalog, choices)).filter((rule) => ruleGroups(rule).has(groupId));
}

/**
 * Single changes to the customer's other choices that make `choices` valid again as far as
 * `groupId` is concerned (or wholly valid when groupId is omitted). Nearest values first, one fix per group.
 */
export function findFixes(catalog: Catalog, choices: Selections, groupId?: string): Change[] {
  const broken = (c: Selections) => {
    const violations = findViolations(catalog, resolveSelections(catalog, c));
    return groupId === undefined ? violations : violations.filter((rule) => ruleGroups(rule).has(groupId));
  };
  const rules = broken(choices);
  if (rules.length === 0) return [];
  const involved = new Set(rules.flatMap((rule) => [...ruleGroups(rule)]));
  const fixes: Change[] = [];
  for (const other of catalog.groups) {
    const chosen = selectionOf(choices, other.id);
    if (other.id === groupId || chosen === undefined || !involved.has(other.id)) continue;
    for (const value of repairCandidates(other, chosen)) {
      if (broken({ ...choices, [other.id]: value }).length === 0) {
        fixes.push({ groupId: other.id, value });
        break;
      }
    }
  }
  return fixes;
}
