import type { Database } from './database.ts';
import { applyMigrations } from './migrate.ts';
import { openPgliteDatabase } from './pglite-database.ts';
import { openPostgresDatabase } from './postgres-database.ts';

export interface DatabaseConfig {
  /** A Postgres server; when absent, embedded PGlite is used. */
  readonly databaseUrl?: string;
  /** PGlite's data folder; in memory when absent (tests). */
  readonly dataDir?: string;
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const db = config.databaseUrl ? await openPostgresDatabase(config.databaseUrl) : await openPgliteDatabase(config.dataDir);
  try {
    await applyMigrations(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
