// Helpers for the domain unit tests (not used by the app).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import type { Catalog } from './catalog-schema.ts';
import { formatProblem, type CatalogProblem } from './catalog-error.ts';
import { parseCatalog, validateCatalog } from './load-catalog.ts';
import { numberSteps, type SelectionValue, type Selections } from './selections.ts';

/** The desk as first published (schema 1): the domain tests' fixed example; it also exercises migration. */
export const DESK_PATH = fileURLToPath(new URL('../../tests/fixtures/catalogs/standing-desk.v1.json', import.meta.url));

export function deskText(): string {
  return readFileSync(DESK_PATH, 'utf8');
}

/** The sample desk catalog as raw JSON data (for mutating copies). */
export function deskData(): Record<string, unknown> {
  return JSON.parse(deskText()) as Record<string, unknown>;
}

/** The sample desk catalog, validated. */
export function loadDesk(): Catalog {
  const result = parseCatalog(deskText(), 'catalog/standing-desk.json');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.catalog;
}

/** A small hand-written catalog: the given fields over a minimal valid catalog, validated. */
export function makeCatalog(fields: Record<string, unknown>): Catalog {
  const data = catalogV2Data({ schemaVersion: 1, ...fields });
  const result = validateCatalog(data, 'test.json');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.catalog;
}

type TestValue = { readonly id: string; readonly label: string } & Record<string, unknown>;

/** A single-choice group for hand-written test catalogs; its first value is the default. */
export function single(id: string, label: string, values: readonly TestValue[]) {
  return { id, kind: 'single', label, default: values[0]?.id, values };
}

/** A multiple-choice group for hand-written test catalogs (nothing chosen by default). */
export function multi(id: string, label: string, values: readonly TestValue[]) {
  return { id, kind: 'multi', label, values };
}

/** Random full selections of a catalog, each value valid for its group (rules are not applied). */
export function selectionArbitrary(catalog: Catalog): fc.Arbitrary<Selections> {
  return fc.record(groupArbitraries(catalog));
}

/** Random partial choices: any subset of the groups, each with a value valid for its group. */
export function choicesArbitrary(catalog: Catalog): fc.Arbitrary<Selections> {
  return fc
    .record(groupArbitraries(catalog), { requiredKeys: [] })
    .map((choices) => Object.fromEntries(Object.entries(choices).filter(([, value]) => value !== undefined)) as Selections);
}

function groupArbitraries(catalog: Catalog): Record<string, fc.Arbitrary<SelectionValue>> {
  const entries: Record<string, fc.Arbitrary<SelectionValue>> = {};
  for (const group of catalog.groups) {
    if (group.kind === 'number') entries[group.id] = fc.constantFrom(...numberSteps(group));
    else if (group.kind === 'single') entries[group.id] = fc.constantFrom(...group.values.map((v) => v.id));
    else if (group.kind === 'multi') entries[group.id] = fc.shuffledSubarray(group.values.map((v) => v.id));
    else entries[group.id] = fc.constantFrom(group.default, ...(group.required ? [] : ['']), 'Ada');
  }
  return entries;
}

/** The desk as published now (schema 2, English and Spanish, engraving, excludes/default rules). */
export const DESK_V2_PATH = fileURLToPath(new URL('../../catalog/standing-desk.json', import.meta.url));

export function deskV2Text(): string {
  return readFileSync(DESK_V2_PATH, 'utf8');
}

/** The schema-2 desk, validated, with its texts in `locale`. */
export function loadDeskV2(locale = 'en'): Catalog {
  const result = parseCatalog(deskV2Text(), 'catalog/standing-desk.json', { locale });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.catalog;
}

/** Raw data for a small schema-2 catalog: the given fields over a minimal valid catalog (not validated). */
export function catalogV2Data(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    schemaVersion: 2,
    id: 'test-product',
    version: '1',
    name: 'Test product',
    description: 'A catalog written for a test.',
    currency: 'EUR',
    basePrice: 1000,
    assemblyDays: 1,
    scene: { template: 'desk' },
    components: [],
    groups: [],
    ...fields,
  };
}

/** The errors validation reports for a small schema-2 catalog (empty when it is accepted). */
export function catalogV2Problems(fields: Record<string, unknown>): readonly CatalogProblem[] {
  const result = validateCatalog(catalogV2Data(fields), 'test.json');
  return result.ok ? [] : result.problems;
}
