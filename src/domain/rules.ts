import type { Catalog, Condition, HardRule, Rule, TableCell } from './catalog-schema.ts';
import { isFilled, selectionOf, type SelectionValue, type Selections } from './selections.ts';

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
  if ('filled' in condition) return isFilled(value) === condition.filled;
  return typeof value === 'number' && inRange(value, condition);
}

function inRange(value: number, range: { gt?: number; gte?: number; lt?: number; lte?: number }): boolean {
  return (
    (range.gt === undefined || value > range.gt) &&
    (range.gte === undefined || value >= range.gte) &&
    (range.lt === undefined || value < range.lt) &&
    (range.lte === undefined || value <= range.lte)
  );
}

/** Whether one table cell accepts a group's value ("*" accepts anything). */
export function cellMatches(cell: TableCell, value: SelectionValue | undefined): boolean {
  if (cell === '*') return true;
  if (typeof cell === 'string') return Array.isArray(value) ? value.includes(cell) : value === cell;
  if (Array.isArray(cell)) return Array.isArray(value) ? value.some((v) => cell.includes(v)) : typeof value === 'string' && cell.includes(value);
  return typeof value === 'number' && inRange(value, cell);
}

/** Whether a rule is satisfied by a full selection. Soft (default) rules always are. */
export function ruleHolds(rule: Rule, selections: Selections): boolean {
  switch (rule.kind) {
    case 'requires':
      return !conditionHolds(rule.if, selections) || conditionHolds(rule.then, selections);
    case 'excludes':
      return !rule.conditions.every((c) => conditionHolds(c, selections));
    case 'table': {
      const values = rule.options.map((option) => selectionOf(selections, option));
      const matches = (row: readonly TableCell[]) => row.every((cell, i) => cellMatches(cell, values[i]));
      return rule.allowed ? rule.allowed.some(matches) : !rule.forbidden!.some(matches);
    }
    case 'default':
      return true;
  }
}

/** The rules that must hold (everything but soft defaults). */
export function hardRules(catalog: Catalog): HardRule[] {
  return catalog.rules.filter((rule): rule is HardRule => rule.kind !== 'default');
}

/** The rules a full selection breaks, in catalog order. */
export function findViolations(catalog: Catalog, selections: Selections): HardRule[] {
  return hardRules(catalog).filter((rule) => !ruleHolds(rule, selections));
}

/** The option groups a condition reads. */
export function conditionGroups(condition: Condition, into: Set<string> = new Set()): Set<string> {
  if ('all' in condition) condition.all.forEach((c) => conditionGroups(c, into));
  else if ('any' in condition) condition.any.forEach((c) => conditionGroups(c, into));
  else if ('not' in condition) conditionGroups(condition.not, into);
  else into.add(condition.option);
  return into;
}

/** The option groups a rule reads or sets. */
export function ruleGroups(rule: Rule): Set<string> {
  switch (rule.kind) {
    case 'requires':
      return conditionGroups(rule.then, conditionGroups(rule.if));
    case 'excludes': {
      const groups = new Set<string>();
      rule.conditions.forEach((c) => conditionGroups(c, groups));
      return groups;
    }
    case 'table':
      return new Set(rule.options);
    case 'default':
      return conditionGroups(rule.if, new Set([rule.option]));
  }
}
