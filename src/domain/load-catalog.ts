import { checkPricing } from './check-pricing.ts';
import type { z } from 'zod';
import { catalogSchemaFor, zodErrorsFor, type Catalog, type CatalogSource, type Condition, type TableCell } from './catalog-schema.ts';
import type { CatalogProblem } from './catalog-error.ts';
import { catalogMessages, type CatalogMessages } from './catalog-messages.ts';
import { findDuplicateKeys } from './json-duplicate-keys.ts';
import { jsonPointer } from './json-pointer.ts';
import { localizeCatalog, missingTranslations } from './localize.ts';
import { migrateCatalog } from './migrations/migrate-catalog.ts';
import { findViolations } from './rules.ts';
import { defaultSelections, unsafePatternProblem, valueProblem } from './selections.ts';

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
  /**
   * Language of the problems found (default "en": the CLIs, the server and the tests read English;
   * the workbench asks for the UI's). See catalog-messages.ts.
   */
  readonly messagesLocale?: string;
}

/** Catalog files larger than this are refused before parsing. */
export const MAX_CATALOG_BYTES = 5_000_000;
/** JSON nested deeper than this is refused before validation (guards recursion). */
export const MAX_CATALOG_DEPTH = 40;

/** Parses and validates catalog JSON text. Never throws on bad input. */
export function parseCatalog(text: string, file: string, options: CatalogOptions = {}): CatalogResult {
  const m = catalogMessages(options.messagesLocale).text;
  if (text.length > MAX_CATALOG_BYTES) {
    return fail(file, '', m('file.tooLarge', { length: text.length, max: MAX_CATALOG_BYTES }));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // The parser's own words (the JavaScript engine's, in English) say where the JSON breaks.
    return fail(file, '', m('file.notJson', { detail: error instanceof Error ? error.message : String(error) }));
  }
  const duplicates = findDuplicateKeys(text);
  if (duplicates.length > 0) {
    return {
      ok: false,
      problems: duplicates.map((path) => ({
        file,
        pointer: jsonPointer(path),
        message: m('file.duplicateKey', { key: String(path.at(-1)) }),
        severity: 'error' as const,
      })),
    };
  }
  return validateCatalog(data, file, options);
}

/** Validates already-parsed catalog data: migrations, shape (zod), then references and rules. */
export function validateCatalog(data: unknown, file: string, options: CatalogOptions = {}): CatalogResult {
  const words = catalogMessages(options.messagesLocale);
  const m = words.text;
  const depthProblem = findTooDeep(data);
  if (depthProblem) return fail(file, jsonPointer(depthProblem), m('file.tooDeep', { max: MAX_CATALOG_DEPTH }));
  const reserved = findReservedKeys(data);
  if (reserved.length > 0) {
    return {
      ok: false,
      problems: reserved.map((path) => ({
        file,
        pointer: jsonPointer(path),
        message: m('file.reservedKey', { key: String(path.at(-1)) }),
        severity: 'error' as const,
      })),
    };
  }

  const migrated = migrateCatalog(data);
  if (!migrated.ok) return fail(file, migrated.pointer, m(migrated.problem.key, migrated.problem.params));

  // The schema's own messages are in `words`' language; zod's built-in ones come from its locale.
  const zodErrors = zodErrorsFor(words);
  const parsed = catalogSchemaFor(words).safeParse(migrated.data, { error: (issue) => friendlyMessage(issue, m) ?? zodErrors?.(issue) });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => issueToProblems(issue, file, m)) };
  }
  const source = parsed.data;
  const locale = options.locale ?? 'en';
  // Checked in the messages' language, so the rule messages and labels problems quote are in it too.
  const checked = localizeCatalog(source, words.locale);
  const problems = checkReferences(checked, file, words);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  const warnings = [...problems, ...lint(source, file, m)];
  return { ok: true, catalog: locale === words.locale ? checked : localizeCatalog(source, locale), source, warnings, migratedFrom: migrated.from };
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

