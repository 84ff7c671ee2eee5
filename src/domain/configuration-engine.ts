import type { Catalog, HardRule, OptionGroup } from './catalog-schema.ts';
import { catalogToModel, encodeChoices, type CatalogModel } from './catalog-model.ts';
import type { CompiledMdd } from './engine/compile.ts';
import { createEngine, type Answer, type Engine, type EngineOptions } from './engine/engine.ts';
import { choiceConflict } from './engine/explain.ts';
import { mddConsistent, mddCount, mddSmallestFix, mddValidDomains } from './engine/mdd-queries.ts';
import { UNASSIGNED, type Assignment, type Domains } from './engine/model.ts';
import type { Blocked, Change, GroupAvailability } from './option-availability.ts';
import { conditionHolds, findViolations, ruleGroups } from './rules.ts';
import { chosenValueIds, multiValues, numberSteps, selectionOf, type SelectionValue, type Selections } from './selections.ts';

/** What the configurator asks of a rules engine, in model terms. Any exact engine can answer. */
export interface EngineQueries {
  /** Per variable, the values it can take with the *other* assigned variables kept (Configit semantics). */
  validDomains(assignment: Assignment): Domains;
  /** Whether the partial assignment extends to a complete valid configuration. */
  consistent(assignment: Assignment): boolean;
  /** Fewest changes to assigned variables (other than `variable`) so variable=value extends; null if never. */
  smallestFix(assignment: Assignment, variable: number, value: number): { variable: number; value: number }[] | null;
  /** Exact number of complete valid configurations extending the assignment. */
  count(assignment?: Assignment): bigint;
}

export function mddEngineQueries(mdd: CompiledMdd): EngineQueries {
  return {
    validDomains: (a) => mddValidDomains(mdd, a),
    consistent: (a) => mddConsistent(mdd, a),
    smallestFix: (a, variable, value) => mddSmallestFix(mdd, a, variable, value),
    count: (a) => mddCount(mdd, a),
  };
}

/** Unwraps an engine answer; an engine that gave up within its budget says so instead of guessing. */
function exact<T>(result: Answer<T>): T {
  if (!result.ok) throw new Error(`the rules engine gave up: ${result.message}`);
  return result.value;
}

/** Queries over the engine facade: a compiled diagram when it fits, exact search otherwise. */
export function engineQueries(engine: Engine): EngineQueries {
  const consistent = (a: Assignment): boolean => {
    const domains = exact(engine.validDomains(a));
    // A variable's domain keeps the other choices: its own value is in it exactly when all choices fit together.
    for (let i = 0; i < a.length; i++) if (a[i] !== UNASSIGNED) return domains[i]![a[i]!] === true;
    return domains.length === 0 ? exact(engine.count()) > 0n : domains.some((d) => d.some(Boolean));
  };
  return {
    validDomains: (a) => exact(engine.validDomains(a)),
    consistent: engine.mdd ? (a) => mddConsistent(engine.mdd!, a) : consistent,
    smallestFix: (a, variable, value) => {
      const fix = exact(engine.smallestFix(a, variable, value));
      return fix ? [...fix] : null;
    },
    count: (a) => exact(engine.count(a)),
  };
}

/** Compiles a catalog's rules (or prepares exact search when the diagram would be too big). */
export function compileCatalog(catalog: Catalog, options: EngineOptions = {}): { catalogModel: CatalogModel; engine: Engine; queries: EngineQueries } {
  const catalogModel = catalogToModel(catalog);
  const engine = createEngine(catalogModel.model, options);
  return { catalogModel, engine, queries: engineQueries(engine) };
}

/**
 * The configurator's questions answered exactly: which values can still lead to a complete valid
 * product (no dead ends), why a value is blocked (the customer's choices and rules that block it),
 * the smallest change that unblocks it, completing the customer's choices, and counting.
 */
export class ConfigurationEngine {
  constructor(
    readonly catalog: Catalog,
    readonly catalogModel: CatalogModel,
    private readonly queries: EngineQueries,
    /** The engine facade, when available: gives minimal rule sets for explanations. */
    readonly engine?: Engine,
  ) {}

  static compile(catalog: Catalog, options: EngineOptions = {}): ConfigurationEngine {
    const compiled = compileCatalog(catalog, options);
    return new ConfigurationEngine(catalog, compiled.catalogModel, compiled.queries, compiled.engine);
  }

  private variables(groupId: string): readonly number[] {
    return this.catalogModel.groupVariables.get(groupId) ?? [];
  }

