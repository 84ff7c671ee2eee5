import { CATALOG_SCHEMA_VERSION } from './catalog-schema.ts';
import { ID_PATTERN, RESERVED_IDS } from './ids.ts';
import { flatTuples, type Assignment, type FiniteModel } from './engine/model.ts';

export interface ImportOptions {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Yes/no variables (feature models): values "no" and "yes" instead of their indices. */
  readonly boolean?: boolean;
  /** A complete valid assignment to use as the catalog's defaults (so the standard product is valid). */
  readonly defaults?: Assignment;
}

/** Lower-case kebab-case id from any name, unique among `taken`. */
export function slugId(name: string, taken: Set<string>, fallback: string): string {
  let base = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56);
  if (base === '' || !ID_PATTERN.test(base) || RESERVED_IDS.has(base)) base = fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * A finite-domain model (imported from DIMACS or XCSP) as catalog JSON: each variable an option
 * group, each clause an `excludes` rule ("these may not all fail"), each table a `table` rule.
 */
export function modelToCatalog(model: FiniteModel, options: ImportOptions): Record<string, unknown> {
  const groupIds = new Set<string>();
  const groups = model.variables.map((variable, index) => {
    const id = slugId(variable.id, groupIds, `v${index + 1}`);
    const valueIds = new Set<string>();
    const values = Array.from({ length: variable.domainSize }, (_, value) => {
      const label = options.boolean ? (value === 1 ? 'Yes' : 'No') : (variable.labels?.[value] ?? String(value));
      return { id: options.boolean ? (value === 1 ? 'yes' : 'no') : slugId(label.replace(/^-/, 'minus-'), valueIds, `value-${value}`), label };
    });
    const defaultIndex = options.defaults?.[index] ?? 0;
    return { id, kind: 'single', label: variable.id.slice(0, 80) || id, default: values[Math.max(0, defaultIndex)]!.id, values };
  });

  const valueId = (variable: number, value: number) => groups[variable]!.values[value]!.id;
  const ruleIds = new Set<string>();
  const rules: Record<string, unknown>[] = [];
  model.constraints.forEach((constraint, index) => {
    const id = slugId(constraint.id, ruleIds, `c${index + 1}`);
    if (constraint.kind === 'clause') {
      const conditions: Record<string, unknown>[] = [];
      const phrases: string[] = [];
      for (const literal of constraint.literals) {
        const size = model.variables[literal.variable]!.domainSize;
        const failing = Array.from({ length: size }, (_, v) => v).filter((v) => !literal.values.includes(v));
        if (failing.length === 0) return; // the literal always holds, so the clause does
        const option = groups[literal.variable]!.id;
        conditions.push(failing.length === 1 ? { option, is: valueId(literal.variable, failing[0]!) } : { option, in: failing.map((v) => valueId(literal.variable, v)) });
        const label = groups[literal.variable]!.label;
        phrases.push(options.boolean && literal.values.length === 1 ? (literal.values[0] === 1 ? label : `not ${label}`) : `${label} ∈ {${literal.values.map((v) => valueId(literal.variable, v)).join(', ')}}`);
      }
      if (conditions.length === 0) return;
      const message = conditions.length === 1 ? `Required: ${phrases[0]}.` : `At least one of: ${phrases.join(', ')}.`;
      rules.push({ id, kind: 'excludes', message: message.slice(0, 300), conditions });
    } else {
      const k = constraint.scope.length;
      const flat = flatTuples(constraint);
      const rows: string[][] = [];
      for (let r = 0; r < flat.length; r += k) rows.push(constraint.scope.map((variable, i) => valueId(variable, flat[r + i]!)));
      const names = constraint.scope.map((variable) => groups[variable]!.label).join(', ');
      rules.push({
        id,
        kind: 'table',
        message: `${constraint.mode === 'supports' ? 'Allowed' : 'Forbidden'} combinations of ${names}.`.slice(0, 300),
        options: constraint.scope.map((variable) => groups[variable]!.id),
        [constraint.mode === 'supports' ? 'allowed' : 'forbidden']: rows,
      });
    }
  });

  return {
    $schema: `./schema/catalog.v${CATALOG_SCHEMA_VERSION}.json`,
    schemaVersion: CATALOG_SCHEMA_VERSION,
    id: options.id,
    version: '1',
    name: options.name,
    description: options.description,
    currency: 'EUR',
    basePrice: 0,
    assemblyDays: 0,
    scene: { template: 'generic' },
    components: [],
    groups,
    rules,
  };
}
