import type { Catalog, Condition, HardRule, MultiGroup, OptionGroup } from './catalog-schema.ts';
import { EngineError, UNASSIGNED, type Assignment, type ClauseLiteral, type Constraint, type FiniteModel, type ModelVariable } from './engine/model.ts';
import { conditionHolds, hardRules, ruleHolds } from './rules.ts';
import { isFilled, numberSteps, selectionOf, type SelectionValue, type Selections } from './selections.ts';

/**
 * How a catalog becomes a finite-domain model for the rules engine:
 * - a single group is one variable over its values;
 * - a number group is one variable over its steps (min, min + step, … max): exact, because
 *   every value a customer can enter is a step;
 * - a multi group is one yes/no variable per value ("is this accessory included?"), plus a
 *   count constraint when it has minCount/maxCount;
 * - a text group is a yes/no variable (filled or empty) when a rule reads `filled`; otherwise
 *   no rule can see it and it is left out;
 * - every hard rule becomes one constraint over the variables it reads: a clause when it is an
 *   `excludes` of simple conditions, otherwise the table of its allowed or forbidden
 *   combinations (whichever is smaller), found by evaluating the rule on each combination.
 * Soft `default` rules are not constraints: they only choose starting values.
 */
export interface CatalogModel {
  readonly model: FiniteModel;
  /** Variables of each group: one for single/number/text, one per value for multi. */
  readonly groupVariables: ReadonlyMap<string, readonly number[]>;
  /** Constraint index → the rule it came from (count constraints have none). */
  readonly constraintRules: readonly (HardRule | undefined)[];
}

/** Rules whose combinations exceed this are refused with a clear message. */
export const MAX_RULE_COMBINATIONS = 2_000_000;

interface VariableInfo {
  readonly group: OptionGroup;
  /** For multi groups: the value this yes/no variable stands for. */
  readonly valueId?: string;
  readonly values: readonly SelectionValue[];
}

export function catalogToModel(catalog: Catalog): CatalogModel {
  const variables: ModelVariable[] = [];
  const infos: VariableInfo[] = [];
  const groupVariables = new Map<string, number[]>();
  const filledTexts = textGroupsReadByRules(catalog);

  for (const group of catalog.groups) {
    const indices: number[] = [];
    const add = (variable: ModelVariable, info: VariableInfo) => {
      indices.push(variables.length);
      variables.push(variable);
      infos.push(info);
    };
    switch (group.kind) {
      case 'single':
        add({ id: group.id, domainSize: group.values.length, labels: group.values.map((v) => v.id) }, { group, values: group.values.map((v) => v.id) });
        break;
      case 'number': {
        const steps = numberSteps(group);
        add({ id: group.id, domainSize: steps.length, labels: steps.map(String) }, { group, values: steps });
        break;
      }
      case 'multi':
        for (const value of group.values) add({ id: `${group.id}/${value.id}`, domainSize: 2, labels: ['no', 'yes'] }, { group, valueId: value.id, values: [0, 1] });
        break;
      case 'text':
        if (filledTexts.has(group.id)) add({ id: group.id, domainSize: 2, labels: ['empty', 'filled'] }, { group, values: ['', 'filled'] });
        break;
    }
    groupVariables.set(group.id, indices);
  }

  const constraints: Constraint[] = [];
  const constraintRules: (HardRule | undefined)[] = [];
  for (const group of catalog.groups) {
    if (group.kind !== 'multi') continue;
    const max = group.maxCount ?? group.values.length;
    if (group.minCount > 0 || max < group.values.length) {
      constraints.push(countConstraint(group, groupVariables.get(group.id)!, max));
      constraintRules.push(undefined);
    }
  }
  for (const rule of hardRules(catalog)) {
    constraints.push(ruleConstraint(rule, groupVariables, infos));
    constraintRules.push(rule);
  }
  return { model: { variables, constraints }, groupVariables, constraintRules };
}

function textGroupsReadByRules(catalog: Catalog): Set<string> {
  const found = new Set<string>();
  const visit = (condition: Condition): void => {
    if ('all' in condition) condition.all.forEach(visit);
    else if ('any' in condition) condition.any.forEach(visit);
    else if ('not' in condition) visit(condition.not);
    else if ('filled' in condition) found.add(condition.option);
  };
  for (const rule of catalog.rules) {
    if (rule.kind === 'requires') [rule.if, rule.then].forEach(visit);
    if (rule.kind === 'excludes') rule.conditions.forEach(visit);
  }
  return found;
}

function countConstraint(group: MultiGroup, scope: readonly number[], max: number): Constraint {
  if (scope.length > 20) throw new EngineError(`group "${group.id}": count limits are supported for up to 20 values`);
  const tuples: number[][] = [];
  for (let mask = 0; mask < 1 << scope.length; mask++) {
    const row = scope.map((_, i) => (mask >> i) & 1);
    const count = row.reduce((a, b) => a + b, 0);
    if (count >= group.minCount && count <= max) tuples.push(row);
  }
  return { kind: 'table', id: `${group.id}:count`, scope, tuples, mode: 'supports' };
}