  /** Number of distinct valid products (over the options rules can see; free texts not counted). */
  count(choices: Selections = {}): bigint {
    return this.queries.count(encodeChoices(this.catalogModel, this.catalog, choices));
  }

  /** Whether the customer's choices can still be completed into a valid product. */
  consistent(choices: Selections): boolean {
    return this.queries.consistent(encodeChoices(this.catalogModel, this.catalog, choices));
  }

  /**
   * Completes the customer's choices: each free group takes its default (or a default rule's
   * value) when that can still lead to a valid product, else the nearest value that can.
   * When the choices themselves conflict, the free groups take their defaults and the
   * conflict stays visible as violations.
   */
  resolve(choices: Selections): Selections {
    const full: Record<string, SelectionValue> = {};
    // With conflicting choices, complete the free groups around the largest consistent part of
    // them (kept in catalog order), so violations only ever involve the customer's own choices.
    const assignment = encodeChoices(this.catalogModel, this.catalog, this.consistentCore(choices));
    const consistent = this.queries.consistent(assignment);
    for (const group of this.catalog.groups) {
      const chosen = selectionOf(choices, group.id);
      if (chosen !== undefined) full[group.id] = group.kind === 'multi' ? multiValues(group, chosen) : chosen;
    }
    for (const group of this.catalog.groups) {
      if (selectionOf(choices, group.id) !== undefined) continue;
      const preferred = this.preferredValue(group, full);
      const vars = this.variables(group.id);
      if (!consistent || vars.length === 0) {
        full[group.id] = preferred;
        continue;
      }
      if (group.kind === 'multi') {
        // Decide value by value, so the choices made so far constrain the next (count limits, tables).
        const wanted = new Set(Array.isArray(preferred) ? preferred : []);
        const included: string[] = [];
        group.values.forEach((value, i) => {
          const variable = vars[i]!;
          const domain = this.queries.validDomains(assignment)[variable]!;
          const include = wanted.has(value.id) ? domain[1] === true : domain[0] !== true;
          assignment[variable] = include ? 1 : 0;
          if (include) included.push(value.id);
        });
        full[group.id] = included;
        continue;
      }
      const value = this.nearestAllowed(group, preferred, this.queries.validDomains(assignment));
      full[group.id] = value;
      this.assign(assignment, group, value);
    }
    return full;
  }

  /** The customer's choices, dropping (in catalog order) any that cannot be completed with those before. */
  private consistentCore(choices: Selections): Selections {
    if (this.consistent(choices)) return choices;
    const core: Record<string, SelectionValue> = {};
    for (const group of this.catalog.groups) {
      const chosen = selectionOf(choices, group.id);
      if (chosen !== undefined && this.consistent({ ...core, [group.id]: chosen })) core[group.id] = chosen;
    }
    return core;
  }

  private preferredValue(group: OptionGroup, sofar: Selections): SelectionValue {
    for (const rule of this.catalog.rules) {
      if (rule.kind === 'default' && rule.option === group.id && conditionHolds(rule.if, { ...this.defaults(), ...sofar })) return rule.value;
    }
    return group.default;
  }

  private defaults(): Selections {
    return Object.fromEntries(this.catalog.groups.map((g) => [g.id, g.default]));
  }

  private assign(assignment: Assignment, group: OptionGroup, value: SelectionValue): void {
    const encoded = encodeChoices(this.catalogModel, this.catalog, { [group.id]: value });
    for (const variable of this.variables(group.id)) assignment[variable] = encoded[variable]!;
  }

  private nearestAllowed(group: OptionGroup, preferred: SelectionValue, domains: Domains): SelectionValue {
    const vars = this.variables(group.id);
    switch (group.kind) {
      case 'single': {
        const domain = domains[vars[0]!]!;
        const index = group.values.findIndex((v) => v.id === preferred);
        if (domain[index]) return preferred;
        const first = domain.findIndex(Boolean);
        return first >= 0 ? group.values[first]!.id : preferred;
      }
      case 'number': {
        const domain = domains[vars[0]!]!;
        const steps = numberSteps(group);
        const target = typeof preferred === 'number' ? preferred : group.default;
        let best = -1;
        steps.forEach((step, i) => {
          if (domain[i] && (best < 0 || Math.abs(step - target) < Math.abs(steps[best]! - target))) best = i;
        });
        return best >= 0 ? steps[best]! : preferred;
      }
      case 'multi':
        return preferred; // decided value by value in resolve()
      case 'text': {
        const domain = domains[vars[0]!]!;
        const filled = typeof preferred === 'string' && preferred.trim() !== '';
        return filled && !domain[1] ? '' : preferred;
      }
    }
  }

