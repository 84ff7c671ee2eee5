import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether the module at `moduleUrl` is the script Node was started with (not imported by a test). */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** Every catalog/*.json of the repository, as absolute paths, sorted. */
export function repositoryCatalogFiles(): string[] {
  const dir = fileURLToPath(new URL('../../catalog/', import.meta.url));
  return readdirSync(dir)
    .filter((entry) => entry.endsWith('.json'))
    .sort()
    .map((entry) => join(dir, entry));
}

/** Ids and versions that can name a file: no separators, no dot first (the archive's own rule). */
const SAFE_NAME = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$/;

/**
 * The archived copy of catalog `id` at `version` (catalog/published/<id>/<version>.json), if it
 * is there; undefined for names that are not plain file names (they come from a spec anyone may write).
 */
export function publishedCatalogFile(id: string, version: string): string | undefined {
  if (!SAFE_NAME.test(id) || !SAFE_NAME.test(version)) return undefined;
  const file = fileURLToPath(new URL(`../../catalog/published/${id}/${version}.json`, import.meta.url));
  return existsSync(file) ? file : undefined;
}
