import { parseCatalog } from '../domain/load-catalog.ts';

/** A catalog file offered as a starting point in the workbench. */
export interface CatalogSample {
  /** The file's path, e.g. "catalog/standing-desk.json". */
  readonly path: string;
  /** The product's name, or the file name when the catalog does not load. */
  readonly name: string;
  readonly text: string;
}

/** Catalog files (path → JSON text) as workbench samples, in order of product name (in `locale`). */
export function catalogSamples(files: Readonly<Record<string, string>>, locale = 'en'): CatalogSample[] {
  return Object.entries(files)
    .map(([path, text]) => {
      const file = path.replace(/^\/+/, '');
      const result = parseCatalog(text, file, { locale });
      return { path: file, name: result.ok ? result.catalog.name : (file.split('/').at(-1) ?? file), text };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