  /** For every option group: which values are blocked by the customer's other choices, why, and the smallest fix. */
  availability(choices: Selections): GroupAvailability[] {
    const consistent = this.consistent(choices);
    const shared = consistent ? this.queries.validDomains(encodeChoices(this.catalogModel, this.catalog, choices)) : undefined;
    return this.catalog.groups.map((group) => {
      // When the customer's choices conflict, judge each group against the largest consistent
      // part of the *other* choices, so the conflict does not grey out every option.
      const basis = consistent ? choices : { ...this.consistentCore(withoutGroup(choices, group.id)), ...pick(choices, group.id) };
      const assignment = encodeChoices(this.catalogModel, this.catalog, basis);
      const domains = shared ?? this.queries.validDomains(assignment);
      const vars = this.variables(group.id);
      const blockedValues = new Map<string, Blocked>();
      if (group.kind === 'number') {
        const steps = numberSteps(group);
        const domain = vars.length > 0 ? domains[vars[0]!]! : steps.map(() => true);
        return { groupId: group.id, blockedValues, allowedNumbers: steps.filter((_, i) => domain[i]) };
      }
      if (group.kind === 'single') {
        group.values.forEach((value, i) => {
          if (!domains[vars[0]!]![i]) blockedValues.set(value.id, this.explain(basis, assignment, group, vars[0]!, i));
        });
      } else if (group.kind === 'multi') {
        const chosen = chosenValueIds(group, selectionOf(choices, group.id));
        group.values.forEach((value, i) => {
          if (!chosen.includes(value.id) && !domains[vars[i]!]![1]) blockedValues.set(value.id, this.explain(basis, assignment, group, vars[i]!, 1));
        });
      }
      return { groupId: group.id, blockedValues };
    });
  }

  /** Why variable=value is blocked: the rules linking it to the customer's choices, and the smallest fix. */
  private explain(choices: Selections, assignment: Assignment, group: OptionGroup, variable: number, value: number): Blocked {
    const conflict = this.minimalConflict(assignment, variable, value);
    const conflictGroups = new Set(conflict.map((v) => this.groupOfVariable(v)));
    const rules = this.blockingRules(assignment, variable, value, group.id, conflictGroups);
    const fixChanges = this.queries.smallestFix(assignment, variable, value);
    const nearest = fixChanges ? this.nearestFix(assignment, variable, value, fixChanges) : null;
    return { rules, fix: nearest ? this.toChanges(choices, nearest) : [], conflict: [...conflictGroups] };
  }

  /**
   * The engine's smallest fix says which choices to change; for numbers, move each to the value
   * nearest the customer's (e.g. width 190 → 180, not → 100), keeping the fix valid.
   */
  private nearestFix(assignment: Assignment, variable: number, value: number, changes: readonly { variable: number; value: number }[]): { variable: number; value: number }[] {
    const result = changes.map((c) => ({ ...c }));
    const probe = assignment.slice();
    probe[variable] = value;
    for (const change of result) probe[change.variable] = change.value;
    for (const change of result) {
      const group = this.catalog.groups.find((g) => g.id === this.groupOfVariable(change.variable));
      if (group?.kind !== 'number') continue;
      const current = assignment[change.variable]!;
      const candidates = numberSteps(group)
        .map((_, i) => i)
        .sort((a, b) => Math.abs(a - current) - Math.abs(b - current) || a - b);
      for (const candidate of candidates) {
        probe[change.variable] = candidate;
        if (candidate !== current && this.queries.consistent(probe)) {
          change.value = candidate;
          break;
        }
      }
      probe[change.variable] = change.value;
    }
    return result;
  }

  /** QuickXplain (Junker 2004): a minimal subset of the assigned variables that, with variable=value, cannot be completed. */
  minimalConflict(assignment: Assignment, variable: number, value: number): number[] {
    return choiceConflict(assignment, variable, value, (partial) => this.queries.consistent(partial)) ?? [];
  }

  private groupOfVariable(variable: number): string {
    for (const [groupId, vars] of this.catalogModel.groupVariables) if (vars.includes(variable)) return groupId;
    return '';
  }

  /**
   * The rules that rule variable=value out: a minimal set from the engine (QuickXplain over the
   * constraints) when it can tell within its budget, else the rules linking the group to the conflict.
   */
  private blockingRules(assignment: Assignment, variable: number, value: number, groupId: string, conflictGroups: ReadonlySet<string>): HardRule[] {
    const explanation = this.engine?.explain(assignment, variable, value);
    if (explanation?.ok && explanation.value.constraints && explanation.value.constraints.length > 0) {
      const ids = new Set(explanation.value.constraints);
      const rules = this.catalogModel.constraintRules.filter((rule): rule is HardRule => !!rule && ids.has(rule.id));
      if (rules.length > 0) return rules;
    }
    return this.rulesLinking(groupId, conflictGroups);
  }

