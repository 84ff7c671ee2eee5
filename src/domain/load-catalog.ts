import type { z } from 'zod';
import { catalogSchema, type Catalog, type Condition } from './catalog-schema.ts';
import type { CatalogProblem } from './catalog-error.ts';
import { jsonPointer } from './json-pointer.ts';
import { findViolations } from './rules.ts';
import { defaultSelections } from './selections.ts';

export type CatalogResult =
  | { readonly ok: true; readonly catalog: Catalog }
  | { readonly ok: false; readonly problems: readonly CatalogProblem[] };

/** Catalog files larger than this are refused before parsing. */
export const MAX_CATALOG_BYTES = 5_000_000;
/** JSON nested deeper than this is refused before validation (guards recursion). */
export const MAX_CATALOG_DEPTH = 40;

/** Parses and validates catalog JSON text. Never throws on bad input. */
export function parseCatalog(text: string, file: string): CatalogResult {
  if (text.length > MAX_CATALOG_BYTES) {
    return fail(file, '', `file is ${text.length} characters; catalogs are limited to ${MAX_CATALOG_BYTES}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(file, '', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return validateCatalog(data, file);
}

/** Validates already-parsed catalog data: shape (zod), then references and rules. */
export function validateCatalog(data: unknown, file: string): CatalogResult {
  const depthProblem = findTooDeep(data);
  if (depthProblem) return fail(file, jsonPointer(depthProblem), `nested deeper than ${MAX_CATALOG_DEPTH} levels`);

  const parsed = catalogSchema.safeParse(data, { error: friendlyMessage });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => issueToProblems(issue, file)) };
  }
  const problems = checkReferences(parsed.data, file);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, catalog: parsed.data };
}

function fail(file: string, pointer: string, message: string): CatalogResult {
  return { ok: false, problems: [{ file, pointer, message, severity: 'error' }] };
}

function findTooDeep(root: unknown): PropertyKey[] | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length > MAX_CATALOG_DEPTH) return path;
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
  }
  return undefined;
}

const CONDITION_FORMS =
  'expected a condition: {"option","is"}, {"option","in"}, {"option","gt"|"gte"|"lt"|"lte"}, {"all":[…]}, {"any":[…]} or {"not":…}';

function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  if (issue.code === 'invalid_union') {
    const last = issue.path?.at(-1);
    if (last === 'if' || last === 'then' || last === 'not' || typeof last === 'number') return CONDITION_FORMS;
  }
  return undefined;
}

function issueToProblems(issue: z.core.$ZodIssue, file: string): CatalogProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      pointer: jsonPointer([...issue.path, key]),
      message: `unknown key "${key}" (check the spelling; unknown keys are not allowed)`,
      severity: 'error' as const,
    }));
  }
  return [{ file, pointer: jsonPointer(issue.path), message: issue.message, severity: 'error' }];
}

/** Second pass: every id referenced exists, ids are unique, defaults are valid and obey the rules. */
function checkReferences(catalog: Catalog, file: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const error = (path: PropertyKey[], message: string): void => void problems.push({ file, pointer: jsonPointer(path), message, severity: 'error' });

  const componentIds = new Set<string>();
  catalog.components.forEach((component, i) => {
    if (componentIds.has(component.id)) error(['components', i, 'id'], `duplicate component id "${component.id}"`);
    componentIds.add(component.id);
  });
  const checkComponentRef = (ref: { component: string }, path: PropertyKey[]) => {
    if (!componentIds.has(ref.component)) error([...path, 'component'], `unknown component "${ref.component}"`);
  };
  catalog.baseComponents.forEach((ref, i) => checkComponentRef(ref, ['baseComponents', i]));

  const groupIds = new Set<string>();
  catalog.groups.forEach((group, g) => {
    const at = (...rest: PropertyKey[]) => ['groups', g, ...rest];
    if (groupIds.has(group.id)) error(at('id'), `duplicate option group id "${group.id}"`);
    groupIds.add(group.id);

    if (group.kind === 'number') {
      if (group.min > group.max) error(at('min'), `min ${group.min} is greater than max ${group.max}`);
      if (!isOnStep(group.max - group.min, group.step)) error(at('step'), `max − min (${group.max - group.min}) is not a whole number of steps of ${group.step}`);
      if (group.default < group.min || group.default > group.max || !isOnStep(group.default - group.min, group.step)) {
        error(at('default'), `default ${group.default} is not one of ${group.min}, ${group.min + group.step}, … ${group.max}`);
      }
      if ((group.max - group.min) / group.step > 100_000) error(at('step'), 'more than 100,000 steps; use a larger step');
      const from = group.priceFrom ?? group.min;
      if (from < group.min || from > group.max) error(at('priceFrom'), `priceFrom ${from} is outside ${group.min}–${group.max}`);
      return;
    }

    const valueIds = new Set<string>();
    group.values.forEach((value, v) => {
      if (valueIds.has(value.id)) error(at('values', v, 'id'), `duplicate value id "${value.id}" in group "${group.id}"`);
      valueIds.add(value.id);
      value.components.forEach((ref, c) => checkComponentRef(ref, at('values', v, 'components', c)));
    });
    if (group.kind === 'single') {
      if (!valueIds.has(group.default)) error(at('default'), `default "${group.default}" is not a value of group "${group.id}"`);
    } else {
      group.default.forEach((d, i) => {
        if (!valueIds.has(d)) error(at('default', i), `default "${d}" is not a value of group "${group.id}"`);
      });
      const max = group.maxCount ?? group.values.length;
      if (group.minCount > max) error(at('minCount'), `minCount ${group.minCount} is greater than maxCount ${max}`);
      if (group.default.length < group.minCount || group.default.length > max) {
        error(at('default'), `default picks ${group.default.length} values; the group allows ${group.minCount}–${max}`);
      }
    }
  });

  const groupsById = new Map(catalog.groups.map((group) => [group.id, group] as const));
  const ruleIds = new Set<string>();
  catalog.rules.forEach((rule, r) => {
    if (ruleIds.has(rule.id)) error(['rules', r, 'id'], `duplicate rule id "${rule.id}"`);
    ruleIds.add(rule.id);
    checkCondition(rule.if, ['rules', r, 'if']);
    checkCondition(rule.then, ['rules', r, 'then']);
  });

  function checkCondition(condition: Condition, path: PropertyKey[]): void {
    if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(c, [...path, 'all', i]));
    if ('any' in condition) return condition.any.forEach((c, i) => checkCondition(c, [...path, 'any', i]));
    if ('not' in condition) return checkCondition(condition.not, [...path, 'not']);
    const group = groupsById.get(condition.option);
    if (!group) return error([...path, 'option'], `unknown option group "${condition.option}"`);
    if ('is' in condition || 'in' in condition) {
      if (group.kind === 'number') return error([...path, 'option'], `"${group.id}" is a number; compare it with gt, gte, lt or lte`);
      const ids = 'is' in condition ? [condition.is] : condition.in;
      const key = 'is' in condition ? 'is' : 'in';
      ids.forEach((valueId, i) => {
        if (!group.values.some((v) => v.id === valueId)) {
          error(key === 'is' ? [...path, 'is'] : [...path, 'in', i], `"${valueId}" is not a value of group "${group.id}"`);
        }
      });
    } else if (group.kind !== 'number') {
      error([...path, 'option'], `"${group.id}" is a choice, not a number; use "is" or "in"`);
    }
  }

  if (problems.length === 0) {
    for (const violation of findViolations(catalog, defaultSelections(catalog))) {
      const index = catalog.rules.indexOf(violation);
      error(['rules', index], `the default configuration breaks this rule ("${violation.message}"); change a default`);
    }
  }
  return problems;
}

function isOnStep(distance: number, step: number): boolean {
  const steps = distance / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}
