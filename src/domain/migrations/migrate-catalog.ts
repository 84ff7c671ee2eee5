import { CATALOG_SCHEMA_VERSION } from '../catalog-schema.ts';
import { migrate0002 } from './0002-rule-kinds.ts';

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns schema version n + 1 into n + 2. */
const MIGRATIONS: readonly Migration[] = [migrate0002];

export type MigrationResult =
  | { ok: true; data: unknown; from: number }
  | {
      ok: false;
      pointer: string;
      /** What is wrong, worded by the caller in its language (see catalog-messages.ts). */
      problem: { key: 'file.newerSchema' | 'file.noSuchSchema'; params: { version: number; current: number } };
    };

/**
 * Brings catalog data of any published schema version to the current one, step by step.
 * Data that is not an object, or has no usable schemaVersion, is passed on for validation to report.
 */
export function migrateCatalog(data: unknown): MigrationResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: true, data, from: CATALOG_SCHEMA_VERSION };
  const version = (data as Record<string, unknown>).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: true, data, from: CATALOG_SCHEMA_VERSION };
  if (version > CATALOG_SCHEMA_VERSION) {
    return {
      ok: false,
      pointer: '/schemaVersion',
      problem: { key: 'file.newerSchema', params: { version, current: CATALOG_SCHEMA_VERSION } },
    };
  }
  if (version < 1) {
    return {
      ok: false,
      pointer: '/schemaVersion',
      problem: { key: 'file.noSuchSchema', params: { version, current: CATALOG_SCHEMA_VERSION } },
    };
  }
  let migrated = data as Record<string, unknown>;
  for (let from = version; from < CATALOG_SCHEMA_VERSION; from++) migrated = MIGRATIONS[from - 1]!(migrated);
  return { ok: true, data: migrated, from: version };
}