  /** Rules that read the blocked group and one of the conflicting groups (or the group alone when nothing else conflicts). */
  private rulesLinking(groupId: string, conflictGroups: ReadonlySet<string>): HardRule[] {
    const rules = this.catalogModel.constraintRules.filter((rule): rule is HardRule => !!rule && ruleGroups(rule).has(groupId));
    const linking = rules.filter((rule) => [...ruleGroups(rule)].some((g) => g !== groupId && conflictGroups.has(g)));
    return linking.length > 0 ? linking : rules;
  }

  /** Engine changes (variable, value) as changes to the customer's choices, one per group. */
  private toChanges(choices: Selections, changes: readonly { variable: number; value: number }[]): Change[] {
    const byGroup = new Map<string, SelectionValue>();
    for (const change of changes) {
      const groupId = this.groupOfVariable(change.variable);
      const group = this.catalog.groups.find((g) => g.id === groupId);
      if (!group) continue;
      if (group.kind === 'single') byGroup.set(groupId, group.values[change.value]!.id);
      else if (group.kind === 'number') byGroup.set(groupId, numberSteps(group)[change.value]!);
      else if (group.kind === 'text') byGroup.set(groupId, '');
      else {
        const current = new Set(byGroup.has(groupId) ? (byGroup.get(groupId) as string[]) : chosenValueIds(group, selectionOf(choices, groupId)));
        const valueId = group.values[this.variables(groupId).indexOf(change.variable)]!.id;
        if (change.value === 1) current.add(valueId);
        else current.delete(valueId);
        byGroup.set(groupId, multiValues(group, [...current]));
      }
    }
    return [...byGroup].map(([groupId, value]) => ({ groupId, value }));
  }

  /**
   * Single changes to the customer's choices that clear every violation: for each chosen group
   * involved, the nearest value that, with the other choices kept, leads to a valid product.
   */
  fixes(choices: Selections): Change[] {
    const full = this.resolve(choices);
    const violations = findViolations(this.catalog, full);
    if (violations.length === 0) return [];
    const involved = new Set(violations.flatMap((rule) => [...ruleGroups(rule)]));
    const assignment = encodeChoices(this.catalogModel, this.catalog, choices);
    const domains = this.queries.validDomains(assignment);
    const fixes: Change[] = [];
    for (const group of this.catalog.groups) {
      const chosen = selectionOf(choices, group.id);
      if (chosen === undefined || !involved.has(group.id) || group.kind === 'multi' || group.kind === 'text') continue;
      const value = this.nearestAllowed(group, chosen, domains);
      if (value === chosen) continue;
      if (this.consistent({ ...choices, [group.id]: value })) fixes.push({ groupId: group.id, value });
    }
    return fixes;
  }
}

const engines = new WeakMap<Catalog, ConfigurationEngine>();

/** The catalog's compiled engine, built once per catalog object. */
export function engineFor(catalog: Catalog): ConfigurationEngine {
  let engine = engines.get(catalog);
  if (!engine) {
    engine = ConfigurationEngine.compile(catalog);
    engines.set(catalog, engine);
  }
  return engine;
}

function withoutGroup(choices: Selections, groupId: string): Selections {
  return Object.fromEntries(Object.entries(choices).filter(([id]) => id !== groupId));
}

function pick(choices: Selections, groupId: string): Selections {
  const value = selectionOf(choices, groupId);
  return value === undefined ? {} : { [groupId]: value };
}

/**
 * Registers a diagram compiled elsewhere (a Web Worker) for this catalog, so the main thread
 * never compiles it. The diagram must come from `catalogToModel(catalog)` of the same catalog.
 */
export function registerCompiledEngine(catalog: Catalog, mdd: CompiledMdd): void {
  if (engines.has(catalog)) return;
  const catalogModel = catalogToModel(catalog);
  if (mdd.variableCount !== catalogModel.model.variables.length) throw new Error('the compiled diagram does not belong to this catalog');
  const engine = createEngine(catalogModel.model, { precompiled: mdd });
  engines.set(catalog, new ConfigurationEngine(catalog, catalogModel, engineQueries(engine), engine));
}

/** Whether the catalog's engine is ready (compiled here or registered from a worker). */
export function hasEngine(catalog: Catalog): boolean {
  return engines.has(catalog);
}
