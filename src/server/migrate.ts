import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const FILE_NAME = /^(\d{4})-([a-z0-9-]+)\.sql$/;
/** Any constant: two servers starting at once take turns instead of both migrating. */
const MIGRATION_LOCK = 727_274_001;

/** The numbered SQL files in src/server/migrations, in order; gaps and duplicates are errors. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => {
      const match = FILE_NAME.exec(file);
      if (!match) throw new Error(`${dir}${file}: migration files are named NNNN-what-it-does.sql`);
      return { version: Number(match[1]), name: match[2]!, sql: readFileSync(`${dir}${file}`, 'utf8') };
    });
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1)
      throw new Error(
        `${dir}: expected migration ${String(index + 1).padStart(4, '0')}, found ${String(migration.version).padStart(4, '0')}-${migration.name}.sql`,
      );
  });
  return migrations;
}

/**
 * Applies the migrations the database has not seen, each once, in order, recording each in
 * `schema_migrations` in the same transaction as its changes. Returns the versions applied.
 */
export async function applyMigrations(db: Database, migrations = readMigrations()): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => row.version));
    const newest = Math.max(0, ...done);
    if (newest > migrations.length) {
      throw new Error(`the database is at schema version ${newest}, newer than this code knows (${migrations.length}): update the code before starting it`);
    }
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw new Error(`migration ${migration.version} (${migration.name}) failed: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
