import pg from 'pg';
import type { Database, Queryable } from './database.ts';

/** A real Postgres server at `url` (postgres://user:pass@host:port/db), through a small pool. */
export async function openPostgresDatabase(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Fail at start-up, with the server's own words, rather than on the first order.
  const client = await pool.connect().catch((error: unknown) => {
    void pool.end();
    throw new Error(`cannot connect to DATABASE_URL (${redact(url)}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
  client.release();
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error(`postgres: idle connection error: ${error.message}`));
  return {
    kind: 'postgres',
    ...queryable(pool),
    async transaction(work) {
      const tx = await pool.connect();
      try {
        await tx.query('BEGIN');
        const result = await work(queryable(tx));
        await tx.query('COMMIT');
        return result;
      } catch (error) {
        await tx.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        tx.release();
      }
    },
    close: () => pool.end(),
  };
}

function queryable(db: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await db.query(sql, [...params])).rows as Row[];
    },
    async exec(sql: string) {
      await db.query(sql);
    },
  };
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
