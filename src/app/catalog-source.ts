import type { Catalog } from '../domain/catalog-schema.ts';
import type { CatalogProblem } from '../domain/catalog-error.ts';
import { parseCatalog } from '../domain/load-catalog.ts';

export interface LoadedCatalogs {
  readonly catalogs: readonly Catalog[];
  /** Problems of catalogs that failed validation; the valid ones stay usable. */
  readonly problems: readonly CatalogProblem[];
}

/** Parses catalog files given as path → JSON text. Never throws. */
export function loadCatalogs(files: Readonly<Record<string, string>>): LoadedCatalogs {
  const catalogs: Catalog[] = [];
  const problems: CatalogProblem[] = [];
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.replace(/^\/+/, '');
    const result = parseCatalog(text, file);
    if (result.ok) catalogs.push(result.catalog);
    else problems.push(...result.problems);
  }
  return { catalogs, problems };
}

/** The sample catalogs shipped in catalog/, bundled at build time. */
export function bundledCatalogFiles(): Record<string, string> {
  return import.meta.glob<string>('/catalog/*.json', { query: '?raw', import: 'default', eager: true });
}
