import { checkPricing } from './check-pricing.ts';
import type { z } from 'zod';
import { catalogSchema, type Catalog, type CatalogSource, type Condition, type TableCell } from './catalog-schema.ts';
import type { CatalogProblem } from './catalog-error.ts';
import { findDuplicateKeys } from './json-duplicate-keys.ts';
import { jsonPointer } from './json-pointer.ts';
import { localizeCatalog, missingTranslations } from './localize.ts';
import { migrateCatalog } from './migrations/migrate-catalog.ts';
import { findViolations } from './rules.ts';
import { defaultSelections, invalidValueReason, unsafePatternReason } from './selections.ts';

export type CatalogResult =
  | {
      readonly ok: true;
      /** The catalog in the requested language, ready for the app. */
      readonly catalog: Catalog;
      /** The catalog as written (all translations), migrated to the current schema. */
      readonly source: CatalogSource;
      /** Problems that do not stop the catalog from working (e.g. missing translations). */
      readonly warnings: readonly CatalogProblem[];
      /** The schema version the file was written in (older ones were migrated). */
      readonly migratedFrom: number;
    }
  | { readonly ok: false; readonly problems: readonly CatalogProblem[] };

export interface CatalogOptions {
  /** Language of the texts in the returned catalog (default "en"). */
  readonly locale?: string;
}

/** Catalog files larger than this are refused before parsing. */
export const MAX_CATALOG_BYTES = 5_000_000;
/** JSON nested deeper than this is refused before validation (guards recursion). */
export const MAX_CATALOG_DEPTH = 40;

