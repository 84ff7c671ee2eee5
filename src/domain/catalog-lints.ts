import type { Catalog } from './catalog-schema.ts';
import type { CatalogProblem } from './catalog-error.ts';
import { catalogToModel } from './catalog-model.ts';
import { createEngine, type EngineOptions } from './engine/engine.ts';
import { UNASSIGNED } from './engine/model.ts';
import { jsonPointer } from './json-pointer.ts';
import { conditionGroups } from './rules.ts';
import { describeStepRuns, numberSteps } from './selections.ts';

/**
 * Lints that need the rules engine (exact, over every valid product):
 * - dead values: no valid product can have them (shoppers would only ever see them disabled);
 * - forced values: every valid product has them (a choice that is not one);
 * - number steps no valid product reaches;
 * - a catalog that allows no product at all;
 * - default rules that feed each other in a cycle (their result would depend on rule order).
 */
export function engineLints(catalog: Catalog, file: string, options: EngineOptions = {}): CatalogProblem[] {
  const warnings: CatalogProblem[] = [];
  const warn = (path: PropertyKey[], message: string) => warnings.push({ file, pointer: jsonPointer(path), message, severity: 'warning' });
  const catalogModel = catalogToModel(catalog);
  const engine = createEngine(catalogModel.model, options);
  const domains = engine.validDomains(new Int32Array(catalogModel.model.variables.length).fill(UNASSIGNED));
  if (!domains.ok) return [{ file, pointer: '', message: `the rules engine gave up checking for dead options (${domains.message})`, severity: 'warning' }];
  if (domains.value.length > 0 && domains.value.every((d) => !d.some(Boolean))) {
    return [{ file, pointer: '/rules', message: 'the rules allow no product at all: every combination breaks at least one rule', severity: 'error' }];
  }

  catalog.groups.forEach((group, g) => {
    const vars = catalogModel.groupVariables.get(group.id) ?? [];
    if (group.kind === 'single') {
      const domain = domains.value[vars[0]!]!;
      const alive = domain.filter(Boolean).length;
      group.values.forEach((value, v) => {
        if (!domain[v]) warn(['groups', g, 'values', v], `"${value.id}" can never be chosen: no valid ${catalog.name.toLowerCase()} has it`);
        else if (alive === 1 && group.values.length > 1) warn(['groups', g, 'values', v], `"${value.id}" is forced: every valid ${catalog.name.toLowerCase()} has it, so "${group.id}" is not really a choice`);
      });
    } else if (group.kind === 'multi') {
      group.values.forEach((value, v) => {
        const domain = domains.value[vars[v]!]!;
        if (!domain[1]) warn(['groups', g, 'values', v], `"${value.id}" can never be added: no valid ${catalog.name.toLowerCase()} includes it`);
        else if (!domain[0]) warn(['groups', g, 'values', v], `"${value.id}" is always included: every valid ${catalog.name.toLowerCase()} has it`);
      });
    } else if (group.kind === 'number') {
      const domain = domains.value[vars[0]!]!;
      const steps = numberSteps(group);
      const dead = steps.filter((_, i) => !domain[i]);
      if (dead.length > 0) warn(['groups', g], `${dead.length} of ${steps.length} values can never be chosen (${describeStepRuns(dead, group.step)} ${group.unit}); narrow min/max or check the rules`);
    }
  });

  // Default rules: A's default reads B and B's default reads A (directly or through others).
  const reads = new Map<string, Set<string>>();
  for (const rule of catalog.rules) {
    if (rule.kind !== 'default') continue;
    const set = reads.get(rule.option) ?? new Set<string>();
    conditionGroups(rule.if).forEach((g) => set.add(g));
    reads.set(rule.option, set);
  }
  const inCycle = (start: string) => {
    const seen = new Set<string>();
    const stack = [...(reads.get(start) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === start) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(reads.get(next) ?? []));
    }
    return false;
  };
  catalog.rules.forEach((rule, r) => {
    if (rule.kind === 'default' && inCycle(rule.option)) warn(['rules', r], `default rules for "${rule.option}" depend on each other in a cycle; the result depends on rule order`);
  });
  return warnings;
}
