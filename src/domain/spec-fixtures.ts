// Test helpers for order specs (not used by the app).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalog } from './catalog-schema.ts';
import { formatProblem } from './catalog-error.ts';
import { parseCatalog } from './load-catalog.ts';
import { buildOrderSpec, type SealedOrderSpec } from './order-spec.ts';
import type { Selections } from './selections.ts';
import type { Plain } from './order-spec-schema.ts';
import { sealSpec } from './spec-integrity.ts';

export const SPEC_CLOCK = { now: '2026-11-30T09:15:00.000Z', today: '2026-11-30' };

export function sampleCatalogPath(id: 'standing-desk' | 'bicycle' | 'modular-shelving'): string {
  return fileURLToPath(new URL(`../../catalog/${id}.json`, import.meta.url));
}

/** A sample catalog (catalog/<id>.json), validated; `edit` changes the raw data first. */
export function loadSample(id: 'standing-desk' | 'bicycle' | 'modular-shelving', edit?: (data: Record<string, unknown>) => void): Catalog {
  const data = JSON.parse(readFileSync(sampleCatalogPath(id), 'utf8')) as Record<string, unknown>;
  edit?.(data);
  const result = parseCatalog(JSON.stringify(data), `catalog/${id}.json`);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.catalog;
}

/** The sealed spec for `choices`; throws when the catalog refuses them. */
export async function sealedSpecOf(catalog: Catalog, choices: Selections, clock = SPEC_CLOCK): Promise<SealedOrderSpec> {
  const result = buildOrderSpec(catalog, choices, clock);
  if (!result.ok) throw new Error(`refused: ${[...result.violations.map((r) => r.id), ...result.incomplete.map((g) => g.groupId)].join(', ')}`);
  return sealSpec(result.spec, catalog);
}

/** A spec as plain, editable JSON data (no brands, nothing readonly). */
export type EditableSpec = Plain<SealedOrderSpec>;

/** A deep copy of a spec to tamper with. */
export function copyOf(spec: SealedOrderSpec): EditableSpec {
  return JSON.parse(JSON.stringify(spec)) as EditableSpec;
}
