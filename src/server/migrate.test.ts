import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMigrations, readMigrations } from './migrate.ts';
import { openPgliteDatabase } from './pglite-database.ts';

describe('schema migrations', () => {
  it('applies each numbered migration once and records it', async () => {
    const db = await openPgliteDatabase();
    try {
      const all = readMigrations();
      expect(all.map((m) => m.version)).toEqual(all.map((_, i) => i + 1));
      expect(await applyMigrations(db)).toEqual(all.map((m) => m.version));
      expect(await applyMigrations(db)).toEqual([]);
      const recorded = await db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
      expect(recorded).toEqual(all.map((m) => ({ version: m.version, name: m.name })));

      // A later migration is applied on the next start, the earlier ones are not run again.
      const next = [...all, { version: all.length + 1, name: 'add-a-note', sql: 'ALTER TABLE orders ADD COLUMN note text' }];
      expect(await applyMigrations(db, next)).toEqual([all.length + 1]);
      // Code older than the database refuses to start rather than write to a schema it does not know.
      await expect(applyMigrations(db, all)).rejects.toThrow(/newer than this code knows/);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('rolls a failing migration back whole, naming it', async () => {
    const db = await openPgliteDatabase();
    try {
      const broken = [...readMigrations(), { version: 2, name: 'broken', sql: 'CREATE TABLE half (id int); SELECT * FROM nowhere' }];
      await expect(applyMigrations(db, broken)).rejects.toThrow(/migration 2 \(broken\) failed/);
      expect(await db.query("SELECT to_regclass('orders') AS t")).toEqual([{ t: null }]);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('refuses misnamed files and gaps in the numbering', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mto-migrations-'));
    try {
      writeFileSync(join(dir, '0001-first.sql'), 'SELECT 1');
      writeFileSync(join(dir, '0003-third.sql'), 'SELECT 1');
      expect(() => readMigrations(`${dir}/`)).toThrow(/expected migration 0002, found 0003-third\.sql/);
      writeFileSync(join(dir, 'Second.sql'), 'SELECT 1');
      expect(() => readMigrations(`${dir}/`)).toThrow(/NNNN-what-it-does\.sql/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