function friendlyMessage(issue: z.core.$ZodRawIssue, m: CatalogMessages['text']): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return m('shape.required');
  if (issue.code === 'invalid_union') {
    const path = issue.path ?? [];
    const last = path.at(-1);
    const inCondition = path.some((key) => key === 'if' || key === 'then' || key === 'not' || key === 'conditions' || key === 'all' || key === 'any');
    if (inCondition && (last === 'if' || last === 'then' || last === 'not' || typeof last === 'number')) return m('shape.conditionForms');
  }
  return undefined;
}

function issueToProblems(issue: z.core.$ZodIssue, file: string, m: CatalogMessages['text']): CatalogProblem[] {
  if (issue.code === 'invalid_union') {
    // A condition that fits one form but for extra keys: name those keys instead of listing every form.
    const onlyUnknownKeys = issue.errors.find((branch) => branch.length > 0 && branch.every((sub) => sub.code === 'unrecognized_keys'));
    if (onlyUnknownKeys) return onlyUnknownKeys.flatMap((sub) => issueToProblems({ ...sub, path: [...issue.path, ...sub.path] } as z.core.$ZodIssue, file, m));
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      pointer: jsonPointer([...issue.path, key]),
      message: m('shape.unknownKey', { key }),
      severity: 'error' as const,
    }));
  }
  return [{ file, pointer: jsonPointer(issue.path), message: issue.message, severity: 'error' }];
}

