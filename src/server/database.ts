/**
 * The little the service needs from Postgres, so the same SQL runs on embedded PGlite and on a
 * real server (`pg`). Parameters are positional ($1, $2…); JSON goes in as text cast with ::jsonb.
 */
export interface Queryable {
  /** One statement with parameters; resolves to its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
