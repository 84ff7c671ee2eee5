import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../domain/catalog-schema.ts';
import { canonicalJson } from '../domain/canonical-json.ts';
import { formatProblem } from '../domain/catalog-error.ts';
import { parseCatalog } from '../domain/load-catalog.ts';
import { rulesFingerprint } from '../domain/rules-fingerprint.ts';

/**
 * Every catalog version the shop ever offered, kept so an order can be re-priced against exactly
 * the catalog the customer saw: `catalog/published/<id>/<version>.json`, written by
 * `npm run catalog:publish` and never changed afterwards.
 */
export const PUBLISHED_DIR = fileURLToPath(new URL('../../catalog/published/', import.meta.url));

const SAFE_NAME = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$/;

export interface PublishedCatalogs {
  /**
   * The catalog with this id and version in the spec's language (`locale`; labels are part of what
   * is verified), else the language whose rules fingerprint matches (specs from before languages), else
   * the first language, so verification can say what differs.
   */
  find(id: string, version: string, fingerprint: string, locale?: string): Catalog | undefined;
  /** The published versions of a catalog id, sorted. */
  versions(id: string): string[];
}

/** Reads the archive once; files that no longer validate are reported and left out. */
export async function loadPublishedCatalogs(dir = PUBLISHED_DIR): Promise<{ archive: PublishedCatalogs; problems: string[] }> {
  const entries = new Map<string, { byFingerprint: Map<string, Catalog>; byLocale: Map<string, Catalog>; first: Catalog }>();
  const problems: string[] = [];
  for (const file of publishedFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const parsed = parseCatalog(text, displayPath(file));
    if (!parsed.ok) {
      problems.push(...parsed.problems.map(formatProblem));
      continue;
    }
    const byFingerprint = new Map<string, Catalog>();
    const byLocale = new Map<string, Catalog>();
    for (const locale of parsed.source.locales) {
      const localized = parseCatalog(text, file, { locale });
      if (!localized.ok) continue;
      byFingerprint.set(await rulesFingerprint(localized.catalog), localized.catalog);
      byLocale.set(locale, localized.catalog);
    }
    entries.set(key(parsed.catalog.id, parsed.catalog.version), { byFingerprint, byLocale, first: parsed.catalog });
  }
  const archive: PublishedCatalogs = {
    find(id, version, fingerprint, locale) {
      const entry = entries.get(key(id, version));
      return entry && ((locale !== undefined ? entry.byLocale.get(locale) : undefined) ?? entry.byFingerprint.get(fingerprint) ?? entry.first);
    },
    versions: (id) =>
      [...entries.values()]
        .map((entry) => entry.first)
        .filter((catalog) => catalog.id === id)
        .map((catalog) => catalog.version)
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
  };
  return { archive, problems };
}

function key(id: string, version: string): string {
  return `${id}\u0000${version}`;
}

function publishedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(dir, entry.name))
        .filter((file) => file.endsWith('.json'))
        .map((file) => join(dir, entry.name, file)),
    )
    .sort();
}

export type PublicationState = 'published' | 'unpublished' | 'changed' | 'invalid';

export interface CatalogPublication {
  readonly file: string;
  readonly state: PublicationState;
  /** Where this version is (or would be) archived. */
  readonly publishedFile?: string;
  /** What is wrong and exactly what to do; empty when published. */
  readonly message: string;
}

/** Whether each catalog file, as it is now, is the archived copy of its id and version. */
export function catalogPublications(catalogFiles: readonly string[], dir = PUBLISHED_DIR): CatalogPublication[] {
  return catalogFiles.map((file) => {
    const shown = displayPath(file);
    const text = readFileSync(file, 'utf8');
    const parsed = parseCatalog(text, shown);
    if (!parsed.ok) {
      return {
        file,
        state: 'invalid',
        message: `${shown} does not validate, so it cannot be published:\n  ${parsed.problems.map(formatProblem).join('\n  ')}`,
      };
    }
    const { id, version } = parsed.catalog;
    if (!SAFE_NAME.test(id) || !SAFE_NAME.test(version) || version.startsWith('.')) {
      return { file, state: 'invalid', message: `${shown}: id "${id}" or version "${version}" cannot be used as a file name in ${displayPath(dir)}` };
    }
    const publishedFile = join(dir, id, `${version}.json`);
    if (!existsSync(publishedFile)) {
      return {
        file,
        state: 'unpublished',
        publishedFile,
        message: `${shown} (${id} version ${version}) is not published yet: run \`npm run catalog:publish\``,
      };
    }
    // Formatting does not matter, content does.
    const same = canonicalJson(JSON.parse(text)) === canonicalJson(JSON.parse(readFileSync(publishedFile, 'utf8')));
    return same
      ? { file, state: 'published', publishedFile, message: '' }
      : {
          file,
          state: 'changed',
          publishedFile,
          message:
            `${shown} has changed since ${id} version ${version} was published (${displayPath(publishedFile)}), and orders placed with that version are checked against the published copy: ` +
            `give the catalog a new "version" in ${shown}, then run \`npm run catalog:publish\``,
        };
  });
}

/** Archives every catalog whose version is not published yet; never overwrites a published version. */
export function publishCatalogs(catalogFiles: readonly string[], dir = PUBLISHED_DIR): { published: CatalogPublication[]; refused: CatalogPublication[] } {
  const publications = catalogPublications(catalogFiles, dir);
  const published: CatalogPublication[] = [];
  for (const publication of publications) {
    if (publication.state !== 'unpublished' || !publication.publishedFile) continue;
    mkdirSync(join(publication.publishedFile, '..'), { recursive: true });
    writeFileSync(publication.publishedFile, readFileSync(publication.file, 'utf8'), { flag: 'wx' });
    published.push(publication);
  }
  return { published, refused: publications.filter((p) => p.state === 'changed' || p.state === 'invalid') };
}

function displayPath(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown.startsWith('..') ? file : shown;
}
