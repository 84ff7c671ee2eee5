import type { Catalog, OptionGroup } from './catalog-schema.ts';
import { conditionHolds, findViolations, ruleGroups } from './rules.ts';
import { defaultSelections, multiValues, numberSteps, selectionOf, type SelectionValue, type Selections } from './selections.ts';

/**
 * Completes the customer's own choices into a full selection. Groups the customer has not
 * chosen take their default, unless that breaks a rule together with the choices; then the
 * nearest value that does not is taken (a greedy repair). The customer's choices are never
 * changed: a conflict among them stays visible as a violation.
 *
 * v1 note: this is a local repair, exact for rules between two groups (all the sample
 * catalogs have); the compiled rules engine (issue 5) replaces it with exact valid domains.
 */
export function resolveSelections(catalog: Catalog, choices: Selections): Selections {
  const full: Record<string, SelectionValue> = { ...defaultSelections(catalog) };
  for (const group of catalog.groups) {
    const chosen = selectionOf(choices, group.id);
    if (chosen !== undefined) full[group.id] = group.kind === 'multi' ? multiValues(group, chosen) : chosen;
  }
  const free = new Set(catalog.groups.filter((g) => selectionOf(choices, g.id) === undefined).map((g) => g.id));
  applyDefaultRules(catalog, full, free);

  for (let round = 0; round < catalog.groups.length; round++) {
    const violations = findViolations(catalog, full);
    if (violations.length === 0) break;
    const repairable = catalog.groups.filter((g) => free.has(g.id) && violations.some((rule) => ruleGroups(rule).has(g.id)));
    let improved = false;
    for (const group of repairable) {
      let best = findViolations(catalog, full).length;
      let bestValue: SelectionValue | undefined;
      for (const candidate of repairCandidates(group, full[group.id]!)) {
        const count = findViolations(catalog, { ...full, [group.id]: candidate }).length;
        if (count < best) {
          best = count;
          bestValue = candidate;
          if (count === 0) break;
        }
      }
      if (bestValue !== undefined) {
        full[group.id] = bestValue;
        improved = true;
      }
    }
    if (!improved) break;
  }
  return full;
}

/**
 * Soft rules: an unchosen group starts at the value of the first default rule whose condition
 * holds (evaluated in catalog order, so a later default can depend on an earlier one).
 */
function applyDefaultRules(catalog: Catalog, full: Record<string, SelectionValue>, free: ReadonlySet<string>): void {
  const settled = new Set<string>();
  for (const rule of catalog.rules) {
    if (rule.kind !== 'default' || !free.has(rule.option) || settled.has(rule.option)) continue;
    if (conditionHolds(rule.if, full)) {
      full[rule.option] = rule.value;
      settled.add(rule.option);
    }
  }
}

/** Alternative values for a group, nearest to the current one first. */
export function repairCandidates(group: OptionGroup, current: SelectionValue): SelectionValue[] {
  switch (group.kind) {
    case 'single':
      return group.values.map((v) => v.id).filter((id) => id !== current);
    case 'number': {
      const at = typeof current === 'number' ? current : group.default;
      return numberSteps(group)
        .filter((v) => v !== at)
        .sort((a, b) => Math.abs(a - at) - Math.abs(b - at) || a - b);
    }
    case 'multi': {
      const now = multiValues(group, current);
      const max = group.maxCount ?? group.values.length;
      const removals = now.length > group.minCount ? now.map((id) => now.filter((v) => v !== id)) : [];
      const additions = now.length < max ? group.values.filter((v) => !now.includes(v.id)).map((v) => multiValues(group, [...now, v.id])) : [];
      return [...removals, ...additions];
    }
    case 'text':
      // Only emptiness can matter to rules ("filled"); an empty text is the one alternative.
      return current === '' || group.required ? [] : [''];
  }
}