/** Second pass: every id referenced exists, ids are unique, defaults are valid and obey the rules. */
function checkReferences(catalog: Catalog, file: string, words: CatalogMessages): CatalogProblem[] {
  const m = words.text;
  const problems: CatalogProblem[] = [];
  const error = (path: PropertyKey[], message: string): void => void problems.push({ file, pointer: jsonPointer(path), message, severity: 'error' });
  const groupsById = new Map(catalog.groups.map((group) => [group.id, group] as const));
  const numberGroup = (groupId: string, path: PropertyKey[]) => {
    const group = groupsById.get(groupId);
    if (!group) error(path, m('ref.unknownGroup', { id: groupId }));
    else if (group.kind !== 'number') error(path, m('ref.notNumberOption', { id: groupId }));
  };

  const componentIds = new Set<string>();
  catalog.components.forEach((component, i) => {
    if (componentIds.has(component.id)) error(['components', i, 'id'], m('ref.duplicateComponent', { id: component.id }));
    componentIds.add(component.id);
  });
  const checkComponentRef = (ref: Catalog['baseComponents'][number], path: PropertyKey[]) => {
    if (!componentIds.has(ref.component)) error([...path, 'component'], m('ref.unknownComponent', { id: ref.component }));
    if (typeof ref.quantity === 'object') numberGroup(ref.quantity.option, [...path, 'quantity', 'option']);
  };
  catalog.baseComponents.forEach((ref, i) => checkComponentRef(ref, ['baseComponents', i]));

  const groupIds = new Set<string>();
  catalog.groups.forEach((group, g) => {
    const at = (...rest: PropertyKey[]) => ['groups', g, ...rest];
    if (groupIds.has(group.id)) error(at('id'), m('ref.duplicateGroup', { id: group.id }));
    groupIds.add(group.id);

    switch (group.kind) {
      case 'number': {
        if (group.min > group.max) error(at('min'), m('ref.minAboveMax', { min: group.min, max: group.max }));
        if ((group.max - group.min) / group.step > 100_000) return error(at('step'), m('ref.tooManySteps'));
        if (!isOnStep(group.max - group.min, group.step)) error(at('step'), m('ref.notWholeSteps', { span: group.max - group.min, step: group.step }));
        if (group.default < group.min || group.default > group.max || !isOnStep(group.default - group.min, group.step)) {
          error(at('default'), m('ref.defaultOffStep', { value: group.default, min: group.min, next: group.min + group.step, max: group.max }));
        }
        const from = group.priceFrom ?? group.min;
        if (from < group.min || from > group.max) error(at('priceFrom'), m('ref.priceFromOutside', { from, min: group.min, max: group.max }));
        return;
      }
      case 'text': {
        group.components.forEach((ref, c) => checkComponentRef(ref, at('components', c)));
        const patternProblem = group.pattern === undefined ? undefined : unsafePatternProblem(group.pattern);
        if (patternProblem) return error(at('pattern'), words.unsafePattern(patternProblem));
        const problem = group.default === '' && group.required ? undefined : valueProblem(group, group.default);
        if (problem) error(at('default'), words.valueProblem(problem));
        return;
      }
      case 'single':
      case 'multi': {
        const valueIds = new Set<string>();
        group.values.forEach((value, v) => {
          if (valueIds.has(value.id)) error(at('values', v, 'id'), m('ref.duplicateValue', { id: value.id, group: group.id }));
          valueIds.add(value.id);
          value.components.forEach((ref, c) => checkComponentRef(ref, at('values', v, 'components', c)));
        });
        if (group.kind === 'single') {
          if (!valueIds.has(group.default)) error(at('default'), m('ref.defaultNotValue', { value: group.default, group: group.id }));
          return;
        }
        group.default.forEach((d, i) => {
          if (!valueIds.has(d)) error(at('default', i), m('ref.defaultNotValue', { value: d, group: group.id }));
        });
        if (new Set(group.default).size !== group.default.length) error(at('default'), m('ref.defaultTwice'));
        const max = group.maxCount ?? group.values.length;
        if (group.minCount > max) error(at('minCount'), m('ref.minCountAboveMax', { min: group.minCount, max }));
        if (group.default.length < group.minCount || group.default.length > max) {
          error(at('default'), m('ref.defaultCount', { count: group.default.length, min: group.minCount, max }));
        }
      }
    }
  });

  function checkCondition(condition: Condition, path: PropertyKey[]): void {
    if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(c, [...path, 'all', i]));
    if ('any' in condition) return condition.any.forEach((c, i) => checkCondition(c, [...path, 'any', i]));
    if ('not' in condition) return checkCondition(condition.not, [...path, 'not']);
    const group = groupsById.get(condition.option);
    if (!group) return error([...path, 'option'], m('ref.unknownGroup', { id: condition.option }));
    if ('filled' in condition) {
      if (group.kind !== 'text') error([...path, 'option'], m('ref.filledNotText', { id: group.id }));
      return;
    }
    if (group.kind === 'text') return error([...path, 'option'], m('ref.textCondition', { id: group.id }));
    if ('is' in condition || 'in' in condition) {
      if (group.kind === 'number') return error([...path, 'option'], m('ref.numberIsIn', { id: group.id }));
      const ids = 'is' in condition ? [condition.is] : condition.in;
      ids.forEach((valueId, i) => {
        if (!group.values.some((v) => v.id === valueId))
          error('is' in condition ? [...path, 'is'] : [...path, 'in', i], m('ref.notValue', { value: valueId, group: group.id }));
      });
    } else if (group.kind !== 'number') {
      error([...path, 'option'], m('ref.choiceNotNumber', { id: group.id }));
    }
  }

  function checkCell(cell: TableCell, groupId: string, path: PropertyKey[]): void {
    const group = groupsById.get(groupId);
    if (!group || cell === '*') return;
    if (group.kind === 'text') return error(path, m('ref.textCell', { id: groupId }));
    if (typeof cell === 'object' && !Array.isArray(cell)) {
      if (group.kind !== 'number') error(path, m('ref.rangeOnChoice', { id: groupId }));
      return;
    }
    if (group.kind === 'number') return error(path, m('ref.numberCell', { id: groupId }));
    (Array.isArray(cell) ? cell : [cell]).forEach((valueId) => {
      if (!group.values.some((v) => v.id === valueId)) error(path, m('ref.notValue', { value: valueId, group: groupId }));
    });
  }

  const ruleIds = new Set<string>();
  catalog.rules.forEach((rule, r) => {
    const at = (...rest: PropertyKey[]) => ['rules', r, ...rest];
    if (ruleIds.has(rule.id)) error(at('id'), m('ref.duplicateRule', { id: rule.id }));
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
        if (!group) return error(at('option'), m('ref.unknownGroup', { id: rule.option }));
        const problem = valueProblem(group, rule.value);
        if (problem) error(at('value'), words.valueProblem(problem));
        return;
      }
      case 'table': {
        if (new Set(rule.options).size !== rule.options.length) error(at('options'), m('ref.tableOptionTwice'));
        rule.options.forEach((option, i) => {
          if (!groupsById.has(option)) error(at('options', i), m('ref.unknownGroup', { id: option }));
        });
        const key = rule.allowed ? 'allowed' : 'forbidden';
        (rule.allowed ?? rule.forbidden ?? []).forEach((row, i) => {
          if (row.length !== rule.options.length) return error(at(key, i), m('ref.rowCells', { cells: row.length, options: rule.options.length }));
          row.forEach((cell, c) => checkCell(cell, rule.options[c]!, at(key, i, c)));
        });
      }
    }
  });

  const priceRuleIds = new Set<string>();
  catalog.priceRules.forEach((rule, r) => {
    const at = (...rest: PropertyKey[]) => ['priceRules', r, ...rest];
    if (priceRuleIds.has(rule.id)) error(at('id'), m('ref.duplicatePriceRule', { id: rule.id }));
    priceRuleIds.add(rule.id);
    if (rule.kind !== 'tiers' && rule.if) checkCondition(rule.if, at('if'));
    if (rule.kind === 'surcharge' && rule.per !== undefined) numberGroup(rule.per, at('per'));
    if (rule.kind === 'tiers') {
      numberGroup(rule.option, at('option'));
      rule.tiers.forEach((tier, i) => {
        if (i > 0 && tier.from <= rule.tiers[i - 1]!.from) error(at('tiers', i, 'from'), m('ref.tiersOrder'));
      });
    }
  });
  const leadRuleIds = new Set<string>();
  catalog.leadTimeRules.forEach((rule, r) => {
    if (leadRuleIds.has(rule.id)) error(['leadTimeRules', r, 'id'], m('ref.duplicateLeadTimeRule', { id: rule.id }));
    leadRuleIds.add(rule.id);
    checkCondition(rule.if, ['leadTimeRules', r, 'if']);
  });

  checkPricing(catalog, error, words);

  if (problems.length === 0) {
    for (const violation of findViolations(catalog, defaultSelections(catalog))) {
      error(['rules', catalog.rules.indexOf(violation)], m('ref.defaultBreaksRule', { message: violation.message }));
    }
  }
  return problems;
}

/** Problems that do not stop a catalog from working, for merchandisers to tidy. */
function lint(source: CatalogSource, file: string, m: CatalogMessages['text']): CatalogProblem[] {
  const warnings: CatalogProblem[] = missingTranslations(source).map(({ path, locale }) => ({
    file,
    pointer: jsonPointer(path),
    message: m('lint.missingTranslation', { locale }),
    severity: 'warning',
  }));
  const used = new Set(source.baseComponents.map((ref) => ref.component));
  for (const group of source.groups) {
    if (group.kind === 'single' || group.kind === 'multi') group.values.forEach((value) => value.components.forEach((ref) => used.add(ref.component)));
    if (group.kind === 'text') group.components.forEach((ref) => used.add(ref.component));
  }
  source.components.forEach((component, i) => {
    if (!used.has(component.id))
      warnings.push({ file, pointer: jsonPointer(['components', i]), message: m('lint.unusedComponent', { id: component.id }), severity: 'warning' });
  });
  return warnings;
}

function isOnStep(distance: number, step: number): boolean {
  const steps = distance / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}
