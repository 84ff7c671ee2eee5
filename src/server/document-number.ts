import type { Queryable } from './database.ts';

/**
 * The next human-friendly number for `prefix` in `year`, e.g. MTO-2026-000123: running per prefix
 * and year. Takes a row lock on the counter, so call it inside the transaction that uses the number
 * (a rolled-back transaction gives its number back).
 */
export async function nextDocumentNumber(tx: Queryable, prefix: string, year: number): Promise<string> {
  const [row] = await tx.query<{ last_value: number }>(
    `INSERT INTO document_counters (prefix, year, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last_value = document_counters.last_value + 1
     RETURNING last_value`,
    [prefix, year],
  );
  return `${prefix}-${year}-${String(row!.last_value).padStart(6, '0')}`;
}
