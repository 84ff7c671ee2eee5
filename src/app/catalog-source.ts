// zod parses catalogs only through this module (the workbench, and tests): its CSP setting goes
// with it, so zod stays out of the shopper's chunks. The shop's own catalogs are validated at build
// time (scripts/vite-bundled-catalogs.ts, start-catalogs.ts).
import './strict-csp.ts';
import type { Catalog } from '../domain/catalog-schema.ts';
import type { CatalogProblem } from '../domain/catalog-error.ts';
import { parseCatalog } from '../domain/load-catalog.ts';

export interface LoadedCatalogs {
  readonly catalogs: readonly Catalog[];
  /** Problems of catalogs that failed validation; the valid ones stay usable. */
  readonly problems: readonly CatalogProblem[];
}

/** Parses catalog files given as path → JSON text, with their texts and problems in `locale` (English by default). Never throws. */
export function loadCatalogs(files: Readonly<Record<string, string>>, locale = 'en'): LoadedCatalogs {
  const catalogs: Catalog[] = [];
  const problems: CatalogProblem[] = [];
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.replace(/^\/+/, '');
    const result = parseCatalog(text, file, { locale, messagesLocale: locale });
    if (result.ok) catalogs.push(result.catalog);
    else problems.push(...result.problems);
  }
  return { catalogs, problems };
}

/** The sample catalogs shipped in catalog/, as JSON texts (the workbench's starting points). */
export function bundledCatalogFiles(): Record<string, string> {
  return import.meta.glob<string>('/catalog/*.json', { query: '?raw', import: 'default', eager: true });
}
