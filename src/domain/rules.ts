import type { Catalog, Condition, Rule } from './catalog-schema.ts';
import { selectionOf, type Selections } from './selections.ts';

/** Whether a condition holds for a full selection. Multi groups are "is" when they include the value. */
export function conditionHolds(condition: Condition, selections: Selections): boolean {
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, selections));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, selections));
  if ('not' in condition) return !conditionHolds(condition.not, selections);
  const value = selectionOf(selections, condition.option);
  if ('is' in condition) return Array.isArray(value) ? value.includes(condition.is) : value === condition.is;
  if ('in' in condition) {
    return Array.isArray(value) ? value.some((v) => condition.in.includes(v)) : typeof value === 'string' && condition.in.includes(value);
  }
  if (typeof value !== 'number') return false;
  return (
    (condition.gt === undefined || value > condition.gt) &&
    (condition.gte === undefined || value >= condition.gte) &&
    (condition.lt === undefined || value < condition.lt) &&
    (condition.lte === undefined || value <= condition.lte)
  );
}

export function ruleHolds(rule: Rule, selections: Selections): boolean {
  return !conditionHolds(rule.if, selections) || conditionHolds(rule.then, selections);
}

/** The rules a full selection breaks, in catalog order. */
export function findViolations(catalog: Catalog, selections: Selections): Rule[] {
  return catalog.rules.filter((rule) => !ruleHolds(rule, selections));
}

/** The option groups a condition reads. */
export function conditionGroups(condition: Condition, into: Set<string> = new Set()): Set<string> {
  if ('all' in condition) condition.all.forEach((c) => conditionGroups(c, into));
  else if ('any' in condition) condition.any.forEach((c) => conditionGroups(c, into));
  else if ('not' in condition) conditionGroups(condition.not, into);
  else into.add(condition.option);
  return into;
}

export function ruleGroups(rule: Rule): Set<string> {
  return conditionGroups(rule.then, conditionGroups(rule.if));
}