/** Parses and validates catalog JSON text. Never throws on bad input. */
export function parseCatalog(text: string, file: string, options: CatalogOptions = {}): CatalogResult {
  if (text.length > MAX_CATALOG_BYTES) {
    return fail(file, '', `file is ${text.length} characters; catalogs are limited to ${MAX_CATALOG_BYTES}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(file, '', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const duplicates = findDuplicateKeys(text);
  if (duplicates.length > 0) {
    return {
      ok: false,
      problems: duplicates.map((path) => ({ file, pointer: jsonPointer(path), message: `duplicate key "${String(path.at(-1))}": only the last one would count`, severity: 'error' as const })),
    };
  }
  return validateCatalog(data, file, options);
}

/** Validates already-parsed catalog data: migrations, shape (zod), then references and rules. */
export function validateCatalog(data: unknown, file: string, options: CatalogOptions = {}): CatalogResult {
  const depthProblem = findTooDeep(data);
  if (depthProblem) return fail(file, jsonPointer(depthProblem), `nested deeper than ${MAX_CATALOG_DEPTH} levels`);
  const reserved = findReservedKeys(data);
  if (reserved.length > 0) {
    return { ok: false, problems: reserved.map((path) => ({ file, pointer: jsonPointer(path), message: `unknown key "${String(path.at(-1))}" (a reserved name; never allowed)`, severity: 'error' as const })) };
  }

  const migrated = migrateCatalog(data);
  if (!migrated.ok) return fail(file, migrated.pointer, migrated.message);

  const parsed = catalogSchema.safeParse(migrated.data, { error: friendlyMessage });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => issueToProblems(issue, file)) };
  }
  const source = parsed.data;
  const problems = checkReferences(localizeCatalog(source, 'en'), file);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  const warnings = [...problems, ...lint(source, file)];
  return { ok: true, catalog: localizeCatalog(source, options.locale ?? 'en'), source, warnings, migratedFrom: migrated.from };
}

function fail(file: string, pointer: string, message: string): CatalogResult {
  return { ok: false, problems: [{ file, pointer, message, severity: 'error' }] };
}

interface WalkNode {
  readonly value: unknown;
  readonly parent: WalkNode | undefined;
  readonly step: PropertyKey | undefined;
  readonly depth: number;
}

function pathOf(node: WalkNode | undefined): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let n = node; n?.parent; n = n.parent) path.unshift(n.step!);
  return path;
}

/** The path to a value nested deeper than the limit, if any (iterative: no recursion to overflow). */
function findTooDeep(root: unknown): PropertyKey[] | undefined {
  const stack: WalkNode[] = [{ value: root, parent: undefined, step: undefined, depth: 0 }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value } = node;
    if (value === null || typeof value !== 'object') continue;
    if (node.depth > MAX_CATALOG_DEPTH) return pathOf(node);
    const isArray = Array.isArray(value);
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, parent: node, step: isArray ? Number(key) : key, depth: node.depth + 1 });
    }
  }
  return undefined;
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys that could reach Object.prototype anywhere in the data (translation records included). */
function findReservedKeys(root: unknown): PropertyKey[][] {
  const found: PropertyKey[][] = [];
  const stack: WalkNode[] = [{ value: root, parent: undefined, step: undefined, depth: 0 }];
  while (stack.length > 0 && found.length < 100) {
    const node = stack.pop()!;
    const { value } = node;
    if (value === null || typeof value !== 'object') continue;
    const isArray = Array.isArray(value);
    for (const key of Object.keys(value)) {
      if (!isArray && RESERVED_KEYS.has(key)) {
        found.push([...pathOf(node), key]);
        continue;
      }
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, parent: node, step: isArray ? Number(key) : key, depth: node.depth + 1 });
    }
  }
  return found;
}

const CONDITION_FORMS =
  'expected a condition: {"option","is"}, {"option","in"}, {"option","filled"}, {"option","gt"|"gte"|"lt"|"lte"}, {"all":[…]}, {"any":[…]} or {"not":…}';

function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  if (issue.code === 'invalid_union') {
    const path = issue.path ?? [];
    const last = path.at(-1);
    const inCondition = path.some((key) => key === 'if' || key === 'then' || key === 'not' || key === 'conditions' || key === 'all' || key === 'any');
    if (inCondition && (last === 'if' || last === 'then' || last === 'not' || typeof last === 'number')) return CONDITION_FORMS;
  }
  return undefined;
}

function issueToProblems(issue: z.core.$ZodIssue, file: string): CatalogProblem[] {
  if (issue.code === 'invalid_union') {
    // A condition that fits one form but for extra keys: name those keys instead of listing every form.
    const onlyUnknownKeys = issue.errors.find((branch) => branch.length > 0 && branch.every((sub) => sub.code === 'unrecognized_keys'));
    if (onlyUnknownKeys) return onlyUnknownKeys.flatMap((sub) => issueToProblems({ ...sub, path: [...issue.path, ...sub.path] } as z.core.$ZodIssue, file));
  }
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
  const groupsById = new Map(catalog.groups.map((group) => [group.id, group] as const));
  const numberGroup = (groupId: string, path: PropertyKey[]) => {
    const group = groupsById.get(groupId);
    if (!group) error(path, `unknown option group "${groupId}"`);
    else if (group.kind !== 'number') error(path, `"${groupId}" is not a number option`);
  };

  const componentIds = new Set<string>();
  catalog.components.forEach((component, i) => {
    if (componentIds.has(component.id)) error(['components', i, 'id'], `duplicate component id "${component.id}"`);
    componentIds.add(component.id);
  });
  const checkComponentRef = (ref: Catalog['baseComponents'][number], path: PropertyKey[]) => {
    if (!componentIds.has(ref.component)) error([...path, 'component'], `unknown component "${ref.component}"`);
    if (typeof ref.quantity === 'object') numberGroup(ref.quantity.option, [...path, 'quantity', 'option']);
  };
  catalog.baseComponents.forEach((ref, i) => checkComponentRef(ref, ['baseComponents', i]));

  const groupIds = new Set<string>();
  catalog.groups.forEach((group, g) => {
    const at = (...rest: PropertyKey[]) => ['groups', g, ...rest];
    if (groupIds.has(group.id)) error(at('id'), `duplicate option group id "${group.id}"`);
    groupIds.add(group.id);

    switch (group.kind) {
      case 'number': {
        if (group.min > group.max) error(at('min'), `min ${group.min} is greater than max ${group.max}`);
        if ((group.max - group.min) / group.step > 100_000) return error(at('step'), 'more than 100,000 steps; use a larger step');
        if (!isOnStep(group.max - group.min, group.step)) error(at('step'), `max − min (${group.max - group.min}) is not a whole number of steps of ${group.step}`);
        if (group.default < group.min || group.default > group.max || !isOnStep(group.default - group.min, group.step)) {
          error(at('default'), `default ${group.default} is not one of ${group.min}, ${group.min + group.step}, … ${group.max}`);
        }
        const from = group.priceFrom ?? group.min;
        if (from < group.min || from > group.max) error(at('priceFrom'), `priceFrom ${from} is outside ${group.min}–${group.max}`);
        return;
      }
      case 'text': {
        group.components.forEach((ref, c) => checkComponentRef(ref, at('components', c)));
        const patternProblem = group.pattern === undefined ? undefined : unsafePatternReason(group.pattern);
        if (patternProblem) return error(at('pattern'), patternProblem);
        const reason = group.default === '' && group.required ? undefined : invalidValueReason(group, group.default);
        if (reason) error(at('default'), reason);
        return;
      }
      case 'single':
      case 'multi': {
        const valueIds = new Set<string>();
        group.values.forEach((value, v) => {
          if (valueIds.has(value.id)) error(at('values', v, 'id'), `duplicate value id "${value.id}" in group "${group.id}"`);
          valueIds.add(value.id);
          value.components.forEach((ref, c) => checkComponentRef(ref, at('values', v, 'components', c)));
        });
        if (group.kind === 'single') {
          if (!valueIds.has(group.default)) error(at('default'), `default "${group.default}" is not a value of group "${group.id}"`);
          return;
        }
        group.default.forEach((d, i) => {
          if (!valueIds.has(d)) error(at('default', i), `default "${d}" is not a value of group "${group.id}"`);
        });
        if (new Set(group.default).size !== group.default.length) error(at('default'), `the default lists an option twice`);
        const max = group.maxCount ?? group.values.length;
        if (group.minCount > max) error(at('minCount'), `minCount ${group.minCount} is greater than maxCount ${max}`);
        if (group.default.length < group.minCount || group.default.length > max) {
          error(at('default'), `default picks ${group.default.length} values; the group allows ${group.minCount}–${max}`);
        }
      }
    }
  });

  function checkCondition(condition: Condition, path: PropertyKey[]): void {
    if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(c, [...path, 'all', i]));
    if ('any' in condition) return condition.any.forEach((c, i) => checkCondition(c, [...path, 'any', i]));
    if ('not' in condition) return checkCondition(condition.not, [...path, 'not']);
    const group = groupsById.get(condition.option);
    if (!group) return error([...path, 'option'], `unknown option group "${condition.option}"`);
    if ('filled' in condition) {
      if (group.kind !== 'text') error([...path, 'option'], `"${group.id}" is not a text option; "filled" applies to text options`);
      return;
    }
    if (group.kind === 'text') return error([...path, 'option'], `"${group.id}" is a text option; conditions on it can only use "filled": true or false`);
    if ('is' in condition || 'in' in condition) {
      if (group.kind === 'number') return error([...path, 'option'], `"${group.id}" is a number option; compare it with gt, gte, lt or lte`);
      const ids = 'is' in condition ? [condition.is] : condition.in;
      ids.forEach((valueId, i) => {
        if (!group.values.some((v) => v.id === valueId)) error('is' in condition ? [...path, 'is'] : [...path, 'in', i], `"${valueId}" is not a value of group "${group.id}"`);
      });
    } else if (group.kind !== 'number') {
      error([...path, 'option'], `"${group.id}" is a choice, not a number; use "is" or "in"`);
    }
  }

  function checkCell(cell: TableCell, groupId: string, path: PropertyKey[]): void {
    const group = groupsById.get(groupId);
    if (!group || cell === '*') return;
    if (group.kind === 'text') return error(path, `"${groupId}" is a text option; in a table its cells can only be "*"`);
    if (typeof cell === 'object' && !Array.isArray(cell)) {
      if (group.kind !== 'number') error(path, `"${groupId}" is not a number option; use value ids`);
      return;
    }
    if (group.kind === 'number') return error(path, `"${groupId}" is a number option; use a range such as {"gte": 150} or "*"`);
    (Array.isArray(cell) ? cell : [cell]).forEach((valueId) => {
      if (!group.values.some((v) => v.id === valueId)) error(path, `"${valueId}" is not a value of group "${groupId}"`);
    });
  }

  const ruleIds = new Set<string>();
  catalog.rules.forEach((rule, r) => {
    const at = (...rest: PropertyKey[]) => ['rules', r, ...rest];
    if (ruleIds.has(rule.id)) error(at('id'), `duplicate rule id "${rule.id}"`);
    ruleIds.add(rule.id);
    switch (rule.kind) {
      case 'requires':
        checkCondition(rule.if, at('if'));
        checkCondition(rule.then, at('then'));
        return;
      case 'excludes':
        return rule.conditions.forEach((c, i) => checkCondition(c, at('conditions', i)));
      case 'default': {
        checkCondition(rule.if, at('if'));
        const group = groupsById.get(rule.option);
        if (!group) return error(at('option'), `unknown option group "${rule.option}"`);
        const reason = invalidValueReason(group, rule.value);
        if (reason) error(at('value'), reason);
        return;
      }
      case 'table': {
        if (new Set(rule.options).size !== rule.options.length) error(at('options'), 'an option appears twice in the table');
        rule.options.forEach((option, i) => {
          if (!groupsById.has(option)) error(at('options', i), `unknown option group "${option}"`);
        });
        const key = rule.allowed ? 'allowed' : 'forbidden';
        (rule.allowed ?? rule.forbidden ?? []).forEach((row, i) => {
          if (row.length !== rule.options.length) return error(at(key, i), `a row has ${row.length} cells; the table has ${rule.options.length} options`);
          row.forEach((cell, c) => checkCell(cell, rule.options[c]!, at(key, i, c)));
        });
      }
    }
  });

  const priceRuleIds = new Set<string>();
  catalog.priceRules.forEach((rule, r) => {
    const at = (...rest: PropertyKey[]) => ['priceRules', r, ...rest];
    if (priceRuleIds.has(rule.id)) error(at('id'), `duplicate price rule id "${rule.id}"`);
    priceRuleIds.add(rule.id);
    if (rule.kind !== 'tiers' && rule.if) checkCondition(rule.if, at('if'));
    if (rule.kind === 'surcharge' && rule.per !== undefined) numberGroup(rule.per, at('per'));
    if (rule.kind === 'tiers') {
      numberGroup(rule.option, at('option'));
      rule.tiers.forEach((tier, i) => {
        if (i > 0 && tier.from <= rule.tiers[i - 1]!.from) error(at('tiers', i, 'from'), 'tiers must be in increasing order of "from"');
      });
    }
  });
  const leadRuleIds = new Set<string>();
  catalog.leadTimeRules.forEach((rule, r) => {
    if (leadRuleIds.has(rule.id)) error(['leadTimeRules', r, 'id'], `duplicate lead-time rule id "${rule.id}"`);
    leadRuleIds.add(rule.id);
    checkCondition(rule.if, ['leadTimeRules', r, 'if']);
  });

  checkPricing(catalog, error);

  if (problems.length === 0) {
    for (const violation of findViolations(catalog, defaultSelections(catalog))) {
      error(['rules', catalog.rules.indexOf(violation)], `the default configuration breaks this rule ("${violation.message}"); change a default`);
    }
  }
  return problems;
}

/** Problems that do not stop a catalog from working, for merchandisers to tidy. */
function lint(source: CatalogSource, file: string): CatalogProblem[] {
  const warnings: CatalogProblem[] = missingTranslations(source).map(({ path, locale }) => ({
    file,
    pointer: jsonPointer(path),
    message: `missing "${locale}" translation`,
    severity: 'warning',
  }));
  const used = new Set(source.baseComponents.map((ref) => ref.component));
  for (const group of source.groups) {
    if (group.kind === 'single' || group.kind === 'multi') group.values.forEach((value) => value.components.forEach((ref) => used.add(ref.component)));
    if (group.kind === 'text') group.components.forEach((ref) => used.add(ref.component));
  }
  source.components.forEach((component, i) => {
    if (!used.has(component.id)) warnings.push({ file, pointer: jsonPointer(['components', i]), message: `component "${component.id}" is never used`, severity: 'warning' });
  });
  return warnings;
}

function isOnStep(distance: number, step: number): boolean {
  const steps = distance / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}