/** The variables a rule reads: for multi groups only the values it names. */
function ruleScope(rule: HardRule, groupVariables: ReadonlyMap<string, readonly number[]>, infos: readonly VariableInfo[]): number[] {
  const scope = new Set<number>();
  const addGroup = (groupId: string, valueIds?: readonly string[]) => {
    for (const variable of groupVariables.get(groupId) ?? []) {
      const valueId = infos[variable]!.valueId;
      if (valueId === undefined || valueIds === undefined || valueIds.includes(valueId)) scope.add(variable);
    }
  };
  const visit = (condition: Condition): void => {
    if ('all' in condition) condition.all.forEach(visit);
    else if ('any' in condition) condition.any.forEach(visit);
    else if ('not' in condition) visit(condition.not);
    else if ('is' in condition) addGroup(condition.option, [condition.is]);
    else if ('in' in condition) addGroup(condition.option, condition.in);
    else addGroup(condition.option);
  };
  if (rule.kind === 'requires') [rule.if, rule.then].forEach(visit);
  else if (rule.kind === 'excludes') rule.conditions.forEach(visit);
  else {
    const rows = rule.allowed ?? rule.forbidden ?? [];
    rule.options.forEach((option, i) => {
      const named = new Set<string>();
      for (const row of rows) {
        const cell = row[i];
        if (typeof cell === 'string' && cell !== '*') named.add(cell);
        else if (Array.isArray(cell)) cell.forEach((id) => named.add(id));
      }
      addGroup(option, [...named]);
    });
  }
  return [...scope].sort((a, b) => a - b);
}

function ruleConstraint(rule: HardRule, groupVariables: ReadonlyMap<string, readonly number[]>, infos: readonly VariableInfo[]): Constraint {
  const scope = ruleScope(rule, groupVariables, infos);
  if (rule.kind === 'excludes') {
    const clause = excludesAsClause(rule.conditions, groupVariables, infos);
    if (clause) return { kind: 'clause', id: rule.id, literals: clause };
  }
  let combinations = 1;
  for (const variable of scope) combinations *= infos[variable]!.values.length;
  if (combinations > MAX_RULE_COMBINATIONS) {
    throw new EngineError(`rule "${rule.id}" spans ${combinations.toLocaleString('en')} combinations of its options; split it into smaller rules`);
  }
  const allowed: number[][] = [];
  const forbidden: number[][] = [];
  const row = new Array<number>(scope.length).fill(0);
  for (let k = 0; k < combinations; k++) {
    let rest = k;
    for (let i = scope.length - 1; i >= 0; i--) {
      const size = infos[scope[i]!]!.values.length;
      row[i] = rest % size;
      rest = Math.floor(rest / size);
    }
    (ruleHolds(rule, selectionFromRow(scope, row, infos)) ? allowed : forbidden).push([...row]);
  }
  return forbidden.length <= allowed.length
    ? { kind: 'table', id: rule.id, scope, tuples: forbidden, mode: 'conflicts' }
    : { kind: 'table', id: rule.id, scope, tuples: allowed, mode: 'supports' };
}

/** A selection holding just the values a row gives the scope's variables (enough for the rule that reads them). */
function selectionFromRow(scope: readonly number[], row: readonly number[], infos: readonly VariableInfo[]): Selections {
  const selection: Record<string, SelectionValue> = {};
  scope.forEach((variable, i) => {
    const info = infos[variable]!;
    const value = info.values[row[i]!]!;
    if (info.valueId !== undefined) {
      const current = (selection[info.group.id] as string[] | undefined) ?? [];
      selection[info.group.id] = value === 1 ? [...current, info.valueId] : current;
    } else {
      selection[info.group.id] = value;
    }
  });
  return selection;
}

/**
 * `excludes` of conditions that each read one variable is the clause "at least one of them
 * is false": each literal lists the values of its variable for which the condition fails.
 */
function excludesAsClause(conditions: readonly Condition[], groupVariables: ReadonlyMap<string, readonly number[]>, infos: readonly VariableInfo[]): ClauseLiteral[] | undefined {
  const literals: ClauseLiteral[] = [];
  for (const condition of conditions) {
    if ('all' in condition || 'any' in condition || 'not' in condition) return undefined;
    const variables = groupVariables.get(condition.option) ?? [];
    const readVariables = 'is' in condition ? variables.filter((v) => infos[v]!.valueId === undefined || infos[v]!.valueId === condition.is) : variables;
    if (readVariables.length !== 1) return undefined;
    const variable = readVariables[0]!;
    const info = infos[variable]!;
    const failing: number[] = [];
    info.values.forEach((value, index) => {
      const selection = info.valueId !== undefined ? { [info.group.id]: value === 1 ? [info.valueId] : [] } : { [info.group.id]: value };
      if (!conditionHolds(condition, selection)) failing.push(index);
    });
    literals.push({ variable, values: failing });
  }
  return literals;
}

/** The customer's choices as an engine assignment (groups not chosen stay unassigned). */
export function encodeChoices(catalogModel: CatalogModel, catalog: Catalog, choices: Selections): Assignment {
  const assignment = new Int32Array(catalogModel.model.variables.length).fill(UNASSIGNED);
  for (const group of catalog.groups) {
    const chosen = selectionOf(choices, group.id);
    if (chosen === undefined) continue;
    for (const variable of catalogModel.groupVariables.get(group.id) ?? []) assignment[variable] = valueIndex(group, variable, chosen, catalogModel);
  }
  return assignment;
}

function valueIndex(group: OptionGroup, variable: number, chosen: SelectionValue, catalogModel: CatalogModel): number {
  const labels = catalogModel.model.variables[variable]!.labels ?? [];
  switch (group.kind) {
    case 'single':
      return labels.indexOf(String(chosen));
    case 'number':
      return numberSteps(group).findIndex((step) => Math.abs(step - Number(chosen)) < 1e-9);
    case 'multi': {
      const valueId = catalogModel.model.variables[variable]!.id.slice(group.id.length + 1);
      return Array.isArray(chosen) && chosen.includes(valueId) ? 1 : 0;
    }
    case 'text':
      return isFilled(chosen) ? 1 : 0;
  }
}
